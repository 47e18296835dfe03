// Import: a Word plan (.docx) into the plan format. mammoth reads the document (heading styles,
// bold, tables), rehype-remark and remark-stringify write it as Markdown, and what a Word file
// writes as bold or numbered paragraphs (มิติที่ 1 …, 1.1 …, 1. โครงการ …) becomes headings. Nothing
// is dropped: what cannot be placed stays as prose, and the report lists what was lost (images)
// and what was not understood.
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as yamlStringify } from 'yaml';
import { matchDimension, matchMission, matchProject } from '../parse/headings.js';
import { normalizeThai, thaiDigitsToArabic } from '../parse/thai.js';

/** What the import did, besides the Markdown. */
export interface ImportReport {
  /** Front matter keys filled from the cover, and those it could not find. */
  filled: string[];
  missing: string[];
  /** Paragraphs turned into headings, by kind. */
  headings: { dimension: number; mission: number; project: number };
  /** Images in the document (their content is not carried over; the place says so in the text). */
  images: number;
  /** What mammoth reported (styles it did not know, content it could not read). */
  warnings: string[];
}

/** The imported plan and the report. */
export interface Imported {
  markdown: string;
  report: ImportReport;
}

const ORGANIZATION = /(?:เทศบาล(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วน(?:ตำบล|จังหวัด))\s?[\p{L}\p{M}]+/u;
const YEARS = /(25\d\d)\s*[-–—]\s*(25\d\d)/;

/** Reads a .docx file's bytes into the plan format. */
export async function importDocx(bytes: Uint8Array): Promise<Imported> {
  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      convertImage: mammoth.images.imgElement(() => {
        images += 1;
        return Promise.resolve({ src: '', alt: 'รูปภาพ (ไม่ได้นำเข้า)' });
      }),
    },
  );
  const markdown = String(
    await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeRemark)
      .use(remarkGfm)
      .use(remarkStringify, { bullet: '-', fences: true, rule: '-' })
      .process(result.value),
  );
  const headings = { dimension: 0, mission: 0, project: 0 };
  const lines = placeHeadings(firstRowHeaders(tidy(markdown).split('\n')), headings);
  const { frontMatter, filled, missing } = coverFrontMatter(lines);
  return {
    markdown: `${frontMatter}\n${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`,
    report: {
      filled,
      missing,
      headings,
      images,
      warnings: result.messages.map((m) => m.message),
    },
  };
}

/** Undoes the escapes remark-stringify adds where plain text would read as Markdown syntax. */
function tidy(markdown: string): string {
  return markdown
    .replace(/^(\s*[0-9๐-๙]+)\\([.)])/gmu, '$1$2')
    .replace(/!\[[^\]]*\]\(\)/g, '[รูปภาพ: ไม่ได้นำเข้า]');
}

/**
 * A Word table whose header row is not marked as one comes out with an empty header row: its first
 * row becomes the header, as the reader of the Word table sees it.
 */
function firstRowHeaders(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const delimiter = lines[i + 1] ?? '';
    const first = lines[i + 2];
    if (
      /^\|(?:\s*\|)+\s*$/.test(line) &&
      /^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(delimiter) &&
      first?.startsWith('|')
    ) {
      out.push(first, delimiter);
      i += 2;
    } else out.push(line);
  }
  return out;
}

/** The text of a paragraph line without bold marks, or null for a line that is not a paragraph. */
function paragraphText(line: string): string | null {
  if (!line.trim() || /^\s*(?:#|\||[-*+]\s|>|```)/.test(line)) return null;
  const m = /^\*\*(.+?)\*\*\s*$/.exec(line.trim());
  return (m?.[1] ?? line).trim();
}

/** What kind of plan heading a text is, if any. */
function kindOf(text: string): 'dimension' | 'mission' | 'project' | undefined {
  if (matchDimension(text) && text.length < 200) return 'dimension';
  if (matchMission(text) && text.length < 300) return 'mission';
  const project = matchProject(text);
  const named = /^[0-9๐-๙]+\s*[.)]\s*ชื่อ(?:โครงการ|กิจกรรม|มาตรการ)/u.test(text);
  if (project && (named || /^(?:โครงการ|กิจกรรม|มาตรการ)/u.test(normalizeThai(project.name))))
    return 'project';
  return undefined;
}

const DETAILS_PART = /ส่วนที่\s*3|รายละเอียด(?:ของ)?โครงการ/u;

/**
 * Turns the paragraphs that name a dimension, a mission or a project into headings, at the levels
 * the plan format nests them (##, ###, ####), but only for a kind the document has no Word heading
 * of (a document with heading styles is read as it is). Paragraphs are promoted from the project
 * details part on (ส่วนที่ 3 …, when the document names it), so the national strategies listed in
 * the foreword stay text; a project paragraph must name a project (โครงการ/กิจกรรม/มาตรการ) under a
 * dimension, so a numbered step (1. จัดอบรม) stays text.
 */
function placeHeadings(lines: string[], count: ImportReport['headings']): string[] {
  const headed = new Set<string | undefined>();
  for (const line of lines) {
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) headed.add(kindOf(h[1] ?? ''));
  }
  // The details part: a heading naming it, else the last paragraph that does (the first ones are
  // usually the table of contents).
  const named = lines.flatMap((l, i) => (DETAILS_PART.test(l) && !l.startsWith('|') ? [i] : []));
  const detailsAt =
    named.find((i) => (lines[i] ?? '').startsWith('#')) ?? named[named.length - 1] ?? -1;
  let inDimension = false;
  return lines.map((line, i) => {
    const text = /^#{1,6}\s/.test(line) ? null : paragraphText(line);
    const kind = text === null ? undefined : kindOf(text);
    if (/^#{1,6}\s/.test(line) && kindOf(line.replace(/^#+\s+/, '')) === 'dimension')
      inDimension = true;
    if (!kind || text === null || headed.has(kind) || i < detailsAt) return line;
    if (kind === 'dimension') inDimension = true;
    else if (!inDimension) return line;
    count[kind] += 1;
    return `${'#'.repeat(LEVEL[kind])} ${text}`;
  });
}

/** The heading level of each kind in an imported plan. */
const LEVEL = { dimension: 2, mission: 3, project: 4 } as const;

/** Front matter from the cover: the title, the organisation and the years it names. */
function coverFrontMatter(lines: string[]): {
  frontMatter: string;
  filled: string[];
  missing: string[];
} {
  const text = lines
    .slice(0, 80)
    .map((l) => l.replace(/^#+\s*|\*\*/g, '').trim())
    .filter(Boolean);
  const title = text.find((l) => /แผน/u.test(l));
  const organization = ORGANIZATION.exec(text.join('\n'))?.[0];
  const years = YEARS.exec(thaiDigitsToArabic(text.join('\n')));
  const data: Record<string, string> = { type: 'plan' };
  if (title) data.title = title;
  if (organization) data.organization = organization;
  if (years) data.years = `${years[1]}-${years[2]}`;
  const keys = ['title', 'organization', 'years'];
  return {
    frontMatter: `---\n${yamlStringify(data)}---\n`,
    filled: keys.filter((k) => k in data),
    missing: keys.filter((k) => !(k in data)),
  };
}
