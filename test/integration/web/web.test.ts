/** The browser entry in a real VS Code web-worker extension host: a hover and a diagnostic. */
import * as vscode from 'vscode';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

async function open(rel: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, rel));
  await vscode.window.showTextDocument(doc);
  const ext = vscode.extensions.all.find((e) => e.id.toLowerCase() === 'compute-budget.compute-budget');
  assert(ext, 'extension present');
  const api = (await ext.activate()) as { refresh(d: vscode.TextDocument): Promise<void> };
  await api.refresh(doc);
  return doc;
}

describe('Compute Budget in the web-worker extension host', () => {
  it('runs in a web worker, without Node', () => {
    assert(
      typeof (globalThis as { process?: unknown }).process === 'undefined' ||
        !(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node,
      'no Node in a web worker',
    );
    const ext = vscode.extensions.all.find((e) => e.id.toLowerCase() === 'compute-budget.compute-budget');
    assert(ext && ext.extensionKind === vscode.ExtensionKind.UI, `extension kind ${String(ext?.extensionKind)}`);
  });

  it('hover on num_hidden_layers shows the exact parameter count', async () => {
    const doc = await open('llama/config.json');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(16, 6));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    assert(text.includes('8,030,261,248'), `hover: ${text.slice(0, 200)}`);
  });

  it('a file the server needs that is not open (the model config next to a DeepSpeed JSON) is read through the extension', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const dir = vscode.Uri.joinPath(folder, 'web-setup');
    const model = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'llama/config.json'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'config.json'), model);
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(dir, 'ds_config.json'),
      new TextEncoder().encode(
        '{\n  "train_micro_batch_size_per_gpu": 1,\n  "gradient_accumulation_steps": 8,\n  "bf16": { "enabled": true },\n  "zero_optimization": { "stage": 3 }\n}\n',
      ),
    );
    try {
      await open('web-setup/ds_config.json');
      const md = await vscode.commands.executeCommand<string>('computeBudget.copyReport');
      assert(typeof md === 'string' && md.includes('8,030,261,248'), `report: ${String(md).slice(0, 300)}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });

  it("a long analysis runs in the server's own worker: a hover on another file answers while it runs", async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const config = vscode.workspace.getConfiguration('computeBudget');
    const long = vscode.Uri.joinPath(folder, 'web-long/config.yaml');
    const keys = Array.from({ length: 15000 }, (_, i) => `  extra_${i}: ${i}`).join('\n');
    await vscode.workspace.fs.writeFile(
      long,
      new TextEncoder().encode(
        `model:\n  d_model: 4096\n  n_heads: 32\n  n_layers: 32\n  mlp_hidden_size: 22016\n  vocab_size: 50280\n  embedding_size: 50304\nextra:\n${keys}\n`,
      ),
    );
    await config.update('limits.maxAnalysisMs', 2, vscode.ConfigurationTarget.Global);
    try {
      const llama = await open('llama/config.json');
      const doc = await open('web-long/config.yaml');
      const order: string[] = [];
      const analysis = vscode.commands.executeCommand<number | undefined>('computeBudget.analyzeNow', doc.uri).then((ms) => {
        order.push('analysis');
        return ms;
      });
      // (The hover is asked soon after the analysis starts: it must answer before the long analysis ends, even on a fast machine.)
      await new Promise((r) => setTimeout(r, 30));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', llama.uri, new vscode.Position(16, 6));
      order.push('hover');
      const ms = await analysis;
      assert(hovers.length > 0, 'a hover');
      assert(typeof ms === 'number' && ms > 100, `the analysis took ${String(ms)} ms`);
      assert(order.join() === 'hover,analysis', `order: ${order.join()}`);
    } finally {
      await config.update('limits.maxAnalysisMs', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(long, '..'), { recursive: true });
    }
  });

  it('a diagnostic: TP 3 on 32 heads at the TP=3 assignment', async () => {
    const doc = await open('megatron-bad/train.sh');
    const d = vscode.languages.getDiagnostics(doc.uri).find((x) => x.code === 'parallel-degrees');
    assert(
      d,
      `diagnostics: ${vscode.languages
        .getDiagnostics(doc.uri)
        .map((x) => x.message)
        .join(' | ')}`,
    );
    assert(d.range.start.line === 2 && d.range.start.character === 3, `range ${JSON.stringify(d.range)}`);
  });
});
