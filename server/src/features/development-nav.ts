// Outline and hover for a development plan: plan → ผ.01 summary, ยุทธศาสตร์ → แผนงาน → project rows,
// each with its budget; hover on a ผ.01 row shows what it says beside what ผ.02 gives, per year.
import {
  MarkupKind,
  SymbolKind,
  type DocumentSymbol,
  type Hover,
} from 'vscode-languageserver/node.js';
import type { Analysis } from '../engine.js';
import { formatMessage, type CatalogueKey, type Locale } from '../i18n/index.js';
import type { DevProgramme, DevProject, DevSummaryRow } from '../model/development.js';
import { programmeFigures, type Figures } from '../model/development-totals.js';
import type { Position, Range } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';
import { rowName, programmeName } from '../checks/development-util.js';
import { baht, escapeMarkdown, markdownTable, short } from './format.js';
import { lineRange } from '../model/line-range.js';

type T = (key: CatalogueKey, args?: Record<string, string | number>) => string;

const translator =
  (locale: Locale): T =>
  (key, args) =>
    formatMessage(key, args, locale);

/** A project row's budget over the years it states (unknown years left out). */
function projectTotal(p: DevProject): bigint {
  let total = 0n;
  for (const a of p.amounts.values()) total += a.value ?? 0n;
  return total;
}

function lineEnd(lines: readonly string[], line: number): Range {
  return lineRange(line, 0, (lines[line] ?? '').length);
}

function span(lines: readonly string[], from: number, to: number): Range {
  return {
    start: { line: from, character: 0 },
    end: { line: to, character: (lines[to] ?? '').length },
  };
}

/** The outline of a development plan. */
export function developmentSymbols(analysis: Analysis, locale: Locale): DocumentSymbol[] {
  const { plan } = analysis;
  const dev = plan.development;
  if (!dev) return [];
  const t = translator(locale);
  const sum = (ks: number[]): { count: number; amount: bigint } => {
    let count = 0;
    let amount = 0n;
    for (const k of ks) {
      const p = dev.programmes[k];
      count += p?.projects.filter((r) => !r.repeats).length ?? 0;
      for (const r of p?.projects ?? []) if (!r.repeats) amount += projectTotal(r);
    }
    return { count, amount };
  };
  const last = Math.max(0, plan.lines.length - 1);
  const programmeEnd = (p: DevProgramme): number =>
    Math.max(p.heading.line, ...p.tables.map((tb) => tb.range.end.line));
  const projectSymbol = (r: DevProject): DocumentSymbol => ({
    name: short(`${r.number ?? '?'}. ${r.name || '…'}`),
    detail: t('dev-nav.project-detail', {
      amount: baht(projectTotal(r), locale),
      years: dev.years.length,
    }),
    kind: SymbolKind.Class,
    range: r.range,
    selectionRange: r.range,
  });
  const programmeSymbol = (k: number): DocumentSymbol => {
    const p = dev.programmes[k] as DevProgramme;
    const { count, amount } = sum([k]);
    return {
      name: short(p.heading.text) || '…',
      detail: t('dev-nav.group-detail', { count, amount: baht(amount, locale) }),
      kind: SymbolKind.Package,
      range: span(plan.lines, p.heading.line, programmeEnd(p)),
      selectionRange: p.heading.textRange,
      children: p.projects.map(projectSymbol),
    };
  };
  const children: DocumentSymbol[] = dev.strategies.map((s, i) => {
    const next = dev.strategies[i + 1]?.heading.line ?? last + 1;
    const end = Math.max(
      s.heading.line,
      ...s.programmes.map((k) => programmeEnd(dev.programmes[k] as DevProgramme)),
    );
    const { count, amount } = sum(s.programmes);
    return {
      name: short(s.heading.text) || '…',
      detail: t('dev-nav.group-detail', { count, amount: baht(amount, locale) }),
      kind: SymbolKind.Namespace,
      range: span(plan.lines, s.heading.line, Math.min(end, next - 1)),
      selectionRange: s.heading.textRange,
      children: s.programmes.map(programmeSymbol),
    };
  });
  if (dev.summary) {
    const all = sum(dev.programmes.map((_, k) => k));
    children.push({
      name: t('dev-nav.summary'),
      detail: t('dev-nav.summary-detail', { count: all.count, amount: baht(all.amount, locale) }),
      kind: SymbolKind.Struct,
      range: dev.summary.range,
      selectionRange: dev.summary.headerRange,
    });
  }
  children.sort((a, b) => a.range.start.line - b.range.start.line);
  const h1 = plan.headings.find((h) => h.level === 1);
  return [
    {
      name: plan.frontMatter.title || h1?.text || t('nav.symbol.plan'),
      detail: plan.frontMatter.organization ?? '',
      kind: SymbolKind.Module,
      range: span(plan.lines, 0, last),
      selectionRange: h1?.textRange ?? lineEnd(plan.lines, 0),
      children,
    },
  ];
}

