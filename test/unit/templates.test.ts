// The plan and project generators: a new plan checks clean; inserting a project (next number, every
// required section, its table row, counts, later numbers moved up) leaves a plan that checks clean.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze, defaultSettings } from '../../server/src/engine.js';
import type { RequiredSection } from '../../server/src/model/types.js';
import { insertProject } from '../../server/src/templates/insert-project.js';
import { newPlanText } from '../../server/src/templates/new-plan.js';
import { parseYearRange } from '../../server/src/templates/years.js';
import { NEW_PROJECT_NAME } from '../../server/src/templates/examples.js';
import { applyEdits } from '../support/edits.js';

const findings = (text: string, settings = defaultSettings): string[] =>
  analyze(text, settings).findings.map(
    (f) => `${f.range.start.line + 1} ${f.checkId} ${JSON.stringify(f.message.args ?? {})}`,
  );

const lineOf = (text: string, test: (line: string) => boolean): number =>
  text.split('\n').findIndex(test);

/** Inserts a project at `line` and returns the new text and what the generator reported. */
function insertAt(text: string, line: number, required = defaultSettings.requiredSections) {
  const { plan } = analyze(text);
  const insertion = insertProject(plan, { line, character: 0 }, required);
  assert.ok(insertion, `no insertion at line ${line + 1}`);
  const out = applyEdits(text, insertion.edits);
  const sel = insertion.selection;
  assert.equal(sel.start.line, sel.end.line);
  const selected = out.split('\n')[sel.start.line]?.slice(sel.start.character, sel.end.character);
  assert.equal(selected, NEW_PROJECT_NAME, 'the selection is the new name');
  return { out, insertion };
}

