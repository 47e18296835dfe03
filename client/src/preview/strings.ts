// The summary preview's and status bar's UI strings in Thai and English, and the one function that
// formats them. Pure (no VS Code import) so the webview's HTML can be rendered and tested anywhere.

/** The languages the preview speaks. */
export type UiLocale = 'en' | 'th';

/** Every string, keyed by name; `{name}` placeholders are filled by `t`. */
export const previewStrings = {
  panelTitle: { en: 'Summary: {file}', th: 'สรุปงบประมาณ: {file}' },
  panelTitleEmpty: { en: 'Plancheck summary', th: 'สรุปงบประมาณ Plancheck' },
  caption: {
    en: 'Summary table computed from the project details (baht)',
    th: 'ตารางสรุปที่คำนวณจากรายละเอียดโครงการ (บาท)',
  },
  colProject: { en: 'Project / activity / measure', th: 'โครงการ/กิจกรรม/มาตรการ' },
  colYear: { en: 'FY {year}', th: 'ปี {year}' },
  colTotal: { en: 'Total', th: 'รวม' },
  subtotal: { en: 'Total: {count} projects', th: 'รวม จำนวน {count} โครงการ' },
  grandTotal: { en: 'Grand total: {count} projects', th: 'รวมทั้งสิ้น จำนวน {count} โครงการ' },
  noDimension: { en: 'Outside any dimension', th: 'ไม่อยู่ในมิติใด' },
  written: { en: 'written: {value}', th: 'เขียนไว้: {value}' },
  writtenTitle: {
    en: 'The summary table in the document says {value}; the project details add up to {computed}.',
    th: 'ตารางสรุปในเอกสารเขียนไว้ {value} แต่รายละเอียดโครงการรวมได้ {computed}',
  },
  writtenCount: { en: 'written: {count} projects', th: 'เขียนไว้: {count} โครงการ' },
  writtenCountTitle: {
    en: 'The total row in the document says {count} projects; the details have {computed}.',
    th: 'แถวรวมในเอกสารเขียนไว้ {count} โครงการ แต่รายละเอียดมี {computed} โครงการ',
  },
  blank: { en: '(blank)', th: '(ว่าง)' },
  notStated: { en: 'not stated', th: 'ไม่ระบุ' },
  notStatedTitle: {
    en: "The project's budget section does not state an amount for this year.",
    th: 'หัวข้องบประมาณของโครงการไม่ได้ระบุจำนวนเงินของปีนี้',
  },
  notInTable: { en: 'not in the written table', th: 'ไม่มีในตารางสรุปที่เขียนไว้' },
  notInTableTitle: {
    en: 'No row of the summary table in the document stands for this project.',
    th: 'ตารางสรุปในเอกสารไม่มีแถวของโครงการนี้',
  },
  noWrittenTable: {
    en: 'The document has no summary table to compare with.',
    th: 'เอกสารนี้ไม่มีตารางสรุปให้เปรียบเทียบ',
  },
  devCaption: {
    en: 'Development projects summary (ผ.01) worked out from the project lists (ผ.02)',
    th: 'บัญชีสรุปโครงการพัฒนา (ผ.01) ที่คำนวณจากรายละเอียดโครงการพัฒนา (ผ.02)',
  },
  colStrategy: { en: 'Strategy', th: 'ยุทธศาสตร์' },
  colAllYears: { en: '{count} years', th: 'รวม {count} ปี' },
  colCount: { en: 'Projects', th: 'จำนวนโครงการ' },
  colBudget: { en: 'Budget (baht)', th: 'งบประมาณ (บาท)' },
  devUnknownTitle: {
    en: 'A ผ.02 budget cell this figure rests on is blank or unreadable.',
    th: 'ช่องงบประมาณใน ผ.02 ที่ใช้คำนวณช่องนี้ว่างหรืออ่านไม่ได้',
  },
  devWrittenTitle: {
    en: 'The ผ.01 in the document says {value}; the ผ.02 rows give {computed}.',
    th: 'ผ.01 ในเอกสารเขียนไว้ {value} แต่รายละเอียดใน ผ.02 ให้ผล {computed}',
  },
  devNotInTable: { en: 'not in ผ.01', th: 'ไม่มีใน ผ.01' },
  devNotInTableTitle: {
    en: 'No row of the ผ.01 in the document stands for this line.',
    th: 'ผ.01 ในเอกสารไม่มีแถวของรายการนี้',
  },
  devNoWrittenTable: {
    en: 'The document has no ผ.01 summary to compare with.',
    th: 'เอกสารนี้ไม่มีบัญชีสรุป ผ.01 ให้เปรียบเทียบ',
  },
  healthHeading: { en: 'Plan health', th: 'สถานะของแผน' },
  healthOk: { en: 'No problems found.', th: 'ไม่พบปัญหา' },
  healthSummary: {
    en: 'Errors: {errors} · Warnings: {warnings} · Hints: {hints}',
    th: 'ข้อผิดพลาด {errors} · คำเตือน {warnings} · คำแนะนำ {hints}',
  },
  checkErrors: { en: '{count} errors', th: 'ข้อผิดพลาด {count}' },
  checkWarnings: { en: '{count} warnings', th: 'คำเตือน {count}' },
  checkHints: { en: '{count} hints', th: 'คำแนะนำ {count}' },
  clickHint: {
    en: 'Click a row (or press Enter on it) to go to its place in the plan.',
    th: 'คลิกแถว (หรือกด Enter) เพื่อไปยังตำแหน่งนั้นในแผน',
  },
  rowTitle: { en: 'Go to line {line} of the plan', th: 'ไปยังบรรทัดที่ {line} ของแผน' },
  notPlan: {
    en: 'Open a plan to see its summary: a Markdown file whose name ends in .plan.md or whose front matter says type: plan.',
    th: 'เปิดไฟล์แผนเพื่อดูตารางสรุป: ไฟล์ Markdown ที่ชื่อลงท้ายด้วย .plan.md หรือมี type: plan ใน front matter',
  },
  loading: { en: 'Computing the summary…', th: 'กำลังคำนวณตารางสรุป…' },
  failed: {
    en: 'The summary could not be computed: {detail}',
    th: 'คำนวณตารางสรุปไม่ได้: {detail}',
  },
  statusText: {
    en: '{icon} {problems} problems · {total} baht',
    th: '{icon} ปัญหา {problems} · รวม {total} บาท',
  },
  statusTooltip: {
    en: 'Plancheck: {errors} errors, {warnings} warnings, {hints} hints. Grand total computed from the project details: {total} baht. Click to open the summary preview.',
    th: 'Plancheck: ข้อผิดพลาด {errors} คำเตือน {warnings} คำแนะนำ {hints} ยอดรวมทั้งสิ้นที่คำนวณจากรายละเอียดโครงการ {total} บาท คลิกเพื่อเปิดตารางสรุป',
  },
  statusName: { en: 'Plancheck plan summary', th: 'สรุปแผน Plancheck' },
  notPlanActive: {
    en: 'The active editor is not a plan. Open a .plan.md file (or a Markdown file with type: plan in its front matter) first.',
    th: 'ไฟล์ที่เปิดอยู่ไม่ใช่แผน กรุณาเปิดไฟล์ .plan.md (หรือไฟล์ Markdown ที่มี type: plan ใน front matter) ก่อน',
  },
} as const;

/** A key of `previewStrings`. */
export type StringKey = keyof typeof previewStrings;

/** Picks Thai for any Thai language tag (`th`, `th-TH`), English otherwise. */
export function uiLocale(tag: string | undefined): UiLocale {
  return tag && /^th(?:[-_.@]|$)/i.test(tag) ? 'th' : 'en';
}

/** Formats a string for a locale, filling `{name}` placeholders; unknown names stay visible. */
export function t(
  locale: UiLocale,
  key: StringKey,
  args: Record<string, string | number> = {},
): string {
  return previewStrings[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

/** Baht from a `BahtString` (`"12345.50"`) for display: thousands commas, `.00` dropped. */
export function displayBaht(baht: string): string {
  const m = /^(-?)(\d+)(?:\.(\d{2}))?$/.exec(baht);
  if (!m) return baht;
  const whole = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = m[3] && m[3] !== '00' ? `.${m[3]}` : '';
  return `${m[1] ?? ''}${whole}${fraction}`;
}
