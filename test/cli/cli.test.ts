// The bundled CLI as a user runs it: every exit code, the text/JSON/SARIF shapes, languages, and `table` output.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv-parse.js';
import { defaultRequiredSections } from '../../server/src/model/required-sections.js';

/** The default required section names, in template order. */
const REQUIRED_NAMES = defaultRequiredSections.map((r) => r.name);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'dist/cli.cjs');

/** Newest modification time under the given folders (sources the bundle is built from). */
function newestSource(dirs: string[]): number {
  let newest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(path.join(root, dir), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (entry.isFile())
        newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Builds dist/cli.cjs when it is missing or older than its sources; falls back to tsx without esbuild.mjs. */
function cliCommand(): string[] {
  if (!existsSync(path.join(root, 'esbuild.mjs')))
    return ['--import', 'tsx', path.join(root, 'cli/src/main.ts')];
  const stale =
    !existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(['cli/src', 'server/src']);
  if (stale) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, `node esbuild.mjs failed:\n${build.stderr}`);
  }
  return [bundle];
}

/** A project with all nine sections; its text is its own so no two projects look alike. */
function project(n: number, name: string, budget: string): string {
  const body = REQUIRED_NAMES.map((s) =>
    s === 'งบประมาณดำเนินการ' ? `##### ${s}\n${budget}` : `##### ${s}\n${s}ของ${name}โดยเฉพาะ`,
  );
  return [`#### ${n}. ${name}`, ...body].join('\n');
}

