/**
 * ms-swift's flags written in a YAML, in either of two layouts:
 * - ms-swift's own `swift sft --config x.yaml` (swift/cli/main.py prepare_config_args): every top-level key is a flag by its
 *   name (`model`, `train_type` / `tuner_type`, `lora_rank`, `target_modules`, `per_device_train_batch_size`, `max_length`,
 *   `deepspeed`, …), a list its several words, a mapping one JSON word; the environment (NPROC_PER_NODE, …) is the shell's;
 * - a wrapper's: the flags under `args:` and the environment the command runs in under `env:` (`CUDA_VISIBLE_DEVICES`,
 *   `NPROC_PER_NODE`, `NNODES`), which ms-swift's --config does not take itself (it would pass `--args` and `--env`).
 * Either is read with the same meanings as a `swift sft --…` launch line (recognize/launcher.ts, ms-swift's defaults where
 * they are silent).
 */
import type { Fact } from '../types';
import { finding } from '../types';
import type { FileRecognition, RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

/** Flags only ms-swift's arguments have (its tuner, beside its `model` flag). */
const SWIFT_KEYS = ['tuner_type', 'train_type'];
const TRAINER_KEYS = ['per_device_train_batch_size', 'num_train_epochs', 'max_length', 'lora_rank', 'gradient_accumulation_steps'];

/** The wrapper's layout: the flags under `args:`, with `env:` beside them. */
function wrapped(r: FactReader): boolean {
  return (
    typeof r.fact('args.model')?.value === 'string' &&
    (SWIFT_KEYS.some((k) => r.has(`args.${k}`)) ||
      ((r.has('env') || r.keys().some((k) => k.startsWith('env.'))) && TRAINER_KEYS.some((k) => r.has(`args.${k}`))))
  );
}

export function isSwiftConfig(r: FactReader): boolean {
  return wrapped(r) || (typeof r.fact('model')?.value === 'string' && SWIFT_KEYS.some((k) => r.has(k)) && TRAINER_KEYS.some((k) => r.has(k)));
}

export function recognizeSwiftConfig(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const inArgs = wrapped(r);
  const flags: Fact[] = [];
  for (const f of ctx.facts) {
    // (A flag saved unset, as ms-swift's args.json writes every one: null, or an empty list such as the Trainer's fsdp [].)
    if (f.value === null || (Array.isArray(f.value) && f.value.length === 0)) continue;
    // (Its global_world_size: the processes the run had, as a launch's count of them.)
    if (!inArgs && f.path.length === 1 && f.path[0] === 'global_world_size') {
      flags.push({ ...f, path: ['--num_processes'] });
      continue;
    }
    if (!inArgs) flags.push({ ...f, path: [`--${String(f.path[0])}`, ...f.path.slice(1)] });
    else if (f.path[0] === 'args' && f.path.length >= 2) flags.push({ ...f, path: [`--${String(f.path[1])}`, ...f.path.slice(2)] });
    // The environment's values as the shell's (a YAML number, NPROC_PER_NODE: 4, is the same word).
    else if (f.path[0] === 'env' && f.path.length === 2 && f.value !== null && typeof f.value !== 'object')
      flags.push({ ...f, path: ['@env', f.path[1]!], value: String(f.value) });
  }
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'swift');
  const model = ctx.facts.find((f) => (inArgs ? f.path[0] === 'args' && f.path[1] === 'model' : f.path[0] === 'model' && f.path.length === 1))!;
  const note = finding('guessed-mapping', 'info', { id: inArgs ? 'swift.configWrapped' : 'swift.configRead' }, { file: ctx.file, range: model.keyRange });
  return { ...rec, findings: [...rec.findings, note] };
}