describe('templates', () => {
  describe('parseYearRange', () => {
    it('reads Buddhist-era ranges in Arabic or Thai digits, with any dash', () => {
      for (const t of ['2566-2570', ' 2566 – 2570 ', '๒๕๖๖-๒๕๗๐', 'พ.ศ. 2566—2570', '2566 ถึง 2570'])
        assert.deepEqual(parseYearRange(t), { ok: true, first: 2566, last: 2570 }, t);
    });

    it('says why other text is not a range', () => {
      const problem = (t: string) => {
        const r = parseYearRange(t);
        return r.ok ? 'ok' : r.problem;
      };
      assert.equal(problem('2566'), 'format');
      assert.equal(problem('2566-70'), 'format');
      assert.equal(problem(''), 'format');
      assert.equal(problem('2023-2027'), 'not-buddhist-era');
      assert.equal(problem('2570-2566'), 'order');
      assert.equal(problem('2566-2580'), 'too-long');
      assert.equal(problem('2566-2566'), 'ok');
    });
  });

  describe('newPlanText', () => {
    const text = newPlanText({ organization: 'เทศบาลตำบลทดสอบ', firstYear: 2566, lastYear: 2570 });

    it('checks clean: no findings at all', () => {
      assert.deepEqual(findings(text), []);
    });

    it('has the front matter, the four NACC dimensions and a computed summary table', () => {
      const { plan } = analyze(text);
      assert.equal(plan.frontMatter.organization, 'เทศบาลตำบลทดสอบ');
      assert.deepEqual(plan.frontMatter.years, [2566, 2567, 2568, 2569, 2570]);
      assert.equal(plan.frontMatter.title, 'แผนปฏิบัติการป้องกันการทุจริต 5 ปี (พ.ศ. 2566–2570)');
      assert.deepEqual(
        plan.dimensions.map((d) => `${d.number} ${d.title}`),
        [
          '1 การสร้างสังคมที่ไม่ทนต่อการทุจริต',
          '2 การบริหารราชการเพื่อป้องกันการทุจริต',
          '3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
          '4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น',
        ],
      );
      assert.deepEqual(
        plan.dimensions.map((d) => d.missions.map((m) => `${m.dimensionNumber}.${m.number}`)),
        [['1.1'], ['2.1'], ['3.1'], ['4.1']],
      );
      assert.equal(plan.projects.length, 4);
      for (const p of plan.projects) assert.equal(p.sections.length, 9);
      const grand = plan.table?.rows.find((r) => r.kind === 'grand-total');
      assert.equal(grand?.count?.value, 4);
      assert.equal(grand?.years.get(2566)?.value, 3_000_000n);
      assert.ok(plan.table?.columns.note !== undefined, 'the table has a หมายเหตุ column');
      assert.ok(!/ระบุ/.test(text), 'no template blanks');
    });

    it('checks clean for other names, spans and required sections', () => {
      const required: RequiredSection[] = [
        { name: 'หลักการและเหตุผล', aliases: [] },
        { name: 'ตัวชี้วัด', aliases: [] },
        { name: 'งบประมาณ', aliases: [] },
      ];
      for (const [organization, first, last] of [
        ['องค์การบริหารส่วนตำบล "บ้านใหม่": หมู่ที่ 1 #2', 2568, 2571],
        ['  เทศบาลเมือง   ตัวอย่าง ', 2567, 2567],
      ] as const) {
        const plan = newPlanText({ organization, firstYear: first, lastYear: last });
        assert.deepEqual(findings(plan), [], organization);
        const custom = newPlanText({
          organization,
          firstYear: first,
          lastYear: last,
          requiredSections: required,
        });
        assert.deepEqual(findings(custom, { ...defaultSettings, requiredSections: required }), []);
        assert.ok(custom.includes('###### ตัวชี้วัด\n\nตัวชี้วัดของโครงการ'));
      }
      assert.match(
        newPlanText({ organization: '  เทศบาลเมือง   ตัวอย่าง ', firstYear: 2567, lastYear: 2567 }),
        /organization: เทศบาลเมือง ตัวอย่าง\n[\s\S]*# แผนปฏิบัติการป้องกันการทุจริต 1 ปี \(พ\.ศ\. 2567–2567\) ของเทศบาลเมือง ตัวอย่าง\n/,
      );
    });
  });

  describe('insertProject', () => {
    const plan = newPlanText({ organization: 'เทศบาลตำบลทดสอบ', firstYear: 2566, lastYear: 2570 });

    it('adds project 2 to dimension 1 of a new plan, moves 2–4 up, and the result checks clean', () => {
      const { out, insertion } = insertAt(
        plan,
        lineOf(plan, (l) => l.startsWith('### มิติที่ 1')),
      );
      assert.equal(insertion.number, 2);
      assert.deepEqual(findings(out), []);
      const { plan: after } = analyze(out);
      assert.deepEqual(
        after.projects.map((p) => `${p.number} ${after.dimensions[p.dimensionIndex]?.number}`),
        ['1 1', '2 1', '3 2', '4 3', '5 4'],
      );
      assert.equal(after.projects[1]?.name, NEW_PROJECT_NAME);
      assert.equal(after.projects[1]?.sections.length, 9);
      assert.equal(after.projects[1]?.heading.level, 5);
      assert.ok(
        out.includes(
          '|  |  | 2. โครงการใหม่ | 0 | 0 | 0 | 0 | 0 | 0 |  |\n| **รวม** |  | จำนวน 2 โครงการ',
        ),
      );
      assert.ok(out.includes('| **รวมทั้งสิ้น** |  | จำนวน 5 โครงการ'));
      // Nothing but insertions and numbers moved up by one: project 2–4 headings and rows, 2 counts.
      const lines = plan.split('\n');
      const replaced = insertion.edits.filter(
        (e) =>
          e.range.start.character !== e.range.end.character ||
          e.range.start.line !== e.range.end.line,
      );
      for (const e of replaced) {
        const old = lines[e.range.start.line]?.slice(
          e.range.start.character,
          e.range.end.character,
        );
        assert.equal(e.newText, String(Number(old) + 1), `edit of "${old}"`);
      }
      assert.equal(replaced.length, 3 + 3 + 2);
    });

    it('uses the dimension of a table row under the cursor, and the last dimension needs no renumbering', () => {
      const row3 = insertAt(
        plan,
        lineOf(plan, (l) => l.includes('| 3. โครงการจัดเวที')),
      );
      assert.equal(row3.insertion.number, 4);
      assert.deepEqual(findings(row3.out), []);
      const last = insertAt(plan, plan.split('\n').length - 1);
      assert.equal(last.insertion.number, 5);
      const replaced = last.insertion.edits.filter(
        (e) => e.range.start.character !== e.range.end.character,
      );
      assert.equal(replaced.length, 2, 'only the two counts change');
      assert.deepEqual(findings(last.out), []);
    });

    it('refuses a cursor outside every dimension', () => {
      const { plan: parsed } = analyze(plan);
      assert.equal(
        insertProject(parsed, { line: 2, character: 0 }, defaultSettings.requiredSections),
        null,
      );
    });

    it('respects the configured required sections', () => {
      const required: RequiredSection[] = [
        { name: 'หลักการและเหตุผล', aliases: [] },
        { name: 'งบประมาณ', aliases: [] },
        { name: 'การติดตามผล', aliases: [] },
      ];
      const base = newPlanText({
        organization: 'เทศบาลตำบลทดสอบ',
        firstYear: 2566,
        lastYear: 2570,
        requiredSections: required,
      });
      const { out } = insertAt(
        base,
        lineOf(base, (l) => l.startsWith('### มิติที่ 2')),
        required,
      );
      assert.deepEqual(findings(out, { ...defaultSettings, requiredSections: required }), []);
      const { plan: after } = analyze(out, { ...defaultSettings, requiredSections: required });
      assert.deepEqual(
        after.projects[2]?.sections.map((s) => s.title),
        ['หลักการและเหตุผล', 'งบประมาณ', 'การติดตามผล'],
      );
    });

    it('checks clean after inserting into the template and into the fixed seed (project 18, 18–49 moved up)', () => {
      const template = readFileSync('samples/template.plan.md', 'utf8');
      const t = insertAt(template, template.split('\n').length - 1);
      assert.equal(t.insertion.number, 2);
      assert.deepEqual(findings(t.out), []);
      const fixed = readFileSync('samples/pok-noi-2566-2570-fixed.plan.md', 'utf8');
      assert.deepEqual(findings(fixed), []);
      const s = insertAt(
        fixed,
        lineOf(fixed, (l) => l.startsWith('#### 17.')),
      );
      assert.equal(s.insertion.number, 18);
      assert.deepEqual(findings(s.out), []);
      const { plan: after } = analyze(s.out);
      assert.deepEqual(
        after.projects.map((p) => p.number),
        Array.from({ length: 50 }, (_, i) => i + 1),
      );
      assert.equal(after.projects[17]?.name, NEW_PROJECT_NAME);
    });

    it('writes Thai digits where the plan uses them', () => {
      const thai = plan
        .replace(
          /^(#{5}) (\d)\. /gm,
          (_, h: string, n: string) => `${h} ${String.fromCharCode(0x0e50 + Number(n))}. `,
        )
        .replace(/\| (\d)\. /g, (_, n: string) => `| ${String.fromCharCode(0x0e50 + Number(n))}. `);
      assert.deepEqual(findings(thai), []);
      const { out } = insertAt(
        thai,
        lineOf(thai, (l) => l.startsWith('### มิติที่ 1')),
      );
      assert.match(out, /^##### ๒\. โครงการใหม่$/m);
      assert.match(out, /^##### ๓\. มาตรการเผยแพร่/m);
      assert.deepEqual(findings(out), []);
    });
  });
});
