// Incremental analysis (blocks reused from the content cache) must equal analysis from scratch (caches
// emptied) after every edit of a long random edit sequence over the seed plan: splits and merges of
// blocks, headings added and removed, whole projects pasted, table cells and prose typed into.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, defaultSettings, resetCaches, type Analysis } from '../../server/src/engine.js';
import { multiplyPlan } from '../../bench/x10.js';

const seed = readFileSync(
  new URL('../../samples/pok-noi-2566-2570.plan.md', import.meta.url),
  'utf8',
);
/** The foreword, the whole summary table and the first projects: every kind of block, at a size that keeps 1,000 cold parses quick. */
const base = seed.split('\n').slice(0, 520).join('\n');
/** A plan in the forms real offices use: a table per dimension with captions, a two-row header with
 * money-source columns, a repeated header, a table of totals only, numbering that starts again. */
const forms = readFileSync(new URL('../fixtures/parse/forms.plan.md', import.meta.url), 'utf8');
/** The seed with its projects repeated 10 times (500 projects, as the benchmark's 10× plan). */
const x10 = multiplyPlan(seed, 10);
const EDITS = Number(process.env.PLANCHECK_INCREMENTAL_EDITS ?? 1000);
const SEED = Number(process.env.PLANCHECK_SEED ?? 20261125);

/** An analysis as comparable JSON: the findings and the whole plan model (bigints and maps spelled out). */
function comparable(analysis: Analysis): string {
  return JSON.stringify([analysis.findings, analysis.plan], (_, v: unknown) =>
    typeof v === 'bigint' ? `${v}n` : v instanceof Map ? [...v.entries()] : v,
  );
}

