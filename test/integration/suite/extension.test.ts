/**
 * In-host integration tests: mocha inside the real VS Code extension host, on real fixture configs
 * in test/integration/workspace.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { Api } from '../../../src/extension/extension';

const EXTENSION_ID = 'compute-budget.compute-budget';

function workspaceFile(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, rel);
}

async function open(rel: string): Promise<{ doc: vscode.TextDocument; api: Api }> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(rel));
  await vscode.window.showTextDocument(doc);
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, 'extension installed');
  const api = await ext.activate();
  await api.refresh(doc);
  return { doc, api };
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function inlayHints(doc: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
}

function label(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

/**
 * Runs `f` with the workspace's computeBudget.cluster set to a preset (what Compute Budget: Choose Cluster writes), then unsets
 * it; a workspace setting writes .vscode/settings.json, removed again when this made it.
 */
async function withCluster(preset: string, f: () => Promise<void>): Promise<void> {
  const settings = vscode.workspace.getConfiguration('computeBudget');
  const dotVscode = workspaceFile('.vscode');
  const had = await vscode.workspace.fs.stat(dotVscode).then(
    () => true,
    () => false,
  );
  await settings.update('cluster', preset, vscode.ConfigurationTarget.Workspace);
  try {
    await f();
  } finally {
    await settings.update('cluster', undefined, vscode.ConfigurationTarget.Workspace);
    if (!had) await vscode.workspace.fs.delete(dotVscode, { recursive: true });
  }
}

