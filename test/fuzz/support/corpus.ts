// Real plans to mutate: the template, every check fixture (markers stripped), and excerpts of the seed
// plan (its front matter plus a run of its lines), small enough to analyse thousands of times.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFixture } from '../../support/expectations.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** The seed plan (the real one, full of defects). */
export const seed = readFileSync(join(root, 'samples', 'pok-noi-2566-2570.plan.md'), 'utf8');
/** The seed plan corrected. */
export const fixedSeed = readFileSync(
  join(root, 'samples', 'pok-noi-2566-2570-fixed.plan.md'),
  'utf8',
);
/** The empty plan skeleton. */
export const template = readFileSync(join(root, 'samples', 'template.plan.md'), 'utf8');

const fixtureDir = join(root, 'test', 'fixtures', 'checks');

/** Every check fixture, good and bad, with its inline markers removed. */
export const fixtures: { name: string; text: string }[] = readdirSync(fixtureDir)
  .sort()
  .flatMap((id) =>
    ['bad', 'good'].map((kind) => ({
      name: `${id}/${kind}`,
      text: readFixture(readFileSync(join(fixtureDir, id, `${kind}.plan.md`), 'utf8')).text,
    })),
  );

const seedLines = seed.split('\n');
const seedFrontMatterEnd = seedLines.indexOf('---', 1) + 1;

/** The seed's front matter and `count` of its lines from `start` on (a piece of a real plan). */
export function seedExcerpt(start: number, count: number): string {
  const from = Math.max(seedFrontMatterEnd, Math.min(start, seedLines.length - 1));
  return [...seedLines.slice(0, seedFrontMatterEnd), ...seedLines.slice(from, from + count)].join(
    '\n',
  );
}

/** Number of lines of the seed plan. */
export const SEED_LINES = seedLines.length;

/** Offsets where the parser's blocks start (every ATX heading line): the truncation points. */
export function blockBoundaries(text: string): number[] {
  const out: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) out.push(offset);
    offset += line.length + 1;
  }
  out.push(text.length);
  return out;
}
