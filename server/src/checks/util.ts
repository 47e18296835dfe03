// Small helpers shared by checks: ranges, source text, digits written like the original, short labels.
import type { LineKind, Plan, Project, Range } from '../model/types.js';
import { arabicToThaiDigits, formatBaht, hasThaiDigits } from '../parse/thai.js';
import { lineRange } from '../model/line-range.js';

/** The source text a one-line range covers. */
export function textAt(plan: Plan, range: Range): string {
  const line = plan.lines[range.start.line] ?? '';
  const end = range.end.line === range.start.line ? range.end.character : line.length;
  return line.slice(range.start.character, end);
}

/** Writes a number (or text with digits) with Thai digits when `like` uses them. */
export function digitsLike(value: number | string, like: string): string {
  return hasThaiDigits(like) ? arabicToThaiDigits(String(value)) : String(value);
}

/** An amount in baht for messages: thousands commas, no `.00`. */
export function baht(value: bigint): string {
  return formatBaht(value);
}

/** The absolute difference of two amounts, in baht for messages. */
export function bahtDiff(a: bigint, b: bigint): string {
  return formatBaht(a > b ? a - b : b - a);
}

/** Cuts a name to a readable length for messages. */
export function short(text: string, max = 60): string {
  const trimmed = text.trim();
  // No more UTF-16 units than `max` means no more characters either: nothing to cut.
  if (trimmed.length <= max) return trimmed;
  const chars = [...trimmed];
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}

/** A project's number for messages (`?` when it has none). */
export function numberOf(p: Project): string {
  return p.number === null ? '?' : String(p.number);
}

/** Line kinds that text checks read; code and front matter are never checked as prose. */
const PROSE: ReadonlySet<LineKind> = new Set<LineKind>(['heading', 'table', 'text']);

/** Each line that holds prose, heading or table text, with its number (only lines [from, to) when given). */
export function* proseLines(
  plan: Plan,
  scope: { from: number; to: number } = { from: 0, to: plan.lines.length },
): Generator<[number, string]> {
  for (let i = scope.from; i < Math.min(scope.to, plan.lines.length); i++) {
    if (PROSE.has(plan.lineKinds.get(i) ?? 'text')) yield [i, plan.lines[i] ?? ''];
  }
}

/** The first non-blank line inside a range, trimmed, as a one-line range (the whole range if none). */
export function firstTextLine(plan: Plan, range: Range): Range {
  for (let l = range.start.line; l <= range.end.line; l++) {
    const line = plan.lines[l] ?? '';
    const from = l === range.start.line ? range.start.character : 0;
    const to = l === range.end.line ? range.end.character : line.length;
    const part = line.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) return lineRange(l, from + lead, from + lead + text.length);
  }
  return range;
}
