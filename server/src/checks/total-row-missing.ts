// total-row-missing: a dimension of the summary table has no total row (รวม) after its projects, or the
// table has no grand total row (รวมทั้งสิ้น). The fix adds the row, with its count and its sums.
import { sumRows, sumValues } from '../model/totals.js';
import type { Plan, SummaryTable, TableColumns, TableRow } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';
import type { Check, Fix, Problem } from './types.js';

/** A run of project rows of one dimension, and whether a total row closes it. */
interface Group {
  dimension: number | null;
  rows: TableRow[];
  closed: boolean;
}

/** Reports the total rows a table lacks. */
export const check: Check = {
  meta: {
    id: 'total-row-missing',
    description: {
      en: 'A dimension of the summary table has no total row (รวม), or the table has no grand total (รวมทั้งสิ้น).',
      th: 'มิติในตารางสรุปไม่มีแถวรวม หรือตารางไม่มีแถวรวมทั้งสิ้น',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['table', 'budget'],
  },
  run({ plan }) {
    const table = plan.table;
    if (!table) return [];
    const groups = groupsOf(table);
    const hasSubtotal = table.rows.some((r) => r.kind === 'subtotal');
    const problems: Problem[] = [];
    // Subtotals are asked for once the table groups its rows by dimension (or writes one anyway).
    if (groups.length > 1 || hasSubtotal) {
      for (const g of groups) {
        const last = g.rows[g.rows.length - 1];
        if (g.closed || !last) continue;
        const dimension = g.dimension ?? '?';
        problems.push({
          range: last.range,
          message: {
            key: 'total-row-missing.subtotal',
            args: { dimension, count: g.rows.length },
          },
          data: {
            fixes: [
              addRow(plan, table, last, 'subtotal', g.rows, {
                key: 'total-row-missing.fix-subtotal',
                args: { dimension },
              }),
            ],
          },
        });
      }
    }
    const projects = table.rows.filter((r) => r.kind === 'project');
    const lastRow = table.rows[table.rows.length - 1];
    if ((groups.length > 1 || hasSubtotal) && !table.rows.some((r) => r.kind === 'grand-total')) {
      if (lastRow) {
        problems.push({
          range: lastRow.range,
          message: { key: 'total-row-missing.grand', args: { count: projects.length } },
          data: {
            fixes: [
              addRow(plan, table, lastRow, 'grand-total', projects, {
                key: 'total-row-missing.fix-grand',
              }),
            ],
          },
        });
      }
    }
    return problems;
  },
};

/** The project rows of each dimension in table order, and whether a total row follows them. */
function groupsOf(table: SummaryTable): Group[] {
  const groups: Group[] = [];
  let open: Group | undefined;
  for (const row of table.rows) {
    if (row.kind === 'project') {
      const dimension = row.dimension?.number ?? null;
      if (!open || open.closed || open.dimension !== dimension) {
        open = { dimension, rows: [], closed: false };
        groups.push(open);
      }
      open.rows.push(row);
    } else if (row.kind === 'subtotal' && open) open.closed = true;
    else if (row.kind === 'grand-total' && open && groups.length === 1) open.closed = true;
  }
  return groups;
}

/** A fix that adds a total row after `after`, with the count of `rows` and their sums. */
function addRow(
  plan: Plan,
  table: SummaryTable,
  after: TableRow,
  kind: 'subtotal' | 'grand-total',
  rows: TableRow[],
  title: Fix['title'],
): Fix {
  const columns = table.parts[after.part]?.columns ?? table.columns;
  const width = after.cells.length;
  const sums = sumRows(rows, table.years);
  const like = [...after.years.values()].find((c) => c.value !== null)?.cell.text;
  const cells = new Array<string>(width).fill('');
  const label = kind === 'subtotal' ? 'รวม' : 'รวมทั้งสิ้น';
  const count = `จำนวน ${rows.length} โครงการ`;
  const labelAt = labelColumn(columns);
  cells[labelAt] = label;
  cells[columns.project] = labelAt === columns.project ? `${label} ${count}` : count;
  for (const y of columns.years) cells[y.index] = formatBaht(sums.get(y.year) ?? 0n, like);
  if (columns.total !== undefined)
    cells[columns.total] = formatBaht(sumValues(sums.values()), like);
  const line = after.range.end.line;
  const end = (plan.lines[line] ?? '').length;
  const row = `| ${cells.join(' | ')} |`;
  // The edit takes the line break after the row it follows, so that it touches the next line too:
  // once applied, that line reads differently and the fix is known to be stale.
  const next = line + 1 < plan.lines.length;
  return {
    title,
    edits: [
      next
        ? {
            range: { start: { line, character: end }, end: { line: line + 1, character: 0 } },
            newText: `\n${row}\n`,
          }
        : {
            range: { start: { line, character: end }, end: { line, character: end } },
            newText: `\n${row}`,
          },
    ],
  };
}

/** The column a total row's label goes in: the first one (dimension, mission or project). */
function labelColumn(c: TableColumns): number {
  const first = [c.dimension, c.mission, c.project].filter((i): i is number => i !== undefined);
  return Math.min(...first);
}