/** A two-project plan; `subtotal2566` is what its รวม row says for 2566 (10,000 is right). */
function plan(subtotal2566 = '10,000'): string {
  return `---
type: plan
title: ทดสอบ
organization: เทศบาลตำบลทดสอบ
years: 2566-2567
---
## ส่วนที่ 2 แผน
| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 |
| --- | --- | ---: | ---: |
| มิติที่ 1 การสร้างสังคม | 1. โครงการอบรมคุณธรรม | 10,000 | 0 |
|  | 2. โครงการเผยแพร่ข่าวสาร | 0 | 2,500.50 |
| รวม | จำนวน 2 โครงการ | ${subtotal2566} | 2,500.50 |
| รวมทั้งสิ้น | จำนวน 2 โครงการ | 10,000 | 2,500.50 |
## ส่วนที่ 3 รายละเอียด
### มิติที่ 1 การสร้างสังคม
${project(1, 'โครงการอบรมคุณธรรม', 'ปี 2566 10,000 บาท')}
${project(2, 'โครงการเผยแพร่ข่าวสาร', 'ปี 2567 2,500.50 บาท')}
`;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('cli (bundled, spawned)', function () {
  this.timeout(60000);
  let command: string[];
  let dir: string;
  const file = (name: string, content: string | Uint8Array): string => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  /**
   * Runs the CLI in the temp folder in English (asked for with PLANCHECK_LANG, as the plans are
   * Thai) unless `env` sets a language.
   */
  const cli = (
    args: string[],
    options: { input?: string; env?: Record<string, string> } = {},
  ): Run => {
    const setsLanguage = Object.keys(options.env ?? {}).some((k) =>
      /^(?:LANG|LC_ALL|LC_MESSAGES|PLANCHECK_LANG)$/.test(k),
    );
    const env = {
      ...process.env,
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'C.UTF-8',
      PLANCHECK_LANG: setsLanguage ? '' : 'en',
      ...options.env,
    };
    const r = spawnSync(process.execPath, [...command, ...args], {
      cwd: dir,
      env,
      input: options.input ?? '',
      encoding: 'utf8',
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const noStack = (r: Run): void => assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, r.stderr);

  before(() => {
    command = cliCommand();
    dir = mkdtempSync(path.join(tmpdir(), 'plancheck-cli-'));
    file('clean.plan.md', plan());
    file('broken.plan.md', plan('12,000'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('check', () => {
    it('exits 0 with a summary line on a clean plan', () => {
      const r = cli(['check', 'clean.plan.md']);
      assert.equal(r.stdout, 'No problems in 1 file.\n');
      assert.equal(r.status, 0, r.stderr);
    });

    it('exits 1 and prints file:line:col severity code message for a plan with errors', () => {
      const r = cli(['check', 'broken.plan.md']);
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(lines.at(-1) ?? '', /^\d+ errors?\b.* in 1 file\.$/);
      const total = lines.find((l) => / dimension-total /.test(l));
      assert.ok(total, r.stdout);
      const m = /^broken\.plan\.md:(\d+):(\d+) error dimension-total (.+)$/.exec(total);
      assert.ok(m, total);
      const [row = '', col = ''] = [m[1], m[2]];
      const lineText = plan('12,000').split('\n')[Number(row) - 1] ?? '';
      assert.equal(lineText.slice(Number(col) - 1, Number(col) - 1 + '12,000'.length), '12,000');
      assert.match(m[3] ?? '', /12,000.*10,000/);
    });

    it('checks every file given, whatever its name, and never stops at the first', () => {
      file('notes.md', plan('12,000'));
      const r = cli(['check', 'clean.plan.md', 'missing.plan.md', 'notes.md']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^Cannot read missing\.plan\.md: no such file\.$/m);
      assert.match(r.stdout, /^notes\.md:\d+:\d+ error dimension-total /m);
      assert.match(r.stdout, /in 2 files\. 1 file could not be read\.\n$/);
      noStack(r);
    });

    it('writes JSON as an array of {file, line, column, endLine, endColumn, severity, code, message}', () => {
      const r = cli(['check', '--format', 'json', 'clean.plan.md', 'broken.plan.md']);
      assert.equal(r.status, 1, r.stderr);
      const problems = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.ok(problems.length > 0);
      for (const p of problems) {
        assert.deepEqual(Object.keys(p), [
          'file',
          'line',
          'column',
          'endLine',
          'endColumn',
          'severity',
          'code',
          'message',
        ]);
        assert.equal(p.file, 'broken.plan.md');
        assert.ok(
          Number(p.line) >= 1 && Number(p.column) >= 1 && Number(p.endLine) >= Number(p.line),
        );
      }
      const text = cli(['check', 'broken.plan.md']).stdout;
      const first = problems[0] as Record<string, unknown>;
      assert.ok(
        text.startsWith(
          `broken.plan.md:${first.line}:${first.column} ${first.severity} ${first.code} ${first.message}\n`,
        ),
      );
      assert.equal(cli(['check', '-f', 'json', 'clean.plan.md']).stdout, '[]\n');
    });

    it('writes SARIF 2.1.0 with the rule registry and 1-based result locations', () => {
      const r = cli(['check', '--format', 'sarif', 'broken.plan.md']);
      assert.equal(r.status, 1, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'plancheck');
      const rules = run.tool.driver.rules as {
        id: string;
        helpUri: string;
        shortDescription: { text: string };
      }[];
      assert.ok(rules.length > 0);
      for (const rule of rules) {
        assert.match(rule.helpUri, new RegExp(`/docs/checks/${rule.id}\\.md$`));
        assert.ok(rule.shortDescription.text.length > 0);
      }
      assert.ok(run.results.length > 0);
      for (const res of run.results) {
        assert.equal(rules[res.ruleIndex]?.id, res.ruleId);
        assert.match(res.level, /^(error|warning|note)$/);
        assert.ok(res.message.text);
        const loc = res.locations[0].physicalLocation;
        assert.deepEqual(loc.artifactLocation, { uri: 'broken.plan.md', uriBaseId: '%SRCROOT%' });
        assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
      }
      assert.ok(
        run.results.some(
          (res: { ruleId: string; level: string }) =>
            res.ruleId === 'dimension-total' && res.level === 'error',
        ),
      );
      assert.equal(run.invocations[0].executionSuccessful, true);
    });

    it('speaks Thai with --lang th or a Thai environment, English with --lang en', () => {
      const en = cli(['check', '--lang', 'en', 'broken.plan.md'], { env: { LANG: 'th_TH.UTF-8' } });
      const th = cli(['check', '--lang', 'th', 'broken.plan.md']);
      const fromEnv = cli(['check', 'broken.plan.md'], { env: { LANG: 'th_TH.UTF-8' } });
      assert.equal(th.status, 1);
      assert.notEqual(en.stdout, th.stdout);
      assert.equal(fromEnv.stdout, th.stdout);
      assert.match(th.stdout, /^พบข้อผิดพลาด \d+ รายการ.* ใน 1 ไฟล์$/m);
      const missingTh = cli(['check', 'nope.md'], { env: { LC_ALL: 'th_TH.UTF-8' } });
      assert.match(missingTh.stderr, /^อ่านไฟล์ nope\.md ไม่ได้: ไม่มีไฟล์นี้$/m);
    });

    it('speaks a Thai plan’s language by default, English when asked (--lang en, PLANCHECK_LANG)', () => {
      const english = { LANG: 'en_US.UTF-8' };
      const auto = cli(['check', 'broken.plan.md'], { env: english });
      assert.match(auto.stdout, /^พบข้อผิดพลาด \d+ รายการ.* ใน 1 ไฟล์$/m);
      assert.match(auto.stdout, /dimension-total รวมมิติ 1 ปี 2566/);
      const asked = cli(['check', '--lang', 'en', 'broken.plan.md'], { env: english });
      assert.match(asked.stdout, /^\d+ errors? in 1 file\.$/m);
      const fromEnv = cli(['check', 'broken.plan.md'], { env: { PLANCHECK_LANG: 'en' } });
      assert.equal(fromEnv.stdout, asked.stdout);
      const autoAgain = cli(['check', '--lang', 'auto', 'broken.plan.md'], {
        env: { PLANCHECK_LANG: 'en' },
      });
      assert.equal(autoAgain.stdout, auto.stdout, '--lang auto overrides PLANCHECK_LANG');
      file('english.plan.md', plan('12,000').replace('type: plan', 'type: plan\nlang: en'));
      const declared = cli(['check', 'english.plan.md'], { env: { LANG: 'th_TH.UTF-8' } });
      assert.match(declared.stdout, /^\d+ errors? in 1 file\.$/m, 'front matter lang: en');
    });

    it('reads standard input for -, and strips a UTF-8 BOM', () => {
      const r = cli(['check', '-'], { input: plan('12,000') });
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^<stdin>:\d+:\d+ error dimension-total /m);
      file('bom.plan.md', '\uFEFF' + plan());
      assert.equal(cli(['check', 'bom.plan.md']).status, 0);
    });
  });

  describe('exit 2: usage and input errors, one clear message, no stack trace', () => {
    const cases: [string, () => string[], RegExp][] = [
      [
        'a missing file',
        () => ['check', 'nope.plan.md'],
        /^Cannot read nope\.plan\.md: no such file\.$/m,
      ],
      ['a folder', () => ['check', '.'], /^Cannot read \.: it is a folder/m],
      [
        'binary garbage',
        () => [
          'check',
          file(
            'garbage.plan.md',
            Uint8Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256),
          ),
        ],
        /not UTF-8 text/,
      ],
      [
        'TIS-620 (not UTF-8) Thai',
        () => ['check', file('tis.plan.md', Uint8Array.from([0xa1, 0xd2, 0xc3, 0x0a]))],
        /is not UTF-8 text\. Save it as UTF-8/,
      ],
      ['NUL bytes', () => ['check', file('nul.plan.md', 'abc\0def')], /binary file/],
      [
        'an unknown option',
        () => ['check', '--colour', 'clean.plan.md'],
        /^Unknown option "--colour"\.$/m,
      ],
      [
        'a bad --format',
        () => ['check', '--format', 'xml', 'clean.plan.md'],
        /must be one of text, json, sarif, not "xml"/,
      ],
      [
        'a bad --lang',
        () => ['check', '--lang', 'fr', 'clean.plan.md'],
        /"--lang" must be one of th, en/,
      ],
      [
        'a missing option value',
        () => ['check', 'clean.plan.md', '--format'],
        /"--format" needs a value/,
      ],
      ['no files', () => ['check'], /No files to check/],
      ['no command', () => [], /No command given/],
      ['an unknown command', () => ['lint', 'x'], /Unknown command "lint"/],
      [
        '-o with check',
        () => ['check', '-o', 'x', 'clean.plan.md'],
        /"-o" does not apply to the "check" command/,
      ],
      [
        'table with two files',
        () => ['table', 'clean.plan.md', 'broken.plan.md'],
        /The table command takes exactly one file/,
      ],
      [
        'table with an unknown format',
        () => ['table', '--format', 'pdf', 'clean.plan.md'],
        /must be one of md, csv, xlsx, html, json/,
      ],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const r = cli(args());
        assert.equal(r.status, 2, r.stdout + r.stderr);
        assert.match(r.stderr, message);
        noStack(r);
      });
    }
  });

  describe('table', () => {
    it('prints the Markdown summary computed from the project details', () => {
      const r = cli(['table', 'broken.plan.md']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(
        r.stdout,
        [
          '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | รวม |',
          '| --- | --- | ---: | ---: | ---: |',
          '| มิติที่ 1 การสร้างสังคม | 1. โครงการอบรมคุณธรรม | 10,000 | 0 | 10,000 |',
          '|  | 2. โครงการเผยแพร่ข่าวสาร | 0 | 2,500.50 | 2,500.50 |',
          '| รวม | จำนวน 2 โครงการ | 10,000 | 2,500.50 | 12,500.50 |',
          '| รวมทั้งสิ้น | จำนวน 2 โครงการ | 10,000 | 2,500.50 | 12,500.50 |',
          '',
        ].join('\n'),
      );
    });

    it('prints CSV with a BOM whose totals add up', () => {
      const r = cli(['table', '--format', 'csv', 'clean.plan.md']);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.startsWith('\uFEFF'));
      const rows = parseCsv(r.stdout);
      const projects = rows.filter((row) => /^\d+\. /.test(row[1] ?? ''));
      const grand = rows.find((row) => row[0] === 'รวมทั้งสิ้น');
      assert.equal(projects.length, 2);
      const satang = (s: string | undefined): bigint => BigInt((s ?? '').replace('.', ''));
      for (const col of [2, 3, 4]) {
        assert.equal(
          satang(grand?.[col]),
          projects.reduce((sum, row) => sum + satang(row[col]), 0n),
        );
      }
      assert.deepEqual(grand, ['รวมทั้งสิ้น', 'จำนวน 2 โครงการ', '10000.00', '2500.50', '12500.50']);
    });

    it('prints JSON whose totals add up', () => {
      const r = cli(['table', '-f', 'json', 'clean.plan.md']);
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      assert.equal(json.amountFormat, 'baht-decimal-string');
      const projects = json.groups.flatMap((g: { projects: unknown[] }) => g.projects);
      assert.deepEqual(
        projects.map((p: { number: number; total: string }) => [p.number, p.total]),
        [
          [1, '10000.00'],
          [2, '2500.50'],
        ],
      );
      assert.deepEqual(json.grandTotal, {
        count: 2,
        amounts: { '2566': '10000.00', '2567': '2500.50' },
        total: '12500.50',
      });
    });

    it('writes -o FILE, refuses to overwrite it without --force, replaces it with --force', () => {
      const out = path.join(dir, 'ตาราง.csv');
      assert.equal(cli(['table', '-f', 'csv', '-o', out, 'clean.plan.md']).status, 0);
      const first = readFileSync(out, 'utf8');
      assert.ok(first.startsWith('\uFEFFมิติ,'));
      writeFileSync(out, 'keep me');
      const refused = cli(['table', '-o', out, 'clean.plan.md'], { env: { LANG: 'th_TH.UTF-8' } });
      assert.equal(refused.status, 2);
      assert.match(refused.stderr, /มีไฟล์นี้อยู่แล้ว ใช้ --force/);
      assert.equal(readFileSync(out, 'utf8'), 'keep me');
      assert.equal(cli(['table', '-f', 'md', '-o', out, '--force', 'clean.plan.md']).status, 0);
      assert.match(readFileSync(out, 'utf8'), /^\| มิติ \|/);
      assert.deepEqual(
        readdirSync(dir).filter((n) => n.endsWith('.tmp')),
        [],
      );
    });

    it('reports an input error with exit 2', () => {
      const r = cli(['table', 'nope.plan.md']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no such file/);
    });
  });

  describe('help and version', () => {
    it('prints help in the chosen language and exits 0', () => {
      const en = cli(['--help']);
      assert.equal(en.status, 0);
      assert.match(en.stdout, /plancheck check \[--format text\|json\|sarif\]/);
      assert.match(en.stdout, /plancheck table \[--format md\|csv\|xlsx\|html\|json\]/);
      const th = cli(['check', '--help', '--lang', 'th']);
      assert.match(th.stdout, /วิธีใช้:/);
    });

    it('prints the package version', () => {
      const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        version: string;
      };
      const r = cli(['--version']);
      assert.equal(r.stdout, `${pkg.version}\n`);
      assert.equal(r.status, 0);
    });
  });
});
