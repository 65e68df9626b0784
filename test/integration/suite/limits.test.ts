/**
 * Hostile input in the real extension host: a 5 MB config and a YAML alias bomb each get the
 * "too large" notice instead of work, hovers keep working on a normal file next to them, a config
 * whose analysis is estimated above ten times the time budget gets a notice (and is analyzed when
 * the user asks), two 3 MB configs cost the extension host only their hand-over to the language
 * server (its longest slice and a hover's time meanwhile are printed), and 1,000 edits do not grow
 * the heap by more than 5 MB.
 */
import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { Api, Entry } from '../../../src/extension/extension';

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
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    assert.match(text, /8,030,261,248/);
  });

  it('a config estimated above ten times the time budget gets a notice, not work, and the extension host never stalls', async function () {
    this.timeout(60000);
    const big = vscode.Uri.joinPath(folder(), 'slow/big.yaml');
    const other = vscode.Uri.joinPath(folder(), 'slow/other.yaml');
    try {
      const a = await api();
      // 3 MB under the 5 MB size limit: a real OLMo model section and 100,000 more keys (a YAML
      // parse of several seconds), and a 3 MB YAML that is no config at all.
      const keys = Array.from({ length: 100000 }, (_, i) => `  extra_${i}: [${i}, ${i + 1}]`).join('\n');
      await vscode.workspace.fs.writeFile(
        big,
        new TextEncoder().encode(
          `model:\n  d_model: 4096\n  n_heads: 32\n  n_layers: 32\n  mlp_hidden_size: 22016\n  vocab_size: 50280\n  embedding_size: 50304\nextra:\n${keys}\n`,
        ),
      );
      await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(`items:\n${keys}\n`));
      // The longest synchronous slice on the extension host: the largest gap between ticks of a 5 ms
      // timer. It includes VS Code's own work on a 3 MB document (about 0.3–0.6 s on a 2-core VM),
      // so it is printed; what the extension itself spends (entry.ms, reading the head) is asserted.
      let longest = 0;
      let last = Date.now();
      const timer = setInterval(() => {
        const now = Date.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      let entry: Entry | undefined;
      let plain: Entry | undefined;
      let doc: vscode.TextDocument;
      let hoverMs = 0;
      let serverHoverMs = 0;
      // A small config is open and analyzed (a YAML: no other extension here answers hovers on it, so the time is ours).
      const small = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'llmfoundry/mpt-7b.yaml'));
      await a.refresh(small);
      a.longestSlice(); // from here on
      try {
        doc = await vscode.workspace.openTextDocument(big);
        await vscode.window.showTextDocument(doc);
        const second = await vscode.workspace.openTextDocument(other);
        // While the server takes the two 3 MB documents, a hover on the small config answers at once.
        const started = Date.now();
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', small.uri, new vscode.Position(14, 4));
        hoverMs = Date.now() - started;
        serverHoverMs = a.lastHoverMs();
        assert.ok(hovers.length > 0, 'a hover');
        entry = await a.cache.get(doc);
        plain = await a.cache.get(second);
        await new Promise((r) => setTimeout(r, 50));
      } finally {
        clearInterval(timer);
      }
      const mine = a.longestSlice();
      console.log(
        `[mocha] longest synchronous slice while opening two 3 MB YAML files: ${longest} ms (VS Code's own work on the documents included), the extension's own: ${mine.ms.toFixed(1)} ms (${mine.what}), next ${mine.next.toFixed(1)} ms; the server's work on them: ${entry.ms} ms and ${plain.ms} ms; a hover on a small config meanwhile: ${serverHoverMs.toFixed(0)} ms from the extension's request to the server's answer, ${hoverMs} ms end to end (VS Code's own work on the 3 MB documents, on this thread, included)`,
      );
      // The analysis runs in the language server's process: the extension host only hands the documents over, in pieces.
      // The figures are printed (speed is npm run bench's to measure, and a loaded machine adds its own pauses); the bounds
      // here catch a return of the analysis to this thread (the extension spent 30–90 ms per 3 MB file here before). Work
      // on this thread would come back for each of the two documents, so the bound is on the second longest slice: one
      // pause of the host's own (a garbage collection that lands in a 3–4 ms piece made it 56 and 188 ms in two runs of
      // 2026-12) does not fail the test, two long slices do.
      assert.ok(mine.next < 50, `the extension's two longest slices: ${mine.ms.toFixed(1)} ms (${mine.what}) and ${mine.next.toFixed(1)} ms`);
      assert.ok(serverHoverMs < 1000, `hover: ${serverHoverMs} ms`);
      assert.equal(entry.notice?.id, 'notice.tooSlow');
      assert.equal(entry.analysis, undefined, 'not analyzed');
      assert.equal(plain.notice, undefined, 'a large YAML that is no config gets nothing');
      // Analyzing either file would take seconds; reading a 16 KB head takes milliseconds (the
      // bound leaves room for a cold start on a loaded machine).
      assert.ok(entry.ms !== undefined && entry.ms < 1000 && plain.ms !== undefined && plain.ms < 1000, `${entry.ms} ms, ${plain.ms} ms`);
      const message = () => vscode.languages.getDiagnostics(big).find((d) => d.code === 'too-large')?.message ?? '';
      for (let i = 0; i < 50 && !message(); i++) await new Promise((r) => setTimeout(r, 100));
      assert.match(message(), /not analyzed inline: this \d+ KB file could take up to \d+ ms, over ten times the 50 ms budget/);
      // Typing in it does not even re-read its head. (Creating the two files above sends file-watcher events that reach the
      // server some time later and rightly make it read open documents again: let them pass, then compare around the typing.)
      await new Promise((r) => setTimeout(r, 1500));
      const before = await a.cache.get(doc);
      await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(1, 0), '  # typing\n'));
      assert.equal(before.notice?.id, 'notice.tooSlow');
      assert.equal((await a.cache.get(doc)).version, before.version);
    } finally {
      for (const d of vscode.workspace.textDocuments)
        if (d.isDirty && d.uri.path.includes('/slow/'))
          await vscode.window.showTextDocument(d).then(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(big, '..'), { recursive: true });
    }
  });

  it('"Analyze This File Now" analyzes it once; after that it is updated on save, not per keystroke', async function () {
    this.timeout(60000);
    const config = vscode.workspace.getConfiguration('computeBudget');
    const slow = vscode.Uri.joinPath(folder(), 'slow/config.yaml');
    await config.update('limits.maxAnalysisMs', 1, vscode.ConfigurationTarget.Global);
    try {
      const a = await api();
      // A real OLMo model section and 5,000 more keys: the YAML parse alone takes well over 10 ms.
      const keys = Array.from({ length: 5000 }, (_, i) => `  extra_${i}: ${i}`).join('\n');
      await vscode.workspace.fs.writeFile(
        slow,
        new TextEncoder().encode(
          `model:\n  d_model: 4096\n  n_heads: 32\n  n_layers: 32\n  mlp_hidden_size: 22016\n  vocab_size: 50280\n  embedding_size: 50304\nextra:\n${keys}\n`,
        ),
      );
      const doc = await vscode.workspace.openTextDocument(slow);
      const editor = await vscode.window.showTextDocument(doc);
      const gated = await a.cache.get(doc);
      assert.equal(gated.notice?.id, 'notice.tooSlow', 'estimated over ten times the 1 ms budget');
      const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0));
      const fix = fixes.find((f) => f.command?.command === 'computeBudget.analyzeNow');
      assert.ok(fix, 'the notice offers "Analyze this file now"');
      assert.match(fix.title, /Analyze this file now \(up to \d+ ms\)/);
      await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
      const first = await a.cache.get(doc);
      assert.ok(first.ms !== undefined && first.ms > 1, `analysis took ${first.ms} ms`);
      assert.equal(first.notice?.id, 'notice.slow');
      assert.ok(first.analysis?.analysis, 'the first analysis is still shown');
      await editor.edit((e) => e.insert(new vscode.Position(3, 0), '  # typing\n'));
      const typed = await a.cache.get(doc);
      assert.equal(typed.version, first.version, 'no new analysis while typing');
      const notice = () => vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'too-large' && /updated on save/.test(d.message));
      for (let i = 0; i < 50 && !notice(); i++) await new Promise((r) => setTimeout(r, 100));
      assert.ok(notice(), 'the "updated on save" notice is shown');
      await editor.document.save();
      const saved = await a.cache.get(doc);
      assert.ok(saved.version > first.version && saved.analysis?.analysis, 'analyzed again on save');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await config.update('limits.maxAnalysisMs', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(slow, '..'), { recursive: true });
    }
  });

  it('1,000 edits of a document do not grow the heap by more than 5 MB', async function () {
    this.timeout(120000);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({
      language: 'shellscript',
      content:
        'TP=2\ntorchrun pretrain_gpt.py --num-layers 32 --hidden-size 4096 --num-attention-heads 32 --vocab-size 32000 --seq-length 4096 --micro-batch-size 1 --global-batch-size 64 --tensor-model-parallel-size $TP\n',
    });
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
