// Arbitraries for generated plans: a plan's structure and money as data (dimensions → missions → projects
// with budgets), and the many ways an author writes the same thing (digits, spacing, quotes, aliases).
import fc from 'fast-check';

/** How a number is written: Arabic or Thai digits. */
export type Digits = 'arabic' | 'thai';

/** How a project's budget section states its amounts. */
export type BudgetForm = 'none' | 'uniform' | 'per-year' | 'table';

/** One project of a generated plan. */
export interface ProjectSpec {
  /** The name (unique in its plan). */
  name: string;
  /** Amount per plan year in satang, in year order. */
  amounts: bigint[];
  form: BudgetForm;
  /** Heading style: `N. name`, `N) name`, `โครงการที่ N name`, or `N. ชื่อโครงการ : name`. */
  heading: 'dot' | 'paren' | 'word' | 'label';
  digits: Digits;
  /** For each required section: use its alias (index into the aliases) or its name (-1). */
  aliases: number[];
  /** Seed of the section texts (mixed with the project's serial, so no two projects read alike). */
  textSeed: number;
  /** Text of each of the nine sections (the budget section's is replaced by the budget). */
  texts: string[];
  /** A code fence or HTML comment placed in the first section (`none` for neither). */
  extra: 'none' | 'fence' | 'comment';
}

/** A mission (ภารกิจ) and its projects. */
export interface MissionSpec {
  title: string;
  projects: ProjectSpec[];
}

/** A dimension (มิติ) with its projects directly, or with missions. */
export interface DimensionSpec {
  title: string;
  heading: 'มิติที่' | 'มิติ' | 'Dimension';
  digits: Digits;
  /** Projects directly under the dimension (when `missions` is null). */
  projects: ProjectSpec[];
  missions: MissionSpec[] | null;
}

/** How the generator writes the summary table when it writes it itself. */
export interface TableSpec {
  digits: Digits;
  /** Thousands commas in amounts. */
  commas: boolean;
  /** `.00` after whole amounts. */
  decimals: boolean;
  /** `-` for a zero amount. */
  dashForZero: boolean;
  /** `บาท` after amounts. */
  bahtSuffix: boolean;
  /** `**รวม**` instead of `รวม`. */
  boldTotals: boolean;
  totalColumn: boolean;
  noteColumn: boolean;
  /** Dimension cell: `มิติที่ N title`, `มิติ N title` or `N. title`. */
  dimensionCell: 'มิติที่' | 'มิติ' | 'dot';
  /** Year header: `ปี 2566`, `๒๕๖๖`, or `ปี 2566 งบประมาณ (บาท)`. */
  yearHeader: 'short' | 'thai' | 'long';
  /** No leading and trailing pipes on the table's lines. */
  barePipes: boolean;
  /** Extra spaces around cell contents. */
  padding: string;
  /** `N.name` instead of `N. name` in the project cell. */
  tightNumber: boolean;
}

/** A whole generated plan. */
export interface PlanSpec {
  firstYear: number;
  years: number;
  yearsForm: 'range' | 'list' | 'thai-range';
  organization: string;
  title: string;
  dimensions: DimensionSpec[];
  table: TableSpec;
  /** Line ending used for the whole document. */
  eol: '\n' | '\r\n';
  /**
   * The required sections (indexes into the default list, the budget section always among them) given
   * in the front matter's `required-sections:`; null for the default nine.
   */
  sections: number[] | null;
}

