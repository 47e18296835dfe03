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
  Paragraph,
  Table,
  TableCell,
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
}

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

/** A Word table from a Markdown table: the header row bold and repeated on every page. */
function table(rows: MdRow[]): Table {
  const width = Math.max(...rows.map((r) => r.children.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: Array.from(
            { length: width },
            (_, c) =>
              new TableCell({
                children: [
                  new Paragraph({
                    children: runs(r.children[c]?.children ?? [], i === 0 ? { bold: true } : {}),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** Word blocks for one Markdown block. */
function blocks(node: RootContent, depth = 0): (Paragraph | Table)[] {
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
      return [table(node.children), new Paragraph({})];
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
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1701, right: 1134 },
            pageNumbers: { formatType: page === 'thai' ? 'thaiNumbers' : 'decimal' },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [...cover(plan), ...root.children.flatMap((n) => blocks(n))],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
