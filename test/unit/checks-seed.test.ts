// The checks on the real seed plan: exactly the defects the issue lists, and none on the fixed copy.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine.js';

const root = join(import.meta.dirname, '..', '..');
const seed = join(root, 'samples', 'pok-noi-2566-2570.plan.md');
const fixed = join(root, 'samples', 'pok-noi-2566-2570-fixed.plan.md');

/** The rows whose number and name agree with the project of that number. */
const AGREEING = [5, 11, 16, 17, 18, 36, 41, 44, 45];

describe('checks on the seed plan', () => {
  const { findings, index, plan: seedPlan } = analyze(readFileSync(seed, 'utf8'));
  const rowsOf = (id: string): number[] =>
    findings
      .filter((f) => f.checkId === id)
      .map((f) => index.projectRows.find((r) => r.line === f.range.start.line)?.number ?? -1);

  it('reports exactly these counts per check', () => {
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.checkId] = (counts[f.checkId] ?? 0) + 1;
    assert.deepEqual(counts, {
      'plan-span': 1,
      'organization-name': 2,
      'table-order': 1,
      'table-project-mismatch': 1,
      'table-row-without-project': 1,
      'budget-missing': 20,
      'dimension-total': 5,
      'placeholder-text': 7,
      'duplicate-project': 1,
    });
  });

  /** The rows the one table-order problem lists in its related information. */
  const reordered = (): number[] => {
    const order = findings.filter((f) => f.checkId === 'table-order');
    assert.equal(order.length, 1);
    return (order[0]?.related ?? []).map(
      (r) => index.projectRows.find((row) => row.line === r.range.start.line)?.number ?? -1,
    );
  };

  it('reports 41 of the 50 rows: all but rows 5, 11, 16, 17, 18, 36, 41, 44 and 45', () => {
    const disagreeing = [
      ...reordered(),
      ...rowsOf('table-project-mismatch'),
      ...rowsOf('table-row-without-project'),
    ];
    const expected = Array.from({ length: 50 }, (_, i) => i + 1).filter(
      (n) => !AGREEING.includes(n),
    );
    assert.deepEqual(
      [...disagreeing].sort((a, b) => a - b),
      expected,
    );
    assert.deepEqual(rowsOf('table-row-without-project'), [23]);
    // Row 43 names its own project, with a stray note: a problem of its own.
    assert.deepEqual(rowsOf('table-project-mismatch'), [43]);
  });

  it('says once that the table follows another order: 39 rows, on the header, with one renumbering fix', () => {
    const order = findings.find((f) => f.checkId === 'table-order');
    assert.equal(order?.message.args?.count, 39);
    assert.equal(order?.range.start.line, seedPlan.table?.headerRange.start.line);
    assert.equal(reordered().length, 39);
    const edits = order?.data?.fixes?.[0]?.edits ?? [];
    // 39 numbers, and the one name the table writes differently (row 13 lacks "ยกย่อง").
    assert.equal(edits.length, 40);
    // After the fix every row carries the number of the project it names: no order problem is left.
    const lines = readFileSync(seed, 'utf8').split('\n');
    for (const e of [...edits].sort(
      (a, b) =>
        b.range.start.line - a.range.start.line ||
        b.range.start.character - a.range.start.character,
    )) {
      const l = lines[e.range.start.line] ?? '';
      lines[e.range.start.line] =
        l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
    }
    const after = analyze(lines.join('\n')).findings;
    assert.deepEqual(
      after.filter((f) => f.checkId.startsWith('table-')).map((f) => f.checkId),
      ['table-row-without-project', 'table-project-mismatch'],
    );
  });

  it('names the project a row reads like (row 1 → project 2, row 9 → project 1, row 10 → 13)', () => {
    const related = findings.find((f) => f.checkId === 'table-order')?.related ?? [];
    const like = (row: number): unknown =>
      related.find(
        (r) => index.projectRows.find((x) => x.line === r.range.start.line)?.number === row,
      )?.message.args?.project;
    assert.deepEqual([like(1), like(9), like(10)], ['2', '1', '13']);
  });

  it('finds the blank budgets of rows 29, 30, 34, 43 and the blank total of dimension 2', () => {
    assert.deepEqual([...new Set(rowsOf('budget-missing'))], [29, 30, 34, 43]);
    const totals = findings.filter((f) => f.checkId === 'dimension-total');
    assert.ok(totals.every((f) => f.message.key === 'dimension-total.blank'));
    assert.ok(totals.every((f) => f.message.args?.label === '2' && f.data?.expected === '0'));
  });

  it('finds the seven placeholders in projects 16, 17, 18, 23, 37, 40, 45', () => {
    const { plan } = analyze(readFileSync(seed, 'utf8'));
    const projectAt = (line: number): number | null | undefined =>
      plan.projects.find((p) => p.range.start.line <= line && line <= p.range.end.line)?.number;
    const projects = findings
      .filter((f) => f.checkId === 'placeholder-text')
      .map((f) => projectAt(f.range.start.line));
    assert.deepEqual(projects, [16, 17, 18, 23, 37, 40, 45]);
  });

  it('reports no missing section anywhere', () => {
    assert.equal(findings.filter((f) => f.checkId === 'required-section').length, 0);
  });

  it('gives no finding on the fixed sample', () => {
    assert.deepEqual(
      analyze(readFileSync(fixed, 'utf8')).findings.map(
        (f) => `${f.range.start.line + 1}:${f.checkId}`,
      ),
      [],
    );
  });
});