/** Words that make up names and prose: none is a template blank, a year, an amount or a table keyword. */
export const WORDS = [
  'การพัฒนา',
  'ส่งเสริม',
  'คุณธรรม',
  'จริยธรรม',
  'ความรู้',
  'บุคลากร',
  'ชุมชน',
  'เยาวชน',
  'ความโปร่งใส',
  'ตรวจสอบ',
  'เผยแพร่',
  'ข้อมูล',
  'ข่าวสาร',
  'อบรม',
  'สัมมนา',
  'ประชาชน',
  'เครือข่าย',
  'ความซื่อสัตย์',
  'สุจริต',
  'จิตสำนึก',
  'ประเมินผล',
  'ดำเนินงาน',
  'ปลูกฝัง',
  'เสริมสร้าง',
  'ความเข้าใจ',
  'ผู้บริหาร',
  'พนักงาน',
  'สภาท้องถิ่น',
  'การมีส่วนร่วม',
  'ธรรมาภิบาล',
  'ป้องกัน',
  'การทุจริต',
  'ผลประโยชน์',
  'ทับซ้อน',
  'ร้องเรียน',
  'จัดซื้อจัดจ้าง',
  'เปิดเผย',
  'ประกาศ',
  'คู่มือ',
  'มาตรฐาน',
];

/** Consonants that spell a project's serial, so that no two names (or their base keys) are alike. */
const SERIAL = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';

/** A serial word for the k-th project: distinct for every k. */
export function serial(k: number): string {
  let out = '';
  let n = k + SERIAL.length; // at least two letters
  while (n > 0) {
    out = (SERIAL[n % SERIAL.length] ?? 'ก') + out;
    n = Math.floor(n / SERIAL.length);
  }
  return out;
}

const word = fc.constantFrom(...WORDS);

/** Index of the budget section in the default required sections. */
export const BUDGET = 5;

/** A run of words with Thai spacing (mostly none, sometimes a space). */
export const phrase = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(word, fc.constantFrom('', '', ' ')), { minLength: min, maxLength: max })
    .map((ws) => ws.map(([w, sep]) => w + sep).join(''))
    .map((s) => s.trim());

/** Odd but harmless decoration of a name: quotes, double spaces, NBSP, a `|`, emphasis marks. */
const decoration = fc.constantFrom(
  (s: string) => s,
  (s: string) => s,
  (s: string) => s,
  (s: string) => `“${s}”`,
  (s: string) => `"${s}"`,
  (s: string) => s.replace(/^(\S+)/, '$1  '),
  (s: string) => s.replace(/^(\S+)/, '$1\u00A0'),
  (s: string) => `${s} ก|ข`,
  (s: string) => `${s} (ระยะที่ 2)`,
  (s: string) => `${s} ‘ทุกคน’`,
);

/** Amounts in satang: mostly whole baht, sometimes with satang, sometimes zero. */
const amount = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0n) },
  { weight: 5, arbitrary: fc.bigInt(0n, 5_000_000n).map((b) => b * 100n) },
  { weight: 1, arbitrary: fc.bigInt(1n, 100_000_000n) },
);

const digits = fc.constantFrom<Digits>('arabic', 'arabic', 'thai');

/** Nine section texts from one number (cheap to generate; shrinking them would teach nothing). */
export function sectionTexts(seed: number): string[] {
  let x = seed >>> 0 || 1;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  return Array.from({ length: 9 }, () => {
    const words = Array.from({ length: 2 + next(10) }, () => WORDS[next(WORDS.length)] ?? '');
    return words
      .map((w) => w + (next(3) === 0 ? ' ' : ''))
      .join('')
      .trim();
  });
}

/** A project without its name's serial (added when the plan is assembled). */
function project(years: number): fc.Arbitrary<ProjectSpec> {
  const form = fc.constantFrom<BudgetForm>('none', 'uniform', 'per-year', 'per-year', 'table');
  return fc
    .record({
      name: fc.tuple(phrase(1, 4), decoration).map(([p, d]) => d(`โครงการ${p}`)),
      form,
      perYear: fc.array(amount, { minLength: years, maxLength: years }),
      one: amount,
      heading: fc.constantFrom<ProjectSpec['heading']>('dot', 'dot', 'paren', 'word', 'label'),
      digits,
      aliasBits: fc.nat({ max: 0x3ffff }),
      textSeed: fc.nat(),
      extra: fc.constantFrom<ProjectSpec['extra']>('none', 'none', 'none', 'fence', 'comment'),
    })
    .map(({ perYear, one, aliasBits, ...p }) => ({
      ...p,
      // Two bits per section: 0 → its name, 1 → first alias, 2 → second alias, 3 → its name.
      aliases: Array.from({ length: 9 }, (_, i) => (((aliasBits >> (2 * i)) & 3) % 3) - 1),
      texts: [],
      amounts:
        p.form === 'none'
          ? perYear.map(() => 0n)
          : p.form === 'uniform'
            ? perYear.map(() => one)
            : perYear,
    }));
}

