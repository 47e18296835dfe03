// Reads a project's budget section: its own budget table if it has one, else its text
// (budget-text.ts). What the section leaves unclear becomes an issue, never a guessed amount.
import type { LineKinds } from '../model/line-kinds.js';
import type { Budget, Range } from '../model/types.js';
import { parseAmount } from './amount.js';
import { readBudgetTable } from './budget-table.js';
import { readBudgetText } from './budget-text.js';
import type { FoundTable } from './table.js';

/** The section's lines as the budget reader needs them. */
export interface BudgetSource {
  lines: string[];
  kinds: LineKinds;
  /** The section's content range (may start after a title on the same line). */
  range: Range;
  /** Tables inside the section. */
  tables: FoundTable[];
}

/** Reads the budget; `years` are the plan years (empty when unknown). */
export function readBudget(source: BudgetSource, years: number[]): Budget {
  const { lines, kinds, range, tables } = source;
  for (const table of tables) {
    const read = readBudgetTable(table, lines, years);
    if (read)
      return {
        kind:
          read.issues.some((i) => i.reason !== 'year-outside') && read.amounts.size === 0
            ? 'unreadable'
            : 'table',
        amounts: read.amounts,
        issues: read.issues,
        range,
      };
  }
  // The text lines, the first from where the content starts (a title may come before it).
  const start = range.start;
  const at = (l: number): string =>
    l === start.line && start.character > 0
      ? ' '.repeat(start.character) + (lines[l] ?? '').slice(start.character)
      : (lines[l] ?? '');
  const numbers: number[] = [];
  for (let l = range.start.line; l <= range.end.line && l < lines.length; l++) {
    const kind = kinds.get(l);
    if (kind === 'table' || kind === 'comment' || kind === 'blank' || kind === 'code') continue;
    if (l === range.end.line && range.end.character === 0 && l > range.start.line) continue;
    numbers.push(l);
  }
  const text = readBudgetText(at, numbers, years);
  if (!text) {
    // A bare amount, as in a cell: 0.00, -, 20,000.
    const bare = parseAmount(numbers.map(at).join(' '));
    if (bare.value !== null)
      return {
        kind: bare.value === 0n ? 'none' : 'uniform',
        amounts: new Map(years.map((y) => [y, bare.value ?? 0n])),
        issues: [],
        range,
      };
    const empty = numbers.every((l) => at(l).trim() === '') && tables.length === 0;
    return { kind: empty ? 'absent' : 'unreadable', amounts: new Map(), issues: [], range };
  }
  return { kind: text.kind, amounts: text.amounts, issues: text.issues, range };
}
