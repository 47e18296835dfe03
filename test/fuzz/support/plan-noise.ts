// Generated plans, consistent or not: the table written by the generator or by the exporter, and noise
// on the summary table's body (ragged rows, blank or unreadable cells, wrong figures, moved rows).
import fc from 'fast-check';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { computeSummary } from '../../../server/src/model/summary.js';
import { parsePlan } from '../../../server/src/parse/index.js';
import { mutate, mutation, nastyText } from './mutations.js';
import { planSpec, type PlanSpec } from './plan-spec.js';
import { planWithoutTable, withTable } from './plan-text.js';
import { writeTable } from './table-writer.js';

/** Who writes the summary table: the generator (as an author would) or the Markdown exporter. */
export type TableSource = 'written' | 'exported';

/** A consistent plan as text. */
export function consistentText(spec: PlanSpec, source: TableSource): string {
  const bare = planWithoutTable(spec);
  const table =
    source === 'written' ? writeTable(spec) : renderMarkdown(computeSummary(parsePlan(bare)));
  return withTable(spec, bare, table);
}

/** A consistent generated plan, its table from either source. */
export const consistentPlan: fc.Arbitrary<{ spec: PlanSpec; source: TableSource; text: string }> =
  fc
    .tuple(planSpec, fc.constantFrom<TableSource>('written', 'exported'))
    .map(([spec, source]) => ({ spec, source, text: consistentText(spec, source) }));

/** Cell texts that are wrong or unreadable as amounts. */
const badCell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'ห้าพันบาท',
    '1,2,3',
    '--',
    '๑๒.๓๔๕',
    '10,000.5.5',
    '**',
    '\\|',
    '-0',
    '1e6',
  ),
  fc.bigInt(0n, 10_000_000_000n).map((v) => v.toString()),
  nastyText,
);

/** One edit to the body of the summary table (lines after its delimiter row). */
export type TableNoise =
  | { kind: 'cell'; row: number; cell: number; text: string }
  | { kind: 'drop-cell'; row: number; cell: number }
  | { kind: 'add-cell'; row: number; text: string }
  | { kind: 'delete-row'; row: number }
  | { kind: 'duplicate-row'; row: number }
  | { kind: 'swap-rows'; row: number; other: number };

export const tableNoise: fc.Arbitrary<TableNoise> = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), row: fc.nat(), cell: fc.nat(), text: badCell }),
  fc.record({ kind: fc.constant('drop-cell' as const), row: fc.nat(), cell: fc.nat() }),
  fc.record({ kind: fc.constant('add-cell' as const), row: fc.nat(), text: badCell }),
  fc.record({ kind: fc.constant('delete-row' as const), row: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-row' as const), row: fc.nat() }),
  fc.record({ kind: fc.constant('swap-rows' as const), row: fc.nat(), other: fc.nat() }),
);

/** Lines of the first table whose header names a project column (the summary table): [first body line, end). */
function tableBody(lines: string[]): [number, number] | undefined {
  const header = lines.findIndex((l) => l.trimStart().startsWith('|') && l.includes('โครงการ'));
  if (header < 0) return undefined;
  let end = header + 2;
  while (end < lines.length && (lines[end] ?? '').trimStart().startsWith('|')) end++;
  return end > header + 2 ? [header + 2, end] : undefined;
}

/** Applies one edit to the summary table's body (lines split on LF; CRs stay at the line ends). */
export function noisy(text: string, n: TableNoise): string {
  const lines = text.split('\n');
  const body = tableBody(lines);
  if (!body) return text;
  const [from, to] = body;
  const row = from + (n.row % (to - from));
  const line = lines[row] ?? '';
  // Cells between unescaped pipes; the pieces keep their spacing.
  const parts = line.split(/(?<!\\)\|/);
  const inner = (k: number): number => 1 + (k % Math.max(1, parts.length - 2));
  switch (n.kind) {
    case 'cell':
      parts[inner(n.cell)] = ` ${n.text.replace(/[\r\n]/g, ' ')} `;
      lines[row] = parts.join('|');
      break;
    case 'drop-cell':
      if (parts.length > 3) parts.splice(inner(n.cell), 1);
      lines[row] = parts.join('|');
      break;
    case 'add-cell':
      parts.splice(parts.length - 1, 0, ` ${n.text.replace(/[\r\n]/g, ' ')} `);
      lines[row] = parts.join('|');
      break;
    case 'delete-row':
      if (to - from > 1) lines.splice(row, 1);
      break;
    case 'duplicate-row':
      lines.splice(row, 0, line);
      break;
    case 'swap-rows': {
      const other = from + (n.other % (to - from));
      [lines[row], lines[other]] = [lines[other] ?? '', line];
      break;
    }
  }
  return lines.join('\n');
}

/** A generated plan whose summary table has one to four wrong cells or rows (details untouched). */
export const wrongTablePlan: fc.Arbitrary<string> = fc
  .tuple(consistentPlan, fc.array(tableNoise, { minLength: 1, maxLength: 4 }))
  .map(([{ text }, noise]) => noise.reduce(noisy, text));

/** A generated plan with noise anywhere: in its table, and edits like those made to real plans. */
export const noisyPlan: fc.Arbitrary<string> = fc
  .tuple(
    consistentPlan,
    fc.array(tableNoise, { maxLength: 4 }),
    fc.array(mutation, { maxLength: 3 }),
  )
  .map(([{ text }, noise, edits]) => edits.reduce(mutate, noise.reduce(noisy, text)));
