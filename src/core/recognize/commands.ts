/**
 * A script that runs a training CLI more than once (`llamafactory-cli train a.yaml`, later `llamafactory-cli train b.yaml`; a
 * `llamafactory-cli chat` before them): each command's flags are its own, not one run's. The script's reading keeps the last
 * training command's words and drops those of the CLI's other commands, and says which it read when there were several.
 */
import type { Fact, Finding, Sourced } from '../types';
import { finding } from '../types';

/**
 * Training CLIs by program, with the subcommands that train (the others — chat, export, preprocess, merge — do not); a third
 * `true` marks a launcher of a script, whose commands that run no training script are no CLI's (kept as the script's own).
 */
const TRAINING_CLIS: readonly (readonly [RegExp, RegExp, true?])[] = [
  [/(^|\/)(llamafactory-cli|lmf)$/, /^train$/],
  [/(^|\/)axolotl$/, /^train$/],
  [/(^|\/)swift$/, /^(sft|pt|rlhf)$/],
  [/(^|\/)trl$/, /^(sft|dpo|grpo|kto|orpo|cpo|reward|rloo|ppo|online_dpo|xpo|nash_md|gkd|prm)$/],
  [/(^|\/)tune$/, /^run$/],
  [/(^|\/)litgpt$/, /^(finetune\w*|pretrain)$/],
  // ms-swift's Megatron CLI: megatron sft | pt | rlhf (its export runs as swift export).
  [/(^|\/)megatron$/, /^(sft|pt|rlhf)$/],
  // A launcher running a training script (accelerate launch, torchrun, deepspeed, python: train.py, sft.py, run_dpo.py, …).
  [/(^|\/)accelerate$/, /^launch$/, true],
  [/(^|\/)(python[\d.]*|torchrun|deepspeed)$/, /(^|\/)\w*(train|sft|finetun|fine_tun|dpo|grpo|orpo|kto|pretrain|ppo|rlhf|distill)\w*\.py$/i, true],
];

/** Facts a command writes before its leading words (extract/shell.ts: the script it runs, the folder it runs in). */
const BEFORE_LEAD = new Set(['@shell', '@program', '@cwd']);

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly program: Fact;
  readonly trains: boolean;
  /** Its CLI's index in TRAINING_CLIS, or -1 for another program (python eval.py, a shell command). */
  readonly cli: number;
}

/** The commands of a script's facts, each from its leading words up to the next command's. */
function segments(facts: readonly Fact[]): Segment[] {
  const starts: { at: number; program: Fact; cli: number; trains: boolean }[] = [];
  facts.forEach((f, i) => {
    if (f.path[0] !== '@command' || f.path[1] !== 0 || typeof f.value !== 'string') return;
    const sub = facts[i + 1];
    const cli = TRAINING_CLIS.findIndex(([program]) => program.test(String(f.value)));
    let at = i;
    while (at > 0 && BEFORE_LEAD.has(String(facts[at - 1]!.path[0]))) at--;
    const trains = cli >= 0 && sub?.path[0] === '@command' && sub.path[1] === 1 && TRAINING_CLIS[cli]![1].test(String(sub.value));
    // (A launcher's command that runs no training script, `python3 xpk/xpk.py workload create --command "…"`, is no CLI's: kept.)
    starts.push({ at, program: f, cli: cli >= 0 && TRAINING_CLIS[cli]![2] && !trains ? -1 : cli, trains });
  });
  return starts.map((s, k) => {
    const end = starts[k + 1]?.at ?? facts.length;
    // (A launcher's command that runs an evaluation, `accelerate launch -m src.eval cfg.yaml` after the training, trains nothing.)
    const evaluates =
      s.trains &&
      TRAINING_CLIS[s.cli]?.[2] === true &&
      facts.slice(s.at, end).some((f) => (f.path[0] === '@module' || f.path[0] === '@command') && typeof f.value === 'string' && EVALUATION.test(f.value));
    // (Nor one that names no script or module to run, `accelerate launch --multi_gpu --mixed_precision=fp16` left as a note of the
    // flags for several GPUs.)
    const runsNothing =
      s.trains &&
      /(^|\/)accelerate$/.test(String(s.program.value)) &&
      !facts.slice(s.at, end).some((f) => f.path[0] === '@module' || (f.path[0] === '@command' && typeof f.path[1] === 'number' && f.path[1] >= 2));
    return { start: s.at, end, program: s.program, trains: s.trains && !evaluates && !runsNothing, cli: s.cli };
  });
}

/** A script or module that evaluates, tests or serves a model (src.eval, evaluate.py, run_inference.py): no training. */
const EVALUATION = /(^|[./])(eval|evaluate|evaluation|infer|inference|predict|generate|serve|test)(_\w*)?(\.py)?$/;

/**
 * The facts of a script that runs a training CLI's commands more than once, as the last training command has them (with every
 * fact outside the CLI's commands), and a note naming it when several commands train; undefined for a script of one.
 */
export function lastTrainingCommand(file: string, facts: readonly Fact[]): { facts: Fact[]; findings: Finding[] } | undefined {
  const all = segments(facts);
  const cli = all.filter((s) => s.cli >= 0);
  const training = cli.filter((s) => s.trains);
  const last = training[training.length - 1];
  // (The commands after it evaluate, export or serve what it trained: `python eval.py --model $OUTPUT`, not the run's model.)
  const after = last ? all.filter((s) => s.start >= last.end) : [];
  if (!last || (cli.length < 2 && !after.length)) return undefined;
  const dropped = [...cli.filter((s) => s !== last), ...after];
  // (A file the script writes by a heredoc is the script's, whichever command's facts it sits among.)
  const kept = facts.filter((f, i) => f.path[0] === '@heredoc' || !dropped.some((s) => i >= s.start && i < s.end));
  const findings =
    training.length > 1
      ? [finding('assumed', 'info', { id: 'launcher.severalTrainings', args: { count: training.length } }, { file, range: last.program.keyRange })]
      : [];
  return { facts: kept, findings };
}

/**
 * The word of a command a value was read from (`train.py`, `config/x.py`): its index among the facts, and the command's facts
 * after it, up to the next command. Undefined where the value is no command word of these facts.
 */
export function commandWord(facts: readonly Fact[], word: Sourced<string>): { readonly at: number; readonly rest: readonly Fact[] } | undefined {
  const src = word.source;
  const at = src.kind === 'fact' ? facts.findIndex((f) => f.path[0] === '@command' && f.file === src.file && f.valueRange.start === src.range.start) : -1;
  if (at < 0) return undefined;
  const next = facts.findIndex((f, i) => i > at && f.path[0] === '@command' && f.path[1] === 0);
  return { at, rest: facts.slice(at + 1, next < 0 ? undefined : next) };
}
