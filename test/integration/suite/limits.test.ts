/**
 * Hostile input in the real extension host: a 5 MB config and a YAML alias bomb each get the
 * "too large" notice instead of work, hovers keep working on a normal file next to them, and 1,000
 * edits do not grow the heap by more than 5 MB.
 */
import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { Api } from '../../../src/extension/extension';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;

async function api(): Promise<Api> {
  return vscode.extensions.getExtension<Api>('compute-budget.compute-budget')!.activate();
}

async function noticeOf(rel: string): Promise<string | undefined> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), rel));
  await vscode.window.showTextDocument(doc);
  const a = await api();
  const started = Date.now();
  await a.refresh(doc);
  assert.ok(Date.now() - started < 2000, 'no long work on the extension host');
  return vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'too-large')?.message;
}

describe('Limits', () => {
  const huge = vscode.Uri.joinPath(folder(), 'hostile/huge.yaml');

  before(async () => {
    // A real config padded with comments past 5 MB.
    const head = 'model:\n  d_model: 4096\n  n_heads: 32\n  n_layers: 32\n  mlp_hidden_size: 22016\n  vocab_size: 50280\n  embedding_size: 50304\n';
    const pad = `# ${'x'.repeat(98)}\n`.repeat(Math.ceil((5.2 * 1024 * 1024) / 101));
    await vscode.workspace.fs.writeFile(huge, new TextEncoder().encode(head + pad));
  });

  after(async () => {
    await vscode.workspace.fs.delete(huge);
  });

  it('a 5 MB config gets the "too large" notice', async () => {
    const message = await noticeOf('hostile/huge.yaml');
    assert.match(message ?? '', /too large to analyze inline \(5\.\d MB > 5 MB/);
  });

  it('a YAML alias bomb gets the "too large" notice', async () => {
    const message = await noticeOf('hostile/alias-bomb.yaml');
    assert.match(message ?? '', /too large to analyze inline \(YAML aliases/);
  });

  it('hovers still work on a normal file opened next to them', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'llama/config.json'));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(16, 6));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /8,030,261,248/);
  });

  it('1,000 edits of a document do not grow the heap by more than 5 MB', async function () {
    this.timeout(120000);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'shellscript', content: 'TP=2\ntorchrun pretrain_gpt.py --num-layers 32 --hidden-size 4096 --num-attention-heads 32 --vocab-size 32000 --seq-length 4096 --micro-batch-size 1 --global-batch-size 64 --tensor-model-parallel-size $TP\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const edit = async (i: number) => {
      await editor.edit((e) => e.replace(new vscode.Range(2, 0, 2, doc.lineAt(2).text.length), `# edit ${i}`));
      await a.cache.get(doc);
    };
    for (let i = 0; i < 50; i++) await edit(i); // warm up
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1000; i++) await edit(i);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    console.log(`[mocha] heap growth over 1,000 edits: ${(grown / 1024 / 1024).toFixed(2)} MB`);
    assert.ok(grown < 5 * 1024 * 1024, `${grown} bytes`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
