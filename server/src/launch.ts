// How a Node process should start the language server: the V8 flags it runs best with. The VS Code
// client, the benchmark, the LSP tests and the other editors' set-ups (docs/editors.md) all use these.

/**
 * Node options for the server process. Every edit that moves lines gives the plan a new model (its
 * moved projects and headings are copies), so each edit promotes a few megabytes to the old
 * generation; with V8's default first limit of the old generation (which it then sets from the live
 * size) that meant a full garbage collection every one or two edits of the 10× plan. Starting the old
 * generation at 128 MB lets the heap settle at its working size: on the 10× plan, 69 → 10 full
 * collections over 290 edits, Enter 37 → 23 ms and paste 51 → 29 ms, for 70 MB more resident memory
 * (docs/performance.md). It is a first size, not a cap: a bigger plan still grows the heap as before.
 * A larger `--heap-growing-percent` (server.ts sets it at run time) did not do the same. V8 reads this
 * flag only when the heap is made, so it must be on the command line.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--initial-old-space-size=128'];
