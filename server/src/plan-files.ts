// Which file names make a Markdown file a plan: the `plancheck.planFiles` glob patterns (picomatch).
import picomatch from 'picomatch';

/** The default patterns: every file whose name ends in `.plan.md`, in any folder. */
export const DEFAULT_PLAN_FILES: readonly string[] = ['**/*.plan.md'];

const compiled = new Map<string, (path: string) => boolean>();

/**
 * True when `fileName` (a path with `/` or `\` separators) matches one of `patterns`. A pattern that
 * is not absolute may start in any folder (`*.plan.md` and `plans/*.md` match `/home/me/plans/a.plan.md`).
 * Case-insensitive, as the `.plan.md` rule always was; dot folders included.
 */
export function matchesPlanFiles(
  fileName: string,
  patterns: readonly string[] = DEFAULT_PLAN_FILES,
): boolean {
  if (patterns.length === 0) return false;
  const key = JSON.stringify(patterns);
  let test = compiled.get(key);
  if (!test) {
    const globs = patterns.map((p) => (p.startsWith('/') || p.startsWith('**') ? p : `**/${p}`));
    test = picomatch(globs, { dot: true, nocase: true });
    compiled.set(key, test);
  }
  return test(fileName.replace(/\\/g, '/'));
}
