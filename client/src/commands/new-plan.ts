// "Plancheck: New Plan…": asks the organization and the years, has the language server generate the
// plan (four NACC dimensions, a sample project each, the summary table), saves it and opens it.
import * as os from 'node:os';
import { l10n, Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { newPlanRequest } from '../../../server/src/protocol.js';
import { BE_OFFSET, parseYearRange, type YearRange } from '../../../server/src/templates/years.js';
import { exists, writeChosenFile, writeFailureReason } from './save-file.js';

/** The command id. */
export const NEW_PLAN_COMMAND = 'plancheck.newPlan';

/** Longest organization name accepted (real names are far shorter). */
const MAX_NAME = 200;

/** Runs the command. */
export async function newPlan(client: LanguageClient): Promise<void> {
  const organization = await window.showInputBox({
    title: l10n.t('New Plan (1 of 2): organization'),
    prompt: l10n.t('The name of the organization, spelled as the plan should spell it'),
    placeHolder: l10n.t('for example: เทศบาลตำบลพอกน้อย'),
    ignoreFocusOut: true,
    validateInput: (value) => organizationProblem(value),
  });
  if (organization === undefined) return;
  const thisYear = new Date().getFullYear() + BE_OFFSET;
  const yearsText = await window.showInputBox({
    title: l10n.t('New Plan (2 of 2): years'),
    prompt: l10n.t('The fiscal years of the plan in the Buddhist era (พ.ศ.), first and last'),
    value: `${thisYear}-${thisYear + 4}`,
    ignoreFocusOut: true,
    validateInput: (value) => yearsProblem(parseYearRange(value)),
  });
  if (yearsText === undefined) return;
  const years = parseYearRange(yearsText);
  if (!years.ok) return;
  const { text } = await client.sendRequest(newPlanRequest, {
    organization: organization.trim(),
    firstYear: years.first,
    lastYear: years.last,
  });
  const target = await window.showSaveDialog({
    defaultUri: defaultTarget(organization, years.first, years.last),
    filters: { [l10n.t('Plan (Markdown)')]: ['md'] },
    title: l10n.t('Save the New Plan'),
    saveLabel: l10n.t('Create Plan'),
  });
  if (!target) return;
  const confirmed = await exists(target);
  try {
    await writeChosenFile(target, text, confirmed);
  } catch (e) {
    const shown = target.scheme === 'file' ? target.fsPath : target.toString();
    void window.showErrorMessage(
      l10n.t(
        'Could not create the plan {0}: {1}. No existing file was changed.',
        shown,
        writeFailureReason(e),
      ),
    );
    return;
  }
  await window.showTextDocument(target);
}

function organizationProblem(value: string): string | undefined {
  if (value.trim() === '') return l10n.t('Enter the name of the organization.');
  if (value.length > MAX_NAME)
    return l10n.t('The name is too long (at most {0} characters).', MAX_NAME);
  return undefined;
}

/** What is wrong with the years typed, in the UI language; undefined when they are fine. */
function yearsProblem(range: YearRange): string | undefined {
  if (range.ok) return undefined;
  switch (range.problem) {
    case 'format':
      return l10n.t('Write the first and last year with a dash, for example 2566-2570.');
    case 'not-buddhist-era':
      return l10n.t('Use Buddhist-era years (พ.ศ.), for example 2566-2570, not 2023-2027.');
    case 'order':
      return l10n.t('The first year must not come after the last year.');
    case 'too-long':
      return l10n.t('A plan covers at most 10 years.');
  }
}

/** `<organization>-<first>-<last>.plan.md` in the first workspace folder, else the home folder. */
function defaultTarget(organization: string, first: number, last: number): Uri {
  const folder = workspace.workspaceFolders?.[0]?.uri ?? Uri.file(os.homedir());
  const name = organization
    .trim()
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, '-');
  return Uri.joinPath(folder, `${name || 'plan'}-${first}-${last}.plan.md`);
}
