// Completion at heading positions (a line of only `#`s, or `#`s and the start of a title, or a blank line):
// the required sections still missing from the project the line is in, and snippets for a new project
// (every required section, the next free number, the plan's heading levels) and a new dimension.
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type Connection,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import { formatMessage, type CatalogueKey, type Locale } from '../i18n/index.js';
import { BUDGET_SECTION } from '../model/required-sections.js';
import type { Heading, Position, Range, RequiredSection } from '../model/types.js';
import { openPlan, type FeatureContext } from './context.js';

/** Answers `textDocument/completion` at heading positions in plan documents. */
export function registerCompletionSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.onCompletion(async ({ textDocument, position }) => {
    // ' ' triggers on every space typed: look at the line before analysing anything.
    const line = documents.get(textDocument.uri)?.getText({
      start: { line: position.line, character: 0 },
      end: { line: position.line + 1, character: 0 },
    });
    if (
      line === undefined ||
      headingPrefix(line.replace(/\r?\n$/, ''), position.character) === null
    )
      return null;
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    if (!open) return null;
    const required =
      open.analysis.plan.frontMatter.requiredSections ?? open.settings.requiredSections;
    return completionsAt(open.analysis, required, position, ctx.locale(open.analysis));
  });
  return { completionProvider: { triggerCharacters: ['#', ' '] } };
}

/** The completions at a position; null when it is not a heading position. */
export function completionsAt(
  analysis: Analysis,
  required: RequiredSection[],
  position: Position,
  locale: Locale,
): CompletionItem[] | null {
  const { plan } = analysis;
  const line = plan.lines[position.line] ?? '';
  const kind = plan.lineKinds.get(position.line);
  if (kind === 'code' || kind === 'front-matter' || kind === 'comment' || kind === 'table')
    return null;
  const hashes = headingPrefix(line, position.character);
  if (hashes === null) return null;
  const t = (key: CatalogueKey, args?: Record<string, string | number>) =>
    formatMessage(key, args, locale);
  const range: Range = {
    start: { line: position.line, character: 0 },
    end: { line: position.line, character: line.length },
  };
  const item = (label: string, level: number, text: string, extra: Partial<CompletionItem>) => ({
    label,
    filterText: `${'#'.repeat(level)} ${label}`,
    textEdit: { range, newText: text },
    insertTextFormat: InsertTextFormat.Snippet,
    ...extra,
  });
  const items: CompletionItem[] = [];

  const project = openBlock(plan.projects, plan.headings, position.line);
  if (project && hashes <= project.heading.level + 1) {
    const level = project.heading.level + 1;
    const present = new Set(
      project.sections.filter((s) => s.heading.line !== position.line).map((s) => s.canonical),
    );
    required.forEach((r, i) => {
      if (present.has(r.name)) return;
      const detail = t('nav.completion.missing-section', { number: project.number ?? '?' });
      const text = `${'#'.repeat(level)} ${escapeSnippet(r.name)}\n\n$0`;
      items.push(
        item(r.name, level, text, {
          kind: CompletionItemKind.Field,
          detail,
          sortText: `0-${pad(i)}`,
        }),
      );
    });
  }

  const dimension = openBlock(plan.dimensions, plan.headings, position.line);
  const dimLevel = plan.dimensions[0]?.heading.level ?? 2;
  const siblings = dimension?.projects[0] ?? plan.projects[0];
  const projectLevel = Math.min(6, siblings?.heading.level ?? dimLevel + 1);
  if (hashes <= projectLevel && (dimension || plan.dimensions.length === 0)) {
    const number = 1 + Math.max(0, ...plan.projects.map((p) => p.number ?? 0));
    const label = t('nav.completion.new-project', { number });
    const detail = t('nav.completion.new-project-detail', { count: required.length });
    items.push(
      item(label, projectLevel, projectSnippet(projectLevel, number, required, t), {
        kind: CompletionItemKind.Snippet,
        detail,
        sortText: '1',
      }),
    );
  }
  if (hashes <= dimLevel) {
    const number = 1 + Math.max(0, ...plan.dimensions.map((d) => d.number ?? 0));
    const label = t('nav.completion.new-dimension', { number });
    const text = `${'#'.repeat(dimLevel)} มิติที่ \${1:${number}} \${2:${escapeSnippet(t('nav.completion.dimension-placeholder'))}}\n\n$0`;
    items.push(item(label, dimLevel, text, { kind: CompletionItemKind.Snippet, sortText: '2' }));
  }
  return items;
}

/**
 * The number of `#`s when the text before the cursor is a heading being typed (`#`s, then optionally a
 * space and the start of a title); 0 on a blank line; null anywhere else.
 */
export function headingPrefix(line: string, character: number): number | null {
  const typed = /^ {0,3}(#{0,6})(?:[ \t]+.*)?$/.exec(line.slice(0, character));
  if (!typed) return null;
  const hashes = typed[1]?.length ?? 0;
  // Without `#`s only a blank line is a heading position (the whole line is replaced).
  return hashes === 0 && line.trim() !== '' ? null : hashes;
}

/** The block (dimension or project) the line is inside, ignoring the line itself (it may be half-typed). */
function openBlock<T extends { heading: Heading }>(
  blocks: T[],
  headings: Heading[],
  line: number,
): T | undefined {
  let block: T | undefined;
  for (const b of blocks) if (b.heading.line < line) block = b;
  if (!block) return undefined;
  const level = block.heading.level;
  const start = block.heading.line;
  const closed = headings.some((h) => h.line > start && h.line < line && h.level <= level);
  return closed ? undefined : block;
}

/** A new project with every required section; the budget section offers its two usual forms. */
function projectSnippet(
  level: number,
  number: number,
  required: RequiredSection[],
  t: (key: CatalogueKey) => string,
): string {
  const sub = '#'.repeat(Math.min(6, level + 1));
  let tab = 2;
  const parts = [
    `${'#'.repeat(level)} \${1:${number}}. \${2:${escapeSnippet(t('nav.completion.project-placeholder'))}}`,
  ];
  for (const r of required) {
    const body =
      r.name === BUDGET_SECTION ? `\${${++tab}|ไม่ใช้งบประมาณ,ปีละ 0 บาท|}` : `\${${++tab}}`;
    parts.push(`${sub} ${escapeSnippet(r.name)}`, body);
  }
  return parts.join('\n\n') + '\n\n$0';
}

/** Escapes text for use inside a snippet (outside a choice). */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}
