// Word in, Word out: a plan published as .docx (docx) and imported again (mammoth) is the same plan
// with the same findings; a Word document with bold paragraphs instead of heading styles, and a
// hand-built one with merged cells and Thai digits, are read into the format.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { analyze, type Analysis } from '../../server/src/engine.js';
import { importDocx } from '../../server/src/import/docx.js';
import { FONT, publishDocx } from '../../server/src/publish/docx.js';

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'samples', 'pok-noi-2566-2570.plan.md'), 'utf8');

/** Finding counts per check, `id:n`, sorted. */
const classes = (a: Analysis): string[] => {
  const n = new Map<string, number>();
  for (const f of a.findings) n.set(f.checkId, (n.get(f.checkId) ?? 0) + 1);
  return [...n].map(([id, k]) => `${id}:${k}`).sort();
};
/** What the model says of each project: number, name, section names, amount per year. */
const projects = (a: Analysis): string[] =>
  a.plan.projects.map(
    (p) =>
      `${p.number} ${p.name} [${p.sections.map((s) => s.canonical ?? s.title).join(',')}] ` +
      [...p.budget.amounts].map(([y, v]) => `${y}=${v}`).join(' '),
  );

/** The seed with its details written as Word offices write them: bold paragraphs, no headings. */
function wordStyle(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## ส่วนที่ 3'));
  return lines
    .map((l, i) =>
      i > start && /^#{2,6} /.test(l)
        ? `**${l.replace(/^#+ /, '').replace(/\s*<!--.*-->\s*$/, '')}**`
        : l,
    )
    .join('\n');
}

describe('word: publish and import', function () {
  this.timeout(60000);
  const original = analyze(seed);
  let published: Uint8Array;

  before(async () => {
    published = await publishDocx(original.plan);
  });

  it('publishes A4 in TH Sarabun New 16 pt: cover, page numbers, the summary table landscape with merged dimension cells', async () => {
    const zip = await JSZip.loadAsync(published);
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/, 'A4');
    assert.ok(styles.includes(FONT), 'the default font');
    assert.match(styles, /<w:sz w:val="32"\/>/, '16 pt');
    assert.ok(document.includes('เทศบาลตำบลพอกน้อย'), 'the cover names the organisation');
    const footers = Object.keys(zip.files).filter((f) => /footer\d*\.xml$/.test(f));
    const footer = await zip.file(footers[0] ?? '')?.async('string');
    assert.match(footer ?? '', /PAGE/, 'a page-number field in the footer');
    assert.match(
      document,
      /<w:orient w:val="landscape"|w:orient="landscape"/,
      'the summary table on landscape pages',
    );
    // Each dimension cell of the summary table spans its rows, as the NACC form prints it.
    assert.equal((document.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length >= 4, true);
  });

  it('round trip: the imported plan has the same projects and the same findings', async () => {
    const back = await importDocx(published);
    const after = analyze(back.markdown);
    assert.deepEqual(projects(after), projects(original));
    assert.deepEqual(classes(after), classes(original));
    assert.deepEqual(back.report.missing, []);
    assert.deepEqual(after.plan.frontMatter.years, [2566, 2567, 2568, 2569, 2570]);
  });

  it('a Word plan with bold paragraphs for มิติ, projects and sections gives the same defects', async () => {
    const bytes = await publishDocx(analyze(wordStyle(seed)).plan);
    const back = await importDocx(bytes);
    const after = analyze(back.markdown);
    assert.deepEqual(back.report.headings, { dimension: 4, mission: 0, project: 50 });
    assert.deepEqual(projects(after), projects(original));
    assert.deepEqual(classes(after), classes(original));
  });

  it('reads a hand-built document: Thai digits on the cover, a merged dimension cell, no header row', async () => {
    const cell = (text: string, rowSpan?: number) =>
      new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });
    const row = (cells: TableCell[]) => new TableRow({ children: cells });
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const doc = new Document({
      sections: [
        {
          children: [
            bold('แผนปฏิบัติการป้องกันการทุจริต 2 ปี (พ.ศ. ๒๕๖๖ – ๒๕๖๗)'),
            new Paragraph('เทศบาลตำบลทดสอบ'),
            bold('ส่วนที่ 2 บัญชีโครงการ'),
            new Table({
              rows: [
                row([cell('มิติ'), cell('โครงการ/กิจกรรม/มาตรการ'), cell('ปี 2566'), cell('ปี 2567')]),
                row([
                  cell('มิติที่ 1 การสร้างสังคม', 2),
                  cell('1. โครงการอบรม'),
                  cell('10,000.-'),
                  cell('10,000'),
                ]),
                row([cell('2. โครงการประกวด'), cell('-'), cell('-')]),
              ],
            }),
            bold('ส่วนที่ 3 รายละเอียดโครงการ'),
            bold('มิติที่ 1 การสร้างสังคม'),
            bold('1. ชื่อโครงการ : โครงการอบรม'),
            new Paragraph('1. หลักการและเหตุผล: บุคลากรต้องรู้จริยธรรม'),
            new Paragraph('2. งบประมาณดำเนินการ: ปีละ 10,000 บาท'),
            bold('2. ชื่อโครงการ : โครงการประกวด'),
            new Paragraph('1. หลักการและเหตุผล: เยาวชนมีส่วนร่วม'),
            new Paragraph('2. งบประมาณดำเนินการ: ไม่ใช้งบประมาณ'),
          ],
        },
      ],
    });
    const back = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    const plan = analyze(back.markdown).plan;
    assert.equal(plan.frontMatter.organization, 'เทศบาลตำบลทดสอบ');
    assert.deepEqual(plan.frontMatter.years, [2566, 2567]);
    assert.deepEqual(
      plan.table?.rows
        .filter((r) => r.kind === 'project')
        .map((r) => [r.number, r.dimension?.number]),
      [
        [1, 1],
        [2, 1],
      ],
    );
    assert.deepEqual(
      plan.projects.map((p) => [p.number, p.name, [...p.budget.amounts.values()]]),
      [
        [1, 'โครงการอบรม', [1000000n, 1000000n]],
        [2, 'โครงการประกวด', [0n, 0n]],
      ],
    );
  });

  it('counts images it cannot carry over, and says where they were', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const { ImageRun } = await import('docx');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('แผนปฏิบัติการป้องกันการทุจริต'),
            new Paragraph({
              children: [
                new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } }),
              ],
            }),
          ],
        },
      ],
    });
    const back = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.equal(back.report.images, 1);
    assert.match(back.markdown, /รูปภาพ/);
    assert.ok(back.report.missing.includes('years'));
  });
});
