// LSP test of the navigation features over stdio (bundled server): outline, folding, workspace symbols,
// definition, references, rename, hover, inlay hints, completion and semantic tokens, on the seed plan and
// on a small inline plan whose expected answers are written out below.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CompletionItem,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  MarkupContent,
  Position,
  Range,
  SemanticTokens,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { applyEdits } from '../support/edits.js';
import { ensureServerBundle, TestClient } from './harness.js';
import { templateSections } from '../support/inline-plan.js';

const SEED = readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8');
const SEED_URI = 'file:///work/plans/pok-noi.plan.md';
const URI = 'file:///work/plans/small.plan.md';

const body = (missing: string[] = [], extra = '') =>
  templateSections('{budget}', (s) => `เนื้อหา${s}`, missing) + extra;

/**
 * Two dimensions (the first with a mission), three projects. The dimension 1 total says 20,000 for 2567
 * where its rows add up to 10,000; project 3 lacks วัตถุประสงค์ and ผลผลิต and has one extra section.
 */
const SMALL = `---
type: plan
title: แผนทดสอบ
organization: เทศบาลตำบลทดสอบ
years: 2566-2567
---

# แผนทดสอบ

รายละเอียดของโครงการที่ 2 และโครงการที่ ๓ อยู่ในส่วนที่ 3

## ส่วนที่ 2 แผนปฏิบัติการ

| มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | หมายเหตุ |
| --- | --- | --- | ---: | ---: | --- |
| 1. มิติแรก | 1.1 ภารกิจแรก | 1. โครงการอบรมคุณธรรม | 10,000 | 10,000 |  |
|  |  | 2. โครงการเผยแพร่ความรู้ | 5,000 | 0 | ดูโครงการที่ 2 |
| **รวม** |  | จำนวน 2 โครงการ | 15,000 | 20,000 |  |
| 2. มิติที่สอง |  | 3. โครงการประชุมประชาคม | 0 | 0 |  |
| **รวม** |  | จำนวน 1 โครงการ | 0 | 0 |  |
| **รวมทั้งสิ้น** |  | จำนวน 3 โครงการ | 15,000 | 10,000 |  |

## ส่วนที่ 3 รายละเอียดโครงการ

### มิติที่ 1 มิติแรก

#### 1.1 ภารกิจแรก

##### 1. โครงการอบรมคุณธรรม

${body().replace('{budget}', 'ปีละ 10,000 บาท')}
##### 2. โครงการเผยแพร่ความรู้

${body().replace('{budget}', 'ปี 2566 5,000 บาท')}
### มิติที่ 2 มิติที่สอง

##### 3. โครงการประชุมประชาคม

${body(['วัตถุประสงค์', 'ผลผลิต'], '\n###### หมายเหตุเพิ่มเติม\n\nข้อความอื่น\n').replace('{budget}', 'ไม่ใช้งบประมาณ')}`;

const LINES = SMALL.split('\n');
/** The 0-based line that starts with `prefix` (the first one after line `after`). */
function lineOf(prefix: string, after = -1, lines = LINES): number {
  const i = lines.findIndex((l, k) => k > after && l.startsWith(prefix));
  assert.ok(i >= 0, `no line starts with ${prefix}`);
  return i;
}
/** A position inside the first occurrence of `text` on line `line`. */
function at(line: number, text: string, lines = LINES): Position {
  const character = (lines[line] ?? '').indexOf(text);
  assert.ok(character >= 0, `line ${line} has no ${text}`);
  return { line, character: character + 1 };
}

