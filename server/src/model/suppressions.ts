// Inline suppression comments: `<!-- plancheck-disable-next-line id … -->` and
// `<!-- plancheck-disable id … -->` … `<!-- plancheck-enable id … -->` (no id = every check).
import type { LineKinds } from './line-kinds.js';
import type { Plan, Range } from './types.js';

/** One suppression comment found in the plan. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Check ids it names; empty means every check. */
  ids: string[];
  /** Zero-based line of the comment. */
  line: number;
  /** For `disable-next-line`: the first non-blank line after the comment (or -1 when none). */
  target: number;
}

const DIRECTIVE = /<!--\s*plancheck-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

/** Finds the suppression comments on comment lines (never inside code or the front matter). */
export function findDirectives(plan: Plan): Directive[] {
  const out: Directive[] = [];
  for (const line of commentLines(plan.lineKinds)) {
    const text = plan.lines[line] ?? '';
    if (!text.includes('plancheck-')) continue;
    for (const m of text.matchAll(DIRECTIVE)) {
      const kind = m[1] as Directive['kind'];
      const ids = (m[2] ?? '').split(/[\s,]+/).filter((id) => id !== '');
      out.push({
        kind,
        ids,
        line,
        target: kind === 'disable-next-line' ? nextText(plan, line) : -1,
      });
    }
  }
  return out;
}

const comments = new WeakMap<LineKinds, number[]>();

/** The comment lines, found once per line kinds (unchanged kinds are kept between versions). */
function commentLines(kinds: LineKinds): number[] {
  let found = comments.get(kinds);
  if (!found) {
    found = kinds.linesOf('comment');
    comments.set(kinds, found);
  }
  return found;
}

/** The first line after `line` that is neither blank nor a comment, or -1. */
function nextText(plan: Plan, line: number): number {
  for (let l = line + 1; l < plan.lines.length; l++) {
    const kind = plan.lineKinds.get(l);
    if (kind !== 'blank' && kind !== 'comment') return l;
  }
  return -1;
}

/** Which checks are off at a point: every check (with exceptions re-enabled by id), or some ids. */
class State {
  private all = false;
  private readonly except = new Set<string>();
  private readonly ids = new Set<string>();

  apply(d: Directive): void {
    if (d.kind === 'disable' && d.ids.length === 0) {
      this.all = true;
      this.except.clear();
    } else if (d.kind === 'enable' && d.ids.length === 0) {
      this.all = false;
      this.except.clear();
      this.ids.clear();
    } else if (d.kind === 'disable') {
      for (const id of d.ids) {
        this.ids.add(id);
        this.except.delete(id);
      }
    } else if (d.kind === 'enable') {
      for (const id of d.ids) {
        this.ids.delete(id);
        if (this.all) this.except.add(id);
      }
    }
  }

  off(id: string): boolean {
    return (this.all && !this.except.has(id)) || this.ids.has(id);
  }
}

/**
 * Drops the findings that suppression comments turn off: a region applies from the comment's line
 * on; `disable-next-line` applies to findings that start on its target line. Keeps the order.
 */
export function withoutSuppressed<T extends { checkId: string; range: Range }>(
  plan: Plan,
  findings: T[],
): T[] {
  const directives = findDirectives(plan);
  if (directives.length === 0) return findings;
  const nextLine = new Map<number, Set<string> | 'all'>();
  for (const d of directives) {
    if (d.kind !== 'disable-next-line' || d.target < 0) continue;
    const had = nextLine.get(d.target);
    if (d.ids.length === 0 || had === 'all') nextLine.set(d.target, 'all');
    else nextLine.set(d.target, new Set([...(had ?? []), ...d.ids]));
  }
  const regions = directives.filter((d) => d.kind !== 'disable-next-line');
  // Findings in line order, so that one pass over the region comments decides each of them.
  const order = findings.map((f, i) => i).sort((a, b) => lineOf(findings, a) - lineOf(findings, b));
  const dropped = new Set<number>();
  const state = new State();
  let next = 0;
  for (const i of order) {
    const f = findings[i] as T;
    const line = f.range.start.line;
    for (; next < regions.length && (regions[next] as Directive).line <= line; next++) {
      state.apply(regions[next] as Directive);
    }
    const target = nextLine.get(line);
    if (state.off(f.checkId) || target === 'all' || target?.has(f.checkId)) dropped.add(i);
  }
  return dropped.size === 0 ? findings : findings.filter((_, i) => !dropped.has(i));
}

function lineOf<T extends { range: Range }>(findings: T[], i: number): number {
  return findings[i]?.range.start.line ?? 0;
}
