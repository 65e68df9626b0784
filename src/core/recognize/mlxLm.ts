/**
 * mlx-lm's LoRA config (`mlx_lm.lora --train -c config.yaml`; mlx_lm/lora.py CONFIG_DEFAULTS, mlx_lm/tuner/utils.py
 * linear_to_lora_layers): the model is `model` (a Hugging Face id or a local folder, resolved from the catalogue; a folder
 * mlx_lm.convert wrote keeps the model's name with a -bf16 / -fp16 suffix, dropped here); the method `fine_tune_type` (lora,
 * dora, full; default lora) on the last `num_layers` blocks (default 16, -1 every block: model.layers[-max(n, 0):]);
 * `lora_parameters` rank (default 8), dropout, keys (default: every linear layer of each adapted block, current mlx-lm's
 * get_keys_for_lora) and scale (a factor on the adapter's output, not PEFT's alpha); `batch_size` (default 4),
 * `max_seq_length` (2048), `iters` (1000), `grad_checkpoint` (false), `optimizer` (adam). One process on one Apple silicon
 * device: its unified memory is the one device's.
 */
import type { AdapterTarget } from '../spec';
import type { Fact, Finding, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import { adapterOf, ALL_LINEAR, as, namesOf, rolesOf } from './adapter';
import { classDefault, defined, FactReader, mapped, optimizerOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { findModel } from './catalogue/models';
import { catalogueModel } from './hf';
import { dataParallelDefaults, type Trainer } from './trainer';

/** Keys only mlx_lm.lora's config has, and its training keys. */
const TRAINING_KEYS = [
  'train',
  'data',
  'iters',
  'num_layers',
  'adapter_path',
  'steps_per_eval',
  'steps_per_report',
  'max_seq_length',
  'grad_checkpoint',
  'val_batches',
];

export function isMlxLm(r: FactReader): boolean {
  // (Or an older mlx-lm's config: lora_layers for num_layers, or its adapter_path with the report cadence only it has.)
  const own =
    r.has('fine_tune_type') ||
    r.keys().some((k) => k.startsWith('lora_parameters.')) ||
    r.has('lora_layers') ||
    (r.has('adapter_path') && (r.has('steps_per_report') || r.has('val_batches')));
  return typeof r.fact('model')?.value === 'string' && own && TRAINING_KEYS.some((k) => r.has(k));
}

const byDefault = <T>(value: T, key: string, shown = String(value)): Sourced<T> => classDefault(value, key, 'mlx_lm.lora', shown);

/** mlx_lm.convert's dtype suffix on a converted folder (…-bf16, …-fp16, …-mlx): the same weights in 16 bits. */
const CONVERTED = /-(bf16|fp16|mlx)$/i;

/**
 * The model `model` names: as written where the catalogue knows it (a hub id, or a folder named as one: findModel takes the
 * last part of a path and drops quantization and chat suffixes), else the folder's name without mlx_lm.convert's suffix.
 */
function modelOf(model: Sourced<string>): Sourced<string> {
  if (findModel(model.value)) return model;
  const folder = model.value.replace(/\/+$/, '').split('/').pop() ?? model.value;
  const m = CONVERTED.exec(folder);
  const name = m ? folder.slice(0, m.index) : undefined;
  return name && findModel(name) ? derived(name, { id: 'prov.mlxLmFolder', args: { folder: model.value, suffix: m![0], name } }, model) : model;
}

/**
 * mlx-lm's module names inside a block (the keys of lora_parameters.keys, paths under one of model.layers): EXAONE's
 * attn.attention.out_proj and mlp.c_fc_0 / c_fc_1 / c_proj (gate, up, down), otherwise the Hugging Face names.
 */
function keyRoles(names: readonly string[]): { roles: AdapterTarget[]; unknown: string[] } {
  const own: Readonly<Record<string, AdapterTarget>> = { out_proj: 'o', c_fc_0: 'gate', c_fc_1: 'up' };
  const roles = new Set<AdapterTarget>();
  const rest: string[] = [];
  for (const name of names) {
    const last = name.trim().split('.').pop() ?? name;
    if (own[last]) roles.add(own[last]);
    else if (last === 'c_proj' && /(^|\.)mlp\./.test(name)) roles.add('down');
    else rest.push(name);
  }
  const other = rolesOf(rest);
  for (const r of other.roles) roles.add(r);
  return { roles: [...roles], unknown: other.unknown };
}

export function recognizeMlxLm(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const findings: Finding[] = r.findings;
  const at = (f: Fact) => ({ file: ctx.file, range: f.valueRange });
  const written = r.str(['model']);
  const modelRef = written ? modelOf(written) : undefined;
  const blocks = modelRef ? catalogueModel(modelRef).model?.layers.value : undefined;
  const checkpoint = r.bool(['grad_checkpoint']);
  // The weights' dtype, where the model's name says it: mlx-lm computes in the dtype the weights are stored in.
  const dtype = written ? /-(bf16|fp16)$/i.exec(written.value.replace(/\/+$/, '')) : null;
  const training: TrainingPart = defined({
    seqLen: r.int(['max_seq_length']) ?? byDefault(2048, 'max_seq_length'),
    microBatch: r.int(['batch_size']) ?? byDefault(4, 'batch_size'),
    gradAccum: r.int(['grad_accumulation_steps']),
    trainIters: r.int(['iters']) ?? byDefault(1000, 'iters'),
    optimizer: mapped(r.str(['optimizer']), optimizerOf) ?? byDefault(optimizerOf('adam'), 'optimizer', 'adam'),
    recompute: checkpoint ? as(checkpoint, checkpoint.value ? ('full' as const) : ('none' as const)) : byDefault('none' as const, 'grad_checkpoint', 'false'),
    precision:
      dtype && written ? derived(dtype[1]!.toLowerCase() as 'bf16' | 'fp16', { id: 'prov.mlxLmDtype', args: { name: written.value } }, written) : undefined,
    finetune: written ? as(written, true) : undefined,
  });
  // A model mlx_lm.convert quantized (mlx-community's …-4bit / -8bit): its base is stored in 4 or 8 bits with a 16-bit scale
  // and bias per group of 64 (4.5 / 8.5 bits a weight), and the adapters train on it, as a QLoRA does on NF4's 4.5 bits.
  const bits = written ? /-(4|8)bit(?=$|[-_/])/i.exec(written.value.replace(/\/+$/, '')) : null;
  if (bits && written) {
    training.quantization = derived(
      bits[1] === '4' ? ('nf4' as const) : ('int8' as const),
      { id: 'prov.mlxLmQuantized', args: { name: written.value, bits: Number(bits[1]) } },
      written,
    );
    // What it does not quantize (the norms, the groups' scales) mlx_lm.convert keeps in the model's 16-bit dtype, and mlx-lm
    // computes in it: bf16 assumed where the name does not say.
    training.precision ??= assumed('bf16' as const, { id: 'prov.mlxLmQuantizedDtype', args: { name: written.value } });
  }
  // num_layers: the last n blocks (model.layers[-max(n, 0):], so -1 and 0 are every block); more than the model has stops it.
  // (lora_layers: its name before mlx-lm 0.19.)
  const n = r.int(['num_layers', 'lora_layers'], { min: -1e6 }) ?? byDefault(16, 'num_layers');
  const nFact = r.present('num_layers', 'lora_layers');
  if (blocks !== undefined && n.value > blocks)
    findings.push(finding('value-range', 'warning', { id: 'mlxLm.tooManyLayers', args: { n: n.value, total: blocks } }, nFact ? at(nFact) : undefined));
  const count = blocks === undefined ? undefined : n.value <= 0 ? blocks : Math.min(n.value, blocks);
  const layers =
    count !== undefined && blocks !== undefined && count < blocks
      ? derived(
          Array.from({ length: count }, (_, i) => blocks - count + i),
          { id: 'prov.mlxLmLayers', args: { n: n.value, count, total: blocks } },
          n,
        )
      : undefined;
  if (blocks === undefined && n.value > 0 && modelRef)
    findings.push(finding('assumed', 'info', { id: 'mlxLm.layersUnknown', args: { n: n.value } }, nFact ? at(nFact) : undefined));
  const type = r.str(['fine_tune_type']) ?? byDefault('lora', 'fine_tune_type');
  if (type.value === 'lora' || type.value === 'dora') {
    const rank = r.int(['lora_parameters.rank']) ?? byDefault(8, 'lora_parameters.rank');
    const keys = r.present('lora_parameters.keys');
    const { roles, unknown } = keys ? keyRoles(namesOf(keys.value)) : { roles: [...ALL_LINEAR], unknown: [] };
    const where: Sourced<unknown> = keys ? fromFact(null, keys) : derived(null, { id: 'prov.mlxLmKeys' });
    // PEFT's lora_alpha of the same factor: mlx-lm multiplies by scale where PEFT multiplies by lora_alpha / r (its
    // CONFIG_DEFAULTS' lora_parameters: rank 8, scale 10, dropout 0, taken whole when the file gives none).
    const scaleOf =
      r.num(['lora_parameters.scale']) ?? (r.keys().some((k) => k.startsWith('lora_parameters.')) ? undefined : byDefault(10, 'lora_parameters.scale'));
    const alpha = scaleOf
      ? derived(scaleOf.value * rank.value, { id: 'prov.mlxLmAlpha', args: { scale: scaleOf.value, rank: rank.value } }, scaleOf, rank)
      : undefined;
    training.adapter = adapterOf(as(type, type.value), rank, as(where, roles), {
      alpha,
      dropout: r.num(['lora_parameters.dropout'], { max: 1 }),
      unknown: as(where, unknown),
      layers,
    });
    // scale multiplies the adapter's output (LoRALinear: y + scale · (x·A)·B); PEFT's factor is lora_alpha / r.
    const scale = r.num(['lora_parameters.scale']);
    const scaleFact = r.present('lora_parameters.scale');
    if (scale && scaleFact)
      findings.push(
        finding(
          'assumed',
          'info',
          { id: 'mlxLm.scale', args: { scale: scale.value, rank: rank.value, alpha: scale.value * rank.value } },
          { file: ctx.file, range: scaleFact.keyRange },
        ),
      );
    // PEFT's and other trainers' names at the top level (lora_rank: 8, lora_alpha, use_dora): mlx_lm.lora sets them on its
    // arguments and never reads them; its adapter is lora_parameters' (and fine_tune_type: dora).
    // (Written, known or not: `--rank $V` is not read either, not a value to warn of.)
    for (const k of ['lora_rank', 'lora_r', 'lora_alpha', 'lora_dropout', 'lora_target_modules', 'use_dora', 'rank', 'alpha']) {
      const f = r.fact(k);
      if (f) findings.push(finding('unsupported', 'warning', { id: 'mlxLm.notRead', args: { key: k } }, { file: ctx.file, range: f.keyRange }));
    }
  } else if (type.value === 'full') {
    // The last n blocks trained whole; the embedding, the head and the final norm stay frozen (model.freeze(), then
    // l.unfreeze() on model.layers[-max(n, 0):]).
    const trained = count ?? (n.value > 0 ? n.value : undefined);
    if (trained !== undefined) training.freeze = derived({ layers: trained, extra: [] }, { id: 'prov.mlxLmFull', args: { n: n.value } }, n, type);
  } else {
    findings.push(
      finding(
        'unsupported',
        'warning',
        { id: 'mlxLm.unknownMethod', args: { method: type.value } },
        r.present('fine_tune_type') ? at(r.present('fine_tune_type')!) : undefined,
      ),
    );
  }
  const parallel = { worldSize: derived(1, { id: 'prov.mlxLmSingleDevice' }) };
  return { family: 'mlxlm', modelRef, training, parallel, references: [], findings };
}

/**
 * An mlx-lm launch line (`python -m mlx_lm.lora --model … --train --fine-tune-type lora --batch-size 4 --num-layers 16`, the
 * `mlx_lm.lora` entry point): its dashed flags are the config's keys (lora.py build_parser), a `-c` / `--config` YAML under
 * them (the flags win, as lora.py's main merges them).
 */
export function isMlxLmLaunch(r: FactReader): boolean {
  const module = r.facts.some((f) => (f.path[0] === '@module' || f.path[0] === '@command') && /(^|\/)mlx_lm([./]lora)?$/.test(String(f.value)));
  return (module && (r.has('--model') || r.has('--config') || r.has('-c'))) || r.has('--fine-tune-type') || (r.has('--adapter-path') && r.has('--iters'));
}

export function recognizeMlxLmLaunch(ctx: RecognizeContext): FileRecognition {
  const flags = ctx.facts
    .filter((f) => typeof f.path[0] === 'string' && /^--[a-z]/.test(f.path[0]))
    .map((f) => ({ ...f, path: [String(f.path[0]).slice(2).replace(/-/g, '_'), ...f.path.slice(1)] }));
  const rec = recognizeMlxLm({ ...ctx, facts: flags });
  const config = new FactReader(ctx.facts).str(['--config', '-c']);
  return config ? { ...rec, references: [...rec.references, config] } : rec;
}

/** mlx-lm: one process on one device, nothing sharded; its loss on the logits' own dtype (nn.losses.cross_entropy). */
export const MLXLM_TRAINER: Trainer = {
  defaults: { ...dataParallelDefaults('mlx-lm'), dataParallelOnly: true },
};