/** Sends a request and fails with the server log unless it answers within 10 s. */
async function ask<R>(client: TestClient, method: string, params: object): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer to ${method}:\n${client.log.join('\n')}`)),
      10_000,
    );
  });
  try {
    return await Promise.race([client.connection.sendRequest<R>(method, params), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const doc = (uri: string) => ({ textDocument: { uri } });
const lineRange = (r: Range) => r.start.line;

describe('navigation (bundled server over stdio)', function () {
  let client: TestClient;

  before(async function () {
    ensureServerBundle(this);
    client = await TestClient.start('th');
    await client.open(SEED_URI, SEED);
    await client.open(URI, SMALL);
  });

  after(async () => {
    await client.stop();
  });

  describe('the seed plan', () => {
    it('outline: plan → table + 4 dimensions → 50 projects → 9 sections, budget total in the detail', async () => {
      const [root, ...others] = await ask<DocumentSymbol[]>(
        client,
        'textDocument/documentSymbol',
        doc(SEED_URI),
      );
      assert.equal(others.length, 0);
      assert.equal(root?.name, 'แผนปฏิบัติการป้องกันการทุจริต 5 ปี (พ.ศ. 2566–2570)');
      const children = root?.children ?? [];
      assert.equal(children[0]?.name, 'ตารางสรุปโครงการและงบประมาณ');
      children.slice(1).forEach((d, i) => assert.ok(d.name.startsWith(`มิติที่ ${i + 1} `), d.name));
      assert.deepEqual(
        children.slice(1).map((d) => d.children?.length),
        [17, 18, 8, 7],
      );
      const projects = children.slice(1).flatMap((d) => d.children ?? []);
      assert.ok(projects.every((p) => p.children?.length === 9));
      const p11 = projects[10];
      assert.equal(p11?.name, '11. โครงการส่งเสริมการดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียง');
      assert.equal(p11?.detail, 'รวม 5 ปี 100,000 บาท');
      assert.equal(projects[0]?.detail, 'รวม 5 ปี 0 บาท');
      // The summary table: 50 project rows and 5 total rows.
      assert.equal(children[0]?.children?.length, 55);
      assert.equal(children[1]?.detail, 'โครงการ 17 รายการ · รวม 175,000 บาท');
    });

    it('folding: one range per dimension, project, section and the table (505)', async () => {
      const folds = await ask<FoldingRange[]>(client, 'textDocument/foldingRange', doc(SEED_URI));
      assert.equal(folds.length, 4 + 50 + 450 + 1);
      const p1 = folds.find((f) => f.startLine === 254);
      assert.equal(p1?.endLine, 308, 'project 1 folds up to its last line with text');
    });

    it('definition: row 11 → project 11; row 1 → project 1 (its number), then project 2 (its name)', async () => {
      const seedLines = SEED.split('\n');
      const row = (n: number) => lineOf(`|  |  | ${n}.`, -1, seedLines);
      const defs11 = await ask<Location[]>(client, 'textDocument/definition', {
        ...doc(SEED_URI),
        position: at(row(11), '11.โครงการ', seedLines),
      });
      assert.deepEqual(
        defs11.map((d) => seedLines[d.range.start.line]?.slice(0, 8)),
        ['#### 11.'],
      );
      const row1 = lineOf('| 1.การสร้าง', -1, seedLines);
      const defs1 = await ask<Location[]>(client, 'textDocument/definition', {
        ...doc(SEED_URI),
        position: at(row1, '1.โครงการเผยแพร่', seedLines),
      });
      assert.deepEqual(
        defs1.map((d) => seedLines[d.range.start.line]?.slice(0, 7)),
        ['#### 1.', '#### 2.'],
      );
    });

    it('references: project 1 is row 1 (its number) and row 9 (its name)', async () => {
      const seedLines = SEED.split('\n');
      const refs = await ask<Location[]>(client, 'textDocument/references', {
        ...doc(SEED_URI),
        position: at(254, 'โครงการพัฒนา', seedLines),
        context: { includeDeclaration: false },
      });
      assert.deepEqual(
        refs.map((r) => lineRange(r.range)),
        [194, 202],
      );
      assert.match(seedLines[202] ?? '', /\| 9\.โครงการพัฒนาความรู้/);
    });
  });

  describe('a small plan', () => {
    const p1 = lineOf('##### 1.');
    const p2 = lineOf('##### 2.');
    const p3 = lineOf('##### 3.');
    const row1 = lineOf('| 1. มิติแรก');
    const row2 = lineOf('|  |  | 2.');
    const row3 = lineOf('| 2. มิติที่สอง');
    const total1 = lineOf('| **รวม**');
    const grand = lineOf('| **รวมทั้งสิ้น**');
    const prose = lineOf('รายละเอียดของโครงการที่');

    it('outline: dimension → mission → project → sections', async () => {
      const [root] = await ask<DocumentSymbol[]>(client, 'textDocument/documentSymbol', doc(URI));
      const [table, d1, d2] = root?.children ?? [];
      assert.equal(table?.children?.length, 6);
      assert.equal(d1?.children?.[0]?.name, '1.1 ภารกิจแรก');
      assert.deepEqual(
        d1?.children?.[0]?.children?.map((p) => [p.name, p.detail]),
        [
          ['1. โครงการอบรมคุณธรรม', 'รวม 2 ปี 20,000 บาท'],
          ['2. โครงการเผยแพร่ความรู้', 'รวม 2 ปี 5,000 บาท'],
        ],
      );
      assert.deepEqual(
        d2?.children?.[0]?.children?.map((s) => s.name),
        [
          'หลักการและเหตุผล',
          'กลุ่มเป้าหมาย',
          'วิธีดำเนินการ',
          'ระยะเวลาดำเนินการ',
          'งบประมาณดำเนินการ',
          'ผู้รับผิดชอบโครงการ',
          'ผลลัพธ์',
          'หมายเหตุเพิ่มเติม',
        ],
      );
    });

    it('definition from a prose mention with Thai digits and from a note cell', async () => {
      const fromProse = await ask<Location[]>(client, 'textDocument/definition', {
        ...doc(URI),
        position: at(prose, 'โครงการที่ ๓'),
      });
      assert.deepEqual(
        fromProse.map((l) => l.range.start.line),
        [p3],
      );
      const fromNote = await ask<Location[]>(client, 'textDocument/definition', {
        ...doc(URI),
        position: at(row2, 'ดูโครงการที่ 2'),
      });
      assert.deepEqual(
        fromNote.map((l) => l.range.start.line),
        [p2],
      );
    });

    it('references of project 2: its row, the note cell and the prose mention', async () => {
      const refs = await ask<Location[]>(client, 'textDocument/references', {
        ...doc(URI),
        position: at(p2, 'โครงการเผยแพร่'),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(
        refs.map((r) => [
          r.range.start.line,
          LINES[r.range.start.line]?.slice(r.range.start.character, r.range.end.character),
        ]),
        [
          [prose, 'โครงการที่ 2'],
          [row2, '2. โครงการเผยแพร่ความรู้'],
          [row2, 'โครงการที่ 2'],
          [p2, '2. โครงการเผยแพร่ความรู้'],
        ],
      );
    });

    it('rename a project name: the heading and its table row change, nothing else', async () => {
      const position = at(p1, 'โครงการอบรม');
      const prepared = await ask<{ range: Range; placeholder: string }>(
        client,
        'textDocument/prepareRename',
        { ...doc(URI), position },
      );
      assert.equal(prepared.placeholder, 'โครงการอบรมคุณธรรม');
      const edit = await ask<WorkspaceEdit>(client, 'textDocument/rename', {
        ...doc(URI),
        position,
        newName: 'โครงการอบรมจริยธรรม',
      });
      const edits = edit.changes?.[URI] ?? [];
      assert.equal(edits.length, 2);
      const renamed = applyEdits(SMALL, edits);
      assert.equal(
        renamed,
        SMALL.replace('1. โครงการอบรมคุณธรรม |', '1. โครงการอบรมจริยธรรม |').replace(
          '##### 1. โครงการอบรมคุณธรรม',
          '##### 1. โครงการอบรมจริยธรรม',
        ),
      );
    });

    it('rename a project number: heading, table row and every mention', async () => {
      const position = at(p2, '2.');
      const prepared = await ask<{ range: Range; placeholder: string }>(
        client,
        'textDocument/prepareRename',
        { ...doc(URI), position },
      );
      assert.equal(prepared.placeholder, '2');
      const edit = await ask<WorkspaceEdit>(client, 'textDocument/rename', {
        ...doc(URI),
        position,
        newName: '7',
      });
      const edits: TextEdit[] = edit.changes?.[URI] ?? [];
      assert.deepEqual(
        edits.map((e) => e.range.start.line).sort((a, b) => a - b),
        [prose, row2, row2, p2],
      );
      const lines = applyEdits(SMALL, edits).split('\n');
      assert.equal(lines[p2], '##### 7. โครงการเผยแพร่ความรู้');
      assert.equal(lines[row2], '|  |  | 7. โครงการเผยแพร่ความรู้ | 5,000 | 0 | ดูโครงการที่ 7 |');
      assert.equal(lines[prose], 'รายละเอียดของโครงการที่ 7 และโครงการที่ ๓ อยู่ในส่วนที่ 3');
    });

    it('rename refuses a number that another project has, and points a table row to the heading', async () => {
      await assert.rejects(
        ask(client, 'textDocument/rename', { ...doc(URI), position: at(p2, '2.'), newName: '3' }),
        /มีโครงการที่ 3 อยู่แล้ว/,
      );
      await assert.rejects(
        ask(client, 'textDocument/prepareRename', {
          ...doc(URI),
          position: at(row3, 'โครงการประชุม'),
        }),
        new RegExp(`หัวข้อโครงการ \\(บรรทัด ${p3 + 1}\\)`),
      );
    });

    it('hover on a project heading: amounts per year beside its table row, and the 2-year sum', async () => {
      const hover = await ask<Hover>(client, 'textDocument/hover', {
        ...doc(URI),
        position: at(p2, 'เผยแพร่'),
      });
      const text = (hover.contents as MarkupContent).value;
      assert.match(text, /\| 2566 \| 5,000 \| 5,000 \|/);
      assert.match(text, /\| 2567 \| 0 \| 0 \|/);
      assert.match(text, /\*\*รวม 2 ปี\*\* \| \*\*5,000\*\* \| \*\*5,000\*\*/);
      const onMention = await ask<Hover>(client, 'textDocument/hover', {
        ...doc(URI),
        position: at(prose, 'โครงการที่ 2'),
      });
      assert.equal((onMention.contents as MarkupContent).value, text);
    });

    it('hover on a wrong total: written, summed, the difference and the rows summed', async () => {
      const cell = (LINES[total1] ?? '').lastIndexOf('20,000');
      const hover = await ask<Hover>(client, 'textDocument/hover', {
        ...doc(URI),
        position: { line: total1, character: cell + 2 },
      });
      const text = (hover.contents as MarkupContent).value;
      assert.match(text, /\| 2567 \| 20,000 \| 10,000 \| \*\*\+10,000\*\* \| 10,000 \|/);
      assert.match(text, /\| 2566 \| 15,000 \| 15,000 \| {2}\| 15,000 \|/);
      assert.match(
        text,
        /ปี 2567: ผลรวมของแถวได้ 10,000 จาก\n- 1\. โครงการอบรมคุณธรรม: 10,000\n- แถวที่เป็น 0 อีก 1 แถว/,
      );
    });

    it('inlay hints: ✓ or the computed amount in each total cell, per-year totals on dimension headings', async () => {
      const hints = await ask<InlayHint[]>(client, 'textDocument/inlayHint', {
        ...doc(URI),
        range: { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } },
      });
      const byLine = (line: number) =>
        hints.filter((h) => h.position.line === line).map((h) => h.label);
      assert.deepEqual(byLine(total1), ['✓', 'ควรเป็น 10,000']);
      assert.deepEqual(byLine(grand), ['✓', '✓']);
      assert.deepEqual(byLine(lineOf('### มิติที่ 1')), [
        '2566: 15,000 · 2567: 10,000 · รวม 25,000 บาท',
      ]);
      assert.deepEqual(byLine(lineOf('### มิติที่ 2')), ['ปีละ 0 · 2 ปี 0 บาท']);
      assert.equal(hints.length, 2 + 2 + 2 + 2);
    });

    it('completion at a section heading offers exactly the missing sections', async () => {
      const lines = [...LINES];
      const last = lines.length - 1;
      lines.splice(last, 0, '######');
      const uri = 'file:///work/plans/completion.plan.md';
      await client.open(uri, lines.join('\n'));
      const items = await ask<CompletionItem[]>(client, 'textDocument/completion', {
        ...doc(uri),
        position: { line: last, character: 6 },
        context: { triggerKind: 2, triggerCharacter: '#' },
      });
      assert.deepEqual(
        items.map((i) => i.label),
        ['วัตถุประสงค์', 'ผลผลิต'],
      );
      assert.equal((items[0]?.textEdit as TextEdit).newText, '###### วัตถุประสงค์\n\n$0');

      const blank = await ask<CompletionItem[]>(client, 'textDocument/completion', {
        ...doc(uri),
        position: { line: last + 1, character: 0 },
      });
      const snippets = blank.filter((i) => i.kind === 15);
      assert.deepEqual(
        snippets.map((i) => i.label),
        ['โครงการใหม่ ที่ 4', 'มิติใหม่ ที่ 3'],
      );
      const project = (snippets[0]?.textEdit as TextEdit).newText;
      assert.match(project, /^##### \$\{1:4\}\. \$\{2:ระบุชื่อโครงการ\}\n\n###### หลักการและเหตุผล\n/);
      assert.equal(project.match(/^###### /gm)?.length, 9);
      assert.equal(snippets[0]?.insertTextFormat, 2);

      // The half-typed heading is a section without a name: the outline must still name every symbol
      // (VS Code rejects the whole outline for one empty name).
      const names = (symbols: DocumentSymbol[]): string[] =>
        symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);
      const outline = await ask<DocumentSymbol[]>(client, 'textDocument/documentSymbol', doc(uri));
      assert.ok(names(outline).includes('(ไม่มีชื่อ)'));
      assert.ok(names(outline).every((n) => n.trim() !== ''));

      const inProse = await ask<CompletionItem[] | null>(client, 'textDocument/completion', {
        ...doc(uri),
        position: { line: prose, character: 10 },
      });
      assert.equal(inProse, null);
      await client.close(uri);
    });

    it('semantic tokens decode to the expected lines and types', async () => {
      const tokens = await ask<SemanticTokens>(
        client,
        'textDocument/semanticTokens/full',
        doc(URI),
      );
      const types = ['class', 'property', 'comment'];
      const decoded: string[] = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        const [dl, dc, len, type, mods] = tokens.data.slice(i, i + 5) as number[];
        line += dl as number;
        char = dl === 0 ? char + (dc as number) : (dc as number);
        const text = LINES[line]?.slice(char, char + (len as number));
        decoded.push(`${line}:${types[type as number]}${mods ? '.declaration' : ''}:${text}`);
      }
      const sectionLines = (from: number, to: number) =>
        LINES.map((l, i) => [l, i] as const).filter(
          ([l, i]) => i > from && i < to && l.startsWith('###### '),
        );
      assert.deepEqual(decoded.slice(0, 6), [
        `${prose}:class:โครงการที่ 2`,
        `${prose}:class:โครงการที่ ๓`,
        `${row1}:class:1. โครงการอบรมคุณธรรม`,
        `${row2}:class:2. โครงการเผยแพร่ความรู้`,
        `${row2}:class:โครงการที่ 2`,
        `${row3}:class:3. โครงการประชุมประชาคม`,
      ]);
      assert.ok(decoded.includes(`${p1}:class.declaration:โครงการอบรมคุณธรรม`));
      const p3Sections = sectionLines(p3, LINES.length).map(([l, i]) => {
        const name = l.slice(7);
        return `${i}:${name === 'หมายเหตุเพิ่มเติม' ? 'comment' : 'property'}.declaration:${name}`;
      });
      assert.deepEqual(decoded.slice(-8), p3Sections);
      assert.equal(decoded.length, 6 + 3 + 9 + 9 + 8);
    });

    it('workspace symbols: projects of open plans and of plan files in the workspace folders', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'plancheck-ws-'));
      try {
        copyFileSync('samples/template.plan.md', join(folder, 'other.plan.md'));
        writeFileSync(join(folder, 'notes.md'), '#### 1. โครงการตัวอย่างที่ไม่ใช่แผน\n');
        client.connection.onRequest('workspace/workspaceFolders', () => [
          { uri: pathToFileURL(folder).href, name: 'plans' },
        ]);
        const found = await ask<SymbolInformation[]>(client, 'workspace/symbol', {
          query: 'ตัวอย่าง',
        });
        assert.deepEqual(
          found.map((s) => [s.name, s.location.uri]),
          [['1. โครงการตัวอย่าง', pathToFileURL(join(folder, 'other.plan.md')).href]],
        );
        const open = await ask<SymbolInformation[]>(client, 'workspace/symbol', {
          query: 'ประชาคม',
        });
        assert.deepEqual(
          open.map((s) => [s.name, s.location.uri]),
          [
            ['36. โครงการจัดเวทีประชาคม', SEED_URI],
            ['3. โครงการประชุมประชาคม', URI],
          ],
        );
        assert.equal(open[1]?.location.range.start.line, p3);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
});
