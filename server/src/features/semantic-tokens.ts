// Semantic tokens for what the TextMate grammar cannot know, because it needs the parsed plan and its
// settings. One rule: what plancheck ties to the plan's structure is coloured by what it is, what it cannot
// tie is shown in the comment colour. Standard token types only, so every theme colours them:
// - `class` + `declaration`: a project's name in its heading (a numbered heading outside a dimension is not a project);
// - `property` + `declaration`: a project section heading that counts as a required section (custom lists too);
// - `comment`: a section heading under a project that counts as no required section;
// - `class`: a table row's project cell that agrees with the project of its number, a `โครงการที่ N` mention of
//   an existing project; `comment`: a row that disagrees with the project of its number, a mention of none.
import {
  SemanticTokensBuilder,
  type Connection,
  type SemanticTokens,
  type SemanticTokensLegend,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import type { Range } from '../model/types.js';
import { openPlan, type FeatureContext } from './context.js';
import { navIndexOf } from './nav-index.js';

/** The token types and modifiers, in legend order. */
export const TOKEN_TYPES = ['class', 'property', 'comment'] as const;
export const TOKEN_MODIFIERS = ['declaration'] as const;

/** The legend announced in the server capabilities. */
export const legend: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

/** A token before encoding. */
export interface PlanToken {
  range: Range;
  type: (typeof TOKEN_TYPES)[number];
  declaration: boolean;
}

/** Answers `textDocument/semanticTokens/full` for plan documents. */
export function registerSemanticTokensSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.languages.semanticTokens.on(async ({ textDocument }): Promise<SemanticTokens> => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    return open ? encode(planTokens(open.analysis)) : { data: [] };
  });
  return { semanticTokensProvider: { legend, full: true } };
}

/** The plan's tokens, in document order, never overlapping. */
export function planTokens(analysis: Analysis): PlanToken[] {
  const { plan, index } = analysis;
  const tokens: PlanToken[] = [];
  for (const p of plan.projects) {
    tokens.push({ range: p.nameRange, type: 'class', declaration: true });
    for (const s of p.sections) {
      const type = s.canonical ? 'property' : 'comment';
      tokens.push({ range: s.heading.textRange, type, declaration: true });
    }
  }
  for (const row of index.projectRows) {
    const cell = row.projectCell;
    if (!cell || cell.range.start.character === cell.range.end.character) continue;
    const match = index.matchOfRow.get(row);
    const agrees = !!match?.agrees && match.note === undefined;
    tokens.push({ range: cell.range, type: agrees ? 'class' : 'comment', declaration: false });
  }
  for (const m of navIndexOf(analysis).mentions) {
    const exists = index.projectsByNumber.has(m.number);
    tokens.push({ range: m.range, type: exists ? 'class' : 'comment', declaration: false });
  }
  tokens.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  // A mention inside a heading or a cell that already has a token is dropped: tokens may not overlap.
  const out: PlanToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const { start, end } = t.range;
    if (start.line !== end.line || end.character <= start.character) continue;
    if (prev && prev.range.start.line === start.line && prev.range.end.character > start.character)
      continue;
    out.push(t);
  }
  return out;
}

/** Encodes tokens in the LSP relative format. */
export function encode(tokens: PlanToken[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) {
    builder.push(
      t.range.start.line,
      t.range.start.character,
      t.range.end.character - t.range.start.character,
      TOKEN_TYPES.indexOf(t.type),
      t.declaration ? 1 : 0,
    );
  }
  return builder.build();
}
