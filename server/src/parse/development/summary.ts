// Reads a ผ.01 summary table: a label column (ยุทธศาสตร์ / แผนงาน), then per year a project count and
// a budget, then the five-year count and budget; rows open a ยุทธศาสตร์, give a แผนงาน's figures, or
// total them (รวม, รวมทั้งสิ้น).
import type { DevSummary, DevSummaryRow } from '../../model/development.js';
import type { Profile } from '../../profiles/types.js';
import type { FoundTable } from '../table.js';
import { splitRow } from '../table.js';
import { normalizeThai } from '../thai.js';
import { amountCell, countCell, rowCells } from './cells.js';
import { headerLabels, isSecondHeader, yearOf } from './header.js';
import { readProgramme, readStrategy, titleKey } from './labels.js';
import { lineRange, spanRange } from '../../model/line-range.js';

/** Where the counts and amounts are, per year and for the five years. */
export interface SummaryColumns {
  counts: Map<number, number>;
  amounts: Map<number, number>;
  totalCount?: number;
  totalAmount?: number;
}

const COUNT = /จำนวน|count|number/i;
const MONEY = /งบประมาณ|บาท|budget|baht|amount/i;
const TOTAL = /รวม|5\s*ปี|ห้าปี|total/i;

/** The columns of a ผ.01 table from its labels, or null when it is not one (no year with both figures). */
export function summaryColumns(labels: readonly string[]): SummaryColumns | null {
  const cols: SummaryColumns = { counts: new Map(), amounts: new Map() };
  labels.forEach((label, i) => {
    if (i === 0) return;
    // `รวม 5 ปี (2566–2570)` names years too: a total column is read first.
    const total = /รวม|total/i.test(label);
    const year = total ? null : yearOf(label);
    const count = COUNT.test(label);
    const money = MONEY.test(label) && !count;
    if (year !== null) {
      if (count && !cols.counts.has(year)) cols.counts.set(year, i);
      else if (money && !cols.amounts.has(year)) cols.amounts.set(year, i);
    } else if (total || TOTAL.test(label)) {
      if (count && cols.totalCount === undefined) cols.totalCount = i;
      else if (money && cols.totalAmount === undefined) cols.totalAmount = i;
    }
  });
  const both = [...cols.counts.keys()].some((y) => cols.amounts.has(y));
  return both ? cols : null;
}

/** True when two rows read the same (a header repeated at a page break). */
export function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => normalizeThai(c) === normalizeThai(b[i] ?? ''));
}

/** The labels of a table's columns and how many rows its header takes. */
export function tableHeader(found: FoundTable): { labels: string[]; rows: number } {
  const top = found.rows[0] ?? [];
  const second = found.rows[1];
  const two = !!second && isSecondHeader(second);
  return { labels: headerLabels(top, two ? second : undefined), rows: two ? 2 : 1 };
}

/** Reads a ผ.01 table, or null when it is not one. `into` continues a summary split over tables. */
export function readSummary(
  profile: Profile,
  found: FoundTable,
  lines: readonly string[],
  into?: DevSummary,
): DevSummary | null {
  const { labels, rows: headerRows } = tableHeader(found);
  const cols = summaryColumns(labels);
  if (!cols) return null;
  const width = labels.length;
  const summary: DevSummary = into ?? {
    range: lineRange(found.startLine, 0, 0),
    headerRange: lineRange(found.startLine, 0, (lines[found.startLine] ?? '').length),
    years: [],
    rows: [],
  };
  for (const y of [...cols.counts.keys(), ...cols.amounts.keys()])
    if (!summary.years.includes(y)) summary.years.push(y);
  summary.years.sort((a, b) => a - b);
  let strategyRow = -1;
  for (let i = summary.rows.length - 1; i >= 0; i--) {
    if (summary.rows[i]?.kind === 'strategy') {
      strategyRow = i;
      break;
    }
    if (summary.rows[i]?.kind === 'subtotal') break;
  }
  found.rows.slice(1).forEach((texts, k) => {
    const line = found.startLine + 2 + k;
    const raw = lines[line] ?? '';
    const cells = rowCells(texts, width, line, raw);
    const label = cells[0] ?? {
      text: '',
      index: 0,
      range: spanRange(line, splitRow(raw)[0] ?? [0, 0]),
    };
    const totalCount = cols.totalCount !== undefined ? cells[cols.totalCount] : undefined;
    const totalAmount = cols.totalAmount !== undefined ? cells[cols.totalAmount] : undefined;
    const text = normalizeThai(label.text.replace(/\*\*|__/g, '')).replace(/[:：]$/, '');
    const base = {
      line,
      range: lineRange(line, 0, raw.length),
      label,
      counts: new Map([...cols.counts].map(([y, c]) => [y, countCell(cells[c] ?? label)] as const)),
      amounts: new Map(
        [...cols.amounts].map(([y, c]) => [y, amountCell(cells[c] ?? label)] as const),
      ),
      ...(totalCount ? { totalCount: countCell(totalCount) } : {}),
      ...(totalAmount ? { totalAmount: amountCell(totalAmount) } : {}),
    };
    const row = (
      kind: DevSummaryRow['kind'],
      strategyNumber: number | null,
      number: number | null,
      title: string,
    ): DevSummaryRow => ({
      ...base,
      kind,
      strategyNumber,
      number,
      title,
      normTitle: titleKey(profile, title),
      strategyRow,
    });
    // The second header row, and the header repeated where Word starts a new page.
    if (k < headerRows - 1 || sameRow(texts, found.rows[0] ?? []) || isSecondHeader(texts)) {
      summary.rows.push(row('header', null, null, ''));
      return;
    }
    if (texts.every((t) => normalizeThai(t) === '')) return;
    if (/^รวมทั้งสิ้น|^grand total/i.test(text)) {
      summary.rows.push(row('grand-total', null, null, text));
      strategyRow = -1;
      return;
    }
    if (/^รวม|^(?:sub)?total\b/i.test(text)) {
      summary.rows.push(row('subtotal', null, null, text));
      return;
    }
    const s = readStrategy(profile, text);
    if (s) {
      strategyRow = summary.rows.length;
      summary.rows.push({ ...row('strategy', s.number, null, s.title), strategyRow });
      return;
    }
    const p = readProgramme(profile, text);
    const open = summary.rows[strategyRow];
    if (p) {
      summary.rows.push(
        row('programme', p.strategyNumber ?? open?.strategyNumber ?? null, p.number, p.title),
      );
      return;
    }
    summary.rows.push(row('other', null, null, text));
  });
  const lastLine = found.endLine;
  summary.range = {
    start: summary.range.start,
    end: { line: lastLine, character: (lines[lastLine] ?? '').length },
  };
  return summary;
}
