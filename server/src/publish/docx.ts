// Publish: a plan as a print-ready Word document (A4, TH Sarabun New 16 pt, the official Thai
// government font): a cover page from the front matter, then the plan's Markdown as written —
// headings as Word heading styles, tables as Word tables, page numbers in the footer.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PhrasingContent, Root, RootContent, TableRow as MdRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Plan } from '../model/types.js';

/** The official font of Thai government documents, and its size in half-points (16 pt). */
export const FONT = 'TH Sarabun New';
const SIZE = 32;
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** How to publish. */
export interface PublishOptions {
  /** Page numbers in Thai digits (๑, ๒ …) instead of Arabic. */
  thaiPageNumbers?: boolean;
}

interface Marks {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

/** Tables are set at 14 pt, as Thai government forms print their tables. */
const TABLE_SIZE = 28;

/** The runs of inline Markdown: bold and italics kept, HTML comments (markers, notes) dropped. */
function runs(nodes: PhrasingContent[], marks: Marks = {}): TextRun[] {
  return nodes.flatMap((n): TextRun[] => {
    if (n.type === 'text') return [new TextRun({ text: n.value.replace(/\n/g, ' '), ...marks })];
    if (n.type === 'strong') return runs(n.children, { ...marks, bold: true });
    if (n.type === 'emphasis') return runs(n.children, { ...marks, italics: true });
    if (n.type === 'inlineCode') return [new TextRun({ text: n.value, ...marks })];
    if (n.type === 'break') return [new TextRun({ break: 1 })];
    if (n.type === 'html') return /^<br\s*\/?>$/i.test(n.value) ? [new TextRun({ break: 1 })] : [];
    if ('children' in n) return runs(n.children as PhrasingContent[], marks);
    return [];
  });
}

/** The text width of an A4 page between the margins below, in twips. */
const TEXT_WIDTH = 11906 - 1701 - 1134;
/** The same on a landscape page. */
const LANDSCAPE_WIDTH = 16838 - 1701 - 1134;

/**
 * Column widths in twips, by how much text each column holds (capped, so one long name does not
 * squeeze the amounts): a project column gets room, an amount column what its numbers need.
 */
function columnWidths(rows: MdRow[], width: number, textWidth: number): number[] {
  // A column needs its longest body text (capped, so one long name does not squeeze the amounts)
  // and at least its header's longest word: header words wrap, but not inside a word.
  const [head, ...body] = rows;
  const longest = (nodes: PhrasingContent[]): number =>
    Math.max(
      0,
      ...toText(nodes)
        .split(/\s+/)
        .map((w) => w.length),
    );
  const need = Array.from({ length: width }, (_, c) =>
    Math.max(
      10,
      longest(head?.children[c]?.children ?? []) + 1,
      Math.min(20, Math.max(0, ...body.map((r) => toText(r.children[c]?.children ?? []).length))),
    ),
  );
  const total = need.reduce((a, b) => a + b, 0);
  return need.map((n) => Math.floor((textWidth * n) / total));
}

/** Plain text of inline Markdown. */
function toText(nodes: PhrasingContent[]): string {
  return nodes
    .map((n) =>
      'value' in n ? n.value : 'children' in n ? toText(n.children as PhrasingContent[]) : '',
    )
    .join('');
}

/** A Word table from a Markdown table: the header row bold and repeated on every page. */
function table(rows: MdRow[], textWidth: number): Table {
  const width = Math.max(...rows.map((r) => r.children.length));
  const widths = columnWidths(rows, width, textWidth);
  const text = (r: number, c: number): string =>
    toText(rows[r]?.children[c]?.children ?? []).trim();
  const spans = groupSpans(rows, width, text);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: Array.from({ length: width }, (_, c) => c).flatMap((c) => {
            const span = spans.get(`${i}:${c}`);
            if (span === 0) return [];
            return [
              new TableCell({
                width: { size: widths[c] ?? 0, type: WidthType.DXA },
                ...(span ? { rowSpan: span } : {}),
                children: [
                  new Paragraph({
                    children: runs(r.children[c]?.children ?? [], {
                      size: TABLE_SIZE,
                      ...(i === 0 ? { bold: true } : {}),
                    }),
                  }),
                ],
              }),
            ];
          }),
        }),
    ),
  });
}

/**
 * Merged group cells, as the NACC form prints them: in a มิติ or ภารกิจ column, a filled cell spans
 * the blank cells below it, up to a total row (รวม…). `row:col` → rows spanned (0 for a cell merged
 * into the one above; absent for an ordinary cell).
 */
