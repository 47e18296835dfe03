// Unit tests of settings validation: VS Code's `plancheck` section → engine Settings, never throwing.
import assert from 'node:assert/strict';
import { toSettings } from '../../server/src/config.js';
import { defaultSettings } from '../../server/src/engine.js';

describe('toSettings', () => {
  it('uses the defaults when nothing is configured', () => {
    for (const raw of [undefined, null, {}]) {
      assert.deepEqual(toSettings(raw), { settings: defaultSettings, problems: [] });
    }
  });

  it('reads required sections and check levels', () => {
    const { settings, problems } = toSettings({
      requiredSections: [{ name: ' งบประมาณดำเนินการ ', aliases: ['งบประมาณ'] }, { name: 'ผลผลิต' }],
      checks: { 'placeholder-text': 'off', 'plan-span': 'error' },
    });
    assert.deepEqual(settings, {
      requiredSections: [
        { name: 'งบประมาณดำเนินการ', aliases: ['งบประมาณ'] },
        { name: 'ผลผลิต', aliases: [] },
      ],
      levels: { 'placeholder-text': 'off', 'plan-span': 'error' },
      planFiles: ['**/*.plan.md'],
      language: 'auto',
    });
    assert.deepEqual(problems, []);
  });

  it('reads plancheck.language: auto, th, en (th-TH too); anything else is auto and a problem', () => {
    assert.equal(toSettings({ language: 'th-TH' }).settings.language, 'th');
    assert.equal(toSettings({ language: 'en' }).settings.language, 'en');
    const bad = toSettings({ language: 'fr' });
    assert.equal(bad.settings.language, 'auto');
    assert.equal(bad.problems.length, 1);
  });

  it('reads plan-file patterns, keeping an empty list and dropping entries that are not patterns', () => {
    assert.deepEqual(toSettings({ planFiles: ['plans/*.md', 3, ''] }).settings.planFiles, [
      'plans/*.md',
    ]);
    assert.equal(toSettings({ planFiles: ['plans/*.md', 3] }).problems.length, 1);
    assert.deepEqual(toSettings({ planFiles: [] }).settings.planFiles, []);
    const bad = toSettings({ planFiles: '*.md' });
    assert.deepEqual(bad.settings.planFiles, ['**/*.plan.md']);
    assert.equal(bad.problems.length, 1);
  });

  it('reads plancheck.maxNumberOfProblems: a whole number from 1 up, else the default and a problem', () => {
    assert.equal(toSettings({ maxNumberOfProblems: 250 }).settings.maxNumberOfProblems, 250);
    assert.equal('maxNumberOfProblems' in toSettings({}).settings, false);
    for (const bad of [0, -3, 2.5, '100', true]) {
      const read = toSettings({ maxNumberOfProblems: bad });
      assert.equal(read.settings.maxNumberOfProblems, undefined, JSON.stringify(bad));
      assert.equal(read.problems.length, 1, JSON.stringify(bad));
    }
  });

  it('keeps an explicitly empty list of required sections', () => {
    assert.deepEqual(toSettings({ requiredSections: [] }).settings.requiredSections, []);
  });

  it('falls back and reports every malformed value instead of throwing', () => {
    for (const raw of [42, 'plancheck', [1, 2], { requiredSections: 'x', checks: ['off'] }]) {
      const { settings, problems } = toSettings(raw);
      assert.deepEqual(settings, defaultSettings);
      assert.ok(problems.length > 0, `no problem reported for ${JSON.stringify(raw)}`);
    }
    const { settings, problems } = toSettings({
      requiredSections: [{ name: '' }, 7, { name: 'ผลลัพธ์', aliases: [1, 'ผลที่คาดว่าจะได้รับ', ''] }],
      checks: { a: 'loud', b: 2, c: 'hint' },
    });
    assert.deepEqual(settings.requiredSections, [{ name: 'ผลลัพธ์', aliases: ['ผลที่คาดว่าจะได้รับ'] }]);
    assert.deepEqual(settings.levels, { c: 'hint' });
    assert.equal(problems.length, 4);
  });

  it('uses the default sections when no entry of a non-empty list is usable', () => {
    const { settings } = toSettings({ requiredSections: [{}, { aliases: ['x'] }] });
    assert.deepEqual(settings.requiredSections, defaultSettings.requiredSections);
  });
});
