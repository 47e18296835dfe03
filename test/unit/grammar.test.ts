// The TextMate injection grammar: it loads, every regex compiles in Oniguruma (the engine VS Code uses),
// and real tokenisation with VS Code's Markdown grammar (from tm-grammars) gives the expected scopes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Oniguruma from 'vscode-oniguruma';
import type * as TextMate from 'vscode-textmate';
import { defaultRequiredSections } from '../../server/src/model/required-sections.js';

const require = createRequire(import.meta.url);
// Both are CommonJS packages: loaded with require so that their named exports resolve the same everywhere.
const oniguruma = require('vscode-oniguruma') as typeof Oniguruma;
const textmate = require('vscode-textmate') as typeof TextMate;
const GRAMMAR_PATH = 'syntaxes/plancheck.injection.tmLanguage.json';
const INJECTION = 'plancheck.injection';
const MARKDOWN = 'text.html.markdown';

/** Every regex in a grammar (match, begin, end, while), with where it is. */
function regexes(node: unknown, path = '$'): [string, string][] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' && ['match', 'begin', 'end', 'while'].includes(key)
      ? [[`${path}.${key}`, value]]
      : regexes(value, `${path}.${key}`),
  );
}

let markdown: TextMate.IGrammar;

/** Tokenises a document; returns for each line its tokens as [text, scopes]. */
function tokenize(text: string): [string, string[]][][] {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = markdown.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes]);
  });
}

/** The scopes of the token that starts `text` on the only (or given) line. */
function scopesOf(lines: [string, string[]][][], text: string, line = 0): string[] {
  let at = 0;
  const source = (lines[line] ?? []).map(([t]) => t).join('');
  const index = source.indexOf(text);
  assert.ok(index >= 0, `"${text}" is not on line ${line}`);
  for (const [t, scopes] of lines[line] ?? []) {
    if (index >= at && index < at + t.length) return scopes;
    at += t.length;
  }
  return [];
}

const plancheckScopes = (scopes: string[]) => scopes.filter((s) => s.endsWith('.plancheck'));

