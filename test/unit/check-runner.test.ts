// The check runner's memo: a project-scoped check runs again only on the projects an edit reached,
// also when the others changed places without moving lines.
import { strict as assert } from 'node:assert';
import { analyze, defaultSettings } from '../../server/src/engine.js';
import { runCheck, type CheckMemos } from '../../server/src/checks/runner.js';
import type { Check, CheckContext } from '../../server/src/checks/types.js';
import type { Project } from '../../server/src/model/types.js';
import { inlinePlan, sections } from '../support/inline-plan.js';

/** A plan whose projects are `headings` (level 4, under one dimension), as the server's lines. */
const lines = (headings: string[]): string[] =>
  inlinePlan(
    [],
    ['### มิติที่ 1 ทดสอบ', '', ...headings.flatMap((h) => [h, '', sections('ไม่ใช้งบประมาณ')])],
  ).split('\n');

/** A project-scoped check that records the projects it was run on. */
function counting(): { check: Check; ran: Project[] } {
  const ran: Project[] = [];
  const check: Check = {
    meta: {
      id: 'counting',
      description: { en: 'test', th: 'ทดสอบ' },
      defaultLevel: 'warning',
      fixable: false,
      tags: [],
      scope: 'project',
    },
    run(ctx: CheckContext) {
      ran.push(...(ctx.projects ?? ctx.plan.projects));
      return [];
    },
  };
  return { check, ran };
}

describe('check runner', () => {
  it('reuses the projects that only changed places, and runs again on the rest', () => {
    const names = Array.from({ length: 12 }, (_, k) => `#### ${k + 1}. โครงการที่ ${k + 1}`);
    const before = analyze(lines(names), defaultSettings);
    // Project 3's heading becomes a line of text: the projects after it are one place earlier, on the
    // same lines (the edit inserts or deletes none).
    const edited = names.map((n, k) => (k === 2 ? 'ข้อความธรรมดา' : n));
    const after = analyze(lines(edited), defaultSettings, before);
    assert.equal(after.plan.projects.length, 11);
    const kept = after.plan.projects.filter((p) => before.plan.projects.includes(p));
    assert.ok(kept.length >= 8, `only ${kept.length} projects were kept by the parse`);
    assert.ok(
      kept.some((p) => after.plan.projects.indexOf(p) !== before.plan.projects.indexOf(p)),
      'no kept project changed places',
    );

    const { check, ran } = counting();
    const options = { requiredSections: defaultSettings.requiredSections };
    const memos: CheckMemos = new Map();
    runCheck(check, { plan: before.plan, index: before.index, options }, memos);
    assert.equal(ran.length, 12);
    ran.length = 0;
    const diff = after.reuse.parse.diff;
    assert.ok(diff);
    const prev = { plan: before.plan, memos, diff };
    runCheck(check, { plan: after.plan, index: after.index, options }, new Map(), prev);
    // Exactly the projects the parse made anew.
    assert.deepEqual(
      ran,
      after.plan.projects.filter((p) => !kept.includes(p)),
    );
  });
});