describe('Compute Budget in a real VS Code', () => {
  it('hover on num_hidden_layers shows the exact parameter count with its formula', async () => {
    const { doc } = await open('llama/config.json');
    const line = doc.lineAt(16);
    assert.match(line.text, /"num_hidden_layers": 32/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(16, 6));
    const text = hoverText(hovers);
    assert.match(text, /Compute Budget/);
    assert.match(text, /8,030,261,248/);
    assert.match(text, /V·h \+ 32×P_dense/);
  });

  it('inlay hints at specific lines: parameters next to the layer count, attention share next to nothing in a model config', async () => {
    const { doc } = await open('llama/config.json');
    const hints = await inlayHints(doc);
    const params = hints.find((h) => label(h) === '≈ 8.03B params');
    assert.ok(params, `hints: ${hints.map(label).join(' | ')}`);
    assert.deepEqual([params.position.line, params.position.character], [16, 25]);
    for (const h of hints) assert.ok(label(h).length <= 30, label(h));
  });

  it('a launch script: hints on the layer flag and on the TP assignment', async () => {
    const { doc } = await open('megatron/pretrain_llama3_8b.sh');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(15), '≈ 8.03B params'); // --num-layers 32
    assert.match(byLine.get(5) ?? '', /^TP ✓ max 8 · \d+(\.\d+)?% comm$/); // TP=2
    assert.match(byLine.get(10) ?? '', /^attn 12\.5% of FLOPs$/); // SEQ=8192
  });

  it('a Slurm batch script (.slurm) is a shell script: its hints, with the world size from its #SBATCH directives', async () => {
    const { doc, api } = await open('slurm/llama3_8b.slurm');
    assert.equal(doc.languageId, 'shellscript');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(10), '≈ 8.03B params', `hints: ${hints.map(label).join(' | ')}`); // --num-layers 32
    assert.ok(api, 'activated');
    const md = await vscode.commands.executeCommand<string>('computeBudget.copyReport');
    assert.match(md, /sized by the config \(32 GPUs\)/);
  });

  it('a Slurm job that runs two llamafactory-cli trainings on the H200s its --gres names: a note at the last one, which is the one counted, on H200s', async () => {
    const { doc } = await open('slurm/several_sft.slurm');
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Compute Budget');
    const note = diags.find((d) => /runs 2 training commands/.test(d.message));
    assert.ok(note, diags.map((d) => `${String(d.code)}: ${d.message}`).join('\n'));
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(note.range.start.line, 11);
    const md = await vscode.commands.executeCommand<string>('computeBudget.copyReport');
    assert.match(md, /8,190,735,360/);
    assert.match(md, /H200/);
  });

  it("OLMo-core's Python experiment (OLMo3-7B.py): the factory call's parameter count as a hint after it, the exact total in the report", async () => {
    const { doc } = await open('olmo-core/OLMo3-7B.py');
    assert.equal(doc.languageId, 'python');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(51), '≈ 7.40B params', `hints: ${hints.map(label).join(' | ')}`); // the ) of TransformerConfig.olmo2_7B(…)
    const md = await vscode.commands.executeCommand<string>('computeBudget.copyReport');
    assert.match(md, /7,399,026,688/);
  });

  it('a LoRA fine-tune (LLaMA-Factory): the hint on the rank line and the hover with the exact trainable count', async () => {
    const { doc } = await open('finetune/llama3_lora_sft.yaml');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(8), 'r 8 · 21.0M trainable · 0.26%', `hints: ${hints.map(label).join(' | ')}`); // lora_rank: 8
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(8, 3));
    const text = hoverText(hovers);
    assert.match(text, /trainable \(lora, 0\.26 %\): 21\.0 M\*\* \(20,971,520\)/);
    assert.match(text, /base \+ adapter 8,051,232,768/);
  });

  it("another PEFT method (IA3's adapter_config.json): the hint on peft_type with PEFT's exact trainable count", async () => {
    const { doc } = await open('finetune-ia3/adapter_config.json');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    // PEFT's method comparison prints 630,784 trainable for this config on Llama-3.2-3B.
    assert.equal(byLine.get(9), 'ia3 · 631K trainable · 0.020%', `hints: ${hints.map(label).join(' | ')}`); // "peft_type": "IA3"
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(9, 5));
    assert.match(hoverText(hovers), /630,784/);
  });

  it("LLaMA-Factory's freeze fine-tune: the hint on freeze_trainable_layers and the hover with the exact trainable count", async () => {
    const { doc } = await open('finetune-freeze/llama3_freeze_sft.yaml');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(7), '1.74B trainable · 21.7%', `hints: ${hints.map(label).join(' | ')}`); // freeze_trainable_layers: 8
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(7, 3));
    // The last 8 of Llama-3-8B's 32 layers, 218,112,000 each.
    assert.match(hoverText(hovers), /trainable \(freeze, 21\.7 %\): 1\.74 B\*\* \(1,744,896,000\)/);
  });

  it("LLaMA-Factory's DPO example: a note on stage: dpo says what is counted (the chosen and rejected sequences, the reference's forward with the adapter off)", async () => {
    const { doc } = await open('finetune-dpo/qwen2vl_lora_dpo.yaml');
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Compute Budget');
    const note = diags.find((d) => /a chosen and a rejected sequence/.test(d.message));
    assert.ok(note, diags.map((d) => `${String(d.code)}: ${d.message}`).join('\n'));
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
    assert.match(note.message, /^stage: dpo: .*the base with the adapter off/);
    // On the value of `stage: dpo` (line 6).
    assert.deepEqual([note.range.start.line, note.range.start.character, note.range.end.character], [5, 7, 10]);
  });

  it("a NeMo 2.0 script that shrinks its recipe's model (recipe.model.config.num_layers = 2, hidden_size = 1024): the hover on the layers gives the smaller model's count", async () => {
    const { doc } = await open('nemo2/llama3_smoke.py');
    // recipe.model.config.num_layers = 2 (line 6), on its value.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(5, 33));
    const text = hoverText(hovers);
    assert.match(text, /355,996,672/, text);
  });

  it("an Unsloth fine-tuning script (Python): the hover on get_peft_model's r = 16 gives the trainable count, 41,943,040", async () => {
    const { doc } = await open('python-finetune/unsloth_llama31_8b_qlora.py');
    // `    r = 16,` (line 15), on its value.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(14, 8));
    const text = hoverText(hovers);
    assert.match(text, /41,943,040/, text);
  });

  it("on a GPU people fine-tune on (Compute Budget: Choose Cluster's rtx-4090), a QLoRA run's hover gives the step on that card with what it costs: the 4-bit base dequantized each pass, eager PyTorch's kernels", async () => {
    await withCluster('rtx-4090', async () => {
      const { doc, api } = await open('finetune-qlora/llama3_lora_sft_otfq.yaml');
      await api.refresh(doc);
      // per_device_train_batch_size: 1 (line 28): the layout, the step time on the cluster and the mechanisms it applies.
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(27, 5));
      const text = hoverText(hovers);
      assert.match(text, /NVIDIA GeForce RTX 4090/);
      assert.match(text, /dequantized to 16 bits before each matmul/);
      assert.match(text, /elementwise kernels run eagerly/);
    });
  });

  it("a hybrid Mamba / MoE launch (Nemotron 3 Nano's shapes): the hover on the micro-batch gives the step with the scan's kernels and the per-node EP dispatch stated", async () => {
    const { doc, api } = await open('hybrid/pretrain_nemotron3_nano.sh');
    await api.refresh(doc);
    // --micro-batch-size $MBS (line 39): 16 H100 as the script's nodes give them, the mechanisms the step time applies.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(38, 8));
    const text = hoverText(hovers);
    assert.match(text, /the state-space layers' scan runs in Triton kernels at 0\.85 % of the 16-bit peak/, text);
    // EP 16 over the two nodes with the flex dispatcher (HybridEP): a token crosses the network once per other node it reaches.
    assert.match(text, /EP over 2 nodes, dispatched per node \(DeepEP \/ HybridEP\)/);
    // The experts' grouped GEMMs by their own shape: the tokens each local expert receives per micro-batch.
    assert.match(text, /MoE: the experts' grouped GEMMs at the efficiency of their own shape, \d+ tokens per local expert per micro-batch/);
  });

  it("an llm-foundry YAML (MPT-7B): the parameter hint on n_layers and the hover with the benchmark's exact count", async () => {
    const { doc } = await open('llmfoundry/mpt-7b.yaml');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(14), '≈ 6.66B params', `hints: ${hints.map(label).join(' | ')}`); // n_layers: 32
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(14, 4));
    assert.match(hoverText(hovers), /6,658,859,008/);
  });

  it("a T5X gin config (improved-T5's base.gin): the parameter hint on num_encoder_layers and the hover with the exact count, under the binding's gin name", async () => {
    const { doc } = await open('t5x/base.gin');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(48), '≈ 248M params', `hints: ${hints.map(label).join(' | ')}`); // num_encoder_layers = 12
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(48, 4));
    const text = hoverText(hovers);
    assert.match(text, /network\.T5Config\.num_encoder_layers/, text);
    assert.match(text, /247,577,472/);
  });

  it("an RWKV-PEFT launch (its demo-state-tuning.sh): the parameter hint at n_layer=24, the hover with RWKV-6 World 1.6B's exact count, and state tuning said at its flag", async () => {
    const { doc } = await open('rwkv/demo-state-tuning.sh');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(5), '≈ 1.60B params', `hints: ${hints.map(label).join(' | ')}`); // n_layer=24
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(5, 9)); // its value, 24
    const text = hoverText(hovers);
    assert.match(text, /1,599,873,024/, text);
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Compute Budget');
    const state = diags.find((d) => d.code === 'assumed' && /state tuning/.test(d.message));
    assert.ok(state, diags.map((d) => `${String(d.code)}: ${d.message}`).join('\n'));
    assert.equal(state.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(state.range), 'state');
  });

  it("a Windows batch launch (a user's mlm.bat: `python run_mlm_no_trainer.py ^` on several lines) is read as its command: the parameter hint at its model line, roberta-base's exact count", async () => {
    const { doc } = await open('windows/mlm.bat');
    assert.equal(doc.languageId, 'bat');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(1), '≈ 125M params', `hints: ${hints.map(label).join(' | ')}`); // --model_name_or_path roberta-base ^
    const md = await vscode.commands.executeCommand<string>('computeBudget.copyReport');
    assert.match(md, /124,697,433/);
  });

  it("a launch of nanoGPT's configurator (`train.py config/train_gpt2.py --n_layer=6`, its train.py not in the folder): the parameter hint and hover at the line's --n_layer=6, over the config it names", async () => {
    const { doc } = await open('nanogpt-configurator/scripts/run.sh');
    const hints = await inlayHints(doc);
    const byLine = new Map(hints.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(3), '≈ 81.9M params', `hints: ${hints.map(label).join(' | ')}`); // --n_layer=6
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(3, 12)); // its value, 6
    const text = hoverText(hovers);
    assert.match(text, /81,897,216/, text);
  });

  it('diagnostics with their ranges: TP 3 on 32 heads is an error at the TP=3 assignment', async () => {
    const { doc } = await open('megatron-bad/train.sh');
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Compute Budget');
    const tp = diags.find((d) => d.code === 'parallel-degrees' && /does not divide the 32 attention heads/.test(d.message));
    assert.ok(tp, diags.map((d) => `${String(d.code)}: ${d.message}`).join('\n'));
    assert.equal(tp.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([tp.range.start.line, tp.range.start.character, tp.range.end.line, tp.range.end.character], [2, 3, 2, 4]);
  });

  it('a launch that picks its model by $1 and its batch from $((… * NNODES)): warnings at the condition and at the batch, no error', async () => {
    const { doc } = await open('megatron-branch/train.sh');
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Compute Budget');
    const all = diags.map((d) => `${String(d.code)} ${d.range.start.line}: ${d.message}`).join('\n');
    const branch = diags.find((d) => /This condition cannot be told/.test(d.message));
    assert.ok(branch, all);
    assert.equal(branch.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(branch.range), '[ "$1" == "8b" ]');
    assert.ok(
      diags.some((d) => /--global-batch-size: its value cannot be known/.test(d.message) && d.range.start.line === 17),
      all,
    );
    assert.ok(!diags.some((d) => d.severity === vscode.DiagnosticSeverity.Error), all);
  });

  it('an MXFP8 launch: with no cluster given the hover on --fp8-recipe gives the step on B200s, assumed and why; on a chosen H100 cluster an error at mxfp8 and no step time', async () => {
    const { doc, api } = await open('fp8-recipe/pretrain_llama3_8b_mxfp8.sh');
    const line = doc.lineAt(25);
    assert.match(line.text, /--fp8-recipe mxfp8/);
    const on = new vscode.Position(25, line.text.indexOf('mxfp8') + 2);
    const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, on));
    const before = await hover();
    assert.match(before, /`training\.fp8Recipe` = \*\*mxfp8\*\*/);
    assert.match(before, /8 × NVIDIA B200 \(assumed\)/);
    assert.match(before, /FP8 recipe mxfp8: the GEMMs at the FP8 rate/);
    const ours = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Compute Budget');
    assert.ok(!ours().some((d) => d.code === 'precision-hardware'));
    await withCluster('h100-sxm', async () => {
      await api.refresh(doc);
      const diag = ours().find((d) => d.code === 'precision-hardware');
      assert.ok(
        diag,
        ours()
          .map((d) => d.message)
          .join('\n'),
      );
      assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(doc.getText(diag.range), 'mxfp8');
      assert.match(diag.message, /MXFP8 needs Blackwell's block-scaled tensor cores: Transformer Engine does not run the MXFP8 recipe on the NVIDIA H100 SXM/);
      assert.deepEqual(
        ours()
          .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
          .map((d) => d.code),
        ['precision-hardware'],
      );
      assert.match(await hover(), /no step time: this layout does not fit or cannot run/);
    });
  });

  it("a Kubernetes Job that runs MaxText in its container's script: the hover on per_device_batch_size=8 gives the step on the 8 TPU v6e chips the job asks for", async () => {
    const { doc } = await open('jobs/step2-fine-tuning.yaml');
    const line = doc.lineAt(80);
    assert.match(line.text, /per_device_batch_size=8/);
    const on = new vscode.Position(80, line.text.indexOf('=8') + 1);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, on));
    assert.match(text, /`per_device_batch_size`/);
    assert.match(text, /`training\.microBatch` = \*\*8\*\*/);
    assert.match(text, /8 × Google TPU v6e \(Trillium\)/);
  });

  it("MaxText's benchmark runner: the hover on --model_name gives the tuned recipe's batch, sequence and remat, each said to come from that recipe, and the model it trains", async () => {
    const { doc } = await open('jobs/llama3-1-405b-2xv6e-256.sh');
    const row = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('--model_name='));
    const line = doc.lineAt(row);
    const on = new vscode.Position(row, line.text.indexOf('llama3_1_405b') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, on));
    assert.match(text, /`training\.microBatch` = \*\*1\*\*/);
    assert.match(text, /per_device_batch_size of MaxText's benchmark recipe llama3_1_405b_8192_pure_fsdp_ici/);
    assert.match(text, /405,853,388,800/);
    assert.match(text, /512 × Google TPU v6e \(Trillium\)/);
  });

  it("a script that writes its TRL trainer out by a heredoc and runs it with accelerate launch: the hover on the trainer's max_seq_length, and a warning where it names an accelerate config that is not there", async () => {
    const { doc } = await open('jobs/072-qwen3-30b-a3b-v2-sft.trl-megablocks.sh');
    const row = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('max_seq_length=max_length'));
    const line = doc.lineAt(row);
    const on = new vscode.Position(row, line.text.indexOf('max_length,') + 2);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, on));
    assert.match(text, /`training\.seqLen` = \*\*8192\*\*/);
    const missing = vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'missing-file');
    assert.ok(missing, 'a missing-file warning');
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(missing.range), 'accelerate_config.yaml');
  });

  it('a MoE launch that pads its experts to a capacity factor of 1.25: the hover on the flag gives the step with the padded experts stated', async () => {
    const { doc } = await open('moe-capacity/pretrain_qwen3_30b_a3b.sh');
    const row = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('--moe-expert-capacity-factor'));
    const line = doc.lineAt(row);
    const on = new vscode.Position(row, line.text.indexOf('--moe-expert-capacity-factor') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, on));
    assert.match(text, /`training\.expertCapacity` = \*\*1\.25\*\*/);
    assert.match(text, /5120 tokens per local expert/);
    assert.match(text, /Experts padded to their capacity \(factor 1\.25\): each expert computes and exchanges 1\.25× its balanced share/);
  });

  it('a launch whose continued flags are cut by a commented flag line: a warning on that comment, as bash ends the command there', async () => {
    const { doc } = await open('commented-flags/InternVL3.sh');
    const warn = vscode.languages.getDiagnostics(doc.uri).find((d) => /This comment ends the command above it/.test(d.message));
    assert.ok(warn, 'the comment-ends-the-command warning');
    assert.equal(warn.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(warn.range).trim(), '#--model_name_or_path OpenGVLab/InternVL3-14B-hf \\');
  });

  it("a copy of transformers' run_mlm.py, which takes its model from its command line, opened on its own: read as the launch beside it runs it, said at its HfArgumentParser", async () => {
    const { doc } = await open('launched-script/run_mlm.py');
    const note = vscode.languages.getDiagnostics(doc.uri).find((d) => /read as run_mlm\.sh runs it/.test(d.message));
    assert.ok(note, 'the note');
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(doc.getText(note.range), 'HfArgumentParser');
  });

  it('a GRPO script that no reader knows alone, whose model a class of a module beside it loads (`HuggingFaceLM(…)` from model.py, with the YAML it loads): lit up with the LoRA on Qwen2.5-1.5B-Instruct, the module named', async () => {
    // (A copy of Bharath2/Minimal-GRPO's grpo_train.py, model.py and grpo_config.yml: test/fixtures/survey/hundredandsixtyseventh 3555.)
    const { doc } = await open('imported-class/grpo_train.py');
    const note = vscode.languages.getDiagnostics(doc.uri).find((d) => /Read with HuggingFaceLM as .*model\.py beside it/.test(d.message));
    assert.ok(note, 'the note');
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
  });

  it("a user's own YAML for a TRL script (model.name, lora.r, training.*): a note that it is read by common keys, and the hover on r: 8 gives the adapter's exact count", async () => {
    const { doc } = await open('user-config/train_config.yaml');
    const note = vscode.languages.getDiagnostics(doc.uri).find((d) => /Not a framework's own layout: read as a training script's config/.test(d.message));
    assert.ok(note, 'the note');
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
    const row = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.trim() === 'r: 8');
    const on = new vscode.Position(row, doc.lineAt(row).text.indexOf('8'));
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, on));
    assert.match(text, /`training\.adapter\.rank` = \*\*8\*\*/);
    // r 8 on the seven projections: 46,202,880 in Ministral 3's 40 layers, and PEFT's suffix match reaches Pixtral's own
    // q/k/v/o and gate/up/down in its 24 blocks of 1024 (MLP 4096): 24 × 8·(4·2048 + 2·5120 + 5120) = 4,521,984.
    assert.match(text, /\(50,724,864\)/);
  });

  it('the quick fix sets TP to the nearest valid degree and changes only that byte', async () => {
    const { doc, api } = await open('megatron-bad/train.sh');
    const before = doc.getText();
    const diag = vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'parallel-degrees')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Set TP to 2');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const after = doc.getText();
      const at = doc.offsetAt(new vscode.Position(2, 3));
      assert.equal(after, before.slice(0, at) + '2' + before.slice(at + 1));
      await api.refresh(doc);
      assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'parallel-degrees'));
    } finally {
      // Never leave the fixture changed, whatever happened above.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('the report command returns the full analysis as markdown', async () => {
    await open('llama/config.json');
    const md = await vscode.commands.executeCommand<string>('computeBudget.copyReport');
    assert.match(md, /^# Compute Budget report/);
    assert.match(md, /\| total \| \*\*8\.03 B\*\* \| 8,030,261,248 \|/);
  });

  it("a fine-tuning notebook opened as a notebook: its code cells analyzed together, the LoRA rank's hint and hover in its own cell", async () => {
    // (Unsloth's CodeGemma 7B notebook: test/fixtures/survey/hundredandfifteenth/train/2280.)
    const nb = await vscode.workspace.openNotebookDocument(workspaceFile('notebook/codegemma-finetune.ipynb'));
    await vscode.window.showNotebookDocument(nb);
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, 'extension installed');
    const api = await ext.activate();
    const cell = nb.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code && /get_peft_model/.test(c.document.getText()));
    assert.ok(cell, 'the notebook has its LoRA cell');
    const doc = cell.document;
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => /^\s*r = 16/.test(l));
    // (Each cell reaches the server as it opens: asked until the notebook's cells are all there.)
    let hints: vscode.InlayHint[] = [];
    for (let i = 0; i < 50 && !hints.some((h) => /trainable/.test(label(h))); i++) {
      await api.refresh(doc);
      hints = await inlayHints(doc);
      if (!hints.some((h) => /trainable/.test(label(h)))) await new Promise((r) => setTimeout(r, 200));
    }
    const rank = hints.find((h) => h.position.line === line);
    assert.ok(rank, `hints: ${hints.map((h) => `${h.position.line}: ${label(h)}`).join(' | ')}`);
    assert.equal(label(rank), 'r 16 · 50.0M trainable · 0.58%');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(line, doc.lineAt(line).text.indexOf('16')),
    );
    assert.match(hoverText(hovers), /50,003,968/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('does not light up on an unrelated JSON file', async () => {
    const { doc, api } = await open('unrelated/package.json');
    const entry = await api.cache.get(doc);
    assert.equal(entry.analysis, undefined);
    assert.deepEqual(await inlayHints(doc), []);
    assert.deepEqual(
      vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Compute Budget'),
      [],
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 5));
    assert.doesNotMatch(hoverText(hovers), /Compute Budget/);
  });
});
