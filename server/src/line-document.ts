// An open document kept as lines (without terminators) and each line's terminator, behaving exactly as
// vscode-languageserver-textdocument's TextDocument. An edit re-splits only the lines it touches, so a
// keystroke never copies or rescans the whole text; the text and the line-offset table are built on
// demand, once per version.
import type {
  Position,
  Range,
  TextDocument,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-textdocument';

/** Lines and their terminators ('\n', '\r\n' or '\r'; '' after the last line), as TextDocument splits. */
function split(text: string): { lines: string[]; eols: string[] } {
  const lines: string[] = [];
  const eols: string[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push(text.slice(from, m.index));
    eols.push(m[0]);
    from = re.lastIndex;
  }
  lines.push(text.slice(from));
  eols.push('');
  return { lines, eols };
}

/** A range with its start before its end, as TextDocument makes it. */
function wellFormed({ start, end }: Range): Range {
  const reversed =
    start.line > end.line || (start.line === end.line && start.character > end.character);
  return reversed ? { start: end, end: start } : { start, end };
}

/** Replaces `count` items at `from` by `items` in place (a large insertion builds a new array). */
function replace<T>(array: T[], from: number, count: number, items: T[]): T[] {
  if (items.length > 10000) return array.slice(0, from).concat(items, array.slice(from + count));
  array.splice(from, count, ...items);
  return array;
}

/** A text document stored as lines; a new version's untouched lines are the previous version's strings. */
export class LineDocument implements TextDocument {
  private lineArray: string[];
  private eols: string[];
  private text: string | undefined;
  private offsets: number[] | undefined;
  private currentVersion: number;

  /** A document with the given text (any mix of LF, CRLF and CR line breaks). */
  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    content: string,
  ) {
    ({ lines: this.lineArray, eols: this.eols } = split(content));
    this.currentVersion = version;
  }

  /** The version number of the document. */
  get version(): number {
    return this.currentVersion;
  }

  /** The number of lines. */
  get lineCount(): number {
    return this.lineArray.length;
  }

  /** The lines without terminators: a new array per version; never mutate it. */
  get lines(): string[] {
    return this.lineArray;
  }

  /** The whole text (built once per version) or the text of a range (from the lines alone). */
  getText(range?: Range): string {
    if (!range) return (this.text ??= this.join());
    let [a, b] = [this.clamp(range.start), this.clamp(range.end)];
    if (a.line > b.line || (a.line === b.line && a.character > b.character)) [a, b] = [b, a];
    const first = this.lineArray[a.line] as string;
    if (a.line === b.line) return first.slice(a.character, b.character);
    const parts = [first.slice(a.character), this.eols[a.line]];
    for (let i = a.line + 1; i < b.line; i++) parts.push(this.lineArray[i], this.eols[i]);
    parts.push((this.lineArray[b.line] as string).slice(0, b.character));
    return parts.join('');
  }

  /** The offset of a position, clamped into the document and never past a line's end. */
  offsetAt(position: Position): number {
    const { line, character } = this.clamp(position);
    return (this.lineOffsets()[line] as number) + character;
  }

  /** The position of an offset, clamped into the document and never between a line's end and the next. */
  positionAt(offset: number): Position {
    const offsets = this.lineOffsets();
    const at = Math.max(Math.min(offset, this.length()), 0);
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((offsets[mid] as number) > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    const character = Math.min(at - (offsets[line] as number), this.lineLength(line));
    return { line, character };
  }

  /** Applies the changes in order (a change without a range replaces the text) and sets the version. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    if (changes.length > 0) {
      // A new array per version: the previous version's array is left as it was.
      this.lineArray = this.lineArray.slice();
      this.text = undefined;
      this.offsets = undefined;
    }
    for (const change of changes) {
      if ('range' in change && change.range) this.patch(wellFormed(change.range), change.text);
      else ({ lines: this.lineArray, eols: this.eols } = split(change.text));
    }
    this.currentVersion = version;
  }

  /** Replaces a well-formed range (in this version's arrays), re-splitting only the lines it spans. */
  private patch(range: Range, text: string): void {
    const a = this.clamp(range.start);
    const b = this.clamp(range.end);
    const lines = this.lineArray;
    const eols = this.eols;
    let from = a.line;
    let middle =
      (lines[from] as string).slice(0, a.character) +
      text +
      (lines[b.line] as string).slice(b.character) +
      (eols[b.line] as string);
    // A lone CR ending the line before, followed by an LF: the two become one line break.
    if (a.character === 0 && from > 0 && eols[from - 1] === '\r' && middle.startsWith('\n')) {
      from--;
      middle = (lines[from] as string) + '\r' + middle;
    }
    const added = split(middle);
    if (eols[b.line] !== '') {
      // The middle ends with the end line's terminator: the empty "line" after it is not part of it.
      added.lines.pop();
      added.eols.pop();
    }
    // A re-split line equal to the old one keeps the old string: the engine's comparison stops at the pointer.
    const last = added.lines.length - 1;
    if (added.lines[0] === lines[from]) added.lines[0] = lines[from] as string;
    if (added.lines[last] === lines[b.line]) added.lines[last] = lines[b.line] as string;
    this.lineArray = replace(lines, from, b.line + 1 - from, added.lines);
    this.eols = replace(eols, from, b.line + 1 - from, added.eols);
  }

  /** A position moved into the document: line in [0, lineCount), character in [0, line length]. */
  private clamp({ line, character }: Position): Position {
    const count = this.lineArray.length;
    if (line < 0) return { line: 0, character: 0 };
    if (line >= count) return { line: count - 1, character: this.lineLength(count - 1) };
    return { line, character: Math.max(0, Math.min(character, this.lineLength(line))) };
  }

  private lineLength(line: number): number {
    return (this.lineArray[line] as string).length;
  }

  /** The length of the text, without building it. */
  private length(): number {
    const offsets = this.lineOffsets();
    const last = offsets.length - 1;
    return (offsets[last] as number) + this.lineLength(last);
  }

  /** The offset at which each line starts; built on demand, once per version. */
  private lineOffsets(): number[] {
    return (this.offsets ??= this.buildOffsets());
  }

  /** The offset at which each line starts, from the lines and their terminators. */
  private buildOffsets(): number[] {
    const offsets = new Array<number>(this.lineArray.length);
    let at = 0;
    for (let i = 0; i < offsets.length; i++) {
      offsets[i] = at;
      at += this.lineLength(i) + (this.eols[i] as string).length;
    }
    return offsets;
  }

  /** The whole text, from the lines and their terminators. */
  private join(): string {
    const parts = new Array<string>(this.lineArray.length * 2);
    for (let i = 0; i < this.lineArray.length; i++) {
      parts[2 * i] = this.lineArray[i] as string;
      parts[2 * i + 1] = this.eols[i] as string;
    }
    return parts.join('');
  }
}
