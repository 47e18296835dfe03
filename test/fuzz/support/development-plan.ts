// Generated development plans (ผ.01 + ผ.02) whose summary agrees with the project lists, written in
// the forms offices use: a one- or two-row ผ.01 header, Thai or Arabic digits, `20,000` or `20,000.-`,
// bold or plain total rows, `-` or `0` for none. The sums here are the test's own, not the product's.
import fc from 'fast-check';
import { arabicToThaiDigits } from '../../../server/src/parse/thai.js';

/** The shape of a generated plan. */
export interface DevSpec {
  years: number[];
  /** Per strategy, per แผนงาน, per project: the budget per year in baht (0 = none). */
  strategies: number[][][][];
  twoRowHeader: boolean;
  thaiDigits: boolean;
  dashEnd: boolean;
  boldTotals: boolean;
  zero: '-' | '0';
}

const amountArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 3_000 }).map((k) => k * 1_000),
);

export const devSpec: fc.Arbitrary<DevSpec> = fc
  .record({
    first: fc.integer({ min: 2561, max: 2570 }),
    span: fc.integer({ min: 3, max: 5 }),
    twoRowHeader: fc.boolean(),
    thaiDigits: fc.boolean(),
    dashEnd: fc.boolean(),
    boldTotals: fc.boolean(),
    zero: fc.constantFrom<'-' | '0'>('-', '0'),
  })
  .chain((r) =>
    fc
      .array(
        fc.array(
          fc.array(fc.array(amountArb, { minLength: r.span, maxLength: r.span }), {
            minLength: 1,
            maxLength: 4,
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((strategies) => ({
        years: Array.from({ length: r.span }, (_, i) => r.first + i),
        strategies,
        twoRowHeader: r.twoRowHeader,
        thaiDigits: r.thaiDigits,
        dashEnd: r.dashEnd,
        boldTotals: r.boldTotals,
        zero: r.zero,
      })),
  );

const PROGRAMMES = ['แผนงานเคหะและชุมชน', 'แผนงานการศึกษา', 'แผนงานสาธารณสุข', 'แผนงานการเกษตร'];

/** The plan's Markdown text. */
export function devPlanText(s: DevSpec): string {
  const digits = (t: string): string => (s.thaiDigits ? arabicToThaiDigits(t) : t);
  const money = (v: number): string =>
    v === 0 ? s.zero : digits(v.toLocaleString('en-US')) + (s.dashEnd ? '.-' : '');
  const count = (n: number): string => (n === 0 ? s.zero : digits(String(n)));
  const bold = (t: string): string => (s.boldTotals && t !== '-' ? `**${t}**` : t);
  const n = s.years.length;
  const out: string[] = [
    '---',
    'type: แผนพัฒนาท้องถิ่น',
    `title: แผนพัฒนาท้องถิ่น (พ.ศ. ${s.years[0]}–${s.years[n - 1]}) เทศบาลตำบลทดสอบ`,
    'organization: เทศบาลตำบลทดสอบ',
    `years: ${s.years[0]}-${s.years[n - 1]}`,
    '---',
    '',
    '## บัญชีสรุปโครงการพัฒนา (แบบ ผ.01)',
    '',
  ];
  if (s.twoRowHeader) {
    out.push(`| ยุทธศาสตร์ | ${s.years.map((y) => `ปี ${y} | |`).join(' ')} รวม ${n} ปี | |`);
    out.push(`| --- |${' ---: | ---: |'.repeat(n + 1)}`);
    out.push(`| |${' จำนวนโครงการ | งบประมาณ (บาท) |'.repeat(n + 1)}`);
  } else {
    const labels = [...s.years.map(String), `รวม ${n} ปี`].flatMap((y) => [
      `${y} จำนวนโครงการ`,
      `${y} งบประมาณ (บาท)`,
    ]);
    out.push(`| ยุทธศาสตร์ | ${labels.join(' | ')} |`);
    out.push(`| --- |${' ---: | ---: |'.repeat(n + 1)}`);
  }
  const figures = (projects: number[][]): string[] => {
    const cells: string[] = [];
    let tc = 0;
    let ta = 0;
    for (let i = 0; i < n; i++) {
      const c = projects.filter((p) => (p[i] ?? 0) > 0).length;
      const a = projects.reduce((sum, p) => sum + (p[i] ?? 0), 0);
      tc += c;
      ta += a;
      cells.push(count(c), money(a));
    }
    cells.push(count(tc), money(ta));
    return cells;
  };
  const all: number[][] = [];
  s.strategies.forEach((programmes, si) => {
    out.push(`| **${si + 1}) ยุทธศาสตร์การพัฒนาด้านที่ ${si + 1}** |${' |'.repeat(2 * n + 2)}`);
    const mine: number[][] = [];
    programmes.forEach((projects, pi) => {
      out.push(
        `| ${si + 1}.${pi + 1} ${PROGRAMMES[pi % PROGRAMMES.length]} | ${figures(projects).join(' | ')} |`,
      );
      mine.push(...projects);
    });
    out.push(`| ${bold('รวม')} | ${figures(mine).map(bold).join(' | ')} |`);
    all.push(...mine);
  });
  out.push(
    `| ${bold('รวมทั้งสิ้น')} | ${figures(all).map(bold).join(' | ')} |`,
    '',
    '## รายละเอียดโครงการพัฒนา (แบบ ผ.02)',
    '',
  );
  const header = [
    'ที่',
    'โครงการ',
    'วัตถุประสงค์',
    'เป้าหมาย (ผลผลิตของโครงการ)',
    ...s.years.map((y) => `${y} (บาท)`),
    'ตัวชี้วัด (KPI)',
    'ผลที่คาดว่าจะได้รับ',
    'หน่วยงานรับผิดชอบหลัก',
  ];
  s.strategies.forEach((programmes, si) => {
    out.push(`### ยุทธศาสตร์ที่ ${si + 1} การพัฒนาด้านที่ ${si + 1}`, '');
    programmes.forEach((projects, pi) => {
      out.push(`#### ${si + 1}.${pi + 1} ${PROGRAMMES[pi % PROGRAMMES.length]}`, '');
      out.push(`| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`);
      projects.forEach((p, k) => {
        out.push(
          `| ${digits(String(k + 1))} | โครงการทดสอบที่ ${si + 1}-${pi + 1}-${k + 1} | เพื่อทดสอบ | 1 แห่ง | ${p.map(money).join(' | ')} | ร้อยละ 80 | ประชาชนได้ประโยชน์ | กองช่าง |`,
        );
      });
      out.push('');
    });
  });
  return out.join('\n');
}
