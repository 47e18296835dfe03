// Both UI languages are complete: the manifest's nls files have the same keys, every %key% the
// manifest uses exists in both, and every l10n.t message in client/src has a Thai translation.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { scanL10nCalls } from '../support/l10n-scan.js';

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Every `%key%` string anywhere in a JSON value. */
function nlsRefs(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m?.[1]) out.add(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => nlsRefs(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsRefs(v, out));
  return out;
}

/** The `{0}`-style placeholders of a message, sorted. */
const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('l10n', () => {
  const en = readJson('package.nls.json');
  const th = readJson('package.nls.th.json');
  const pkg = readJson('package.json');

  it('package.nls.json and package.nls.th.json have the same keys, none empty', () => {
    assert.deepEqual(Object.keys(th).sort(), Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(th)])
      assert.ok(typeof value === 'string' && value.trim() !== '', `empty ${key}`);
  });

  it('every %key% in package.json exists in both nls files', () => {
    const refs = nlsRefs(pkg);
    assert.ok(refs.size > 10, 'the manifest uses nls keys');
    for (const key of refs) {
      assert.ok(Object.hasOwn(en, key), `package.nls.json lacks ${key}`);
      assert.ok(Object.hasOwn(th, key), `package.nls.th.json lacks ${key}`);
    }
  });

  it('every l10n.t message in client/src has a Thai entry with the same placeholders', () => {
    assert.equal(pkg.l10n, './l10n');
    const bundle = readJson('l10n/bundle.l10n.th.json');
    const calls = scanL10nCalls('client/src');
    assert.ok(calls.length > 20, 'the client uses l10n.t');
    for (const call of calls) {
      assert.equal(call.problem, undefined, `${call.file}: ${call.problem}`);
      const message = call.message ?? '';
      const thai = bundle[message];
      assert.ok(typeof thai === 'string' && thai !== '', `${call.file}: no Thai for "${message}"`);
      assert.deepEqual(placeholders(thai), placeholders(message), `placeholders of "${message}"`);
    }
  });

  it('the scanner reads literals across lines and flags calls it cannot read', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'l10n-'));
    try {
      writeFileSync(
        path.join(dir, 'a.ts'),
        "l10n.t(\n  'It\\'s {0}',\n  x);\nl10n.t(\"two\");\nl10n.t(`three`);\nl10n.t(name);\n",
      );
      const calls = scanL10nCalls(dir);
      assert.deepEqual(
        calls.map((c) => c.message ?? 'problem'),
        ["It's {0}", 'two', 'three', 'problem'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
