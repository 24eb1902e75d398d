/** Scenes for the README screenshots, taken by the e2e runner when it asks for them (ZH_REPORT_SCENES). */
import * as vscode from 'vscode';
import { codeOf, open, ready, scene, waitForDiagnostics, workspaceFile } from './helpers';

describe('screenshots', function () {
  before(function () {
    if (!process.env['ZH_REPORT_SCENES']) this.skip();
  });

  it('a report with squiggles and the Problems panel', async () => {
    await ready();
    const uri = workspaceFile('examples', 'summary-2025.txt');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await scene('problems');
  });

  it('the Outline view on a report', async () => {
    const uri = workspaceFile('examples', 'summary-2025.txt');
    await open(uri);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('outline.focus');
    await scene('outline');
  });
});
