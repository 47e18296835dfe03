// The published Word document as a printer sees it: LibreOffice (Debian's libreoffice-writer-nogui)
// converts the corrected sample's .docx to PDF; the PDF has the expected number of A4 pages, the
// Thai text of every project, and a Thai font in place of TH Sarabun New (fontconfig maps it to
// TLWG Laksaman, a TH Sarabun–compatible font, where TH Sarabun New is not installed). Set
// PLANCHECK_PDF_PAGES=DIR to keep a PNG of the summary-table page there (the docs' picture).
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine.js';

const root = join(import.meta.dirname, '..', '..');
const fixed = join(root, 'samples', 'pok-noi-2566-2570-fixed.plan.md');
/** Pages of the corrected sample as measured with Debian's LibreOffice and Laksaman (±5 % allowed). */
const EXPECTED_PAGES = 160;

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const squeeze = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

describe('published plan → PDF (LibreOffice)', function () {
  this.timeout(180_000);
  let dir: string;
  let text: string;
  let pages: number;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'plancheck-pdf-'));
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin', 'plancheck.cjs'), 'export', '--format', 'docx', '-o', 'plan.docx', fixed],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'plan.docx'], dir);
    const info = run('pdfinfo', ['plan.pdf'], dir);
    pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    assert.match(info, /^Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/m);
    text = run('pdftotext', ['-layout', 'plan.pdf', '-'], dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`has about ${EXPECTED_PAGES} A4 pages`, () => {
    console.log(`      ${pages} pages`);
    assert.ok(Math.abs(pages - EXPECTED_PAGES) <= EXPECTED_PAGES * 0.05, `${pages} pages`);
  });

  it('holds the Thai text of the cover and of every project', () => {
    const all = squeeze(text);
    const plan = analyze(readFileSync(fixed, 'utf8')).plan;
    assert.ok(all.includes(squeeze(plan.frontMatter.organization ?? '')));
    const missing = plan.projects.filter((p) => !all.includes(squeeze(p.name)));
    assert.deepEqual(
      missing.map((p) => p.number),
      [],
    );
  });

  it('sets the text in a Thai font', () => {
    const fonts = run('pdffonts', ['plan.pdf'], dir);
    assert.match(fonts, /Laksaman|Sarabun/i, fonts);
  });

  it('renders the summary-table page', () => {
    // The page after Part 2's heading, where the summary table starts (its rows do not split). The
    // table of contents names Part 2 too: the heading is the last mention in the first 40 pages.
    const all = text.split('\f');
    const part2 = all.slice(0, 40).reduce((last, p, i) => (/ส่วนที่\s*2/.test(p) ? i : last), -1);
    assert.ok(part2 >= 0, 'Part 2 is in the PDF');
    const page = String(part2 + 2);
    run(
      'pdftoppm',
      ['-png', '-r', '60', '-f', page, '-l', page, '-singlefile', 'plan.pdf', 'page'],
      dir,
    );
    const out = process.env.PLANCHECK_PDF_PAGES;
    if (out) copyFileSync(join(dir, 'page.png'), join(out, 'published-page.png'));
    assert.ok(readFileSync(join(dir, 'page.png')).length > 1000);
  });
});
