// Properties of the development-plan profile: a generated plan whose ผ.01 agrees with its ผ.02 lists
// (in any of the forms offices write) gets no finding; one changed ผ.01 figure is found on its cell;
// and with the ผ.01 deleted, the fix that writes it back leaves a plan with no finding.
import fc from 'fast-check';
import './support/hooks.js';
import { analyze } from '../../server/src/engine.js';
import { applyEdits } from '../support/edits.js';
import { devPlanText, devSpec } from './support/development-plan.js';
import { check } from './support/profile.js';

const list = (a: ReturnType<typeof analyze>): string =>
  a.findings.map((f) => `${f.range.start.line + 1}:${f.checkId}`).join(', ');

describe('fuzz: development plans', function () {
  this.timeout(0);

  it('a consistent plan has no finding; one wrong ผ.01 figure is found where it is written', () => {
    check(
      'development plans',
      fc.property(devSpec, fc.nat(), (spec, pick) => {
        const text = devPlanText(spec);
        const a = analyze(text);
        if (a.plan.profile?.id !== 'development') throw new Error('not read as a development plan');
        if (a.findings.length > 0) throw new Error(`consistent plan: ${list(a)}\n${text}`);
        // Change one figure cell of a แผนงาน row: that cell, and nothing that rests on others, is reported.
        const rows = a.plan.development?.summary?.rows.filter((r) => r.kind === 'programme') ?? [];
        const row = rows[pick % rows.length];
        if (!row) throw new Error('no แผนงาน row read');
        const cells = [...row.amounts.values()];
        const cell = cells[pick % cells.length];
        if (!cell || cell.value === null) throw new Error('unread amount');
        const lines = text.split('\n');
        const line = lines[row.line] ?? '';
        const { start, end } = cell.cell.range;
        lines[row.line] =
          `${line.slice(0, start.character)}999,999,999${line.slice(end.character)}`;
        const b = analyze(lines.join('\n'));
        const at = b.findings.filter(
          (f) => f.range.start.line === row.line && f.range.start.character === start.character,
        );
        if (at.length !== 1 || at[0]?.checkId !== 'dev-budget')
          throw new Error(`changed cell: ${list(b)}`);
        // The totals below (รวม, รวมทั้งสิ้น) still agree with ผ.02, so nothing else is reported.
        if (b.findings.some((f) => f.checkId !== 'dev-budget' && f.checkId !== 'dev-five-year'))
          throw new Error(`changed cell, other findings: ${list(b)}`);
      }),
    );
  });

  it('with its ผ.01 deleted, the fix writes one that checks clean', () => {
    check(
      'development plans',
      fc.property(devSpec, (spec) => {
        const text = devPlanText(spec);
        const lines = text.split('\n');
        const from = lines.findIndex((l) => l.includes('(แบบ ผ.01)'));
        const to = lines.findIndex((l) => l.includes('(แบบ ผ.02)'));
        const without = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
        const a = analyze(without);
        const f = a.findings.find((x) => x.checkId === 'dev-summary-missing');
        const fix = f?.data?.fixes?.[0];
        if (!fix || a.findings.length !== 1) throw new Error(`without ผ.01: ${list(a)}`);
        const b = analyze(applyEdits(without, fix.edits));
        if (b.findings.length > 0) throw new Error(`after the fix: ${list(b)}`);
      }),
    );
  });
});
