// Settings: pulled per document with `workspace/configuration` (section `plancheck`), validated into the
// engine's `Settings`, cached per URI and cleared when the configuration changes.
import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, type Settings } from './engine.js';
import type { Level } from './checks/types.js';
import type { RequiredSection } from './model/types.js';
import { DEFAULT_PLAN_FILES } from './plan-files.js';
import { readLanguageChoice } from './i18n/plan-language.js';
import { DEFAULT_MAX_PROBLEMS } from './features/diagnostics-cap.js';

/** The configuration section the server reads (`plancheck.*` in VS Code). */
export const CONFIG_SECTION = 'plancheck';

const LEVELS: readonly string[] = ['off', 'hint', 'warning', 'error'] satisfies Level[];

/** Settings for one document, and a way to hear when they change. */
export interface ConfigSupport {
  /** The settings that apply to a document; never rejects (falls back to defaults). */
  get(uri: string): Promise<Settings>;
  /** Registers a listener called after the configuration changed and the cache was cleared. */
  onDidChange(listener: () => void): void;
}

/** A validated `Settings` and what was wrong with the raw value (for the log). */
export interface SettingsResult {
  settings: Settings;
  problems: string[];
}

/** Maps the raw `plancheck` section onto engine `Settings`; bad shapes fall back to defaults, never throw. */
export function toSettings(raw: unknown): SettingsResult {
  const problems: string[] = [];
  const section = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw))
    problems.push('"plancheck" is not an object');
  return {
    settings: {
      requiredSections: readRequiredSections(section.requiredSections, problems),
      levels: readLevels(section.checks, problems),
      planFiles: readPlanFiles(section.planFiles, problems),
      language: readLanguage(section.language, problems),
      ...readMaxProblems(section.maxNumberOfProblems, problems),
    },
    problems,
  };
}

function readMaxProblems(
  value: unknown,
  problems: string[],
): Pick<Settings, 'maxNumberOfProblems'> {
  if (value === undefined || value === null) return {};
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1)
    return { maxNumberOfProblems: value };
  problems.push(
    `"plancheck.maxNumberOfProblems" is not a whole number from 1 up; using ${DEFAULT_MAX_PROBLEMS}`,
  );
  return {};
}

function readLanguage(value: unknown, problems: string[]): Settings['language'] {
  if (value === undefined || value === null) return 'auto';
  const choice = readLanguageChoice(value);
  if (choice) return choice;
  problems.push('"plancheck.language" is not "auto", "th" or "en"; using "auto"');
  return 'auto';
}

function readRequiredSections(value: unknown, problems: string[]): RequiredSection[] {
  if (value === undefined || value === null) return defaultSettings.requiredSections;
  if (!Array.isArray(value)) {
    problems.push('"plancheck.requiredSections" is not an array; using the defaults');
    return defaultSettings.requiredSections;
  }
  const sections: RequiredSection[] = [];
  for (const entry of value as unknown[]) {
    const name = isObject(entry) && typeof entry.name === 'string' ? entry.name.trim() : '';
    if (!isObject(entry) || !name) {
      problems.push(`ignored "plancheck.requiredSections" entry ${JSON.stringify(entry)}: no name`);
      continue;
    }
    const aliases = Array.isArray(entry.aliases) ? (entry.aliases as unknown[]) : [];
    sections.push({
      name,
      aliases: aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== ''),
    });
  }
  // A non-empty list with no usable entry is a mistake, not a request for no required sections.
  return sections.length === 0 && value.length > 0 ? defaultSettings.requiredSections : sections;
}

function readPlanFiles(value: unknown, problems: string[]): readonly string[] {
  if (value === undefined || value === null) return DEFAULT_PLAN_FILES;
  if (!Array.isArray(value)) {
    problems.push('"plancheck.planFiles" is not an array; using the default');
    return DEFAULT_PLAN_FILES;
  }
  const patterns = (value as unknown[]).filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
  if (patterns.length < value.length)
    problems.push('ignored "plancheck.planFiles" entries that are not patterns');
  return patterns;
}

function readLevels(value: unknown, problems: string[]): Record<string, Level> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    problems.push('"plancheck.checks" is not an object; ignored');
    return {};
  }
  const levels: Record<string, Level> = {};
  for (const [id, level] of Object.entries(value)) {
    if (typeof level === 'string' && LEVELS.includes(level)) levels[id] = level as Level;
    else problems.push(`ignored "plancheck.checks.${id}": ${JSON.stringify(level)} is not a level`);
  }
  return levels;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Wires settings: pulls per document when the client supports it, else uses pushed settings. */
export function registerConfigSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  capabilities: ClientCapabilities,
): ConfigSupport {
  const canPull = !!capabilities.workspace?.configuration;
  const cache = new Map<string, Promise<Settings>>();
  const listeners: (() => void)[] = [];
  let pushed = defaultSettings;

  const validate = (raw: unknown, scope: string): Settings => {
    const { settings, problems } = toSettings(raw);
    for (const p of problems) connection.console.warn(`plancheck settings (${scope}): ${p}`);
    return settings;
  };

  const pull = async (uri: string): Promise<Settings> => {
    try {
      const raw: unknown = await connection.workspace.getConfiguration({
        scopeUri: uri,
        section: CONFIG_SECTION,
      });
      return validate(raw, uri);
    } catch (error) {
      connection.console.error(`plancheck: cannot read settings for ${uri}: ${String(error)}`);
      return defaultSettings;
    }
  };

  documents.onDidClose((e) => cache.delete(e.document.uri));
  connection.onDidChangeConfiguration((change) => {
    cache.clear();
    if (!canPull) {
      const settings: unknown = change.settings;
      pushed = validate(isObject(settings) ? settings[CONFIG_SECTION] : undefined, 'pushed');
    }
    for (const listener of listeners) listener();
  });

  return {
    get(uri) {
      if (!canPull) return Promise.resolve(pushed);
      let settings = cache.get(uri);
      if (!settings) cache.set(uri, (settings = pull(uri)));
      return settings;
    },
    onDidChange(listener) {
      listeners.push(listener);
    },
  };
}
