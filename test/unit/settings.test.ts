// Settings and per-plan overrides: package.json's check levels follow the registry, plan-file
// patterns decide what is a plan, and `plancheck: checks:` in front matter overrides the settings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { checks } from '../../server/src/checks/index.js';
import { analyze, defaultSettings, isPlanDocument } from '../../server/src/engine.js';
import { DEFAULT_PLAN_FILES, matchesPlanFiles } from '../../server/src/plan-files.js';
import { readPlancheckKey } from '../../server/src/parse/plan-options.js';
import { checkNls, checkProperties } from '../../scripts/sync-check-settings.js';

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

interface Manifest {
  contributes: {
    configuration: { properties: Record<string, Record<string, unknown>> };
    commands: { command: string; title: string; category?: string }[];
  };
}

const SYNC = 'run "npx tsx scripts/sync-check-settings.ts" to update it';

describe('settings', () => {
  const pkg = readJson('package.json') as unknown as Manifest;
  const props = pkg.contributes.configuration.properties;

  it('plancheck.checks lists every check of the registry with its default level', () => {
    const setting = props['plancheck.checks'];
    assert.deepEqual(
      setting?.properties,
      checkProperties(),
      `package.json is out of date: ${SYNC}`,
    );
    assert.deepEqual(
      Object.keys(setting?.properties ?? {}),
      checks.map((c) => c.meta.id),
    );
    for (const [file, locale] of [
      ['package.nls.json', 'en'],
      ['package.nls.th.json', 'th'],
    ] as const) {
      const nls = readJson(file);
      for (const [key, text] of Object.entries(checkNls(locale)))
        assert.equal(nls[key], text, `${file} ${key} is out of date: ${SYNC}`);
    }
  });

  it('every setting has a markdownDescription (or description) from the nls files', () => {
    for (const [name, schema] of Object.entries(props)) {
      if (!name.startsWith('plancheck.')) continue;
      const text = schema.markdownDescription ?? schema.description;
      assert.match(String(text), /^%[^%]+%$/, `${name} has no localized description`);
    }
    assert.deepEqual(props['plancheck.planFiles']?.default, [...DEFAULT_PLAN_FILES]);
  });

  it('contributes the export, new-plan and insert-project commands with localized titles', () => {
    const ids = pkg.contributes.commands.map((c) => c.command);
    for (const id of ['plancheck.exportTable', 'plancheck.newPlan', 'plancheck.insertProject'])
      assert.ok(ids.includes(id), id);
    for (const c of pkg.contributes.commands) assert.match(c.title, /^%command\.[\w.]+%$/);
  });

  it('docs/settings.md lists every command, every setting and every check with its default level', () => {
    const doc = readFileSync('docs/settings.md', 'utf8');
    for (const c of pkg.contributes.commands)
      assert.ok(doc.includes(`\`${c.command}\``), c.command);
    for (const name of Object.keys(props)) assert.ok(doc.includes(`\`${name}\``), name);
    for (const c of checks)
      assert.ok(
        doc.includes(`| [\`${c.meta.id}\`](checks/${c.meta.id}.md) | ${c.meta.defaultLevel} |`),
        `${c.meta.id} (${c.meta.defaultLevel})`,
      );
  });

  it('plan-file patterns decide which names are plans; type: plan counts whatever the name', () => {
    assert.ok(matchesPlanFiles('/home/a/แผน.plan.md'));
    assert.ok(matchesPlanFiles('C:\\Users\\a\\Plan.PLAN.MD'));
    assert.ok(!matchesPlanFiles('/home/a/notes.md'));
    assert.ok(!matchesPlanFiles('/home/a/x.plan.md.bak'));
    const patterns = ['plans/*.md', '*.anti-corruption.md'];
    assert.ok(matchesPlanFiles('/home/me/plans/2566.md', patterns));
    assert.ok(matchesPlanFiles('/w/.hidden/x.anti-corruption.md', patterns));
    assert.ok(!matchesPlanFiles('/home/me/plans/sub/2566.md', patterns));
    assert.ok(!matchesPlanFiles('/home/me/a.plan.md', patterns));
    assert.ok(!matchesPlanFiles('/home/me/a.plan.md', []));
    assert.ok(isPlanDocument('/a/b.plan.md', '# x'));
    assert.ok(!isPlanDocument('/a/b.plan.md', '# x', []));
    assert.ok(isPlanDocument('/a/b.md', '---\ntype: plan\n---\n', []));
    assert.ok(isPlanDocument('/a/plans/b.md', '# x', ['plans/*.md']));
    assert.ok(!isPlanDocument('/a/b.md', '# x', defaultSettings.planFiles));
    // The server passes lines (it never copies the text of a big document): same answers.
    for (const text of [
      '---\ntype: plan\n---\n# x',
      '---\ntitle: t\ntype: "plan" # a plan\n...\n',
      '---\ntype: plan',
      '---\ntitle: t\n---\ntype: plan\n',
      '# x\n---\ntype: plan\n---',
      '\uFEFF---\r\ntype: plan\r\n---\r\n',
    ]) {
      const lines = text.split(/\r\n|\r|\n/);
      assert.equal(isPlanDocument('/a/b.md', lines, []), isPlanDocument('/a/b.md', text, []), text);
    }
    assert.ok(isPlanDocument('/a/b.md', ['---', 'type: plan', '---'], []));
  });

  it('front matter `plancheck: checks:` overrides the settings, and unreadable parts are reported', () => {
    assert.deepEqual(readPlancheckKey({ checks: { a: 'off', b: ' hint ', c: 'loud', d: 3 } }), {
      levels: { a: 'off', b: 'hint' },
      invalid: ['plancheck.checks.c', 'plancheck.checks.d'],
    });
    assert.deepEqual(readPlancheckKey('x').invalid, ['plancheck']);
    assert.deepEqual(readPlancheckKey({ checks: [], other: 1 }).invalid, [
      'plancheck.checks',
      'plancheck.other',
    ]);
    const seed = readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8');
    const count = (text: string, settings = defaultSettings) => {
      const counts: Record<string, number> = {};
      for (const f of analyze(text, settings).findings)
        counts[`${f.checkId}:${f.level}`] = (counts[`${f.checkId}:${f.level}`] ?? 0) + 1;
      return counts;
    };
    const before = count(seed);
    assert.equal(before['placeholder-text:warning'], 7);
    const overridden = seed.replace(
      'currency: บาท\n',
      'currency: บาท\nplancheck:\n  checks:\n    placeholder-text: off\n    plan-span: error\n    duplicate-project: loud\n',
    );
    const settings = {
      ...defaultSettings,
      levels: { 'plan-span': 'hint', 'placeholder-text': 'error' },
    } as const;
    const after = count(overridden, settings);
    assert.equal(after['placeholder-text:warning'], undefined);
    assert.equal(after['placeholder-text:error'], undefined);
    assert.equal(after['plan-span:error'], 1);
    assert.equal(after['duplicate-project:warning'], 1, 'an unreadable level leaves the default');
    const fm = analyze(overridden).findings.filter((f) => f.checkId === 'front-matter');
    assert.deepEqual(
      fm.map((f) => f.message.args?.key),
      ['plancheck.checks.duplicate-project'],
    );
  });
});
