/**
 * `npm run calibrate`: the memory model against published fine-tuning measurements
 * (test/fixtures/reference/calibration/finetune-memory.tsv, copied from shared/reference with its
 * sources). Each row's settings become a setup (model from the catalogue, method, adapter,
 * quantization, precision, optimizer, batch, length, checkpointing, GPUs, sharding); the predicted
 * peak is compared with the statistic the source measures: allocated (or active, or tracemalloc)
 * bytes are the tensors alone; reserved bytes add the allocator's fragmentation; neither includes
 * the CUDA context or NCCL's buffers. Prints a table per source and the rows it cannot express.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pct, quantile, readTsv, type Row } from './tsv';
import { activationBytesPerLayer, DEVICE_SHARE, memoryPerGpu } from '../src/core/analysis/memory';
import { planFromSpec, type Workload } from '../src/core/analysis/parallel';
import { clusterFromFile } from '../src/core/hardware/cluster';
import { catalogueModel } from '../src/core/recognize/hf';
import { findModel } from '../src/core/recognize/catalogue/models';
import { optimizerOf } from '../src/core/recognize/common';
import { rolesOf } from '../src/core/recognize/adapter';
import { dataParallelDefaults } from '../src/core/recognize/trainer';
import { specSchema, type AdapterSpec, type AdapterTarget } from '../src/core/spec';
import { analyzeFile } from '../src/core/pipeline';
import { render } from '../src/core/messages';
import { throughputCalibration } from './throughput';
import { stepModel, type StepModel } from '../src/core/analysis/time';
import type { Sourced } from '../src/core/types';

const FILE = join(process.cwd(), 'test/fixtures/reference/calibration/finetune-memory.tsv');

const rows = (): Row[] => readTsv(FILE);

const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });

/**
 * GPU memory by the names the table uses, in MiB as nvidia-smi reports it (a process gets DEVICE_SHARE of it, as for the
 * presets): the A10G and L40S run with ECC on, which takes 1/16 of their GDDR6 (A10G 23,028 MiB of "24 GB", L40S 46,068 of "48").
 */
const CAPACITY_MIB: readonly [RegExp, number][] = [
  // LitGPT's LoRA tutorial rows name "A100 (per resource-tables.md; …)": the resource tables' A100 40GB (its bf16-true rows
  // equal theirs), not the RTX 3090 its introduction mentions (their 26.9 GB would not fit one).
  [/40GB|per resource-tables\.md/i, 40960],
  [/A10G/i, 23028],
  [/24GB|4090|3090/i, 24564],
  [/L40S/i, 46068],
  [/A6000/i, 49140],
  [/A100/i, 81920],
];

/** LitGPT's LoRA switches in the table's words. */
const LITGPT: Readonly<Record<string, readonly AdapterTarget[]>> = {
  query: ['q'],
  key: ['k'],
  value: ['v'],
  projection: ['o'],
  mlp: ['gate', 'up', 'down'],
  head: ['head'],
  output: ['head'],
};

/** LitGPT's adapter settings from the table's words: prompt length, start layer, v2. */
function litgptAdapter(r: Row): { adapterLen: number; start: number; adapterGatePerHead: true; adapterV2: boolean } | string {
  const text = r['lora_targets'] ?? '';
  const v2 = /v2/.test(text);
  // LitGPT's Config defaults (litgpt/config.py): adapter_prompt_length 10, adapter_start_layer 2; v2 rows say "v2" only.
  const len = Number(/adapter_prompt_length=(\d+)/.exec(text)?.[1] ?? (v2 ? 10 : NaN));
  const start = Number(/adapter_start_layer=(\d+)/.exec(text)?.[1] ?? (v2 ? 2 : NaN));
  if (!(len > 0) || !(start >= 0)) return `LLaMA-Adapter settings not stated: ${text}`;
  return { adapterLen: len, start, adapterGatePerHead: true, adapterV2: v2 };
}

