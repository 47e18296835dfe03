// The summary table as an author might write it by hand, consistent with the details: per-project rows,
// a รวม row per dimension, รวมทั้งสิ้น, in the spec's digits, separators, labels and column choice.
import { arabicToThaiDigits, formatBaht } from '../../../server/src/parse/thai.js';
import { yearsOf, type PlanSpec, type ProjectSpec, type TableSpec } from './plan-spec.js';

function amountText(v: bigint, t: TableSpec): string {
  if (v === 0n && t.dashForZero) return '-';
  let s = formatBaht(v, t.decimals ? '0.00' : undefined);
  if (!t.commas) s = s.replace(/,/g, '');
  if (t.bahtSuffix) s += ' บาท';
  return t.digits === 'thai' ? arabicToThaiDigits(s) : s;
}

function n(k: number, t: TableSpec): string {
  return t.digits === 'thai' ? arabicToThaiDigits(String(k)) : String(k);
}

/** A name as a cell holds it: one line, `|` escaped. */
function cellText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

/** One table row of a plan: text cells then amounts. */
interface Row {
  dimension: string;
  mission: string;
  project: string;
  amounts: bigint[];
}

function sum(rows: bigint[][], years: number): bigint[] {
  return Array.from({ length: years }, (_, k) => rows.reduce((s, r) => s + (r[k] ?? 0n), 0n));
}

/** The summary table the spec's author would write, lines joined with LF. */
export function writeTable(spec: PlanSpec): string {
  const t = spec.table;
  const years = yearsOf(spec);
  const hasMissions = spec.dimensions.some((d) => d.missions !== null);
  const label = (s: string): string => (t.boldTotals ? `**${s}**` : s);
  const rows: Row[] = [];
  const all: bigint[][] = [];
  let k = 0;
  spec.dimensions.forEach((d, di) => {
    const dn = n(di + 1, t);
    const dimensionCell =
      t.dimensionCell === 'dot' ? `${dn}. ${d.title}` : `${t.dimensionCell} ${dn} ${d.title}`;
    const groups: [string, ProjectSpec[]][] = d.missions
      ? d.missions.map((m, mi) => [`${dn}.${n(mi + 1, t)} ${m.title}`, m.projects])
      : [['', d.projects]];
    const mine: bigint[][] = [];
    let first = true;
    for (const [mission, projects] of groups) {
      projects.forEach((p, pi) => {
        k++;
        rows.push({
          dimension: first ? dimensionCell : '',
          mission: pi === 0 ? mission : '',
          project: `${n(k, t)}.${t.tightNumber ? '' : ' '}${cellText(p.name)}`,
          amounts: p.amounts,
        });
        mine.push(p.amounts);
        first = false;
      });
    }
    all.push(...mine);
    const count = `จำนวน ${n(mine.length, t)} โครงการ/กิจกรรม/มาตรการ`;
    rows.push({
      dimension: label('รวม'),
      mission: '',
      project: count,
      amounts: sum(mine, years.length),
    });
  });
  const count = `จำนวน ${n(all.length, t)} โครงการ/กิจกรรม/มาตรการ`;
  rows.push({
    dimension: label('รวมทั้งสิ้น'),
    mission: '',
    project: count,
    amounts: sum(all, years.length),
  });
  const yearHeader = (y: number): string =>
    t.yearHeader === 'thai'
      ? arabicToThaiDigits(String(y))
      : t.yearHeader === 'long'
        ? `ปี ${y} งบประมาณ (บาท)`
        : `ปี ${y}`;
  const header = [
    'มิติ',
    ...(hasMissions ? ['ภารกิจตามมิติ'] : []),
    'โครงการ/กิจกรรม/มาตรการ',
    ...years.map(yearHeader),
    ...(t.totalColumn ? ['รวม'] : []),
    ...(t.noteColumn ? ['หมายเหตุ'] : []),
  ];
  const delimiter = header.map((_, i) => (i < (hasMissions ? 3 : 2) ? '---' : '---:'));
  if (t.noteColumn) delimiter[delimiter.length - 1] = '---';
  const line = (cells: string[]): string => {
    const inner = cells.map((c) => `${t.padding}${c}${t.padding}`).join('|');
    // Only the closing pipe is left out: without the opening one a first cell `1. …` starts a list.
    return t.barePipes ? `|${inner}` : `|${inner}|`;
  };
  const lines = [line(header), line(delimiter)];
  for (const r of rows) {
    const total = r.amounts.reduce((a, b) => a + b, 0n);
    lines.push(
      line([
        r.dimension,
        ...(hasMissions ? [r.mission] : []),
        r.project,
        ...r.amounts.map((v) => amountText(v, t)),
        ...(t.totalColumn ? [amountText(total, t)] : []),
        ...(t.noteColumn ? [''] : []),
      ]),
    );
  }
  return lines.join('\n') + '\n';
}
