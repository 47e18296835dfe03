// The HTML exporter: a standalone printable page, every plan text escaped (a project named like an
// XSS probe), group cells spanning their rows, and the seed's totals.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/engine.js';
import { computeSummary } from '../../server/src/model/summary.js';
import { parsePlan } from '../../server/src/parse/index.js';
import { escapeHtml, renderHtml } from '../../server/src/export/html.js';
import { templateSections } from '../support/inline-plan.js';

const project = (heading: string, budget: string): string =>
  `${heading}\n\n${templateSections(budget, (s) => s)}`;

const EVIL = '<img src=x onerror=alert(1)>';
const PLAN = `---
type: plan
title: แผน "ทดสอบ" <script>alert(2)</script>
organization: เทศบาล & ตำบล 'ทดสอบ'
years: 2566-2567
---

### มิติที่ 1 การสร้างสังคม

#### 1.1 ภารกิจ </td><td>

${project(`##### 1. โครงการ ${EVIL}`, 'ปีละ 1,500.50 บาท')}
${project('##### 2. โครงการ ข', 'ไม่ใช้งบประมาณ')}
### มิติที่ 2 การบริหาร

${project('##### 3. โครงการ ค', 'ห้าพันบาท')}
`;

/** The cells of each body row, as tag+attributes and text. */
function bodyRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g)].map(
      (c) => `${c[1]}${c[2]}|${c[3]}`,
    ),
  );
}

describe('export: html', () => {
  const html = renderHtml(computeSummary(parsePlan(PLAN)));

  it('escapes every piece of plan text', () => {
    assert.ok(!html.includes(EVIL));
    assert.ok(!/<img|<script/i.test(html), 'no markup from the plan survives');
    assert.ok(html.includes('1. โครงการ &lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(
      html.includes('<title>แผน &quot;ทดสอบ&quot; &lt;script&gt;alert(2)&lt;/script&gt;</title>'),
    );
    assert.ok(html.includes('เทศบาล &amp; ตำบล &#39;ทดสอบ&#39;'));
    assert.ok(html.includes('1.1 ภารกิจ &lt;/td&gt;&lt;td&gt;'));
    assert.equal(
      escapeHtml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('is a standalone, printable Thai page: no scripts or outside resources, A4 landscape', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="th">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /@page \{ size: A4 landscape;/);
    assert.match(html, /@media print/);
    assert.match(html, /font-family: "TH Sarabun New", "Sarabun", "Noto Sans Thai"/);
    assert.ok(!/<script|<link|src=|url\(/i.test(html.replace(/&lt;[^&]*&gt;/g, '')));
    assert.match(html, /<\/html>\n$/);
  });

  it('has header cells and group cells spanning their rows, every row the same width', () => {
    assert.match(
      html,
      /<thead>\n<tr><th scope="col">มิติ<\/th><th scope="col">ภารกิจตามมิติ<\/th><th scope="col">โครงการ\/กิจกรรม\/มาตรการ<\/th><th scope="col">ปี 2566<\/th><th scope="col">ปี 2567<\/th><th scope="col">รวม<\/th><th scope="col">หมายเหตุ<\/th><\/tr>/,
    );
    const rows = bodyRows(html);
    assert.deepEqual(rows[0], [
      'td rowspan="2"|มิติที่ 1 การสร้างสังคม',
      'td rowspan="2"|1.1 ภารกิจ &lt;/td&gt;&lt;td&gt;',
      'td|1. โครงการ &lt;img src=x onerror=alert(1)&gt;',
      'td class="amount"|1,500.50',
      'td class="amount"|1,500.50',
      'td class="amount"|3,001',
      'td|',
    ]);
    assert.deepEqual(rows[1]?.[0], 'td|2. โครงการ ข');
    assert.deepEqual(rows[2]?.slice(0, 2), [
      'th scope="row" colspan="2"|รวม',
      'td|จำนวน 2 โครงการ',
    ]);
    assert.deepEqual(rows[3]?.slice(0, 3), ['td|มิติที่ 2 การบริหาร', 'td|', 'td|3. โครงการ ค']);
    assert.deepEqual(rows[3]?.slice(3, 6), [
      'td class="amount"|',
      'td class="amount"|',
      'td class="amount"|0',
    ]);
    assert.equal(rows[3]?.[6], 'td|อ่านจำนวนเงินงบประมาณไม่ได้');
    // Width in columns: rows under a rowspan have fewer cells, the others all 7.
    const width = (cells: string[]): number =>
      cells.reduce((n, c) => n + Number(/colspan="(\d+)"/.exec(c)?.[1] ?? 1), 0);
    assert.deepEqual(rows.map(width), [7, 5, 7, 7, 7, 7]);
  });

  it('shows the seed grand total of 50,000 a year in a bold grand-total row', () => {
    const seed = renderHtml(
      computeSummary(analyze(readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8')).plan),
    );
    const last = bodyRows(seed).at(-1);
    assert.deepEqual(last, [
      'th scope="row" colspan="2"|รวมทั้งสิ้น',
      'td|จำนวน 50 โครงการ',
      ...Array(5).fill('td class="amount"|50,000'),
      'td class="amount"|250,000',
      'td|',
    ]);
    assert.match(seed, /<tr class="grand-total">/);
    assert.match(seed, /tr\.subtotal, tr\.grand-total \{ font-weight: bold; \}/);
  });
});
