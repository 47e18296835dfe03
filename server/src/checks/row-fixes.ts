// The two directions a table/details disagreement can be repaired in: the table row takes the project's
// number, name and amounts, or the project section takes the row's name. Used by table-project-mismatch.
import { splitNote } from '../model/names.js';
import type { RowMatch } from '../model/index.js';
import type { Plan, Project, Range, TableRow } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';
import { projectAmount } from './budget-missing.js';
import type { Edit, Fix } from './types.js';
import { digitsLike, numberOf, textAt } from './util.js';
import { lineRange } from '../model/line-range.js';
import { escapeCell } from '../parse/escape.js';

/** The fixes for a row that disagrees with the project of its number (`byNumber`) or reads like another. */
export function rowFixes(plan: Plan, m: RowMatch): Fix[] {
  const { row, byNumber, project } = m;
  const update = (p: Project): Fix => ({
    title: { key: 'table-project-mismatch.fix-update-row', args: { project: numberOf(p) } },
    edits: updateRowEdits(plan, row, p),
  });
  if (!byNumber) return project ? [update(project)] : [];
  // When the row reads like another project, renaming this one after it would make two of the same name.
  if (project && project !== byNumber) return [update(byNumber), update(project)];
  const rename = renameProjectEdits(plan, row, byNumber);
  return [
    update(byNumber),
    ...(rename.length
      ? [
          {
            title: {
              key: 'table-project-mismatch.fix-rename-project' as const,
              args: { project: numberOf(byNumber) },
            },
            edits: rename,
          },
        ]
      : []),
  ];
}

/**
 * Edits that give a row `p`'s number and name. `sameName` says when the row's name is already `p`'s
 * (default: written exactly so).
 */
export function numberAndNameEdits(
  plan: Plan,
  row: TableRow,
  p: Project,
  sameName: (row: TableRow, p: Project) => boolean = (r, q) => r.name === q.name,
): Edit[] {
  const edits: Edit[] = [];
  const name = escapeCell(p.name);
  if (row.numberRange && row.nameRange) {
    if (p.number !== null && row.number !== p.number) {
      edits.push({
        range: row.numberRange,
        newText: digitsLike(p.number, textAt(plan, row.numberRange)),
      });
    }
    if (!sameName(row, p)) edits.push({ range: withoutMarkup(plan, row.nameRange), newText: name });
  } else if (row.projectCell) {
    const range = withoutMarkup(plan, row.projectCell.range);
    edits.push({ range, newText: p.number === null ? name : `${p.number}. ${name}` });
  }
  return edits;
}

/** Edits that make a row stand for `p`: its number and name, its year amounts that `p` states, its total. */
export function updateRowEdits(plan: Plan, row: TableRow, p: Project): Edit[] {
  const edits = numberAndNameEdits(plan, row, p);
  const like = [...row.years.values()].find((c) => c.value !== null)?.cell.text ?? '';
  let total: bigint | null = 0n;
  for (const [year, cell] of row.years) {
    const expected = projectAmount(p.budget, year);
    const value = expected ?? cell.value;
    total = total === null || value === null ? null : total + value;
    // A cell the row lacks has no place to write into (every lacking cell is at the line's end).
    if (expected === undefined || cell.value === expected || cell.cell.absent) continue;
    const text = formatBaht(expected, cell.value !== null ? cell.cell.text : like);
    edits.push({ range: cell.cell.range, newText: text });
  }
  const written = row.total;
  if (written && total !== null && written.value !== total && !written.cell.absent) {
    edits.push({
      range: written.cell.range,
      newText: formatBaht(total, written.cell.text || like),
    });
  }
  return edits;
}

/** Edits that rename project `p`'s heading to the row's name (without a trailing note such as `(ไม่ตรง)`). */
export function renameProjectEdits(plan: Plan, row: TableRow, p: Project): Edit[] {
  const name = splitNote(row.name).base.replace(/\s+/g, ' ').trim();
  if (!name || name === p.name) return [];
  return [{ range: p.nameRange, newText: name }];
}

/** A range without the emphasis markers (`**`, `_`) that close it, so that they stay. */
function withoutMarkup(plan: Plan, range: Range): Range {
  const text = textAt(plan, range);
  const trailing = /[*_]*$/.exec(text)?.[0].length ?? 0;
  const leading = /^[*_]*/.exec(text)?.[0].length ?? 0;
  if (leading + trailing >= text.length) return range;
  return lineRange(
    range.start.line,
    range.start.character + leading,
    range.end.character - trailing,
  );
}
