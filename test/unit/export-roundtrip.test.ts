// The Markdown export reads back as the same table: any project name, `|` and `\` included, is
// escaped once in the exported cell, and a plan whose summary is that export agrees with itself.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine.js';
import { computeSummary } from '../../server/src/model/summary.js';
import { renderMarkdown } from '../../server/src/export/markdown.js';
import { escapeInline } from '../../server/src/parse/escape.js';
import { inlinePlan, sections } from '../support/inline-plan.js';

/** A plan with one project per name under one dimension and mission, `table` as its summary. */
function planOf(names: string[], table: string[]): string {
  return inlinePlan(table, [
    '## มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    '### 1.1 การเสริมสร้างจิตสำนึก',
    ...names.flatMap((n, i) => [
      `#### ${i + 1}. ชื่อโครงการ : ${escapeInline(n)}`,
      '',
      sections(`ปีละ ${(i + 1) * 1000} บาท`),
    ]),
  ]);
}

const piece = fc.constantFrom(
  'โครงการ',
  'อบรม',
  ' | ',
  '|',
  '\\',
  ' \\| ',
  'A',
  '*',
  '_',
  ' ',
  'ก',
);
const name = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((parts) => `โครงการ${parts.join('')}ที่ดี`.replace(/\s+/g, ' '));

describe('export: Markdown round trip', () => {
  it('reads project names with | and \\ as written', () => {
    const names = ['โครงการ A | B', 'โครงการ C \\ D', 'โครงการ E \\| F'];
    const plan = analyze(planOf(names, [])).plan;
    assert.deepEqual(
      plan.projects.map((p) => p.name),
      names,
    );
  });

  it('a plan whose summary table is its own export has no table finding (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), (names) => {
        const first = analyze(planOf(names, []));
        const exported = renderMarkdown(computeSummary(first.plan)).trimEnd().split('\n');
        const second = analyze(planOf(names, exported));
        const table = second.plan.table;
        assert.ok(table, 'the export is read as the summary table');
        assert.deepEqual(
          table.rows.filter((r) => r.kind === 'project').map((r) => r.name),
          names,
          exported.join('\n'),
        );
        const tableFindings = second.findings.filter((f) =>
          /^(?:table-|budget-row|dimension-total|grand-total|project-missing)/.test(f.checkId),
        );
        assert.deepEqual(
          tableFindings.map((f) => f.checkId),
          [],
        );
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });
});
