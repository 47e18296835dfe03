// Writes a generated plan as Markdown: front matter, a foreword, the summary table (written by the
// generator or left to the exporter), and the details, every project with all nine sections.
import { defaultRequiredSections } from '../../../server/src/model/required-sections.js';
import { arabicToThaiDigits, formatBaht } from '../../../server/src/parse/thai.js';
import {
  allProjects,
  BUDGET,
  yearsOf,
  type Digits,
  type PlanSpec,
  type ProjectSpec,
} from './plan-spec.js';

/** The line that stands for the summary table until it is filled in. */
export const TABLE_MARK = '<!-- summary table -->';

function num(n: number, d: Digits): string {
  return d === 'thai' ? arabicToThaiDigits(String(n)) : String(n);
}

/** An amount written the way a budget section says it: `20,000` or `๒๐,๐๐๐.๕๐`. */
function money(v: bigint, d: Digits): string {
  const s = formatBaht(v);
  return d === 'thai' ? arabicToThaiDigits(s) : s;
}

function budgetText(p: ProjectSpec, years: number[]): string[] {
  const first = p.amounts[0] ?? 0n;
  switch (p.form) {
    case 'none':
      return ['ไม่ใช้งบประมาณ'];
    case 'uniform':
      return [`ปีละ ${money(first, p.digits)} บาท`];
    case 'per-year':
      return years.map(
        (y, k) => `ปี ${num(y, p.digits)} ${money(p.amounts[k] ?? 0n, p.digits)} บาท`,
      );
    case 'table':
      return [
        `| รายการ | ${years.map((y) => `ปี ${num(y, p.digits)}`).join(' | ')} |`,
        `| --- | ${years.map(() => '---:').join(' | ')} |`,
        `| รวม | ${p.amounts.map((v) => money(v, p.digits)).join(' | ')} |`,
      ];
  }
}

function projectHeading(p: ProjectSpec, n: number, level: number): string {
  const hashes = '#'.repeat(level);
  const k = num(n, p.digits);
  switch (p.heading) {
    case 'dot':
      return `${hashes} ${k}. ${p.name}`;
    case 'paren':
      return `${hashes} ${k}) ${p.name}`;
    case 'word':
      return `${hashes} โครงการที่ ${k} ${p.name}`;
    case 'label':
      return `${hashes} ${k}. ชื่อโครงการ : ${p.name}`;
  }
}

function projectLines(
  p: ProjectSpec,
  n: number,
  level: number,
  years: number[],
  sections: number[],
): string[] {
  const out = [projectHeading(p, n, level), ''];
  sections.forEach((i, k) => {
    const s = defaultRequiredSections[i];
    if (!s) return;
    const alias = s.aliases[p.aliases[i] ?? -1];
    out.push(`${'#'.repeat(level + 1)} ${alias ?? s.name}`, '');
    if (i === BUDGET) out.push(...budgetText(p, years));
    else out.push(k === 0 ? `${p.texts[i]}ของ${p.name}` : p.texts[i] || 'ดำเนินการ');
    if (k === 0 && p.extra === 'fence')
      out.push('', '```', '## มิติที่ 9 ไม่ใช่หัวข้อ', '| โครงการ | ปี 2500 |', 'ระบุจำนวน....', '```');
    if (k === 0 && p.extra === 'comment')
      out.push('', '<!--', '#### 99. ไม่ใช่โครงการ', 'xxx ระบุชื่อ อปท.', '-->');
    out.push('');
  });
  return out;
}

/** The front matter's `required-sections:` lines, each section with its aliases. */
function sectionsLines(sections: number[] | null): string[] {
  if (!sections) return [];
  return [
    'required-sections:',
    ...sections.map((i) => {
      const s = defaultRequiredSections[i];
      return `  - name: ${s?.name}\n    aliases: [${s?.aliases.join(', ')}]`;
    }),
  ];
}

function yearsLine(spec: PlanSpec): string {
  const years = yearsOf(spec);
  const first = years[0] ?? spec.firstYear;
  const last = years[years.length - 1] ?? first;
  if (spec.yearsForm === 'list') return `years: [${years.join(', ')}]`;
  const range = `${first}-${last}`;
  return `years: ${spec.yearsForm === 'thai-range' ? arabicToThaiDigits(range) : range}`;
}

/** The plan's Markdown with TABLE_MARK where the summary table goes (lines joined with LF). */
export function planWithoutTable(spec: PlanSpec): string {
  const years = yearsOf(spec);
  const span = `${years[0]}–${years[years.length - 1]}`;
  const out = [
    '---',
    'type: plan',
    `title: ${spec.title} (พ.ศ. ${span})`,
    `organization: ${spec.organization}`,
    yearsLine(spec),
    ...sectionsLines(spec.sections),
    '---',
    '',
    `# ${spec.title} ของ${spec.organization}`,
    '',
    `แผนนี้ครอบคลุม ${years.length} ปี (พ.ศ. ${span}) ของ${spec.organization} “ฉบับทดสอบ”`,
    '',
    '## ส่วนที่ 2 แผนปฏิบัติการ',
    '',
    TABLE_MARK,
    '',
    '## ส่วนที่ 3 รายละเอียดโครงการ',
    '',
  ];
  const sections = spec.sections ?? defaultRequiredSections.map((_, i) => i);
  let n = 0;
  spec.dimensions.forEach((d, di) => {
    out.push(`### ${d.heading} ${num(di + 1, d.digits)} ${d.title}`, '');
    if (d.missions) {
      d.missions.forEach((m, mi) => {
        out.push(`#### ${num(di + 1, d.digits)}.${num(mi + 1, d.digits)} ${m.title}`, '');
        for (const p of m.projects) out.push(...projectLines(p, ++n, 5, years, sections));
      });
    } else {
      for (const p of d.projects) out.push(...projectLines(p, ++n, 4, years, sections));
    }
  });
  return out.join('\n');
}

/** Puts `table` (lines joined with LF) in place of TABLE_MARK and applies the plan's line ending. */
export function withTable(spec: PlanSpec, text: string, table: string): string {
  return text.replace(TABLE_MARK, table.replace(/\n$/, '')).replace(/\n/g, spec.eol);
}

/** The number of projects of a plan. */
export function projectCount(spec: PlanSpec): number {
  return allProjects(spec).length;
}