function targetsOf(text: string): AdapterTarget[] | string {
  if (!text) return 'no targets stated';
  if (/script default|q,k,v,o,gate,up,down/.test(text)) return ['q', 'k', 'v', 'o', 'gate', 'up', 'down'];
  if (/PEFT defaults|LLaMA-Adapter|self_attn|layernorm/.test(text)) return `targets not expressible: ${text}`;
  const names = text
    .replace(/\(.*?\)/g, (m) => (m.includes('w1') ? ',mlp' : ''))
    .split(',')
    .map((s) => s.trim().split(/\s/)[0]!)
    .filter(Boolean);
  const out = new Set<AdapterTarget>();
  for (const n of names) {
    const lit = LITGPT[n];
    if (lit) for (const r of lit) out.add(r);
    else {
      const { roles, unknown } = rolesOf([n]);
      if (unknown.length) return `unknown target ${n}`;
      for (const r of roles) out.add(r);
    }
  }
  return [...out];
}

function modelName(name: string): string {
  return name
    .replace(/\(.*?\)/g, '')
    .trim()
    .replace(/^Llama2-/i, 'llama-2-')
    .replace(/\s+/g, '-')
    .toLowerCase();
}

interface Result {
  readonly row: Row;
  readonly predicted?: number;
  readonly measured?: number;
  readonly why?: string;
  /** Expressible, but left out of the statistics: the published figure cannot be the stated settings' (why). */
  readonly excluded?: string;
  readonly oom?: boolean;
  readonly fits?: boolean;
  /** Tokens/s per GPU: predicted on the row's GPU and published (or why the row's figure is not compared). */
  readonly speed?: { readonly predicted: number; readonly published: number; readonly accelerator: string } | { readonly why: string };
  /** Seconds per iteration (one micro-batch), predicted and published, for the rows that publish minutes per 1,000 iterations. */
  readonly iteration?: { readonly predicted: number; readonly published: number };
}

/** The presets of the GPUs the table names (an A100 without a size: the 80 GB part). */
const ACCELERATOR_OF: readonly [RegExp, string][] = [
  [/4090/, 'rtx-4090'],
  [/3090/, 'rtx-3090'],
  [/A6000/i, 'rtx-a6000'],
  [/L40S/i, 'l40s'],
  [/A100.*40/i, 'a100-40gb'],
  [/A100/i, 'a100-80gb'],
  [/H100/i, 'h100-sxm'],
];

/** The preset a GPU's name in the table (or its source's table title) names. */
function presetOf(text: string): string | undefined {
  return ACCELERATOR_OF.find(([re]) => re.test(text))?.[1];
}

/**
 * A row's published tokens/s against the step model on the row's GPU. Only runs whose every sequence has the stated length
 * are compared (packed, or padded to the maximum): unpacked batches are padded to each batch's longest sample, which the
 * sources do not state. A figure the source does not say is per GPU is per GPU where the row has one GPU; for several,
 * the total (per GPU it would exceed the GPUs' peak: torchtune's 70B full fine-tune at 1568 tokens/s per A100 would be 659
 * TFLOP/s).
 */
function speedOf(r: Row, build: (accelerator: string) => StepModel): Result['speed'] {
  const published = Number(r['tokens_per_sec']);
  if (!(published > 0)) return undefined;
  const note = `${r['seq_len_note'] ?? ''};${r['other_opts'] ?? ''}`;
  if (!/(^|[^n])packed|padding='max_length'/.test(note)) return { why: 'unpacked batches: the padded lengths are not stated' };
  if (/eval every/i.test(`${r['throughput_note'] ?? ''};${r['notes'] ?? ''}`)) return { why: 'the time includes evaluations' };
  const accelerator = presetOf(r['gpu'] ?? '');
  if (!accelerator) return { why: `no preset for ${r['gpu']}` };
  const gpus = Math.max(1, Number(r['num_gpus']) || 1);
  const perGpu = /per GPU|single GPU/i.test(r['throughput_note'] ?? '') ? published : published / gpus;
  const step = build(accelerator).throughput;
  // The FLOPs the stated settings run (recompute included) at the published speed, against the GPU's dense peak.
  const ran = (step.hardwareTflopsPerGpu / step.tokensPerSecondPerGpu) * perGpu;
  const peak = step.hardwareTflopsPerGpu / step.hfu;
  if (ran > peak)
    return { why: `published speed beyond the GPU's peak (${accelerator}: ${ran.toFixed(0)} of ${peak.toFixed(0)} TFLOP/s): another GPU or other settings` };
  return { predicted: step.tokensPerSecondPerGpu, published: perGpu, accelerator };
}