const projects = (years: number): fc.Arbitrary<ProjectSpec[]> =>
  fc.array(project(years), { minLength: 1, maxLength: 3 });

const dimension = (years: number): fc.Arbitrary<DimensionSpec> =>
  fc.record({
    title: phrase(1, 4),
    heading: fc.constantFrom<DimensionSpec['heading']>('มิติที่', 'มิติที่', 'มิติ', 'Dimension'),
    digits,
    projects: projects(years),
    missions: fc.option(
      fc.array(fc.record({ title: phrase(1, 4), projects: projects(years) }), {
        minLength: 1,
        maxLength: 2,
      }),
      { freq: 2 },
    ),
  });

const table: fc.Arbitrary<TableSpec> = fc.record({
  digits,
  commas: fc.boolean(),
  decimals: fc.boolean(),
  dashForZero: fc.boolean(),
  bahtSuffix: fc.boolean(),
  boldTotals: fc.boolean(),
  totalColumn: fc.boolean(),
  noteColumn: fc.boolean(),
  dimensionCell: fc.constantFrom<TableSpec['dimensionCell']>('มิติที่', 'มิติ', 'dot'),
  yearHeader: fc.constantFrom<TableSpec['yearHeader']>('short', 'thai', 'long'),
  barePipes: fc.boolean(),
  padding: fc.constantFrom(' ', ' ', '  ', '\t', ''),
  tightNumber: fc.boolean(),
});

/** A generated plan whose details, as data, are consistent by construction. */
export const planSpec: fc.Arbitrary<PlanSpec> = fc
  .integer({ min: 1, max: 5 })
  .chain((years) =>
    fc.record({
      firstYear: fc.integer({ min: 2560, max: 2575 }),
      years: fc.constant(years),
      yearsForm: fc.constantFrom<PlanSpec['yearsForm']>('range', 'list', 'thai-range'),
      organization: phrase(1, 2).map((p) => `เทศบาลตำบล${p}`),
      title: phrase(2, 5),
      dimensions: fc.array(dimension(years), { minLength: 1, maxLength: 2 }),
      table,
      eol: fc.constantFrom<PlanSpec['eol']>('\n', '\n', '\n', '\r\n'),
      // Fewer sections keep most plans small (cheap to parse); a third keep the default nine.
      sections: fc.option(
        fc
          .subarray([0, 1, 2, 3, 4, 6, 7, 8], { maxLength: 2 })
          .map((picked) => [...picked, BUDGET].sort((a, b) => a - b)),
        { freq: 3 },
      ),
    }),
  )
  .map((spec) => {
    // Serials make every name distinct: duplicate names would be a real finding.
    let k = 0;
    const named = (p: ProjectSpec): ProjectSpec => {
      const n = k++;
      return { ...p, name: `${p.name} ${serial(n)}`, texts: sectionTexts(p.textSeed + n * 7919) };
    };
    return {
      ...spec,
      dimensions: spec.dimensions.map((d) =>
        d.missions
          ? {
              ...d,
              projects: [],
              missions: d.missions.map((m) => ({ ...m, projects: m.projects.map(named) })),
            }
          : { ...d, projects: d.projects.map(named) },
      ),
    };
  });

/** The projects of a plan in document (and numbering) order. */
export function allProjects(spec: PlanSpec): ProjectSpec[] {
  return spec.dimensions.flatMap((d) =>
    d.missions ? d.missions.flatMap((m) => m.projects) : d.projects,
  );
}

/** The plan's years. */
export function yearsOf(spec: PlanSpec): number[] {
  return Array.from({ length: spec.years }, (_, k) => spec.firstYear + k);
}
