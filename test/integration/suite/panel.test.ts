/**
 * The cluster breakdown panel in the real extension host: open it on a fixture, change TP in the
 * what-if, apply, and check the file; a malformed message from the panel has no effect.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PanelModel } from '../../../src/core';
import type { Api } from '../../../src/extension/extension';
import { panelHtml } from '../../../src/extension/panel';

async function openScript(): Promise<{ doc: vscode.TextDocument; api: Api }> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'megatron/pretrain_llama3_8b.sh'));
  await vscode.window.showTextDocument(doc);
  const api = await vscode.extensions.getExtension<Api>('compute-budget.compute-budget')!.activate();
  await api.refresh(doc);
  return { doc, api };
}

describe('Cluster breakdown panel', () => {
  it('opens on the active config with the same numbers the analysis has', async () => {
    const { doc, api } = await openScript();
    const model = await vscode.commands.executeCommand<{ ratio: number; layout: { tp: number } }>('computeBudget.openBreakdown');
    assert.ok(model, 'a model');
    assert.equal(model.layout.tp, 2);
    const entry = await api.cache.get(doc);
    assert.equal(model.ratio, entry.analysis!.analysis!.cluster.step!.ratio);
    assert.ok(api.panel(), 'panel registered');
  });

  it('what-if TP 4, then Apply: the file holds exactly the new value and nothing else changed', async () => {
    const { doc, api } = await openScript();
    await vscode.commands.executeCommand('computeBudget.openBreakdown');
    const panel = api.panel()!;
    const before = doc.getText();
    assert.equal(await panel.receive({ type: 'whatIf', whatIf: { tp: 4 } }), true);
    assert.equal(panel.current!.layout.tp, 4);
    assert.equal(doc.getText(), before, 'a what-if writes nothing');
    try {
      assert.equal(await panel.receive({ type: 'apply', whatIf: { tp: 4 } }), true);
      assert.equal(doc.getText(), before.replace('TP=2', 'TP=4'));
      // One undoable edit.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      assert.equal(doc.getText(), before);
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('"Use" on a row of "Best layouts" shows that row\'s figures', async () => {
    const { api } = await openScript();
    await vscode.commands.executeCommand('computeBudget.openBreakdown');
    const panel = api.panel()!;
    await panel.receive({ type: 'whatIf', whatIf: {} });
    const rows = panel.current!.layouts;
    assert.ok(rows.length > 0, 'best layouts');
    for (const row of rows) {
      const { tp, pp, vpp, dp, cp, ep, microBatch, recompute } = row;
      assert.equal(await panel.receive({ type: 'whatIf', whatIf: { tp, pp, vpp, dp, cp, ep, microBatch, recompute } }), true);
      const m = panel.current!;
      assert.equal(m.stepSeconds, row.stepSeconds, row.label);
      assert.equal(m.memory.total, row.memoryBytes, row.label);
      assert.equal(m.mfu, row.mfu, row.label);
      assert.equal(m.layout.label.replace(/ · ZeRO-\d$/, ''), row.label.replace(/ · ZeRO-\d$/, ''));
    }
    await panel.receive({ type: 'whatIf', whatIf: {} });
  });

  it("a lever of the levers table as the what-if: the panel shows that row's ratio and memory; Apply refuses it", async () => {
    const { doc, api } = await openScript();
    await vscode.commands.executeCommand('computeBudget.openBreakdown');
    const panel = api.panel()!;
    await panel.receive({ type: 'whatIf', whatIf: {} });
    const entry = await api.cache.get(doc);
    const ratio = entry.analysis!.analysis!.cluster.step!.ratio!;
    const ids = panel.current!.levers.map((r) => r.id);
    assert.ok(ids.includes('precision-fp32') && ids.includes('batch-x2'), ids.join(', '));
    assert.equal(await panel.receive({ type: 'whatIf', whatIf: { lever: 'precision-fp32' } }), true);
    // FP32: slower GEMMs, the same bytes of activations on the wire: the ratio rises.
    assert.ok(panel.current!.ratio! > ratio, `${panel.current!.ratio} vs ${ratio}`);
    const before = doc.getText();
    assert.equal(await panel.receive({ type: 'apply', whatIf: { lever: 'precision-fp32' } }), false);
    assert.equal(doc.getText(), before);
    assert.equal(await panel.receive({ type: 'whatIf', whatIf: { lever: 'no such lever' } }), false, 'an id outside the grammar is rejected');
    await panel.receive({ type: 'whatIf', whatIf: {} });
    assert.equal(panel.current!.ratio, ratio);
  });

  it('a single-GPU fine-tune: the panel shows memory and time, no ratio, per-dimension table or scaling chart', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'finetune/llama3_lora_sft.yaml'));
    await vscode.window.showTextDocument(doc);
    const model = await vscode.commands.executeCommand<PanelModel>('computeBudget.openBreakdown');
    assert.ok(model, 'a model');
    assert.equal(model.cluster.gpus, 1);
    assert.deepEqual(model.show, { ratio: false, step: true, dimensions: false, scaling: false });
    assert.ok(model.stepSeconds! > 0);
    assert.ok(model.memory.total > 10e9 && model.memory.fits);
  });

  it('a malformed message from the panel is rejected without effect', async () => {
    const { doc, api } = await openScript();
    await vscode.commands.executeCommand('computeBudget.openBreakdown');
    const panel = api.panel()!;
    const before = doc.getText();
    const tpBefore = panel.current?.layout.tp;
    for (const bad of [
      { type: 'apply', whatIf: { tp: 'four' } },
      { type: 'apply', whatIf: { tp: 0 } },
      { type: 'apply', whatIf: { tp: 4, extra: true } },
      { type: 'deleteFile' },
      'apply',
      null,
    ]) {
      assert.equal(await panel.receive(bad), false, JSON.stringify(bad));
    }
    assert.equal(doc.getText(), before);
    assert.equal(panel.current?.layout.tp, tpBefore);
  });

  it('the panel HTML has a strict CSP with a nonce and no remote resources', () => {
    const fake = { cspSource: 'https://example.vscode-resource', asWebviewUri: (u: vscode.Uri) => u.with({ scheme: 'https' }) };
    const html = panelHtml(fake, vscode.Uri.file('/ext'), 'abc123');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    for (const m of html.matchAll(/<script[^>]*>/g)) assert.match(m[0], /nonce="abc123"/);
    assert.doesNotMatch(html.replace(/https:\/\/example\.vscode-resource|https:\/\/\/ext/g, ''), /https?:\/\//);
  });
});
