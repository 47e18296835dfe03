// front-matter: missing or invalid front-matter keys, with the default that was assumed instead.
import type { Range } from '../model/types.js';
import type { Check, Problem } from './types.js';

/** Reports each issue the parser found in the front matter. */
export const check: Check = {
  meta: {
    id: 'front-matter',
    description: {
      en: 'The front matter is absent, not YAML, or has a missing or invalid key.',
      th: 'ส่วนหัว (front matter) ไม่มี อ่านไม่ได้ หรือขาด/ใส่ค่าไม่ถูกต้อง',
    },
    defaultLevel: 'error',
    fixable: false,
    tags: ['structure'],
    profiles: ['anti-corruption', 'development'],
  },
  run({ plan }) {
    return plan.frontMatter.issues.map((issue): Problem => {
      const args = { key: issue.key, assumed: issue.assumed ?? '', detail: issue.detail ?? '' };
      return {
        range: oneLine(issue.range, plan.lines),
        message:
          issue.assumed !== undefined
            ? { key: `front-matter.${issue.kind}-assumed`, args }
            : { key: `front-matter.${issue.kind}`, args },
        data: issue.assumed !== undefined ? { expected: issue.assumed } : {},
      };
    });
  },
};

/** A missing key is shown on the block's first line (`---`), not on the whole block. */
function oneLine(range: Range, lines: readonly string[]): Range {
  if (range.start.line === range.end.line) return range;
  // To the end of the first line: a YAML error can start mid-line, past the `---` fence's 3 columns.
  const end = Math.max(range.start.character, (lines[range.start.line] ?? '').length);
  return { start: range.start, end: { line: range.start.line, character: end } };
}