const count = (n: number | null | undefined): string =>
  n === null || n === undefined ? '?' : String(n);
const money = (v: bigint | null | undefined): string =>
  v === null || v === undefined ? '?' : formatBaht(v);

/** The per-year table of a ผ.01 row beside its expected figures. */
function rowTable(row: DevSummaryRow, want: Figures | undefined, years: number[], t: T): string {
  const header = [
    t('nav.hover.year'),
    t('dev-nav.count-written'),
    ...(want ? [t('dev-nav.count-worked')] : []),
    t('dev-nav.amount-written'),
    ...(want ? [t('dev-nav.amount-worked')] : []),
  ];
  const rows = years.map((y) => [
    String(y),
    count(row.counts.get(y)?.value),
    ...(want ? [count(want.counts.get(y))] : []),
    money(row.amounts.get(y)?.value),
    ...(want ? [money(want.amounts.get(y))] : []),
  ]);
  rows.push([
    t('dev-nav.five-years'),
    count(row.totalCount?.value),
    ...(want ? [count(want.totalCount)] : []),
    money(row.totalAmount?.value),
    ...(want ? [money(want.totalAmount)] : []),
  ]);
  return markdownTable(header, rows);
}

/** The hover at a position of a development plan, or null. */
export function developmentHover(
  analysis: Analysis,
  position: Position,
  locale: Locale,
): Hover | null {
  const dev = analysis.plan.development;
  if (!dev) return null;
  const t = translator(locale);
  const line = position.line;
  const years = dev.years;
  const rows = dev.summary?.rows ?? [];
  const i = rows.findIndex((r) => r.line === line);
  const row = rows[i];
  if (row && row.kind !== 'header' && row.kind !== 'other') {
    const want = analysis.index.development?.expected.get(i)?.figures;
    const body = [
      t('dev-nav.hover-row', { row: escapeMarkdown(rowName(row, rows)) }),
      rowTable(row, want, years, t),
      ...(want || row.kind === 'strategy' ? [] : [t('dev-nav.no-basis')]),
    ];
    return markdown(body.join('\n\n'), row.range);
  }
  const p = dev.projects.find((r) => r.line === line);
  if (p) {
    const header = [t('nav.hover.year'), t('dev-nav.amount')];
    const body = years.map((y) => {
      const a = p.amounts.get(y);
      return [String(y), a?.invalid ? t('nav.hover.unreadable') : money(a?.value)];
    });
    body.push([t('dev-nav.five-years'), formatBaht(projectTotal(p))]);
    return markdown(
      `${t('dev-nav.hover-project', { number: p.number ?? '?', name: escapeMarkdown(short(p.name)) })}\n\n${markdownTable(header, body)}`,
      p.range,
    );
  }
  const k = dev.programmes.findIndex((g) => g.heading.line === line);
  const g = dev.programmes[k];
  if (g) {
    const f = programmeFigures(g, years);
    const header = [t('nav.hover.year'), t('dev-nav.count'), t('dev-nav.amount')];
    const body = years.map((y) => [String(y), count(f.counts.get(y)), money(f.amounts.get(y))]);
    body.push([t('dev-nav.five-years'), count(f.totalCount), money(f.totalAmount)]);
    const n = g.projects.filter((r) => !r.repeats).length;
    return markdown(
      `${t('dev-nav.hover-programme', { programme: escapeMarkdown(programmeName(g)), count: n })}\n\n${markdownTable(header, body)}`,
      g.heading.textRange,
    );
  }
  return null;
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
