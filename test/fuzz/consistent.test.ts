// Round-trip properties: a generated plan whose table agrees with its details (written by the generator
// as an author would, or by the Markdown exporter) gets no finding at all; and after "regenerate the
// summary table" on a plan whose table is wrong, no table, total or count problem is left.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import './support/hooks.js';
import { regenerateTableEdit } from '../../server/src/features/fixes/regenerate.js';
import { assertRanges, TABLE_CONSISTENCY, timedAnalyze } from './support/invariants.js';
import { consistentPlan, wrongTablePlan } from './support/plan-noise.js';
import { check } from './support/profile.js';

function describeFindings(findings: { checkId: string; range: { start: { line: number } } }[]) {
  return findings.map((f) => `${f.range.start.line + 1}:${f.checkId}`).join(', ');
}

describe('fuzz: consistent plans and the regenerated table', function () {
  this.timeout(0);

  it('a generated plan whose table agrees with its details gets no finding', () => {
    check(
      'consistent plans',
      fc.property(consistentPlan, ({ text, source }) => {
        const analysis = timedAnalyze('consistent plans', text);
        if (!analysis.plan.table)
          throw new Error(`the ${source} table was not read as the summary table`);
        if (analysis.findings.length > 0)
          throw new Error(`${source} table: ${describeFindings(analysis.findings)}`);
      }),
    );
  });

  it('regenerating a wrong table from the details leaves no table, total or count problem', () => {
    check(
      'regenerated table',
      fc.property(wrongTablePlan, (text) => {
        const analysis = timedAnalyze('regenerated table', text);
        // Noise can make the table unreadable as a summary table; there is then nothing to regenerate.
        fc.pre(analysis.plan.table !== undefined);
        assertRanges(text, analysis);
        const edit = regenerateTableEdit(analysis.plan, analysis.index);
        const doc = TextDocument.create('file:///p.plan.md', 'markdown', 1, text);
        const after = edit ? TextDocument.applyEdits(doc, [edit]) : text;
        const again = timedAnalyze('regenerated table', after);
        const left = again.findings.filter((f) => TABLE_CONSISTENCY.has(f.checkId));
        if (left.length > 0) throw new Error(`after regenerating: ${describeFindings(left)}`);
        if (regenerateTableEdit(again.plan, again.index) !== undefined)
          throw new Error('regenerating twice changes the table again');
      }),
    );
  });
});
