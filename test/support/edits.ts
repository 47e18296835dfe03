// Applies the text edits of quick fixes to a document, as an editor would (all at once, no overlap).
import type { Edit } from '../../server/src/checks/types.js';
import type { Finding } from '../../server/src/engine.js';

/** The edits of every finding's first fix. */
export function firstFixEdits(findings: Finding[]): Edit[] {
  return findings.flatMap((f) => f.data?.fixes?.[0]?.edits ?? []);
}

/** Applies edits to `text`; an edit overlapping one already taken is dropped. */
export function applyEdits(text: string, edits: Edit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }): number =>
    (starts[p.line] ?? text.length) + p.character;
  const spans = edits
    .map((e) => ({ from: offset(e.range.start), to: offset(e.range.end), text: e.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.from < at) continue;
    out += text.slice(at, s.from) + s.text;
    at = s.to;
  }
  return out + text.slice(at);
}