/** One random edit of `text`, chosen by `r` (numbers in [0, 1)); `tables`: only on table lines. */
function edit(text: string, r: () => number, tables = false): string {
  const lines = text.split('\n');
  const rows = tables ? lines.flatMap((l, k) => (l.startsWith('|') ? [k] : [])) : [];
  const at = rows.length
    ? (rows[Math.floor(r() * rows.length)] as number)
    : Math.floor(r() * lines.length);
  const line = lines[at] ?? '';
  const col = Math.floor(r() * (line.length + 1));
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  switch (Math.floor(r() * 9)) {
    case 0: // type a character
      lines[at] =
        line.slice(0, col) +
        pick(['ก', '1', '๙', ' ', '|', '*', ',', '.', '-', 'x']) +
        line.slice(col);
      break;
    case 1: // delete a few characters
      lines[at] = line.slice(0, col) + line.slice(col + 1 + Math.floor(r() * 5));
      break;
    case 2: // split a block with a new heading
      lines.splice(
        at,
        0,
        pick(['## ส่วนใหม่', '### มิติที่ 9 ใหม่', '#### 99. โครงการใหม่', '##### ผลผลิต', '### 9.9 ภารกิจ']),
      );
      break;
    case 3: // merge blocks: remove a heading
      for (let k = at; k < lines.length; k++) {
        if (/^#{1,6}\s/.test(lines[k] ?? '')) {
          lines.splice(k, 1);
          break;
        }
      }
      break;
    case 4: {
      // paste a whole project somewhere else
      const starts = lines.flatMap((l, k) => (/^#### \d+\./.test(l) ? [k] : []));
      const from = pick(starts.length ? starts : [0]);
      let to = from + 1;
      while (to < lines.length && !/^#{1,4}\s/.test(lines[to] ?? '')) to++;
      lines.splice(at, 0, ...lines.slice(from, to));
      break;
    }
    case 5: // change a digit in a table row
      if (line.startsWith('|')) lines[at] = line.replace(/\d/, String(Math.floor(r() * 10)));
      else lines[at] = line + ' ' + Math.floor(r() * 100000);
      break;
    case 6: // delete a line
      lines.splice(at, 1);
      break;
    case 7: // duplicate a line
      lines.splice(at, 0, line);
      break;
    default: // join two lines
      if (at + 1 < lines.length) lines.splice(at, 2, line + (lines[at + 1] ?? ''));
  }
  return lines.join('\n');
}

describe('incremental analysis', () => {
  for (const [name, start, edits, tables] of [
    ['the seed plan', base, EDITS, false],
    ['a plan in other offices’ forms', forms, Math.ceil(EDITS / 2), false],
    ['the 10× plan (500 projects)', x10, Math.ceil(EDITS / 40), false],
    // Rows kept from the previous read of a table, and row matches kept from the previous index.
    ['the seed plan’s summary table', base, Math.ceil(EDITS / 2), true],
    ['the summary tables of other offices’ forms', forms, Math.ceil(EDITS / 2), true],
  ] as const) {
    const where = tables ? ' on table lines' : '';
    it(`equals analysis from scratch after each of ${edits} random edits${where} of ${name}`, function () {
      this.timeout(0);
      const rng = fc.sample(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
        numRuns: edits * 8,
        seed: SEED,
      });
      let k = 0;
      const r = (): number => rng[k++ % rng.length] as number;
      let text = start;
      let previous = analyze(text.split('\n'));
      for (let i = 0; i < edits; i++) {
        text = edit(text, r, tables);
        // The incremental side gets the previous version's analysis, as the server does.
        previous = analyze(text.split('\n'), defaultSettings, previous);
        const incremental = comparable(previous);
        resetCaches();
        const scratch = comparable(analyze(text));
        assert.equal(
          incremental,
          scratch,
          `edit ${i + 1} (seed ${SEED}) of ${name} made incremental and from-scratch analysis differ`,
        );
      }
    });
  }

  it('after Enter above them, the problems of the projects below move: same messages, new lines', () => {
    // Every project lacks its ผลผลิต heading: a required-section problem in each.
    const lines = x10.replace(/^##### ผลผลิต\n/gm, '').split('\n');
    const before = analyze(lines);
    const at = lines.findIndex((l) => /^#### [0-9]+\. ชื่อโครงการ/.test(l));
    const entered = [...lines.slice(0, at + 1), '', ...lines.slice(at + 1)];
    const after = analyze(entered, defaultSettings, before);
    const scoped = new Set(['required-section', 'empty-section', 'budget-missing']);
    const below = (a: Analysis, from: number) =>
      a.findings.filter((f) => scoped.has(f.checkId) && f.range.start.line > from);
    const old = below(before, at + 1);
    const now = below(after, at + 2);
    assert.ok(old.length > 100, `${old.length} scoped findings below the edit`);
    assert.equal(now.length, old.length);
    now.forEach((f, i) => {
      const was = old[i] as (typeof old)[number];
      const moved = was.range.start.line > at ? 1 : 0;
      assert.equal(f.range.start.line, was.range.start.line + moved);
      // The same message object: the problem was moved along, not found again.
      assert.equal(f.message, was.message, `${f.checkId} at line ${f.range.start.line + 1}`);
    });
  });

  it('after an Enter in the foreword, the table rows’ and duplicate projects’ problems move along too', () => {
    const lines = x10.split('\n');
    const before = analyze(lines);
    const at = lines.findIndex((l) => /^## คำนำ/.test(l)) + 2;
    const after = analyze(
      [...lines.slice(0, at + 1), '', ...lines.slice(at + 1)],
      defaultSettings,
      before,
    );
    for (const id of ['budget-missing', 'duplicate-project']) {
      const old = before.findings.filter((f) => f.checkId === id);
      const now = after.findings.filter((f) => f.checkId === id);
      assert.ok(old.length > 100, `${old.length} ${id} findings`);
      assert.equal(now.length, old.length);
      now.forEach((f, i) => {
        const was = old[i] as (typeof old)[number];
        assert.equal(f.range.start.line, was.range.start.line + 1, id);
        assert.equal(f.message, was.message, `${id} at line ${f.range.start.line + 1}`);
      });
    }
  });

  it('the summary table’s order problem is the same object after an edit in a project, and moves after an Enter above the table', () => {
    const lines = x10.split('\n');
    const before = analyze(lines);
    const order = (a: typeof before) => a.findings.find((f) => f.checkId === 'table-order');
    const was = order(before);
    assert.ok(was && (was.related?.length ?? 0) > 100, 'the 10× plan lists its rows out of order');
    const at = lines.findIndex((l, i) => i > lines.length / 2 && /^1\. เพื่อ/.test(l));
    const typed = [...lines];
    typed[at] = `${typed[at]}ก`;
    const afterTyping = analyze(typed, defaultSettings, before);
    assert.equal(order(afterTyping), was, 'a character in a project keeps the finding object');
    const f = lines.findIndex((l) => /^## คำนำ/.test(l)) + 2;
    const entered = [...typed.slice(0, f + 1), '', ...typed.slice(f + 1)];
    const moved = order(analyze(entered, defaultSettings, afterTyping));
    assert.ok(moved && moved !== was);
    assert.equal(moved.range.start.line, was.range.start.line + 1);
    assert.deepEqual(
      moved.related?.map((r) => r.range.start.line),
      was.related?.map((r) => r.range.start.line + 1),
    );
    assert.deepEqual(moved, order(analyze(entered)), 'the moved problem equals a fresh one');
  });
});

describe('incremental reading of the summary table', () => {
  const lines = seed.split('\n');
  const before = analyze(lines);
  const rows = (a: Analysis) => a.plan.table?.rows ?? [];
  const edited = (at: number, from: string, to: string) =>
    lines.map((l, i) => (i === at ? l.replace(from, to) : l));
  /** The rows of `after` that are the previous read's objects, and whether it equals a fresh read. */
  const check = (next: string[]) => {
    const after = analyze(next, defaultSettings, before);
    const kept = rows(after).filter((r) => rows(before).includes(r)).length;
    const incremental = comparable(after);
    resetCaches();
    return { after, kept, same: incremental === comparable(analyze(next)) };
  };
  const opening = lines.findIndex((l) => /^\| {2}\| 1\.3 /.test(l));
  const dimension = lines.findIndex((l) => /^\| 1\.การสร้าง/.test(l) && / 1\.2 /.test(l));

  it('keeps every row but the edited one when an amount changes', () => {
    const at = lines.findIndex((l) => /^\| {2}\| {2}\| 11\./.test(l));
    const { kept, same } = check(edited(at, '20,000', '25,000'));
    assert.ok(same, 'equals a fresh read');
    assert.equal(kept, rows(before).length - 1);
  });

  it('keeps the other rows when the first row under the header changes', () => {
    const at = lines.findIndex((l) => /^\| 1\.การสร้าง/.test(l));
    assert.ok(/^\| -/.test(lines[at - 1] ?? ''), 'the first row under the header');
    const { kept, same } = check(edited(at, '| 0 |', '| 7 |'));
    assert.ok(same, 'equals a fresh read');
    assert.equal(kept, rows(before).length - 1);
  });

  it('keeps the rows after a row that opens a mission when only its amount changes', () => {
    const { kept, same } = check(edited(opening, '15,000', '16,000'));
    assert.ok(same, 'equals a fresh read');
    assert.equal(kept, rows(before).length - 1);
  });

  it('reads the rows below again when the dimension or mission they belong to changes', () => {
    for (const next of [
      edited(dimension, '| 1.การสร้าง', '| 2.การสร้าง'),
      edited(dimension, '| 1.2 ', '| 1.4 '),
      lines.filter((_, i) => i !== dimension),
    ]) {
      const { after, kept, same } = check(next);
      assert.ok(same, 'equals a fresh read');
      assert.ok(kept < rows(after).length - 1, `${kept} of ${rows(after).length} rows kept`);
    }
  });

  it('reads the rows below a row inserted in the table one line further down, as a fresh read does', () => {
    const at = lines.findIndex((l) => /^\| {2}\| {2}\| 3\./.test(l));
    const next = [...lines.slice(0, at), lines[at] ?? '', ...lines.slice(at)];
    const { after, same } = check(next);
    assert.ok(same, 'equals a fresh read');
    const below = rows(after).filter((r) => r.line > at + 1);
    assert.ok(below.length > 20 && below.every((r) => !rows(before).includes(r)));
  });
});
