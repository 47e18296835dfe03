// A new plan's text: front matter, the summary table computed from the sample projects, and the four
// NACC dimensions each with a mission and a sample project carrying every required section.
import { stringify } from 'yaml';
import type { RequiredSection } from '../model/types.js';
import { defaultRequiredSections } from '../model/required-sections.js';
import { computeSummary, type Summary } from '../model/summary.js';
import { parsePlan } from '../parse/index.js';
import { formatBaht } from '../parse/thai.js';
import { LABELS, tableLayout } from '../export/layout.js';
import { NACC_DIMENSIONS } from './examples.js';
import { projectLines } from './project.js';

/** What the author is asked for. */
export interface NewPlanOptions {
  organization: string;
  /** First and last Buddhist-era fiscal year. */
  firstYear: number;
  lastYear: number;
  /** The sections each sample project gets; default the NACC nine. */
  requiredSections?: RequiredSection[];
}

/** The plan's title, as the national template words it. */
export function planTitle(firstYear: number, lastYear: number): string {
  return `แผนปฏิบัติการป้องกันการทุจริต ${lastYear - firstYear + 1} ปี (พ.ศ. ${firstYear}–${lastYear})`;
}

/** The whole text of a new plan (ends with a newline); it checks clean as generated. */
export function newPlanText(options: NewPlanOptions): string {
  const organization = options.organization.replace(/\s+/g, ' ').trim();
  const title = planTitle(options.firstYear, options.lastYear);
  const frontMatter = `---\n${stringify(
    {
      type: 'plan',
      title,
      organization,
      years: `${options.firstYear}-${options.lastYear}`,
      currency: 'บาท',
    },
    { lineWidth: 0 },
  )}---\n`;
  const details = detailsLines(options.requiredSections ?? defaultRequiredSections).join('\n');
  const summary = computeSummary(parsePlan(`${frontMatter}\n${details}\n`));
  return [
    frontMatter,
    `# ${title} ของ${organization}`,
    '',
    '## ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต',
    '',
    ...summaryTableLines(summary),
    '',
    details,
    '',
  ].join('\n');
}

/** Part 3: each dimension (###), its mission (####), its sample project (#####) and sections (######). */
function detailsLines(required: RequiredSection[]): string[] {
  const lines = ['## ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ'];
  NACC_DIMENSIONS.forEach((d, i) => {
    const n = i + 1;
    lines.push('', `### มิติที่ ${n} ${d.title}`, '', `#### ${n}.1 ${d.mission}`, '');
    lines.push(
      ...projectLines(d.project, required, {
        number: String(n),
        projectLevel: 5,
        sectionLevel: 6,
      }),
    );
  });
  return lines;
}

/** The summary table in the NACC template's columns, with a note column. */
function summaryTableLines(summary: Summary): string[] {
  const header = [
    LABELS.dimension,
    LABELS.mission,
    LABELS.project,
    ...summary.years.map((y) => `${LABELS.year(y)} งบประมาณ (บาท)`),
    LABELS.total,
    LABELS.note,
  ];
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const numeric = (i: number): boolean => i >= 3 && i < header.length - 1;
  const lines = [line(header), line(header.map((_, i) => (numeric(i) ? '---:' : '---')))];
  for (const row of tableLayout(summary).rows) {
    const total = row.kind === 'subtotal' || row.kind === 'grand-total';
    lines.push(
      line([
        total ? `**${row.dimension}**` : row.dimension,
        row.mission,
        row.project,
        ...[...row.amounts, row.total].map((v) => (v === null ? '' : formatBaht(v))),
        row.note,
      ]),
    );
  }
  return lines;
}
