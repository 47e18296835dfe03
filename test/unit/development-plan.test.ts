// The development-plan profile (ผ.01 / ผ.02) on its samples: the clean one reads clean with the figures
// it prints, the one with planted defects gives exactly the findings the generator planted, and the
// profile is chosen by `type:`, by the tables when there is none, and never for an anti-corruption plan.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, isPlanDocument, type Analysis } from '../../server/src/engine.js';
import { developmentSummary } from '../../server/src/model/development-summary.js';
import { fixAllEdits } from '../../server/src/features/fixes/fix-all.js';
import { formatMessage } from '../../server/src/i18n/index.js';
import { applyEdits } from '../support/edits.js';

const root = join(import.meta.dirname, '..', '..');
const read = (...p: string[]): string => readFileSync(join(root, ...p), 'utf8');
const clean = read('samples', 'development-plan-2566-2570.plan.md');
const defects = read('samples', 'development-plan-2566-2570-defects.plan.md');
const planted = JSON.parse(
  read('test', 'fixtures', 'profiles', 'development-defects.expected.json'),
) as {
  line: number;
  checkId: string;
}[];

const keys = (a: Analysis): string[] =>
  a.findings.map((f) => `${f.range.start.line + 1}:${f.checkId}`).sort();

describe('development plan: samples', () => {
  it('the clean sample is read as a development plan and has no finding', () => {
    const a = analyze(clean);
    assert.deepEqual(a.plan.profile, { id: 'development', source: 'type' });
    assert.deepEqual(keys(a), []);
    const dev = a.plan.development;
    assert.ok(dev);
    assert.ok(dev.strategies.length >= 3, 'at least 3 strategies');
    assert.ok(dev.programmes.length >= 8, 'at least 8 แผนงาน');
    assert.ok(dev.projects.length >= 60, 'at least 60 projects');
    // No project heading, so no anti-corruption model: nothing for those checks to misread.
    assert.equal(a.plan.projects.length, 0);
    assert.equal(a.plan.table, undefined);
  });

  it('the written รวมทั้งสิ้น of the clean sample equals the ผ.01 worked out from ผ.02', () => {
    const dev = analyze(clean).plan.development;
    assert.ok(dev?.summary);
    const grand = dev.summary.rows.find((r) => r.kind === 'grand-total');
    const worked = developmentSummary(dev).lines.find((l) => l.kind === 'grand-total')?.figures;
    assert.ok(grand && worked);
    for (const y of dev.years) {
      assert.equal(grand.counts.get(y)?.value, worked.counts.get(y), `count ${y}`);
      assert.equal(grand.amounts.get(y)?.value, worked.amounts.get(y), `amount ${y}`);
    }
    assert.equal(grand.totalAmount?.value, worked.totalAmount);
    assert.equal(grand.totalCount?.value, worked.totalCount);
    // Every project is counted once in its แผนงาน.
    const rows = dev.programmes.reduce((n, p) => n + p.projects.length, 0);
    assert.equal(rows, dev.projects.length);
  });

  it('the defects sample gives exactly the planted findings, no more', () => {
    const expected = planted.map((d) => `${d.line}:${d.checkId}`).sort();
    assert.ok(expected.length >= 10);
    assert.deepEqual(keys(analyze(defects)), expected);
  });

  it('messages of a Thai development plan are plain Thai and name the row and the year', () => {
    const a = analyze(defects);
    const count = a.findings.find((f) => f.checkId === 'dev-count');
    assert.ok(count);
    const th = formatMessage(count.message.key, count.message.args, 'th');
    assert.match(th, /^ผ\.01 \d\.\d แผนงาน\S+: จำนวนโครงการปี 25\d\d เขียนไว้ \d+ แต่ ผ\.02 มี/);
    assert.doesNotMatch(th, /\{\w+\}/);
  });

  it('fix-all corrects every ผ.01 figure; what is left needs the author', () => {
    const after = applyEdits(defects, fixAllEdits(analyze(defects)));
    const left = analyze(after).findings.map((f) => f.checkId);
    for (const id of [
      'dev-count',
      'dev-budget',
      'dev-five-year',
      'dev-project-numbering',
      'dev-duplicate-project',
    ])
      assert.ok(!left.includes(id), `${id} fixed`);
    // Blank and unreadable cells and an unknown แผนงาน are the author's to settle.
    assert.ok(left.includes('dev-required-column'));
    assert.ok(left.includes('dev-cell-invalid'));
    assert.ok(left.includes('dev-unknown-group'));
  });
});

