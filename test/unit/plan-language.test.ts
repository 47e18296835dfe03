// Which language plancheck speaks about a plan: the user's choice, else the plan's own.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../server/src/parse/index.js';
import {
  localeFor,
  planLanguage,
  readLanguageChoice,
} from '../../server/src/i18n/plan-language.js';

const plan = (frontMatter: string, body = ''): ReturnType<typeof parsePlan> =>
  parsePlan(`---\n${frontMatter}\n---\n\n${body}\n`);

describe('plan language', () => {
  it('is Thai for a plan whose title, organisation or headings are Thai', () => {
    assert.equal(planLanguage(plan('title: แผนปฏิบัติการ\norganization: x\nyears: 2566')), 'th');
    assert.equal(planLanguage(plan('organization: เทศบาลตำบลก')), 'th');
    assert.equal(planLanguage(plan('years: 2566', '# แผนปฏิบัติการป้องกันการทุจริต')), 'th');
  });

  it('is English for an English plan, and unknown when nothing shows it', () => {
    assert.equal(planLanguage(plan('years: 2566', '# Anti-corruption plan\n## Part 2')), 'en');
    assert.equal(planLanguage(plan('years: 2566')), undefined);
  });

  it('follows the front matter’s lang:, which an unreadable value does not change', () => {
    assert.equal(planLanguage(plan('title: แผน\nlang: en')), 'en');
    assert.equal(planLanguage(plan('title: Plan\nlang: th-TH')), 'th');
    const odd = plan('title: แผน\nlang: fr');
    assert.equal(planLanguage(odd), 'th');
    assert.ok(odd.frontMatter.issues.some((i) => i.key === 'lang' && i.kind === 'invalid'));
  });

  it('a choice of th or en wins; auto and none fall to the plan, then to the fallback', () => {
    const thai = plan('title: แผน');
    assert.equal(localeFor('en', thai, 'th'), 'en');
    assert.equal(localeFor('auto', thai, 'en'), 'th');
    assert.equal(localeFor(undefined, plan('years: 2566'), 'en'), 'en');
    assert.deepEqual(['th_TH.UTF-8', 'EN', 'auto', 'fr', 3].map(readLanguageChoice), [
      'th',
      'en',
      'auto',
      undefined,
      undefined,
    ]);
  });
});
