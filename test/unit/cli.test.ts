import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, nodeIo, type Io } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { ...nodeIo(), stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), locale: 'en' };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const llama = join(FIXTURES, 'hf_config/llama-3.1-8b.config.json');

describe('compute-budget report', () => {
  it('text: aligned rows with units', async () => {
    const r = await cli(['report', llama, '--seq-len', '8192']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /total\s+8\.03 B\s+8,030,261,248/);
    assert.match(r.stdout, /training \(fwd \+ bwd\)\s+51\.5 GFLOP/);
    assert.match(r.stdout, /FLOPs per token \(causal, sequence 8192\)/);
  });

  it('json: the version 1 contract with integers as JSON numbers', async () => {
    const r = await cli(['report', llama, join(FIXTURES, 'hf_config/mixtral-8x7b-v0.1.config.json'), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.version, 1);
    assert.equal(j.files.length, 2);
    const [a, b] = j.files;
    assert.equal(a.family, 'hf');
    assert.equal(a.params.total, 8030261248);
    assert.equal(typeof a.params.total, 'number');
    assert.equal(b.params.active, 12879925248);
    assert.equal(a.flops.convention, 'causal');
    assert.equal(a.flops.seqLen, 4096);
    assert.equal(typeof a.flops.perToken.forward, 'number');
    assert.equal(typeof a.flops.perToken.training, 'number');
    assert.ok(Array.isArray(a.assumptions) && Array.isArray(a.findings));
    // The assumed sequence length is listed, and the spec keeps each value's source line.
    assert.equal(a.assumptions[0].field, 'training.seqLen');
    assert.deepEqual(a.spec.model.layers, { value: 32, source: { kind: 'fact', file: llama, key: 'num_hidden_layers', line: 17, column: 24 } });
    assert.equal(a.spec.training.seqLen.source.kind, 'assumed');
  });

  it('markdown: a heading per file and tables with formulas', async () => {
    const r = await cli(['report', llama, '--format', 'markdown', '--convention', 'noncausal']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^# Compute Budget report/);
    assert.match(r.stdout, /\| total \| \*\*8\.03 B\*\* \| 8,030,261,248 \|/);
    assert.match(r.stdout, /FLOPs per token \(noncausal, sequence 4096\)/);
    // The cluster a reviewer needs, as the text report has it: the GPUs, the layout, memory per GPU, the step.
    assert.match(r.stdout, /### Cluster: 8 × NVIDIA H100 SXM \(1 node × 8\), assumed/);
    assert.match(r.stdout, /\| memory per GPU \| [\d.]+ GB \/ 85\.0 GB \|/);
    assert.match(r.stdout, /\| step time \| [\d.]+ m?s \|/);
  });

  it('--set MODEL=39B selects the case branch of a launch script', async () => {
    const r = await cli(['report', join(FIXTURES, 'megatron_handwritten/gpt_weak_scaling_a100.sh'), '--set', 'MODEL=39B', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.files[0].params.total, 39096041472);
    assert.equal(j.files[0].spec.parallel.pp.value, 2);
    assert.equal((await cli(['report', llama, '--set', 'novalue'])).code, 2);
  });

  it('a folder is one setup: model config + Axolotl YAML + the DeepSpeed JSON it references; unrelated files are skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-setup-'));
    writeFileSync(join(dir, 'config.json'), readFileSync(llama, 'utf8'));
    writeFileSync(join(dir, 'train.yaml'), 'base_model: meta-llama/Llama-3.1-8B\nsequence_len: 2048\nmicro_batch_size: 2\ndeepspeed: ../shared/ds.json\n');
    writeFileSync(join(dir, 'package.json'), '{"name": "not-a-config"}');
    mkdirSync(join(dir, '..', 'shared'), { recursive: true });
    writeFileSync(
      join(dir, '..', 'shared', 'ds.json'),
      '{"train_batch_size": 64, "train_micro_batch_size_per_gpu": 2, "gradient_accumulation_steps": 4, "zero_optimization": {"stage": 3}}',
    );
    const r = await cli(['report', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.files.length, 1);
    assert.deepEqual(
      j.files[0].files.map((f: string) => f.split('/').slice(-2).join('/')),
      [`${dir.split('/').pop()}/config.json`, `${dir.split('/').pop()}/train.yaml`, 'shared/ds.json'],
    );
    assert.equal(j.files[0].flops.seqLen, 2048);
    assert.equal(j.files[0].spec.training.zeroStage.value, 3);
    assert.equal(j.files[0].spec.parallel.dp.value, 8);
    assert.equal(j.files[0].spec.training.seqLen.source.kind, 'fact');
    assert.match(j.files[0].spec.training.seqLen.source.file, /train\.yaml$/);
  });

  it('a folder of unrelated configs: a file naming another model than the config.json beside it is its own setup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-mixed-'));
    writeFileSync(join(dir, 'config.json'), readFileSync(join(FIXTURES, 'hf_config_2025/smollm3-3b.config.json'), 'utf8'));
    writeFileSync(join(dir, 'llama3_8b.toml'), readFileSync(join(FIXTURES, 'torchtitan/llama3_8b.toml'), 'utf8'));
    writeFileSync(join(dir, 'mixtral.yml'), readFileSync(join(FIXTURES, 'axolotl/mixtral-qlora-fsdp.yml'), 'utf8'));
    const j = JSON.parse((await cli(['report', dir, '--format', 'json'])).stdout);
    const byFile = Object.fromEntries(j.files.map((f: { path: string; params: { total: number } }) => [f.path.split('/').pop(), f.params.total]));
    assert.deepEqual(byFile, { 'config.json': 3075098624, 'llama3_8b.toml': 8030261248, 'mixtral.yml': 46702792704 });
    // None of them took another's settings.
    assert.ok(!JSON.stringify(j).includes('conflicting-values'));
  });

  it("a folder of unrelated runs (the survey's 61 public files): no run takes another trainer's settings; each is reported as when read alone", async function () {
    this.timeout(30000); // 61 files read and analyzed: seconds on a busy machine
    const dir = join(FIXTURES, 'survey/train');
    const r = await cli(['report', dir, '--format', 'json']);
    const j = JSON.parse(r.stdout);
    const findings = j.files.flatMap((f: { findings: { ruleId: string }[] }) => f.findings);
    assert.equal(findings.filter((f: { ruleId: string }) => f.ruleId === 'conflicting-values').length, 0);
    // OLMo's YAML kept its own 2,048 tokens, where a Megatron-DeepSpeed script beside it sets 512.
    const olmo = j.files.find((f: { path: string }) => f.path.endsWith('11-olmo-7b-c4.yaml'));
    assert.deepEqual(olmo.files, [olmo.path]);
    assert.equal(olmo.flops.seqLen, 2048);
    const alone = JSON.parse((await cli(['report', olmo.path, '--format', 'json'])).stdout).files[0];
    assert.equal(olmo.params.total, alone.params.total);
  });

  it("a folder of folders (LLaMA-Factory's examples/): each config below it reported as its own setup; a finding in the DeepSpeed JSON it references names that file", async () => {
    const examples = join(FIXTURES, 'finetune/llamafactory/examples');
    const r = await cli(['report', examples, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    const trainable = Object.fromEntries(
      j.files.map((f: { path: string; params: { total: number; trainable?: number } }) => [
        f.path.slice(examples.length + 1),
        f.params.trainable ?? f.params.total,
      ]),
    );
    assert.equal(trainable['train_full/llama3_full_sft.yaml'], 8030261248);
    assert.equal(trainable['train_lora/llama3_lora_sft.yaml'], 20971520);
    // The DeepSpeed JSON joined the full fine-tune's setup; its "auto" batch is said where it is written.
    const full = j.files.find((f: { path: string }) => f.path.endsWith('llama3_full_sft.yaml'));
    const auto = full.findings.find((f: { messageId: string; file: string }) => /deepspeed/.test(f.file) && /micro_batch/.test(JSON.stringify(f)));
    assert.ok(auto, JSON.stringify(full.findings));
    assert.deepEqual([auto.file.split('/').pop(), auto.line, auto.column], ['ds_z3_config.json', 3, 37]);
    const text = (await cli(['report', join(examples, 'train_full/llama3_full_sft.yaml')])).stdout;
    assert.match(text, /deepspeed\/ds_z3_config\.json:3:37 info train_micro_batch_size_per_gpu is "auto"/);
    // A folder with nothing below it is still an error.
    assert.equal((await cli(['report', mkdtempSync(join(tmpdir(), 'cb-empty-'))])).code, 1);
  });
  it('levers: the JSON contract, the config as written first; --budget sets the run; absorption in the report JSON', async () => {
    const args = ['--cluster', 'h100-sxm', '--gpus', '1024', '--global-batch', '1024', '--seq-len', '8192', '--budget', '6.4e24'];
    const r = await cli(['levers', join(FIXTURES, 'hf_config/llama-3.1-70b.config.json'), ...args, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.version, 1);
    assert.equal(j.levers[0].id, 'as-written');
    for (const k of ['id', 'label', 'flopsPerStep', 'commBytesPerStep', 'ratio', 'memoryPerGpuBytes', 'mfu', 'absorptionGpus', 'timeToTrainSeconds'])
      assert.ok(k in j.levers[0], k);
    const report = JSON.parse((await cli(['report', join(FIXTURES, 'hf_config/llama-3.1-70b.config.json'), ...args, '--format', 'json'])).stdout);
    const ab = report.files[0].absorption;
    assert.deepEqual(Object.keys(ab.weak), ['maxGpus', 'limitedBy']);
    assert.ok(['tp', 'pp', 'dp', 'cp', 'ep', 'ratio', 'batch'].includes(ab.strong.limitedBy));
    assert.ok(ab.fastestSeconds > 0);
    assert.equal((await cli(['levers', join(FIXTURES, 'hf_config/llama-3.1-70b.config.json'), '--budget', 'lots'])).code, 2);
  });

  it('--cluster and --gpus: the JSON contract carries parallel, memory, comm and throughput', async () => {
    const r = await cli(['report', llama, '--cluster', 'a100-80gb', '--gpus', '16', '--seq-len', '4096', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const f = JSON.parse(r.stdout).files[0];
    assert.equal(f.cluster.accelerator, 'a100-80gb');
    assert.equal(f.cluster.gpus, 16);
    assert.equal(f.cluster.assumed, false);
    // A bare model config: the layout search's choice on the 16 GPUs given.
    const d = f.parallel.degrees;
    assert.equal(f.parallel.chosenBy, 'search');
    assert.equal(d.tp * d.pp * d.cp * d.dp, 16);
    assert.ok(f.parallel.ceiling > 16);
    assert.ok(Array.isArray(f.parallel.valid));
    assert.equal(typeof f.memory.perGpuBytes, 'number');
    assert.equal(typeof f.comm.ratio, 'number');
    assert.equal(typeof f.comm.exposedSeconds, 'number');
    assert.ok(f.comm.perDimension.some((e: { dimension: string }) => e.dimension === 'dp'));
    for (const k of ['stepSeconds', 'modelTflopsPerGpu', 'hardwareTflopsPerGpu', 'tokensPerSecondPerGpu', 'mfu', 'hfu'])
      assert.equal(typeof f.throughput[k], 'number', k);
    assert.equal((await cli(['report', llama, '--cluster', 'tpu-v9'])).code, 2);
  });

  it('a cluster file, and plan prints ranked layouts with the convention', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-cluster-'));
    writeFileSync(join(dir, 'cluster.yaml'), 'accelerator: h100-sxm\ngpusPerNode: 8\nnodes: 128\n');
    const p = await cli([
      'plan',
      join(FIXTURES, 'hf_config/llama-3.1-70b.config.json'),
      '--cluster',
      join(dir, 'cluster.yaml'),
      '--global-batch',
      '1024',
      '--seq-len',
      '8192',
      '--format',
      'json',
    ]);
    assert.equal(p.code, 0, p.stderr);
    const plan = JSON.parse(p.stdout).plans[0];
    assert.equal(plan.cluster.gpus, 1024);
    assert.equal(plan.convention, 'causal');
    assert.ok(plan.layouts.length >= 1 && plan.layouts[0].throughput.mfu > 0.35 && plan.layouts[0].throughput.mfu < 0.55);
    const text = await cli(['plan', join(FIXTURES, 'hf_config/llama-3.1-70b.config.json'), '--gpus', '64', '--global-batch', '128']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Best layouts for 64 × NVIDIA H100 SXM/);
    assert.match(text.stdout, /MFU \/ HFU \(causal\)/);
    writeFileSync(join(dir, 'bad.yaml'), 'accelerator: h100-sxm\nnodes: -1\n');
    const bad = await cli(['report', llama, '--cluster', join(dir, 'bad.yaml')]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /Invalid cluster file .*bad\.yaml: nodes/);
  });

  it('a layout that does not fit is a finding: the whole report is printed, with no step time (NeMo megatron_llama_config.yaml)', async () => {
    const file = join(FIXTURES, 'nemo/megatron_llama_config.yaml');
    const r = await cli(['report', file]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /total\s+6\.74 B\s+6,738,415,616/);
    assert.match(r.stdout, /training \(fwd \+ bwd\)/);
    assert.match(r.stdout, /memory per GPU\s+257 GB \/ 85\.0 GB ✗/);
    assert.match(r.stdout, /step time\s+no step time: this layout does not fit/);
    assert.doesNotMatch(r.stdout, /MFU|tokens\/s per GPU|time to train/);
    assert.match(r.stdout, /49:21 error Needs 257 GB per GPU, more than the 85\.0 GB a process can use on the NVIDIA H100 SXM\. \[memory-over-capacity\]/);
    assert.match(r.stderr, /megatron_llama_config\.yaml:49:21: error: Needs 257 GB per GPU/);
    const j = JSON.parse((await cli(['report', file, '--format', 'json'])).stdout).files[0];
    assert.equal(j.analyzed, true);
    assert.equal(j.memory.fits, false);
    assert.equal(j.throughput, undefined);
    assert.equal(j.run, undefined);
    assert.equal(j.findings.find((f: { ruleId: string }) => f.ruleId === 'memory-over-capacity').messageId, 'memory.overCapacity');
  });

  it('a folder with one unparseable file and two good ones prints three sections; JSON lists the refused one with analyzed: false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-three-'));
    writeFileSync(join(dir, 'broken.config.json'), '{"model_type": "llama", "num_hidden_layers": 32,, }');
    writeFileSync(join(dir, 'llama.config.json'), readFileSync(llama, 'utf8'));
    writeFileSync(join(dir, 'mixtral.config.json'), readFileSync(join(FIXTURES, 'hf_config/mixtral-8x7b-v0.1.config.json'), 'utf8'));
    const r = await cli(['report', dir]);
    assert.equal(r.code, 1);
    const sections = r.stdout.split('\n').filter((line) => line.startsWith(dir));
    assert.deepEqual(
      sections.map((x) => x.slice(dir.length + 1)),
      ['broken.config.json', 'llama.config.json', 'mixtral.config.json'],
    );
    assert.match(r.stdout, /broken\.config\.json\n\s+\?\n\n\s+Not analyzed\./);
    assert.match(r.stdout, /total\s+8\.03 B\s+8,030,261,248/);
    assert.match(r.stdout, /total\s+46\.7 B/);
    const j = JSON.parse((await cli(['report', join(dir, 'broken.config.json'), '--format', 'json'])).stdout);
    assert.equal(j.files.length, 1);
    const f = j.files[0];
    assert.equal(f.analyzed, false);
    assert.equal(f.params, undefined);
    assert.equal(f.findings[0].severity, 'error');
    assert.equal(f.findings[0].messageId, 'extract.jsonSyntax');
    assert.match(f.findings[0].message, /JSON syntax error/);
    assert.deepEqual([f.findings[0].line, typeof f.findings[0].column], [1, 'number']);
    // A file that cannot be read is an entry too.
    const missing = JSON.parse((await cli(['report', join(dir, 'nothing.json'), llama, '--format', 'json'])).stdout);
    assert.deepEqual(
      missing.files.map((x: { path: string; analyzed: boolean }) => [x.path.split('/').pop(), x.analyzed]),
      [
        ['llama-3.1-8b.config.json', true],
        ['nothing.json', false],
      ],
    );
    assert.equal(missing.files[1].findings[0].ruleId, 'unreadable');
  });

  it('a model config with no layout gets the best layout that fits, or an error naming the GPUs it needs; never an MFU for a layout that does not fit', async () => {
    const seventy = join(FIXTURES, 'hf_config/llama-3.1-70b.config.json');
    const text = await cli(['report', seventy]);
    assert.equal(text.code, 0, text.stderr);
    assert.doesNotMatch(text.stdout, /✗/);
    const j = JSON.parse((await cli(['report', seventy, '--format', 'json'])).stdout).files[0];
    assert.equal(j.parallel.chosenBy, 'search');
    assert.equal(j.memory.fits, true);
    assert.ok(j.memory.perGpuBytes <= j.memory.capacityBytes);
    assert.ok(j.throughput.mfu > 0.2 && j.throughput.mfu < 0.6, String(j.throughput.mfu));
    // 70.6 B parameters' states do not fit on one 8-GPU node: the assumed size is the fewest GPUs that fit one.
    assert.equal(j.cluster.gpus, 16);
    assert.ok(j.assumptions.some((a: { field: string; reason: string }) => a.field === 'cluster.gpus' && /fewest \(16\)/.test(a.reason)));
    assert.ok(j.assumptions.some((a: { field: string; reason: string }) => a.field === 'parallel.layout' && /layout search/.test(a.reason)));
    // On 8 GPUs stated, none fits: an error that names the GPUs needed, and no step time.
    const eight = await cli(['report', seventy, '--gpus', '8']);
    assert.equal(eight.code, 1);
    assert.match(eight.stdout, /error No layout fits on 8 × NVIDIA H100 SXM: the smallest layout that fits needs 16 GPUs\. \[memory-over-capacity\]/);
    assert.doesNotMatch(eight.stdout, /MFU|tokens\/s per GPU|compute \/ communication/);
    const j8 = JSON.parse((await cli(['report', seventy, '--gpus', '8', '--format', 'json'])).stdout).files[0];
    assert.equal(j8.memory.needsGpus, 16);
    assert.equal(j8.throughput, undefined);
    assert.equal(j8.comm, undefined);
  });

  it('usage errors exit 2 with a message', async () => {
    assert.equal((await cli([])).code, 2);
    const bad = await cli(['report', llama, '--convention', 'quadratic']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--convention/);
    assert.equal((await cli(['report', llama, '--seq-len', '-5'])).code, 2);
    assert.equal((await cli(['report', llama, '--seq-len', 'abc'])).code, 2);
    assert.equal((await cli(['frobnicate'])).code, 2);
    assert.equal((await cli(['report'])).code, 2);
    assert.equal((await cli(['report', llama, '--nope'])).code, 2);
  });

  describe('malformed, truncated or empty configs: a clear error on stderr, exit 1, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-cli-'));
    const cases: [string, string, RegExp][] = [
      ['empty.json', '', /empty\.json:1:1: error: The file is empty\./],
      ['truncated.json', '{\n  "model_type": "llama",\n  "hidden_size": 40', /truncated\.json:3:\d+: error: JSON syntax error/],
      ['malformed.json', '{"model_type": "llama",, "x": }', /malformed\.json:1:\d+: error: JSON syntax error/],
      [
        'strings.json',
        '{"model_type": "llama", "num_hidden_layers": "many", "hidden_size": 4096, "num_attention_heads": 32, "intermediate_size": 1, "vocab_size": 2}',
        /strings\.json:1:46: error: num_hidden_layers must be a positive integer/,
      ],
      ['rwkv.json', '{"model_type": "rwkv"}', /Not supported: model_type "rwkv"/],
    ];
    for (const [name, text, pattern] of cases) {
      it(name, async () => {
        const path = join(dir, name);
        writeFileSync(path, text);
        const r = await cli(['report', path]);
        assert.equal(r.code, 1);
        assert.match(r.stderr, pattern);
        // The report still has the file's section: not analyzed, and why.
        assert.match(r.stdout, /Not analyzed\./);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      });
    }
    it('a missing file and a folder', async () => {
      const r = await cli(['report', join(dir, 'nope.json')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /cannot read .*nope\.json: no such file/);
      assert.equal((await cli(['report', dir])).code, 1);
    });
  });

  it('the built binary (dist/cli.js) runs as a process: exit codes and no stack trace', async () => {
    const bin = join(process.cwd(), 'dist', 'cli.js');
    const ok = spawnSync(process.execPath, [bin, 'report', llama], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /8\.03 B/);
    const dir = mkdtempSync(join(tmpdir(), 'cb-bin-'));
    writeFileSync(join(dir, 'bad.json'), '{"model_type": ');
    const bad = spawnSync(process.execPath, [bin, 'report', join(dir, 'bad.json')], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /bad\.json:1:\d+: error: JSON syntax error/);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });
});
