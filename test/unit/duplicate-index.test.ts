// duplicate-project keeps its fingerprint index between versions and re-examines only the projects an
// edit can affect: after any sequence of edits it must name the same twins as a fresh computation,
// including plans where many projects share text (more than the boilerplate limit of 32).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine.js';
import { findTwins } from '../../server/src/checks/duplicate-index.js';
import type { Project } from '../../server/src/model/types.js';

/** A project with just what the twin search reads: its name and its section text. */
function project(name: string, text: string): Project {
  return { name, sections: [{ text }], normBody: text } as unknown as Project;
}

const ALPHABET = 'กขคงจฉชซดตถทนบปผพฟมยรลวสหอะาิีึืุูเแโใไ่้๊๋0123456789';
const letter = fc.constantFrom(...ALPHABET.split(''));
const body = fc.array(letter, { minLength: 260, maxLength: 420 }).map((cs) => cs.join(''));

/** Text from one of a few shared bodies, changed in a few places, so projects are near copies. */
const variant = (pool: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.nat(pool.length - 1), fc.array(fc.tuple(fc.nat(400), letter), { maxLength: 30 }))
    .map(([k, changes]) => {
      const chars = (pool[k] as string).split('');
      for (const [at, c] of changes) chars[at % chars.length] = c;
      return chars.join('');
    });

/**
 * Projects named `โครงการ i` with these texts, edited one project at a time (`apply` gives the index
 * and the new project): after every edit, the kept twin index must name what a fresh one names.
 */
function replayEdits<E>(
  texts: string[],
  edits: E[],
  apply: (projects: Project[], edit: E) => [number, Project],
): void {
  let projects = texts.map((t, i) => project(`โครงการ ${i}`, t));
  let state = findTwins(projects);
  for (const edit of edits) {
    const [i, next] = apply(projects, edit);
    projects = projects.map((p, k) => (k === i ? next : p));
    state = findTwins(projects, state);
    assert.deepEqual(state.twins, findTwins(projects).twins);
  }
}

describe('duplicate-project twin index', () => {
  it('after any sequence of edits, names the same twins as a fresh computation', () => {
    fc.assert(
      fc.property(
        fc.array(body, { minLength: 1, maxLength: 3 }).chain((pool) =>
          fc.tuple(
            fc.array(variant(pool), { minLength: 2, maxLength: 90 }),
            fc.array(fc.tuple(fc.nat(89), variant(pool), fc.nat(5)), {
              minLength: 1,
              maxLength: 12,
            }),
          ),
        ),
        ([texts, edits]) => {
          // Distinct names, so twins come from the text comparison. Edits change the text alone
          // (modes 4, 5), copy the first project's name (0, 3), or give a project a name of its own
          // (1, 2: it, or the projects it named first, lose a name twin); 2 and 3 keep the text.
          replayEdits(texts, edits, (projects, [at, newText, mode]) => {
            const i = at % projects.length;
            const old = projects[i] as Project;
            const first = (projects[0] as Project).name;
            const name = mode >= 4 ? old.name : mode % 3 === 0 ? first : `ชื่อใหม่ ${i}`;
            const text = mode === 2 || mode === 3 ? (old.sections[0]?.text ?? '') : newText;
            return [i, project(name, text)];
          });
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('after text is added or cut at the end of a project, names the same twins as a fresh computation', () => {
    // Such an edit keeps most of the project's pieces and changes its size: a later project sharing
    // only kept pieces with it can pass or fail the similarity threshold because of the size alone.
    const tail = fc.array(letter, { maxLength: 120 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        body.chain((b) =>
          fc.tuple(
            fc.array(variant([b]), { minLength: 2, maxLength: 40 }),
            fc.array(fc.tuple(fc.nat(39), tail, fc.nat(120)), { minLength: 1, maxLength: 12 }),
          ),
        ),
        ([texts, edits]) => {
          replayEdits(texts, edits, (projects, [at, added, cut]) => {
            const i = at % projects.length;
            const old = projects[i] as Project;
            const text = (old.sections[0]?.text ?? '').slice(0, -cut || undefined) + added;
            return [i, project(old.name, text)];
          });
        },
      ),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('refuses a state that a newer one was made from', () => {
    const a = [project('ก', 'ข'.repeat(300)), project('ค', 'ข'.repeat(300))];
    const first = findTwins(a);
    const b = [a[0] as Project, project('ค', 'ง'.repeat(300))];
    findTwins(b, first);
    assert.equal(first.spent, true);
    // Reusing the spent state must not give the edited answer for the old list.
    assert.deepEqual(findTwins(a, first).twins, findTwins(a).twins);
  });
});

describe('duplicate-project on projects without sections', () => {
  const fixture = join(
    import.meta.dirname,
    '..',
    'fixtures',
    'checks',
    'duplicate-project',
    'bad.plan.md',
  );
  const text = readFileSync(fixture, 'utf8');
  const twinLines = (plan: string): number[] =>
    analyze(plan)
      .findings.filter((f) => f.checkId === 'duplicate-project')
      .map((f) => f.range.start.line);

  it('compares them by their whole body, which only they keep', () => {
    const withSections = analyze(text).plan.projects;
    assert.ok(withSections.every((p) => p.sections.length > 0 && p.normBody === ''));
    // The same plan with every section heading removed: the bodies are all that is left to compare.
    const bare = text
      .split('\n')
      .filter((l) => !l.startsWith('##### '))
      .join('\n');
    const projects = analyze(bare).plan.projects;
    assert.ok(projects.every((p) => p.sections.length === 0 && p.normBody.length > 200));
    assert.equal(twinLines(bare).length, twinLines(text).length);
    assert.ok(twinLines(bare).length > 0);
  });
});
