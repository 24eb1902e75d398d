/** source.fixAll.zh-report under editor.codeActionsOnSave: off by default, every safe fix on save when turned on. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, open, ready, waitForDiagnostics, workspaceFile, writeText } from './helpers';

// 2026年工作总结 with a gap (一、 then 三、), a half-width comma and an XX placeholder.
const REPORT = [
  '2026\u5e74\u5de5\u4f5c\u603b\u7ed3',
  '',
  '\u4e00\u3001\u4e3b\u8981\u5de5\u4f5c',
  '\u5168\u5e74\u5b8c\u6210\u57f9\u8bad,\u5171 XX \u4eba\u6b21\u3002',
  '\u4e09\u3001\u5b58\u5728\u95ee\u9898',
  '\u7ecf\u8d39\u4e0d\u8db3\u3002',
  '\u56db\u3001\u4e0b\u4e00\u6b65\u6253\u7b97',
  '\u7ee7\u7eed\u52a0\u5f3a\u57f9\u8bad\u3002',
  '',
].join('\n');

const ON_SAVE = { 'source.fixAll.zh-report': 'explicit' };

/** Types one character at the end, so that saving has something to save. */
async function touch(editor: vscode.TextEditor): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.ok(await editor.edit((b) => b.insert(end, '\n')));
}

describe('fix all on save (source.fixAll.zh-report)', () => {
  before(ready);

  afterEach(async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('is off until the user turns it on: saving changes nothing', async () => {
    const uri = workspaceFile('fix-on-save-off.txt');
    await writeText(uri, REPORT);
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'numbering-gap'));
    await touch(editor);
    assert.ok(await editor.document.save());
    assert.equal(editor.document.getText(), REPORT + '\n');
  });

  it('with codeActionsOnSave set, saving renumbers and fixes punctuation as one undoable edit, and leaves the placeholder', async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', ON_SAVE, vscode.ConfigurationTarget.Global);
    const uri = workspaceFile('fix-on-save-on.txt');
    await writeText(uri, REPORT);
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'numbering-gap') && d.some((x) => codeOf(x) === 'punctuation-width'));
    await touch(editor);
    const typed = editor.document.getText();
    assert.ok(await editor.document.save());
    const saved = editor.document.getText();
    assert.match(saved, /^\u4e8c\u3001\u5b58\u5728\u95ee\u9898$/m, 'renumbered: 三、 became 二、');
    assert.match(saved, /^\u4e09\u3001\u4e0b\u4e00\u6b65\u6253\u7b97$/m, 'and 四、 became 三、');
    assert.match(saved, /\u57f9\u8bad\uff0c\u5171 XX/, 'full-width comma; the placeholder is left for the writer');
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(onDisk, saved, 'the fixed text is what was written');
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => ['numbering-gap', 'punctuation-width'].includes(codeOf(x))));
    assert.ok(after.some((x) => codeOf(x) === 'placeholder'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), typed, 'one undo takes back the whole fix');
  });
});
