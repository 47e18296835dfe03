// The Word round trip as one module of its own: bundled separately (dist/word.cjs, see esbuild.mjs)
// and loaded on first use, so the server and the CLI do not load docx and mammoth to check a plan.
export { importDocx } from './import/docx.js';
export { publishDocx } from './publish/docx.js';
