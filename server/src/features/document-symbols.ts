// Document symbols (Outline, breadcrumbs, Go to Symbol): plan → มิติ → ภารกิจ → โครงการ → sections, with
// each project's budget total in its detail, and the summary table with its rows.
import {
  SymbolKind,
  type Connection,
  type DocumentSymbol,
  type Range,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import { formatMessage, type Locale } from '../i18n/index.js';
import type {
  Dimension,
  Heading,
  Mission,
  Project,
  SummaryTable,
  TableRow,
} from '../model/types.js';
import { openPlan, type FeatureContext } from './context.js';
import { developmentSymbols } from './development-nav.js';
import { baht, budgetLine, projectLabel } from './format.js';
import { lastContentLine, navIndexOf, type NavIndex } from './nav-index.js';

/** Answers `textDocument/documentSymbol` for plan documents. */
export function registerDocumentSymbolSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    return open ? planSymbols(open.analysis, ctx.locale(open.analysis)) : null;
  });
  return { documentSymbolProvider: { label: 'plancheck' } };
}

/** What the symbol builders need. */
interface Build {
  lines: string[];
  nav: NavIndex;
  locale: Locale;
}

/** The symbol tree of a plan: one root for the plan. */
export function planSymbols(analysis: Analysis, locale: Locale): DocumentSymbol[] {
  const { plan } = analysis;
  if (plan.development) return developmentSymbols(analysis, locale);
  const b: Build = { lines: plan.lines, nav: navIndexOf(analysis), locale };
  const children: DocumentSymbol[] = plan.dimensions.map((d) => dimensionSymbol(d, b));
  if (plan.table) children.push(tableSymbol(plan.table, analysis, b));
  children.sort((x, y) => x.range.start.line - y.range.start.line);
  const fm = plan.frontMatter;
  const h1 = plan.headings.find((h) => h.level === 1);
  const lastLine = Math.max(0, plan.lines.length - 1);
  const years = b.nav.summary.years;
  const detail = [
    fm.organization,
    years.length ? `${years[0]}–${years[years.length - 1]}` : undefined,
    baht(b.nav.summary.grandTotal.total, locale),
  ].filter(Boolean);
  return [
    {
      name: fm.title || h1?.text || formatMessage('nav.symbol.plan', undefined, locale),
      detail: detail.join(' · '),
      kind: SymbolKind.Module,
      range: lines(0, lastLine, plan.lines[lastLine]?.length ?? 0),
      selectionRange: h1?.textRange ?? fm.range ?? lines(0, 0, 0),
      children,
    },
  ];
}

/** A symbol's name: VS Code rejects the whole outline when any name is empty (a heading being typed). */
function named(text: string, b: Build): string {
  return text.trim() || formatMessage('nav.symbol.untitled', undefined, b.locale);
}

function lines(startLine: number, endLine: number, endCharacter: number): Range {
  return {
    start: { line: startLine, character: 0 },
    end: { line: endLine, character: endCharacter },
  };
}

/** The heading's block, from the heading to its last line with text. */
function blockRange(heading: Heading, b: Build): Range {
  const end = b.nav.blockEnd.get(heading.line) ?? heading.line + 1;
  let last = end - 1;
  while (last > heading.line && (b.lines[last] ?? '').trim() === '') last--;
  return lines(heading.line, last, b.lines[last]?.length ?? 0);
}

function groupDetail(projects: Project[], b: Build): string {
  let total = 0n;
  for (const p of projects) total += b.nav.summaryRow.get(p)?.total ?? 0n;
  return formatMessage(
    'nav.symbol.group-detail',
    { count: projects.length, amount: baht(total, b.locale) },
    b.locale,
  );
}

function dimensionSymbol(d: Dimension, b: Build): DocumentSymbol {
  const inMission = new Set(d.missions.flatMap((m) => m.projects));
  const children = [
    ...d.missions.map((m) => missionSymbol(m, b)),
    ...d.projects.filter((p) => !inMission.has(p)).map((p) => projectSymbol(p, b)),
  ].sort((x, y) => x.range.start.line - y.range.start.line);
  return {
    name: named(d.heading.text, b),
    detail: groupDetail(d.projects, b),
    kind: SymbolKind.Namespace,
    range: blockRange(d.heading, b),
    selectionRange: d.heading.textRange,
    children,
  };
}

function missionSymbol(m: Mission, b: Build): DocumentSymbol {
  return {
    name: named(m.heading.text, b),
    detail: groupDetail(m.projects, b),
    kind: SymbolKind.Package,
    range: blockRange(m.heading, b),
    selectionRange: m.heading.textRange,
    children: m.projects.map((p) => projectSymbol(p, b)),
  };
}

function projectSymbol(p: Project, b: Build): DocumentSymbol {
  const row = b.nav.summaryRow.get(p);
  return {
    name: named(projectLabel(p), b),
    detail: row ? budgetLine(row, b.nav.summary.years, b.locale) : '',
    kind: SymbolKind.Class,
    range: blockRange(p.heading, b),
    selectionRange: p.heading.textRange,
    children: p.sections.map((s) => ({
      name: named(s.title, b),
      detail: s.empty
        ? formatMessage('nav.symbol.empty-section', undefined, b.locale)
        : s.canonical && s.canonical !== s.normTitle
          ? s.canonical
          : '',
      kind: SymbolKind.Field,
      range: blockRange(s.heading, b),
      selectionRange: s.heading.textRange,
    })),
  };
}

function tableSymbol(table: SummaryTable, analysis: Analysis, b: Build): DocumentSymbol {
  const last = lastContentLine(analysis.plan, table.range.start.line, table.range.end.line + 1);
  return {
    name: formatMessage('nav.symbol.table', undefined, b.locale),
    detail: formatMessage(
      'nav.symbol.table-detail',
      { rows: analysis.index.projectRows.length },
      b.locale,
    ),
    kind: SymbolKind.Array,
    range: lines(table.range.start.line, last, b.lines[last]?.length ?? 0),
    selectionRange: table.headerRange,
    children: table.rows
      .filter((r) => r.kind === 'project' || r.kind === 'subtotal' || r.kind === 'grand-total')
      .map((r) => ({
        name: r.kind === 'project' ? named(projectLabel(r), b) : totalRowName(r),
        kind: r.kind === 'project' ? SymbolKind.EnumMember : SymbolKind.Number,
        range: r.range,
        selectionRange: r.projectCell?.range ?? r.range,
      })),
  };
}

/** `รวม (มิติ 1 …)` or `รวมทั้งสิ้น`, as the table's own words. */
function totalRowName(r: TableRow): string {
  if (r.kind === 'grand-total') return 'รวมทั้งสิ้น';
  const d = r.dimension;
  return d ? `รวม (${d.number ?? ''} ${d.title})`.replace('( ', '(') : 'รวม';
}
