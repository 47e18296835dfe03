// Reads a ผ.02 table: one project per row, with the columns the profile requires and a budget per year.
import type { DevProject, DevTable } from '../../model/development.js';
import type { Profile } from '../../profiles/types.js';
import { columnOf, isProjectListHeader } from '../../profiles/index.js';
import type { FoundTable } from '../table.js';
import { normalizeThai, readInteger } from '../thai.js';
import { amountCell, rowCells } from './cells.js';
import { isSecondHeader, yearOf } from './header.js';
import { sameRow, tableHeader } from './summary.js';
import { lineRange } from '../../model/line-range.js';

/** A ผ.02 table as read, its rows not yet placed under a แผนงาน. */
export interface ProjectList {
  table: DevTable;
  projects: Omit<DevProject, 'strategyIndex' | 'programmeIndex'>[];
}

/** Reads a ผ.02 table, or null when its header is not a project list. */
export function readProjectList(
  profile: Profile,
  found: FoundTable,
  lines: readonly string[],
): ProjectList | null {
  const { labels, rows: headerRows } = tableHeader(found);
  const columns: DevTable['columns'] = {};
  const years: DevTable['years'] = [];
  labels.forEach((label, i) => {
    const spec = columnOf(profile, label);
    if (spec) {
      if (columns[spec.key] === undefined) columns[spec.key] = i;
      return;
    }
    const year = /รวม|total/i.test(label) ? null : yearOf(label);
    if (year !== null && !years.some((y) => y.year === year)) years.push({ year, index: i });
  });
  // A project list: the full ผ.02 header, or one that lacks some of its columns but still has a
  // budget per year and at least two of them (the checks then say which columns are missing).
  const named = Object.keys(columns).filter((k) => k !== 'number').length;
  if (!isProjectListHeader(labels) && !(years.length > 0 && named >= 2)) return null;
  const table: DevTable = {
    range: {
      start: { line: found.startLine, character: 0 },
      end: { line: found.endLine, character: (lines[found.endLine] ?? '').length },
    },
    headerRange: lineRange(found.startLine, 0, (lines[found.startLine] ?? '').length),
    headerRows,
    columns,
    years,
    missing: profile.columns.map((c) => c.key).filter((k) => columns[k] === undefined),
  };
  const projects: ProjectList['projects'] = [];
  found.rows.slice(headerRows).forEach((texts, k) => {
    const line = found.startLine + 1 + headerRows + k;
    const raw = lines[line] ?? '';
    const cells = rowCells(texts, labels.length, line, raw);
    const filled = texts.map((t) => normalizeThai(t)).filter((t) => t !== '');
    if (filled.length === 0) return;
    // The header (or its second row) repeated where Word starts a new page.
    if (
      sameRow(texts, found.rows[0] ?? []) ||
      (headerRows === 2 && sameRow(texts, found.rows[1] ?? []))
    )
      return;
    if (isSecondHeader(texts)) return;
    // A total row at the end of a แผนงาน's list (รวม N โครงการ) is not a project.
    if (/^รวม|^total\b/i.test(filled[0] ?? '')) return;
    const nameCell = columns.name !== undefined ? cells[columns.name] : undefined;
    const numberCell = columns.number !== undefined ? cells[columns.number] : undefined;
    const name = normalizeThai(nameCell?.text ?? '');
    projects.push({
      number: numberCell ? readInteger(numberCell.text.replace(/[.)]$/, '')) : null,
      name,
      normName: name.replace(/\s/g, ''),
      line,
      range: lineRange(line, 0, raw.length),
      cells,
      table,
      amounts: new Map(
        years.map(({ year, index }) => [year, amountCell(cells[index] as (typeof cells)[0])]),
      ),
    });
  });
  return { table, projects };
}