function predict(r: Row): Result {
  const oom = /OOM|OutOfMemory/i.test(r['peak_mem_published'] ?? '');
  // A figure labelled GB by code that divides by 1024³ (the row's metric says so) is GiB.
  const gib = /1024\*\*3/.test(r['mem_metric'] ?? '') && r['peak_mem_unit'] === 'GB' ? Number(r['peak_mem_value']) : Number(r['peak_mem_GiB']);
  const measured = gib * 2 ** 30;
  if (r['record_type'] !== 'peak_memory') return { row: r, why: `record type ${r['record_type']}` };
  if (!oom && !(measured > 0)) return { row: r, why: 'no peak memory published' };
  const method = r['method'] ?? '';
  // Other PEFT methods: the run's own adapter_config.json (copied into the fixtures), read by the product's PEFT reader.
  const peftConfig = method === 'other PEFT' ? peftAdapter(r) : undefined;
  if (typeof peftConfig === 'string') return { row: r, why: peftConfig };
  // LitGPT's LLaMA-Adapter (finetune_adapter) and v2 (finetune_adapter_v2): its Config's adapter_prompt_length and
  // adapter_start_layer (the table states both), a gate per head; v2 also a bias and a scale per linear output and the norms.
  const litAdapter = /^adapter\b/.test(method) && /LLaMA-Adapter/.test(r['lora_targets'] ?? '') ? litgptAdapter(r) : undefined;
  if (typeof litAdapter === 'string') return { row: r, why: litAdapter };
  if (!peftConfig && !litAdapter && !/^(LoRA|QLoRA|DoRA|full)$/.test(method)) return { row: r, why: `method not modelled: ${method}` };
  const entry = findModel(modelName(r['model'] ?? ''));
  if (!entry) return { row: r, why: `model not in the catalogue: ${r['model']}` };
  const built = catalogueModel(given(entry.id));
  if (!built.model) return { row: r, why: `model type not supported: ${entry.id}` };
  // LitGPT's GPT always builds lm_head as its own nn.Linear next to transformer.wte (litgpt/model.py GPT.__init__;
  // convert_hf_checkpoint copies wte into lm_head when a checkpoint ties them): a tied model is trained untied.
  // The litgpt recognizer should set tiedEmbeddings false the same way.
  const model = /litgpt|lit-gpt/i.test(r['framework'] ?? '') ? { ...built.model, tiedEmbeddings: given(false) } : built.model;
  const training: Record<string, unknown> = {};
  const seq = Number(r['seq_len']);
  if (!(seq > 0)) return { row: r, why: 'no sequence length' };
  // Unpacked data padded to each batch's longest sample: the peak's length is the data's, not the configured maximum.
  if (/unpacked/i.test(r['seq_len_note'] ?? '')) return { row: r, why: "unpacked batches: the longest sample's length is not stated" };
  training['seqLen'] = given(Math.round(seq));
  const mb = Number(r['micro_batch']) || 1;
  training['microBatch'] = given(mb);
  // The row's global batch (or accumulation) where stated: accumulation keeps gradients next to the activations.
  const gpusN = Math.max(1, Number(r['num_gpus']) || 1);
  const stated = Number(r['global_batch']) || mb * gpusN * (Number(r['grad_accum']) || 1);
  training['globalBatch'] = given(Math.max(mb * gpusN, Math.round(stated / (mb * gpusN)) * mb * gpusN));
  training['finetune'] = given(true);
  const tp = r['trainer_precision'] ?? '';
  const base = r['base_weight_precision'] ?? '';
  const fp32 = /^fp32/.test(base);
  training['precision'] = given(fp32 && !/bf16-mixed/.test(base) ? 'fp32' : /fp16/.test(tp) ? 'fp16' : 'bf16');
  training['masterWeights'] = given(/mixed|use_amp=True|fp16/.test(tp) || /fp32 weights/.test(base));
  // fp32 weights under autocast (Lightning's bf16-mixed): the frozen base is stored in fp32.
  if (/^fp32 weights/.test(base)) training['fp32Weights'] = given(true);
  // bitsandbytes' 32-bit (paged) AdamW is not an 8-bit optimizer (optimizerOf reads any bnb Adam as 8-bit).
  const optText = r['optimizer'] ?? 'adamw';
  const bnb = /bnb|bitsandbytes/i.test(optText);
  const eightBit = /8.?bit/i.test(optText);
  training['optimizer'] = given(bnb && !eightBit ? optimizerOf(optText.replace(/bnb|bitsandbytes/gi, '')) : optimizerOf(optText));
  const ckpt = r['grad_ckpt'] ?? '';
  if (!ckpt) return { row: r, why: 'activation checkpointing not stated (no config named)' };
  training['recompute'] = given(/^on/.test(ckpt) ? 'full' : 'none');
  if (/nf4/.test(base)) training['quantization'] = given(/double|torchao/.test(base) ? 'nf4-dq' : 'nf4');
  const sharding = r['sharding'] ?? '';
  if (/FSDP/.test(sharding)) training['fsdp'] = given(true);
  if (/ZeRO-3/.test(sharding)) training['zeroStage'] = given(3);
  if (/compile(?!=False)/i.test(`${r['other_opts'] ?? ''}`)) training['compiled'] = given(true);
  if (/offload/i.test(sharding)) training['offloadOptimizer'] = given(true);
  // FSDP's CPU offload (torchtune fsdp_cpu_offload: CPUOffload(offload_params=True)) moves the parameter shards too.
  if (/FSDP.*CPU offload/i.test(sharding)) training['offloadParams'] = given(true);
  if (peftConfig) training['adapter'] = peftConfig;
  else if (litAdapter) {
    const { start, ...options } = litAdapter;
    training['adapter'] = { kind: given('adaption'), targets: given([]), options: given({ ...options, adapterStartLayer: start }) };
  } else if (method !== 'full') {
    const targets = targetsOf(r['lora_targets'] ?? '');
    if (typeof targets === 'string') return { row: r, why: targets };
    const rank = Number(r['lora_rank']);
    if (!(rank > 0)) return { row: r, why: 'no LoRA rank' };
    // (LitGPT and torchtune build their own models, q, k, v and the MLP's linears apart: no Hugging Face fused linear.)
    const own = /litgpt|lit-gpt|torchtune/i.test(r['framework'] ?? '');
    training['adapter'] = {
      kind: given(method === 'DoRA' ? 'dora' : 'lora'),
      rank: given(rank),
      targets: given(targets),
      ...(own ? { ownLinears: given(true) } : {}),
    };
  }
  const gpus = Math.max(1, Number(r['num_gpus']) || 1);
  const spec = specSchema.safeParse({
    family: 'generic',
    // PyTorch loops set gradients to None after each step (LitGPT, torchtune, PEFT's script); DeepSpeed keeps its buffers.
    trainer: { ...dataParallelDefaults('the source'), freesGradients: !/ZeRO|DeepSpeed/i.test(r['sharding'] ?? '') },
    model,
    training,
    parallel: { dp: given(gpus) },
  });
  if (!spec.success) return { row: r, why: `spec: ${spec.error.issues[0]?.message}` };
  const capacity = CAPACITY_MIB.find(([re]) => re.test(r['gpu'] ?? ''))?.[1] ?? 81920;
  const cluster = clusterFromFile({ accelerator: 'a100-80gb', gpusPerNode: Math.min(8, gpus) }, given('calibration'), gpus);
  const plan = planFromSpec(spec.data as Parameters<typeof planFromSpec>[0], cluster);
  // CALIBRATE_OFF=norm,adapterDropout: leave those framework settings at their defaults (to see a mechanism's effect).
  const settings: Partial<Workload> = { ...frameworkSettings(r, bnb && !eightBit) };
  for (const k of (process.env['CALIBRATE_OFF'] ?? '').split(',')) delete (settings as Record<string, unknown>)[k];
  const workload = { ...plan.workload, ...settings };
  const onGpu = (accelerator: string) =>
    stepModel(plan.layout, workload, clusterFromFile({ accelerator, gpusPerNode: Math.min(8, gpus) }, given('calibration'), gpus), 'causal');
  const speed = speedOf(r, onGpu);
  const minutes = Number(/^([\d.]+) min per 1k iterations/.exec(r['time_published'] ?? '')?.[1]);
  const accelerator = presetOf(`${r['gpu'] ?? ''} ${r['source_table'] ?? ''}`);
  const iteration =
    minutes > 0 && accelerator
      ? {
          predicted: onGpu(accelerator).throughput.stepSeconds / Math.max(1, plan.workload.globalBatch / (plan.layout.microBatch * plan.layout.dp)),
          published: (minutes * 60) / 1000,
        }
      : undefined;
  const m = memoryPerGpu(plan.layout, workload);
  // What the stated settings cannot go below: the weights, gradients and optimizer state a GPU holds, and under activation
  // checkpointing every layer's saved input. A published figure under it measured a run with other settings.
  const checkpointed =
    plan.layout.recompute === 'full' && !workload.activationOffload ? activationBytesPerLayer(model, plan.layout, workload.seqLen) * model.layers.value : 0;
  const floor = m.weights + m.gradients + m.optimizer + checkpointed;
  // (With a tenth's slack for what the model may overcount: a row is dropped only when clearly below.)
  if (!oom && 0.9 * floor > measured)
    return {
      row: r,
      speed,
      iteration,
      excluded: `published figure below what the stated settings hold (weights, gradients, optimizer state, checkpointed inputs)`,
    };
  // The table's own notes say the run's settings were not the ones stated.
  if (/evidently used different|settings unknown|was probably on/i.test(r['notes'] ?? ''))
    return { row: r, speed, iteration, excluded: 'the source notes that the run used settings it does not state' };
  const tensors = m.total - m.reserve;
  // Allocated / active / tracemalloc: the tensors; reserved: plus the allocator's fragmentation.
  // (A source that does not say which it measured is compared with the tensors.)
  const metric = r['mem_metric'] ?? '';
  const predicted = /reserved/i.test(metric) && !/not stated/i.test(metric) ? tensors * 1.05 : tensors;
  // CALIBRATE_ROWS=12,76: print those rows' breakdowns (GiB).
  if ((process.env['CALIBRATE_ROWS'] ?? '').split(',').includes(r['row_id'] ?? ''))
    console.log(
      `row ${r['row_id']}: ${Object.entries(m)
        .map(([k, v]) => `${k} ${(v / 2 ** 30).toFixed(2)}`)
        .join(', ')}`,
    );
  // The fit verdict is the product's: the total with the reserve (CUDA context, NCCL buffers, fragmentation) against the GPU.
  return { row: r, predicted, measured: oom ? undefined : measured, oom, fits: m.total <= capacity * 2 ** 20 * DEVICE_SHARE, speed, iteration };
}

