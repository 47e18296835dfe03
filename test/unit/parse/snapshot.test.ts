// Model snapshot of the real seed plan: a compact view of everything the parser reads, compared to a stored copy.
// Run with UPDATE_SNAPSHOTS=1 to rewrite the stored copy after an intended change (and review its diff).
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { parsePlan } from '../../../server/src/parse/index.js';
import type { AmountCell, Plan } from '../../../server/src/model/types.js';

const root = new URL('../../../', import.meta.url);
const snapshotUrl = new URL('test/fixtures/parse/seed.model.json', root);

const amount = (a: AmountCell | undefined): string =>
  !a ? '' : a.invalid ? `!${a.cell.text}` : a.value === null ? '_' : String(a.value / 100n);

/** A stable, reviewable view of the model (no ranges except line numbers). */
function view(plan: Plan): unknown {
  return {
    frontMatter: {
      years: plan.frontMatter.years,
      organization: plan.frontMatter.organization,
      issues: plan.frontMatter.issues.length,
    },
    dimensions: plan.dimensions.map((d) => `${d.number} ${d.title} (${d.projects.length})`),
    projects: plan.projects.map((p) => ({
      line: p.heading.line + 1,
      number: p.number,
      name: p.name,
      sections: p.sections.map((s) => s.canonical ?? `?${s.title}`).join(' | '),
      budget: `${p.budget.kind} ${[...p.budget.amounts.values()].map((v) => String(v / 100n)).join(',')}`,
    })),
    table: plan.table?.rows.map(
      (r) =>
        `${r.line + 1} ${r.kind} d${r.dimension?.number ?? '-'} m${r.mission ? `${r.mission.dimensionNumber}.${r.mission.number}` : '-'} #${r.number ?? '-'} ${r.name} [${[...r.years.values()].map(amount).join(' ')}]${r.count ? ` n=${r.count.value}` : ''}`,
    ),
  };
}

describe('parse/snapshot', () => {
  it('reads the seed plan as stored in test/fixtures/parse/seed.model.json', () => {
    const text = readFileSync(new URL('samples/pok-noi-2566-2570.plan.md', root), 'utf8');
    const actual = JSON.stringify(view(parsePlan(text)), null, 1) + '\n';
    if (process.env.UPDATE_SNAPSHOTS) writeFileSync(snapshotUrl, actual);
    assert.equal(actual, readFileSync(snapshotUrl, 'utf8'));
  });
});
