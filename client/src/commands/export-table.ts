// "Plancheck: Export Summary Table…": pick a format, render it in the language server (from the
// analysis the diagnostics use), choose where to save, write atomically, offer to open it.
import * as path from 'node:path';
import {
  commands,
  env,
  l10n,
  Uri,
  window,
  workspace,
  type QuickPickItem,
  type TextDocument,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import {
  exportTableFormats,
  exportTableRequest,
  type ExportTableFormat,
  type ExportTableResult,
} from '../../../server/src/protocol.js';
import { exists, writeChosenFile, writeFailureReason } from './save-file.js';

/** The command id. */
export const EXPORT_TABLE_COMMAND = 'plancheck.exportTable';

interface FormatItem extends QuickPickItem {
  format: ExportTableFormat;
}

/** The quick-pick entries, in the protocol's order, labelled in the UI language. */
export function formatItems(): FormatItem[] {
  const items: Record<ExportTableFormat, Omit<FormatItem, 'format'>> = {
    xlsx: {
      label: l10n.t('Excel workbook (.xlsx)'),
      detail: l10n.t(
        'The NACC table with merged cells and totals as formulas, and a sheet listing the open problems.',
      ),
    },
    csv: {
      label: l10n.t('CSV (.csv)'),
      detail: l10n.t('For any spreadsheet program; UTF-8 with a BOM so that Excel shows Thai.'),
    },
    md: {
      label: l10n.t('Markdown table (.md)'),
      detail: l10n.t('A table you can paste into a plan as its summary table.'),
    },
    html: {
      label: l10n.t('Web page for printing (.html)'),
      detail: l10n.t('Opens in a web browser and prints on A4 landscape.'),
    },
    json: {
      label: l10n.t('JSON data (.json)'),
      detail: l10n.t('For other programs; amounts as exact decimal strings.'),
    },
  };
  return exportTableFormats.map((format) => ({ format, ...items[format] }));
}

/** Runs the command on the active editor's document. */
export async function exportTable(client: LanguageClient): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void window.showWarningMessage(
      l10n.t('Open a plan file first, then export its summary table.'),
    );
    return;
  }
  const pick = await window.showQuickPick(formatItems(), {
    title: l10n.t('Export Summary Table'),
    placeHolder: l10n.t('Choose the file format'),
  });
  if (!pick) return;
  const result = await client.sendRequest(exportTableRequest, {
    textDocument: { uri: document.uri.toString() },
    format: pick.format,
    locale: env.language,
  });
  if (!result.ok) {
    void window.showErrorMessage(notExportedMessage(result));
    return;
  }
  const target = await window.showSaveDialog({
    defaultUri: defaultTarget(document, result.extension),
    filters: { [pick.label]: [result.extension] },
    title: l10n.t('Export Summary Table'),
    saveLabel: l10n.t('Export'),
  });
  if (!target) return;
  const confirmed = await exists(target);
  const data = result.encoding === 'base64' ? Buffer.from(result.data, 'base64') : result.data;
  const shown = target.scheme === 'file' ? target.fsPath : target.toString();
  try {
    await writeChosenFile(target, data, confirmed);
  } catch (e) {
    void window.showErrorMessage(
      l10n.t(
        'Could not export the summary table to {0}: {1}. No existing file was changed.',
        shown,
        writeFailureReason(e),
      ),
    );
    return;
  }
  await offerToOpen(target, result.extension, shown);
}

function notExportedMessage(result: Extract<ExportTableResult, { ok: false }>): string {
  if (result.reason === 'not-plan')
    return l10n.t(
      'This file is not a plan: its name does not match "plancheck.planFiles" (by default *.plan.md) and its front matter has no "type: plan".',
    );
  if (result.reason === 'failed')
    return l10n.t('Could not export the summary table: {0}', result.message ?? '');
  return l10n.t('The plan is no longer open in the editor.');
}

/** The plan's folder and base name with the format's extension (`a/b.plan.md` → `a/b.xlsx`). */
function defaultTarget(document: TextDocument, extension: string): Uri | undefined {
  const folder = workspace.workspaceFolders?.[0]?.uri;
  if (document.uri.scheme !== 'file') return folder && Uri.joinPath(folder, `plan.${extension}`);
  const base = path.basename(document.uri.fsPath).replace(/(\.plan)?\.md$/i, '');
  return Uri.file(path.join(path.dirname(document.uri.fsPath), `${base}.${extension}`));
}

/** The success message with "Open" (in VS Code or, for xlsx/html, the system's app) and "Reveal". */
async function offerToOpen(target: Uri, extension: string, shown: string): Promise<void> {
  const open = l10n.t('Open');
  const reveal = l10n.t('Reveal in Folder');
  const buttons = target.scheme === 'file' ? [open, reveal] : [open];
  const choice = await window.showInformationMessage(
    l10n.t('Exported the summary table to {0}.', shown),
    ...buttons,
  );
  if (choice === reveal) await commands.executeCommand('revealFileInOS', target);
  else if (choice === open && (extension === 'xlsx' || extension === 'html'))
    await env.openExternal(target);
  else if (choice === open) await window.showTextDocument(target);
}