/** The adapter of a PEFT method-comparison run (its adapter_config.json, the base model the benchmark loads), or why there is none. */
function peftAdapter(r: Row): AdapterSpec | string {
  const name = /MetaMathQA\/results\/(.+)\.json$/.exec(r['source'] ?? '')?.[1];
  const path = name && join(process.cwd(), 'test/fixtures/finetune/peft/metamathqa', `${name}.json`);
  if (!path || !existsSync(path)) return `method not modelled: ${r['peft_detail'] || r['method']}`;
  const text = readFileSync(path, 'utf8').replace('"base_model_name_or_path": null', `"base_model_name_or_path": ${JSON.stringify(r['model'])}`);
  const a = analyzeFile({ path: 'adapter_config.json', text });
  return a.spec?.training.adapter ?? `adapter not read: ${a.findings.map((f) => render(f.message, 'en')).join('; ')}`;
}

/**
 * The settings the row's framework and columns state that the spec has no field for yet (Workload's
 * optional fields; the recognizers named there should set them from the config files).
 */
function frameworkSettings(r: Row, fp32States: boolean): Partial<Workload> {
  const fw = r['framework'] ?? '';
  const opts = `${r['other_opts'] ?? ''};${r['peft_detail'] ?? ''}`;
  const litgpt = /litgpt|lit-gpt/i.test(fw);
  const torchtune = /torchtune/i.test(fw);
  const loss: Workload['loss'] = litgpt ? 'native' : torchtune && /chunked/i.test(opts) ? 'chunked-fp32' : 'fp32';
  // torchtune's recipes compile the loss with the model since August 2024 (PRs #1296 and #1419, training.compile_loss); its
  // tables of April and May 2024 compiled the model alone.
  const month = /\((\w{3}) (\d{4})\)/.exec(fw);
  const dated = month ? Number(month[2]) * 12 + 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(month[1]!) / 3 : 0;
  const lossCompiled = torchtune && /compile(?!=False)/i.test(opts) && dated >= 2024 * 12 + 7;
  return {
    loss,
    ...(lossCompiled ? { lossCompiled } : {}),
    quantKernel: /torchao/i.test(r['base_weight_precision'] ?? '') ? 'torchao' : 'bitsandbytes',
    fp32OptimizerStates: fp32States,
    pagedOptimizer: /paged/i.test(r['optimizer'] ?? ''),
    optimizerInBackward: /optimizer_in_bwd/i.test(opts),
    activationOffload: /activation offloading/i.test(opts),
    fullStateLoad: litgpt && /FSDP/.test(r['sharding'] ?? ''),
    // Eager RMSNorms on an fp32 upcast: LitGPT's (scale in fp32), torchtune's and transformers' (the PEFT rows);
    // a compiled model (training.compiled above) fuses them.
    norm: litgpt ? 'eager-fp32-scale' : 'eager-fp32',
    // LitGPT: lora_dropout 0.05 (finetune/lora.py default and every config_hub/finetune/*/lora.yaml, qlora.yaml), one
    // fused qkv linear, grouped keys / values expanded before attention, and BitsandbytesPrecision quantizing lm_head too.
    adapterDropout: litgpt,
    fusedQkv: litgpt,
    expandKv: litgpt,
    quantizeHead: litgpt && /nf4/.test(r['base_weight_precision'] ?? ''),
    quantizedFromHalf: litgpt,
  };
}

