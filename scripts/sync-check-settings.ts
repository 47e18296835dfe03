// Keeps the `plancheck.checks` setting in package.json in step with the check registry: one property
// per check id (level enum, default level) and its description in package.nls.json / package.nls.th.json,
// and the table of check ids in docs/settings.md.
// Usage: npx tsx scripts/sync-check-settings.ts   (test/unit/settings.test.ts fails until it is run)
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checks } from '../server/src/checks/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LEVELS = ['off', 'hint', 'warning', 'error'];

/** The nls key of a check's description. */
export const checkNlsKey = (id: string): string => `configuration.checks.${id}.markdownDescription`;

/** The `properties` of the `plancheck.checks` setting, in registry order. */
export function checkProperties(): Record<string, unknown> {
  return Object.fromEntries(
    checks.map((c) => [
      c.meta.id,
      {
        type: 'string',
        enum: LEVELS,
        enumDescriptions: LEVELS.map((l) => `%configuration.checks.level.${l}%`),
        default: c.meta.defaultLevel,
        markdownDescription: `%${checkNlsKey(c.meta.id)}%`,
      },
    ]),
  );
}

/** The description of each check for one language's nls file. */
export function checkNls(locale: 'en' | 'th'): Record<string, string> {
  return Object.fromEntries(
    checks.map((c) => [
      checkNlsKey(c.meta.id),
      locale === 'en'
        ? `${c.meta.description.en} Default: \`${c.meta.defaultLevel}\`. [Documentation](${c.meta.docsUrl})`
        : `${c.meta.description.th} ค่าเริ่มต้น: \`${c.meta.defaultLevel}\` [คำอธิบาย](${c.meta.docsUrl})`,
    ]),
  );
}

/** The table of every check with its default level, as docs/settings.md shows it. */
export function checkTable(): string {
  const rows = checks.map(
    (c) => `| [\`${c.meta.id}\`](checks/${c.meta.id}.md) | ${c.meta.defaultLevel} |`,
  );
  return ['| check | default |', '| --- | --- |', ...rows].join('\n');
}

/** docs/settings.md with its table of checks rewritten. */
function updateSettingsDoc(): void {
  const full = path.join(root, 'docs', 'settings.md');
  const doc = readFileSync(full, 'utf8');
  const table = /\| check \| default \|\n\| --- \| --- \|\n(?:\|.*\|\n)*/;
  if (!table.test(doc)) throw new Error('docs/settings.md has no table of checks');
  writeFileSync(full, doc.replace(table, `${checkTable()}\n`));
}

function updateJson(file: string, update: (json: Record<string, unknown>) => void): void {
  const full = path.join(root, file);
  const json = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
  update(json);
  writeFileSync(full, JSON.stringify(json, null, 2) + '\n');
}

function main(): void {
  updateJson('package.json', (pkg) => {
    const contributes = pkg.contributes as {
      configuration: { properties: Record<string, Record<string, unknown>> };
    };
    const setting = contributes.configuration.properties['plancheck.checks'];
    if (!setting) throw new Error('package.json has no plancheck.checks setting');
    setting.properties = checkProperties();
  });
  for (const [file, locale] of [
    ['package.nls.json', 'en'],
    ['package.nls.th.json', 'th'],
  ] as const) {
    updateJson(file, (nls) => {
      for (const key of Object.keys(nls))
        if (/^configuration\.checks\.[^.]+\.markdownDescription$/.test(key)) delete nls[key];
      Object.assign(nls, checkNls(locale));
    });
  }
  updateSettingsDoc();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