function groupSpans(
  rows: MdRow[],
  width: number,
  text: (r: number, c: number) => string,
): Map<string, number> {
  const spans = new Map<string, number>();
  const isTotal = (r: number) => /^รวม/u.test(text(r, 0)) || /^รวม/u.test(text(r, 1));
  for (let c = 0; c < width; c++) {
    if (!/^(?:มิติ|ยุทธศาสตร์|ภารกิจ|แผนงาน)/u.test(text(0, c))) continue;
    for (let r = 1; r < rows.length; r++) {
      if (text(r, c) === '' || isTotal(r)) continue;
      let end = r + 1;
      while (end < rows.length && text(end, c) === '' && !isTotal(end)) end++;
      if (end - r < 2) continue;
      spans.set(`${r}:${c}`, end - r);
      for (let k = r + 1; k < end; k++) spans.set(`${k}:${c}`, 0);
      r = end - 1;
    }
  }
  return spans;
}

/** Word blocks for one Markdown block. */
function blocks(node: RootContent, depth = 0, wide = false): (Paragraph | Table)[] {
  switch (node.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(node.depth, 6) - 1],
          children: runs(node.children),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(node.children), indent: { left: depth * 360 } })];
    case 'list': {
      const start = node.start ?? 1;
      return node.children.flatMap((item, k) =>
        item.children.flatMap((child, j) => {
          if (j > 0 || child.type !== 'paragraph') return blocks(child, depth + 1);
          const mark = node.ordered ? `${start + k}. ` : '• ';
          return [
            new Paragraph({
              children: [new TextRun(mark), ...runs(child.children)],
              indent: { left: (depth + 1) * 360, hanging: 360 },
            }),
          ];
        }),
      );
    }
    case 'table':
      return [table(node.children, wide ? LANDSCAPE_WIDTH : TEXT_WIDTH), new Paragraph({})];
    case 'code':
      return node.value.split('\n').map((l) => new Paragraph({ children: [new TextRun(l)] }));
    case 'blockquote':
      return node.children.flatMap((c) => blocks(c, depth + 1));
    case 'thematicBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    default:
      return [];
  }
}

/** The plan's Markdown after its front matter (those lines blank, so nothing else moves). */
function body(plan: Plan): string {
  const end = plan.frontMatter.range ? plan.frontMatter.range.end.line + 1 : 0;
  return plan.lines.map((l, i) => (i < end ? '' : l)).join('\n');
}

/** The cover page: title, organisation and years from the front matter. */
function cover(plan: Plan): Paragraph[] {
  const fm = plan.frontMatter;
  const years = fm.years.length ? `พ.ศ. ${fm.years[0]} – ${fm.years[fm.years.length - 1]}` : '';
  const line = (text: string, size: number, bold = true): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text, bold, size })],
    });
  return [
    ...Array.from({ length: 6 }, () => new Paragraph({})),
    line(fm.title ?? plan.headings[0]?.text ?? '', 48),
    ...(fm.organization ? [line(fm.organization, 40)] : []),
    ...(years && !(fm.title ?? '').includes(String(fm.years[0])) ? [line(years, 40)] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** A table with this many columns is printed on landscape pages, as the NACC form prints it. */
const WIDE_TABLE = 6;

/** The document's blocks cut into portrait stretches and landscape wide tables. */
function parts(root: Root): { wide: boolean; nodes: RootContent[] }[] {
  const out: { wide: boolean; nodes: RootContent[] }[] = [];
  for (const node of root.children) {
    const wide = node.type === 'table' && (node.children[0]?.children.length ?? 0) >= WIDE_TABLE;
    const last = out[out.length - 1];
    if (last && last.wide === wide && !wide) last.nodes.push(node);
    else out.push({ wide, nodes: [node] });
  }
  return out.length ? out : [{ wide: false, nodes: [] }];
}

/** The footer: the page number, centred. */
function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/** The plan as a .docx file's bytes. */
export async function publishDocx(plan: Plan, options: PublishOptions = {}): Promise<Uint8Array> {
  const root = unified().use(remarkParse).use(remarkGfm).parse(body(plan)) as Root;
  const page = options.thaiPageNumbers ? 'thai' : 'decimal';
  const doc = new Document({
    creator: 'plancheck',
    title: plan.frontMatter.title ?? '',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE } },
        ...Object.fromEntries(
          ['heading1', 'heading2', 'heading3', 'heading4', 'heading5', 'heading6'].map((h, i) => [
            h,
            {
              run: { font: FONT, size: SIZE + Math.max(0, 8 - 2 * i), bold: true, color: '000000' },
            },
          ]),
        ),
      },
    },
    sections: parts(root).map((part, k) => ({
      properties: {
        page: {
          size: part.wide
            ? { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }
            : { width: 11906, height: 16838 },
          margin: { top: 1440, bottom: 1440, left: 1701, right: 1134 },
          pageNumbers: { formatType: page === 'thai' ? 'thaiNumbers' : 'decimal' },
        },
      },
      footers: { default: footer() },
      children: [
        ...(k === 0 ? cover(plan) : []),
        ...part.nodes.flatMap((n) => blocks(n, 0, part.wide)),
      ],
    })),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