const results = rows().map(predict);
const memoryRows = results.filter((x) => x.row['record_type'] === 'peak_memory');
const expressed = memoryRows.filter((x) => x.predicted !== undefined);
const excluded = memoryRows.filter((x) => x.excluded !== undefined);
const expressible = expressed.length + excluded.length;
console.log(
  `Fine-tuning memory: ${expressible} of ${memoryRows.length} peak-memory rows expressible (${((100 * expressible) / memoryRows.length).toFixed(0)} %); ${expressed.length} compared, ${excluded.length} left out (below)\n`,
);
console.log('row  source                     model                     method  r    seq   mb  ckpt  GPUs  predicted GiB  published GiB  error');
for (const x of expressed) {
  const r = x.row;
  const err = x.measured ? (x.predicted! - x.measured) / x.measured : undefined;
  console.log(
    `${r['row_id']!.padStart(3)}  ${r['source_id']!.padEnd(25)}  ${(r['model'] ?? '').slice(0, 24).padEnd(24)}  ${r['method']!.padEnd(6)}  ${(r['lora_rank'] || '-').padStart(3)}  ${r['seq_len']!.padStart(5)}  ${r['micro_batch']!.padStart(2)}  ${(r['grad_ckpt'] ?? '').slice(0, 3).padEnd(4)}  ${(r['num_gpus'] || '1').padStart(4)}  ${(x.predicted! / 2 ** 30).toFixed(2).padStart(13)}  ${x.measured ? (x.measured / 2 ** 30).toFixed(2).padStart(13) : '          OOM'}  ${err === undefined ? (x.fits ? 'fits ✗' : 'OOM ✓') : `${pct(err)}${x.fits ? '' : '  (it ran: predicted not to fit)'}`}`,
  );
}
console.log('\nper source (|error| over rows with a published figure; OOM rows: predicted not to fit)');
const sources = [...new Set(expressed.map((x) => x.row['source_id']!))];
for (const s of sources) {
  const xs = expressed.filter((x) => x.row['source_id'] === s);
  const errs = xs.filter((x) => x.measured).map((x) => Math.abs((x.predicted! - x.measured!) / x.measured!));
  const ooms = xs.filter((x) => x.oom);
  console.log(
    `  ${s.padEnd(25)} rows ${String(xs.length).padStart(3)}  median ${errs.length ? pct(quantile(errs, 0.5)) : '—'}  p90 ${errs.length ? pct(quantile(errs, 0.9)) : '—'}  OOM predicted ${ooms.filter((x) => !x.fits).length}/${ooms.length}`,
  );
}
const all = expressed.filter((x) => x.measured).map((x) => Math.abs((x.predicted! - x.measured!) / x.measured!));
console.log(`  ${'all'.padEnd(25)} rows ${String(all.length).padStart(3)}  median ${pct(quantile(all, 0.5))}  p90 ${pct(quantile(all, 0.9))}`);
console.log('\nexpressible, left out of the statistics:');
for (const x of excluded) console.log(`  row ${x.row['row_id']!.padStart(3)}  ${x.row['source_id']!.padEnd(25)}  ${x.excluded}`);
console.log('\nnot expressed:');
const reasons = new Map<string, number>();
for (const x of memoryRows.filter((y) => y.predicted === undefined && y.excluded === undefined)) reasons.set(x.why!, (reasons.get(x.why!) ?? 0) + 1);
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${why}`);

// Fine-tuning speed: the rows that publish tokens/s, on their own GPU's preset.
const timed = results.filter((x) => Number(x.row['tokens_per_sec']) > 0);
const compared = timed.flatMap((x) => (x.speed && 'predicted' in x.speed ? [{ row: x.row, ...x.speed }] : []));
console.log(`\nFine-tuning speed: ${compared.length} of ${timed.length} rows with a published tokens/s compared (tokens/s per GPU)\n`);
console.log('row  source                     model                     method  seq   mb  ckpt  GPUs  GPU         predicted  published   error');
for (const x of compared) {
  const r = x.row;
  console.log(
    `${r['row_id']!.padStart(3)}  ${r['source_id']!.padEnd(25)}  ${(r['model'] ?? '').slice(0, 24).padEnd(24)}  ${r['method']!.padEnd(6)}  ${r['seq_len']!.padStart(5)}  ${r['micro_batch']!.padStart(2)}  ${(r['grad_ckpt'] ?? '').slice(0, 3).padEnd(4)}  ${(r['num_gpus'] || '1').padStart(4)}  ${x.accelerator.padEnd(10)}  ${x.predicted.toFixed(0).padStart(9)}  ${x.published.toFixed(0).padStart(9)}  ${pct((x.predicted - x.published) / x.published)}${/compile(?!=False)/i.test(r['other_opts'] ?? '') ? '  (compiled)' : ''}`,
  );
}
const speedErrors = (xs: typeof compared) => xs.map((x) => Math.abs((x.predicted - x.published) / x.published));
for (const s of [...new Set(compared.map((x) => x.row['source_id']!)), 'all']) {
  const errs = speedErrors(compared.filter((x) => s === 'all' || x.row['source_id'] === s));
  console.log(`  ${s.padEnd(25)} rows ${String(errs.length).padStart(3)}  median ${pct(quantile(errs, 0.5))}  p90 ${pct(quantile(errs, 0.9))}`);
}
const slow = new Map<string, number>();
for (const x of timed.filter((y) => !(y.speed && 'predicted' in y.speed))) {
  const why = x.speed && 'why' in x.speed ? x.speed.why : `memory row not expressed: ${x.why ?? x.excluded}`;
  slow.set(why, (slow.get(why) ?? 0) + 1);
}
console.log('not compared:');
for (const [why, n] of [...slow].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${why}`);