describe('TextMate injection grammar', () => {
  const raw = readFileSync(GRAMMAR_PATH, 'utf8');

  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName === INJECTION) return textmate.parseRawGrammar(raw, GRAMMAR_PATH);
        if (scopeName === MARKDOWN) {
          const path = require.resolve('tm-grammars/grammars/markdown.json');
          return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
        }
        return null; // languages embedded in fenced code are not needed here
      },
      getInjections: (scopeName) => (scopeName === MARKDOWN ? [INJECTION] : undefined),
    });
    const loaded = await registry.loadGrammar(MARKDOWN);
    assert.ok(loaded, 'the Markdown grammar loads');
    markdown = loaded;
  });

  it('is JSON with the scope name, the Markdown injection selector and its patterns', () => {
    const grammar = JSON.parse(raw) as Record<string, unknown>;
    assert.equal(grammar.scopeName, INJECTION);
    assert.match(String(grammar.injectionSelector), /^L:text\.html\.markdown\b/);
    assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
  });

  it('every regex compiles in Oniguruma', () => {
    const all = regexes(JSON.parse(raw));
    assert.ok(all.length >= 10, `found ${all.length} regexes`);
    for (const [where, source] of all) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), where);
    }
  });

  it('is contributed in package.json as an injection into Markdown', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      contributes: { grammars?: { scopeName: string; path: string; injectTo?: string[] }[] };
    };
    const entry = manifest.contributes.grammars?.find((g) => g.scopeName === INJECTION);
    assert.deepEqual(entry?.injectTo, [MARKDOWN]);
    assert.equal(entry?.path, `./${GRAMMAR_PATH}`);
  });

  it('dimension, mission and project headings: number and name scopes', () => {
    const lines = tokenize(
      [
        '## มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
        '',
        '### 1.1 การเสริมสร้างจิตสำนึก',
        '',
        '#### 1. ชื่อโครงการ : โครงการพัฒนาความรู้',
        '',
        '#### โครงการที่ 12 โครงการเผยแพร่',
      ].join('\n'),
    );
    assert.deepEqual(plancheckScopes(scopesOf(lines, '๑')), [
      'markup.heading.dimension.plancheck',
      'constant.numeric.dimension.plancheck',
    ]);
    assert.ok(scopesOf(lines, 'การสร้าง').includes('entity.name.dimension.plancheck'));
    assert.ok(scopesOf(lines, 'การสร้าง').includes('markup.heading.markdown'));
    assert.ok(scopesOf(lines, '1.1', 2).includes('constant.numeric.mission.plancheck'));
    assert.ok(scopesOf(lines, 'การเสริม', 2).includes('entity.name.mission.plancheck'));
    assert.ok(scopesOf(lines, '1.', 4).includes('constant.numeric.project.plancheck'));
    assert.ok(scopesOf(lines, 'ชื่อโครงการ', 4).includes('keyword.other.label.plancheck'));
    assert.ok(scopesOf(lines, 'โครงการพัฒนา', 4).includes('entity.name.type.project.plancheck'));
    assert.ok(scopesOf(lines, 'โครงการที่', 6).includes('keyword.other.project.plancheck'));
    assert.ok(scopesOf(lines, '12', 6).includes('constant.numeric.project.plancheck'));
  });

  it('required sections and every alias are recognised; other headings are not', () => {
    const names = defaultRequiredSections.flatMap((s) => [s.name, ...s.aliases]);
    const lines = tokenize(names.map((n) => `##### ${n}`).join('\n\n'));
    names.forEach((name, i) => {
      assert.ok(
        scopesOf(lines, name, i * 2).includes('variable.other.property.required-section.plancheck'),
        name,
      );
    });
    const other = tokenize('##### วัตถุประสงค์ :\n\n##### สถานที่ดำเนินการ');
    assert.ok(
      scopesOf(other, 'วัตถุ').includes('variable.other.property.required-section.plancheck'),
    );
    assert.deepEqual(plancheckScopes(scopesOf(other, 'สถานที่', 2)), []);
    assert.ok(scopesOf(other, 'สถานที่', 2).includes('markup.heading.markdown'));
  });

  it('amounts: commas, Thai digits, บาท, table cells; a year in prose is not an amount', () => {
    const lines = tokenize(
      [
        'ปีละ 20,000 บาท ตั้งแต่ปี 2566 รวม ๑๕,๐๐๐ และ 5000บาท',
        '',
        '| มิติ | โครงการ | ปี 2566 |',
        '| --- | --- | ---: |',
        '| 1. มิติ | 1. โครงการ | 0 |',
      ].join('\n'),
    );
    assert.ok(scopesOf(lines, '20,000').includes('constant.numeric.amount.plancheck'));
    assert.ok(scopesOf(lines, 'บาท').includes('keyword.other.unit.plancheck'));
    assert.ok(scopesOf(lines, '๑๕,๐๐๐').includes('constant.numeric.amount.plancheck'));
    assert.ok(scopesOf(lines, '5000').includes('constant.numeric.amount.plancheck'));
    assert.deepEqual(plancheckScopes(scopesOf(lines, '2566')), []);
    assert.ok(scopesOf(lines, '0 |', 4).includes('constant.numeric.amount.plancheck'));
  });

  it('รวม / รวมทั้งสิ้น rows: the row, its label, count and amounts', () => {
    const lines = tokenize(
      [
        'ตาราง',
        '',
        '| มิติ | โครงการ | ปี 2566 |',
        '| --- | --- | ---: |',
        '| **รวม** | จำนวน 17 โครงการ | 35,000 |',
        '| **รวมทั้งสิ้น** | จำนวน 50 โครงการ | - |',
      ].join('\n'),
    );
    assert.ok(scopesOf(lines, 'รวม', 4).includes('keyword.other.total.plancheck'));
    assert.ok(scopesOf(lines, 'รวม', 4).includes('markup.bold.total-row.plancheck'));
    assert.ok(scopesOf(lines, '17', 4).includes('constant.numeric.count.plancheck'));
    assert.ok(scopesOf(lines, '35,000', 4).includes('constant.numeric.amount.plancheck'));
    assert.ok(scopesOf(lines, 'รวมทั้งสิ้น', 5).includes('keyword.other.grand-total.plancheck'));
    assert.ok(scopesOf(lines, '-', 5).includes('constant.numeric.amount.plancheck'));
    assert.deepEqual(plancheckScopes(scopesOf(lines, '| มิติ', 2)), []);
  });

  it('nothing inside fenced or inline code', () => {
    const lines = tokenize(
      ['ดู `20,000 บาท` เท่านั้น', '', '```', '## มิติที่ 1 ตัวอย่าง', '```'].join('\n'),
    );
    assert.ok(scopesOf(lines, '20,000').includes('markup.inline.raw.string.markdown'));
    assert.deepEqual(plancheckScopes(scopesOf(lines, '20,000')), []);
    assert.ok(scopesOf(lines, '## มิติ', 3).includes('markup.fenced_code.block.markdown'));
    assert.deepEqual(plancheckScopes(scopesOf(lines, '## มิติ', 3)), []);
  });
});
