// Inline expectations in fixtures: `<!-- expect: id, id*2 -->` at the end of a line says which
// checks report a problem on that line. Markers are removed before parsing; line numbers stay.

/** One expected finding: the check and the zero-based line its range starts on. */
export interface Expected {
  line: number;
  checkId: string;
}

/** A fixture's text with the markers removed, and the findings its markers expect. */
export interface Fixture {
  text: string;
  expected: Expected[];
}

/** A trailing marker, with the whitespace before it. */
const MARKER = /\s*<!--\s*expect:\s*([^>]*?)\s*-->\s*$/;

/** Reads the markers of a fixture and strips them (only their own text, so lines keep their numbers). */
export function readFixture(source: string): Fixture {
  const expected: Expected[] = [];
  const lines = source.split('\n').map((line, index) => {
    const m = MARKER.exec(line);
    if (!m) return line;
    for (const item of (m[1] ?? '').split(',')) {
      const [id, times] = item.trim().split('*');
      if (!id) continue;
      const n = times === undefined ? 1 : Number(times);
      for (let k = 0; k < n; k++) expected.push({ line: index, checkId: id.trim() });
    }
    return line.slice(0, m.index);
  });
  return { text: lines.join('\n'), expected };
}

/** `line:checkId` keys, sorted, so two lists of findings compare as multisets. */
export function keys(items: Expected[]): string[] {
  return items.map((e) => `${e.line + 1}:${e.checkId}`).sort();
}
