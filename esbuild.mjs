// Builds the CommonJS bundles for Node 20: the VS Code client, the language server, the CLI, and exceljs
// on its own (loaded only when a workbook is written, so the server does not carry 2.5 MB it rarely uses).
// Usage: node esbuild.mjs [--watch] [--production]   (production: minified, no sourcemaps)
import { existsSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** One bundle per entry; `external` lists modules provided at run time. */
const bundles = [
  { entry: 'client/src/extension.ts', outfile: 'dist/client.cjs', external: ['vscode'] },
  { entry: 'server/src/server.ts', outfile: 'dist/server.cjs', external: [] },
  { entry: 'cli/src/main.ts', outfile: 'dist/cli.cjs', external: [] },
  { entry: 'node_modules/exceljs/excel.js', outfile: 'dist/exceljs.cjs', external: [] },
  { entry: 'server/src/word-entry.ts', outfile: 'dist/word.cjs', external: [] },
];

/** Makes `import('exceljs')` in the server and CLI load dist/exceljs.cjs at run time. */
const separateExceljsPlugin = {
  name: 'separate-exceljs',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.cjs', external: true }));
  },
};

/** Makes `import('…/word-entry.js')` load dist/word.cjs (docx and mammoth) at run time. */
const separateWordPlugin = {
  name: 'separate-word',
  setup(build) {
    build.onResolve({ filter: /word-entry\.js$/ }, () => ({ path: './word.cjs', external: true }));
  },
};

/** In watch mode, marks each rebuild for VS Code's esbuild problem matcher (esbuild prints the errors). */
const watchMarkersPlugin = {
  name: 'watch-markers',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd(() => console.log('[watch] build finished'));
  },
};

async function main() {
  const contexts = [];
  for (const { entry, outfile, external } of bundles) {
    // An entry another engineer has not written yet is skipped, not fatal.
    if (!existsSync(entry)) {
      console.warn(`esbuild: skipping ${outfile}: ${entry} does not exist yet`);
      continue;
    }
    // A production build must not ship a stale sourcemap from an earlier dev build.
    if (production) rmSync(`${outfile}.map`, { force: true });
    contexts.push(
      await esbuild.context({
        entryPoints: [entry],
        outfile,
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        external,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'warning',
        plugins: [
          ...(watch ? [watchMarkersPlugin] : []),
          ...(outfile === 'dist/exceljs.cjs' ? [] : [separateExceljsPlugin]),
          ...(outfile === 'dist/word.cjs' ? [] : [separateWordPlugin]),
        ],
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  try {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  } finally {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}

main().catch((error) => {
  // esbuild has already printed build errors; anything else is reported here.
  if (!error?.errors) console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