describe('development plan: profile choice', () => {
  it('without type: a plan with ผ.02 tables is read as one, and the fix writes the type', () => {
    const untyped = clean.replace(/^type: .*\n/m, '');
    assert.notEqual(untyped, clean);
    const a = analyze(untyped);
    assert.deepEqual(a.plan.profile, { id: 'development', source: 'detected' });
    assert.deepEqual(keys(a), ['1:plan-type']);
    const fix = a.findings[0]?.data?.fixes?.[0];
    assert.ok(fix);
    const fixed = analyze(applyEdits(untyped, fix.edits));
    assert.deepEqual(fixed.plan.profile, { id: 'development', source: 'type' });
    assert.deepEqual(keys(fixed), []);
  });

  it('an unknown type is reported and the plan is read as the default', () => {
    const a = analyze(clean.replace(/^type: .*$/m, 'type: budget-plan'));
    assert.equal(a.plan.profile?.id, 'anti-corruption');
    assert.equal(a.plan.profile?.source, 'unknown-type');
    const f = a.findings.find((x) => x.checkId === 'plan-type');
    assert.equal(f?.message.key, 'plan-type.unknown');
    assert.equal(f?.range.start.line, 1);
  });

  it('the anti-corruption samples stay anti-corruption plans', () => {
    for (const name of [
      'pok-noi-2566-2570.plan.md',
      'pok-noi-2566-2570-fixed.plan.md',
      'template.plan.md',
    ]) {
      const a = analyze(read('samples', name));
      assert.equal(a.plan.profile?.id, 'anti-corruption', name);
      assert.equal(a.plan.development, undefined, name);
      assert.ok(
        !a.findings.some((f) => f.checkId.startsWith('dev-') || f.checkId === 'plan-type'),
        name,
      );
    }
  });

  it('a ผ.01 with one header row (year and figure in each label) reads the same figures', () => {
    const lines = clean.split('\n');
    const top = lines.findIndex((l) => l.startsWith('| ยุทธศาสตร์ | ปี 2566'));
    assert.ok(top > 0);
    const years = analyze(clean).plan.development?.years ?? [];
    const labels = [
      'ยุทธศาสตร์',
      ...years.flatMap((y) => [`${y} จำนวนโครงการ`, `${y} งบประมาณ (บาท)`]),
      'รวม 5 ปี จำนวนโครงการ',
      'รวม 5 ปี งบประมาณ (บาท)',
    ];
    // The header made one row: the second header row goes.
    const one = [
      ...lines.slice(0, top),
      `| ${labels.join(' | ')} |`,
      lines[top + 1],
      ...lines.slice(top + 3),
    ];
    const a = analyze(one.join('\n'));
    assert.deepEqual(keys(a), []);
    const b = analyze(clean);
    const figures = (x: Analysis): string[] =>
      (x.plan.development?.summary?.rows ?? [])
        .filter((r) => r.kind !== 'header')
        .map((r) =>
          [r.kind, ...[...r.amounts.values()].map((c) => c.value), r.totalAmount?.value].join(),
        );
    assert.deepEqual(figures(a), figures(b));
  });
});

describe('development plan: forms offices write', () => {
  const lines = clean.split('\n');
  const at = (re: RegExp): number => {
    const i = lines.findIndex((l) => re.test(l));
    assert.ok(i >= 0, String(re));
    return i;
  };
  const edited = (edit: (ls: string[]) => void): Analysis => {
    const ls = [...lines];
    edit(ls);
    return analyze(ls.join('\n'));
  };

  it('a header repeated at a page break, in ผ.01 and in ผ.02, is read as a header', () => {
    const a = edited((ls) => {
      const p02 = at(/^\| ที่ \| โครงการ/);
      ls.splice(p02 + 4, 0, ls[p02] as string);
      const p01 = at(/^\| ยุทธศาสตร์ \| ปี/);
      ls.splice(p01 + 6, 0, ls[p01] as string, ls[p01 + 2] as string);
    });
    assert.deepEqual(keys(a), []);
  });

  it('a ผ.02 table without its KPI column is still a project list: the column is reported, not the totals', () => {
    const a = edited((ls) => {
      const h = at(/^\| ที่ \| โครงการ/);
      for (let k = h; (ls[k] ?? '').startsWith('|'); k++) {
        const cells = (ls[k] as string).split('|');
        cells.splice(-4, 1); // ตัวชี้วัด (KPI) is the third column from the end
        ls[k] = cells.join('|');
      }
    });
    assert.deepEqual([...new Set(a.findings.map((f) => f.checkId))], ['dev-required-column']);
    assert.equal(a.findings.length, 1);
    assert.equal(a.findings[0]?.message.args?.['column'], 'ตัวชี้วัด (KPI)');
  });

  it("numbered headings of the plan's prose are not taken for แผนงาน or ยุทธศาสตร์", () => {
    const a = edited((ls) => {
      const part = at(/^## บัญชีสรุป/);
      ls.splice(
        part,
        0,
        '## ส่วนที่ 1 สภาพทั่วไป',
        '',
        '### 1.1 ที่ตั้งและอาณาเขต',
        '',
        'ข้อความ',
        '',
        '### ยุทธศาสตร์ที่ 9 การท่องเที่ยว',
        '',
        'ข้อความ',
        '',
      );
    });
    assert.deepEqual(
      keys(a).filter((k) => !k.endsWith('plan-span')),
      [],
    );
  });

  it('a five-year column headed รวม 5 ปี (2566–2570) is the total, not 2566', () => {
    const a = edited((ls) => {
      const h = at(/^\| ยุทธศาสตร์ \| ปี/);
      ls[h] = (ls[h] as string).replace('รวม 5 ปี', 'รวม 5 ปี (2566–2570)');
    });
    assert.deepEqual(keys(a), []);
    assert.ok(a.plan.development?.summary?.rows.some((r) => r.totalAmount?.value));
  });

  it('type: plan says only that the file is a plan: the tables make it a development plan', () => {
    const a = analyze(clean.replace(/^type: .*$/m, 'type: plan'));
    assert.deepEqual(a.plan.profile, { id: 'development', source: 'detected' });
    const f = a.findings.find((x) => x.checkId === 'plan-type');
    assert.ok(f);
    assert.equal(f.data?.fixes, undefined, 'a written type is not overwritten');
    assert.ok(isPlanDocument('notes.md', '---\ntype: แผนพัฒนาท้องถิ่น\n---\n'));
    assert.ok(!isPlanDocument('notes.md', '---\ntype: memo\n---\n'));
  });
});
