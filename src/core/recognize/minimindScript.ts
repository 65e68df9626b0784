/**
 * MiniMind's training scripts (jingyaogong/minimind's train_pretrain.py, train_full_sft.py, train_lora.py and the forks that keep
 * its model/ package under names of their own): the config they build, `lm_config = LMConfig(dim=args.dim, n_layers=args.n_layers,
 * max_seq_len=args.max_seq_len, use_moe=args.use_moe)`, with the keyword defaults of the LMConfig class in model/LMConfig.py
 * (extract/python.ts CLASS_INIT, read where that module is beside the script), is the model MiniMindLM builds from it
 * (recognize/hfMinimind.ts). The script's own loop: its training DataLoader's batch_size, sequences of `max_seq_len`, AdamW (its
 * `--accumulation_steps` and `--dtype`, read in functions of its own, are the defaults the launch reading states).
 *
 * train_lora.py's `apply_lora(model)` (model/model_lora.py) puts a LoRA of rank 16 (its default), A and B without biases, beside
 * every nn.Linear whose weight is square, and the optimizer trains those alone: on MiniMindLM, the attention's wq and wo (and wk,
 * wv where every head has its own KV head); the MLP's and the output head's are not square.
 */
import type { Fact } from '../types';
import { finding } from '../types';
import type { FileRecognition, RecognizeContext } from './common';
import { emptyRecognition } from './common';
import { factsUnder } from './reader';
import { recognizeHf } from './hf';
import { recognizeLauncher } from './launcher';

/** The config class a MiniMind script builds its model from. */
const CONFIG_CLASS = /(^|\.)LMConfig$/;
/** MiniMind's model_lora.py apply_lora(model, rank=16). */
const APPLY_LORA_RANK = 16;

/** The top-level name a MiniMind script's LMConfig is built under (`lm_config`), where it is one. */
function configName(facts: readonly Fact[]): string | undefined {
  const built = facts.filter((f) => f.path.length === 2 && f.path[1] === '@class' && typeof f.value === 'string' && CONFIG_CLASS.test(f.value));
  // (One name; its facts twice where a function of the script's is given it, `init_model(lm_config)`.)
  const names = new Set(built.map((f) => String(f.path[0])));
  const name = names.size === 1 ? [...names][0] : undefined;
  // (MiniMind's keys, dim and n_layers, among its keywords: not another project's LMConfig.)
  return name !== undefined && ['dim', 'n_layers'].every((k) => facts.some((f) => f.path.length === 2 && f.path[0] === name && f.path[1] === k))
    ? name
    : undefined;
}

export function isMinimindScript(facts: readonly Fact[]): boolean {
  return configName(facts) !== undefined;
}

export function recognizeMinimindScript(ctx: RecognizeContext): FileRecognition {
  const facts = ctx.facts;
  const name = configName(facts)!;
  const cls = facts.find((f) => f.path.length === 2 && f.path[0] === name && f.path[1] === '@class')!;
  const config = factsUnder(facts, [name]).filter((f) => f.path[0] !== '@class');
  const at = (key: string) => config.find((f) => f.path.length === 1 && f.path[0] === key);
  // (LMConfig's own defaults are in model/LMConfig.py: where that module is not here, the shapes it leaves are not known.)
  if (at('vocab_size') === undefined)
    return emptyRecognition('pytorch', [
      finding('missing-key', 'error', { id: 'minimind.configClassMissing', args: { cls: String(cls.value) } }, { file: ctx.file, range: cls.keyRange }),
    ]);
  const typed: Fact = { ...cls, path: ['model_type'], value: 'minimind' };
  const model = recognizeHf({ file: ctx.file, facts: [typed, ...config.filter((f) => f.path[0] !== 'model_type')] });
  if (!model.model) return { ...model, family: 'pytorch' };

  // The loop's settings, as a launch line's flags (recognize/launcher.ts), each where the script writes it.
  const flags: Fact[] = [];
  const flag = (key: string, f: Fact | undefined, value: Fact['value'] | undefined = f?.value) => {
    if (f && value !== undefined && value !== null) flags.push({ ...f, path: [`--${key}`], value });
  };
  const loader = facts.find(
    (f) => f.path.length === 2 && f.path[1] === '@call' && typeof f.value === 'string' && /(^|\.)DataLoader$/.test(f.value) && /train/i.test(String(f.path[0])),
  );
  flag(
    'per_device_train_batch_size',
    loader && facts.find((f) => f.path.length === 3 && f.path[0] === loader.path[0] && f.path[1] === '@kw' && f.path[2] === 'batch_size'),
  );
  flag('max_seq_length', at('max_seq_len'));
  flag(
    'optim',
    facts.find((f) => f.path[f.path.length - 1] === '@call' && typeof f.value === 'string' && /(^|\.)AdamW$/.test(f.value)),
    'adamw_torch',
  );
  const findings = [finding('assumed', 'info', { id: 'minimind.script', args: { cls: String(cls.value) } }, { file: ctx.file, range: cls.keyRange })];
  // LoRA by MiniMind's apply_lora(model): rank 16 on the square linears.
  const lora = facts.find((f) => f.path[0] === '@applyLora');
  if (lora) {
    const m = model.model;
    const square = m.kvHeads.value === m.heads.value ? ['q_proj', 'k_proj', 'v_proj', 'o_proj'] : ['q_proj', 'o_proj'];
    flag('use_peft', lora, true);
    flag('lora_target_modules', lora, square.join(','));
    findings.push(
      finding(
        'assumed',
        'info',
        { id: 'minimind.applyLora', args: { rank: APPLY_LORA_RANK, targets: square.join(', ') } },
        { file: ctx.file, range: lora.keyRange },
      ),
    );
  }
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf', {
    ...(lora ? { adapterDefaults: { cls: "MiniMind's apply_lora (model/model_lora.py)", r: APPLY_LORA_RANK, alpha: APPLY_LORA_RANK, dropout: 0 } } : {}),
  });
  const { modelRef: _, ...read } = rec;
  return { ...read, family: 'pytorch', model: model.model, findings: [...findings, ...model.findings, ...rec.findings] };
}