// A 4-bit base's cost: the same LitGPT run with a bf16 and an NF4 base (same model, method family, batch, checkpointing and
// GPUs): the time per iteration the quantized base adds, published and predicted (analysis/time.ts DEQUANT_BYTES).
const iterated = results.filter((x) => x.iteration);
const family = (r: Row) => (/^adapter/.test(r['method'] ?? '') ? `adapter ${r['lora_targets']}` : 'LoRA');
const key = (r: Row) => [r['source_id'], r['model'], family(r), r['micro_batch'], r['grad_ckpt'], r['num_gpus'], r['seq_len']].join('|');
console.log("\nA 4-bit base's time per iteration over the bf16 run's (ms; LitGPT, one micro-batch per iteration)\n");
console.log('rows       model                     method                        bf16 ms   added: published  predicted   error');
const added: number[] = [];
for (const q of iterated.filter((x) => /nf4/.test(x.row['base_weight_precision'] ?? ''))) {
  const base = iterated.find((x) => !/nf4/.test(x.row['base_weight_precision'] ?? '') && key(x.row) === key(q.row));
  if (!base) continue;
  const published = q.iteration!.published - base.iteration!.published;
  const predicted = q.iteration!.predicted - base.iteration!.predicted;
  added.push(Math.abs(predicted / published - 1));
  console.log(
    `${`${base.row['row_id']}/${q.row['row_id']}`.padEnd(9)}  ${(q.row['model'] ?? '').slice(0, 24).padEnd(24)}  ${`${q.row['method']}`.slice(0, 28).padEnd(28)}  ${(base.iteration!.published * 1000).toFixed(0).padStart(7)}  ${(published * 1000).toFixed(0).padStart(16)}  ${(predicted * 1000).toFixed(0).padStart(9)}  ${pct(predicted / published - 1)}`,
  );
}
console.log(`  pairs ${added.length}  median ${pct(quantile(added, 0.5))}  p90 ${pct(quantile(added, 0.9))}`);

throughputCalibration();
