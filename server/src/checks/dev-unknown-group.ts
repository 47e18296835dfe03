// dev-unknown-group: the ยุทธศาสตร์ and แผนงาน of ผ.02 and of the ผ.01 summary are the same: each ผ.02
// แผนงาน has its ผ.01 row (same strategy, same name or number), each ผ.01 แผนงาน row its ผ.02 list, and
// each project list sits under a แผนงาน heading.
import type { Check, Problem } from './types.js';
import { similarity } from '../model/names.js';
import { short } from './util.js';

/** Names at least this similar are offered as the one meant. */
const NEAR = 0.7;

/** Reports strategies and แผนงาน found on one side only, and project lists outside any แผนงาน. */
export const check: Check = {
  meta: {
    id: 'dev-unknown-group',
    description: {
      en: 'A strategy or แผนงาน of ผ.02 is not in the ผ.01 summary (or the other way round), or a project list is under no แผนงาน.',
      th: 'ยุทธศาสตร์หรือแผนงานใน ผ.02 ไม่มีในบัญชีสรุป ผ.01 (หรือกลับกัน) หรือตารางโครงการไม่อยู่ใต้แผนงานใด',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['structure', 'development'],
    profiles: ['development'],
  },
  run({ plan, index }) {
    const dev = plan.development;
    const totals = index.development;
    const problems: Problem[] = [];
    if (!dev || !totals) return problems;
    const reported = new Set<object>();
    for (const p of dev.orphans) {
      if (reported.has(p.table)) continue;
      reported.add(p.table);
      problems.push({
        range: p.table.headerRange,
        message: { key: 'dev-unknown-group.orphan-table' },
      });
    }
    const summary = dev.summary;
    if (!summary) return problems; // dev-summary-missing says so once
    const rows = summary.rows;
    const strategyNumbers = new Set(
      rows.filter((r) => r.kind === 'strategy').map((r) => r.strategyNumber),
    );
    const missingStrategies = new Set<number>();
    dev.strategies.forEach((s, i) => {
      if (s.number === null || strategyNumbers.has(s.number)) return;
      missingStrategies.add(i);
      problems.push({
        range: s.heading.textRange,
        message: {
          key: 'dev-unknown-group.strategy',
          args: { strategy: s.number, title: short(s.title) },
        },
      });
    });
    dev.programmes.forEach((p, k) => {
      const matched = totals.programmeRow.get(k);
      const row = matched !== undefined ? rows[matched] : undefined;
      if (row && row.normTitle !== p.normTitle) {
        // Matched by its number, but named otherwise than in ผ.01.
        const line = plan.lines[p.heading.line] ?? '';
        const at = line.lastIndexOf(p.title);
        const number = `${p.strategyNumber ?? '?'}.${p.number ?? '?'}`;
        problems.push({
          range: p.heading.textRange,
          message: {
            key: 'dev-unknown-group.renamed',
            args: { number, programme: short(p.title), suggestion: short(row.title) },
          },
          related: [
            {
              range: row.label.range,
              message: {
                key: 'dev-unknown-group.summary-row',
                args: { programme: short(row.title), strategy: p.strategyNumber ?? '?' },
              },
            },
          ],
          ...(at >= 0 && !row.title.includes('|')
            ? {
                data: {
                  expected: row.title,
                  fixes: [
                    {
                      title: {
                        key: 'dev-unknown-group.fix-rename',
                        args: { expected: short(row.title) },
                      },
                      edits: [
                        {
                          range: {
                            start: { line: p.heading.line, character: at },
                            end: { line: p.heading.line, character: at + p.title.length },
                          },
                          newText: row.title,
                        },
                      ],
                    },
                  ],
                },
              }
            : {}),
        });
        return;
      }
      if (row || missingStrategies.has(p.strategyIndex)) return;
      const strategy = p.strategyNumber ?? '?';
      const near = rows
        .map((r, i) => ({ r, i }))
        .filter(
          ({ r, i }) =>
            r.kind === 'programme' &&
            !totals.rowProgramme.has(i) &&
            (r.strategyNumber ?? rows[r.strategyRow]?.strategyNumber) === p.strategyNumber,
        )
        .map(({ r }) => ({ r, s: similarity(r.normTitle, p.normTitle) }))
        .sort((a, b) => b.s - a.s)[0];
      problems.push({
        range: p.heading.textRange,
        message:
          near && near.s >= NEAR
            ? {
                key: 'dev-unknown-group.programme-near',
                args: { programme: short(p.title), strategy, suggestion: short(near.r.title) },
              }
            : { key: 'dev-unknown-group.programme', args: { programme: short(p.title), strategy } },
        ...(near && near.s >= NEAR
          ? {
              related: [
                {
                  range: near.r.label.range,
                  message: {
                    key: 'dev-unknown-group.summary-row',
                    args: { programme: short(near.r.title), strategy },
                  },
                },
              ],
            }
          : {}),
      });
    });
    const headed = new Set(dev.strategies.map((s) => s.number));
    rows.forEach((r) => {
      if (r.kind === 'strategy' && r.strategyNumber !== null && !headed.has(r.strategyNumber))
        problems.push({
          range: r.label.range,
          message: {
            key: 'dev-unknown-group.summary-strategy',
            args: { strategy: r.strategyNumber, title: short(r.title) },
          },
        });
      const figures = [...r.counts.values(), ...r.amounts.values()].some((c) => c.cell.text !== '');
      if (r.kind === 'other' && figures)
        problems.push({
          range: r.label.range,
          message: { key: 'dev-unknown-group.summary-other', args: { label: short(r.label.text) } },
        });
    });
    rows.forEach((r, i) => {
      if (r.kind !== 'programme' || totals.rowProgramme.has(i)) return;
      const strategy = r.strategyNumber ?? rows[r.strategyRow]?.strategyNumber ?? '?';
      problems.push({
        range: r.label.range,
        message: {
          key: 'dev-unknown-group.summary-row',
          args: { programme: short(r.title), strategy },
        },
      });
    });
    return problems;
  },
};
