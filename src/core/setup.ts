/**
 * A training setup from several files: a model config, a training config, a DeepSpeed JSON, a
 * launch script. Files are grouped (one setup per folder, files they reference joining the
 * referrer's setup, and one setup per model config when a folder holds several), their partial
 * specs merged field by field (a value two files set differently is a finding naming both
 * places; the first file wins), a named model resolved from the catalogue when no file states its
 * shapes, and the training sequence length defaulted when nothing states it.
 */
import type { Finding, Provenance, Sourced } from './types';
import { assumed, derived, finding, overridden, restsOnFile } from './types';
import { specSchema, type Spec } from './spec';
import type { FileRecognition, ParallelPart, TrainingPart } from './recognize/common';
import { catalogueModel, withTaskClass } from './recognize/hf';
import { fittedToModel } from './recognize/adapter';
import { where } from './recognize/decoder';
import { trainerOf } from './recognize/trainers';
import { LineIndex } from './lines';
import { dirOf, foldSegments } from './paths';

export interface RecognizedFile {
  readonly path: string;
  readonly text: string;
  readonly recognition: FileRecognition;
  /** Extraction problems (syntax), kept apart from what recognition found. */
  readonly syntaxFindings: readonly Finding[];
  /** The file this one was read for (a model's config.json found for the model a config names): it joins that file's setup. */
  readonly joins?: string;
  /** The model config.json (already among the files) that this file's named model resolves to: it belongs with that one. */
  readonly resolves?: string;
  /** A launch's training script that parses no command line: its own values win over the launch's flags (it never reads them). */
  readonly leads?: boolean;
}

export interface SetupOptions {
  /** Training sequence length set by the user (CLI --seq-len); wins over the files. */
  readonly seqLen?: number;
}

/** Default training sequence length for model-only configs: min(max_position_embeddings, this). */
export const DEFAULT_SEQ_LEN_CAP = 4096;

/** Resolves a reference written in `from` (relative to its folder) to a path in the same style. */
export function resolveReference(from: string, ref: string): string {
  if (ref.startsWith('/') || /^[A-Za-z]:[\\/]/.test(ref)) return ref;
  return foldSegments([...dirOf(from).split(/[\\/]/), ...ref.split(/[\\/]/)]).join('/') || '.';
}

/**
 * Where a reference may point, first found wins: relative to the referring file's folder, then to
 * each folder above it (launchers run from a repository root: LLaMA-Factory's
 * `deepspeed: examples/deepspeed/ds_z3_config.json`), then (a relative path of three parts or more) its last folders and name
 * found the same way, the longest first (a path under the repository's own clone name), and last (two parts or more) its name
 * alone in the referring file's folder. An absolute path is itself, then its last folders and name found the same way (a
 * checkout at /home/jovyan/project whose script names /home/jovyan/project/configs/zero3.yaml: configs/zero3.yaml beside the
 * script), the longest first, and last its name alone in the referring file's folder.
 */
export function referenceCandidates(from: string, ref: string): string[] {
  const first = resolveReference(from, ref);
  if (ref.startsWith('/') || /^[A-Za-z]:[\\/]/.test(ref)) {
    const segments = ref.split(/[\\/]/).filter(Boolean);
    const tails = [];
    for (let k = Math.min(segments.length - 1, 4); k >= 2; k--) tails.push(segments.slice(-k).join('/'));
    // Last, its name alone beside the referring file (a YAML whose deepspeed: /mnt/…/manager/ds_z3_config.json sits next to it);
    // not a model folder's config.json (any folder's config.json is not the model's).
    const name = segments[segments.length - 1];
    const beside = name && name !== 'config.json' ? [resolveReference(from, name)] : [];
    return [first, ...[...tails.flatMap((t) => referenceCandidates(from, t)), ...beside].filter((p, i, all) => all.indexOf(p) === i && p !== first)];
  }
  const out = walkUp(from, ref);
  // A path under a folder that is not here (a script's `cd llm2025compet/training/open-r1/src`, its repository's own clone name,
  // then ../recipes/x.yaml): its last folders and name found the same way, the longest first, as an absolute path's are.
  const segments = foldSegments(ref.split(/[\\/]/));
  if (segments.length >= 3 && segments[0] !== '..')
    for (let k = Math.min(segments.length - 1, 4); k >= 2; k--) for (const p of walkUp(from, segments.slice(-k).join('/'))) if (!out.includes(p)) out.push(p);
  // Last, as an absolute path's, its name alone beside the referring file (`bash examples/args_gpt2.sh`, run from a checkout
  // the script is copied into, the script kept beside its runner; `torchrun ../finetune_qwen2.py`, a launch run from a folder
  // below the script's and kept beside it); not a model folder's config.json.
  const name = segments[segments.length - 1];
  if (segments.length >= 2 && (segments[0] !== '..' || segments.length === 2) && name && name !== 'config.json') {
    const beside = resolveReference(from, name);
    if (!out.includes(beside)) out.push(beside);
  }
  return out;
}

/** A relative reference from the referring file's folder, then from each folder above it (and past where the reading started). */
function walkUp(from: string, ref: string): string[] {
  const out = [resolveReference(from, ref)];
  let dir = dirOf(from);
  for (let i = 0; i < 12 && dir !== '.' && dir !== '' && dir !== '/'; i++) {
    dir = dirOf(dir);
    const p = resolveReference(`${dir}/x`, ref);
    if (!out.includes(p)) out.push(p);
  }
  // A path relative to where the reading started (`report x.sh` inside the script's own folder): on up past it, as from
  // anywhere else (the repository root the script runs from is above it).
  if (dir === '.' || dir === '') {
    let up = '..';
    for (let i = 0; i < 3; i++, up += '/..') {
      const p = resolveReference(`${up}/x`, ref);
      if (!out.includes(p)) out.push(p);
    }
  }
  return out;
}

/**
 * Groups files into setups: by folder; a file referenced by another joins its referrer's group;
 * within a group, each file that states model shapes gets its own setup together with the files
 * that only hold training settings (a folder of model configs is a collection, not one model).
 */
export function groupFiles(files: readonly RecognizedFile[]): RecognizedFile[][] {
  const groupOf = new Map<string, string>();
  for (const f of files) groupOf.set(f.path, dirOf(f.path));
  for (const f of files) if (f.joins !== undefined && groupOf.has(f.joins)) groupOf.set(f.path, groupOf.get(f.joins)!);
  for (const f of files) {
    for (const ref of f.recognition.references) {
      const target = referenceCandidates(f.path, ref.value).find((p) => groupOf.has(p));
      if (target !== undefined) groupOf.set(target, groupOf.get(f.path)!);
    }
  }
  // (And the config a launch's script is given, where it is a model's config: read with the launch, or already among the files.)
  for (const f of files) {
    for (const ref of f.recognition.probes ?? []) {
      const target = files.find((x) => referenceCandidates(f.path, ref.value).includes(x.path));
      if (target && (target.recognition.model || target.recognition.modelRef)) groupOf.set(target.path, groupOf.get(f.path)!);
    }
  }
  // (And a file that joins one the references moved: a package's flavor table joins a launch's TOML, which joins the launch.)
  for (const f of files) if (f.joins !== undefined && groupOf.has(f.joins)) groupOf.set(f.path, groupOf.get(f.joins)!);
  const groups = new Map<string, RecognizedFile[]>();
  for (const f of files) {
    const key = groupOf.get(f.path)!;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: RecognizedFile[][] = [];
  for (const members of groups.values()) {
    const explicit = members.filter((m) => m.recognition.model);
    const named = members.filter((m) => !m.recognition.model && m.recognition.modelRef);
    const settings = members.filter((m) => !m.recognition.model && !m.recognition.modelRef);
    // A collection (several models in one folder): a settings file joins the setups it can belong to (companion), and one
    // that none of them can use (another trainer's launch script whose model did not resolve) is its own.
    // (A launch that one of a setup's files joins, the script it runs, goes with it.)
    const goesWith = (x: RecognizedFile, h: readonly RecognizedFile[]) => companion(x, h[0]!) || h.some((m) => m.joins === x.path);
    const collection = (heads: readonly (readonly RecognizedFile[])[]) => {
      for (const h of heads) out.push([...h, ...settings.filter((x) => goesWith(x, h))]);
      for (const x of settings) if (!heads.some((h) => goesWith(x, h))) out.push([x]);
    };
    if (explicit.length > 1) {
      collection(explicit.map((e) => [e]));
      for (const n of named) out.push([n]);
    } else if (explicit.length === 1 && named.some((n) => namesAnother(n, explicit[0]!))) {
      // A folder of unrelated configs: a file naming another model than the folder's config.json states is its own setup.
      const own = named.filter((n) => !namesAnother(n, explicit[0]!));
      collection([[...explicit, ...own], ...named.filter((n) => !own.includes(n)).map((n) => [n])]);
    } else if (explicit.length === 0 && named.length > 1) {
      // A launch and the config it names, both naming a model (`accelerate launch … sft.py --config sft.yaml --model_name_or_path X`,
      // the YAML's model_name_or_path too): one run, the launch's arguments over the file's. Unrelated files stay apart.
      const linked = (a: RecognizedFile, b: RecognizedFile) =>
        b.joins === a.path || a.recognition.references.some((ref) => referenceCandidates(a.path, ref.value).includes(b.path));
      const heads: RecognizedFile[][] = [];
      for (const n of named) {
        const head = heads.find((h) => h.some((m) => linked(m, n) || linked(n, m)));
        if (head) head.push(n);
        else heads.push([n]);
      }
      collection(heads);
    } else {
      out.push([...explicit, ...named, ...settings]);
    }
  }
  // (A script that reads no command line leads the launch whose flags it ignores.)
  return out.map(sourcersFirst).map((g) => [...g.filter((m) => m.leads), ...g.filter((m) => !m.leads)]);
}

/** Whether the shell script `s` sources the file `m`. */
const sources = (s: RecognizedFile, m: RecognizedFile): boolean =>
  s !== m && (s.recognition.sources ?? []).some((ref) => referenceCandidates(s.path, ref.value).includes(m.path));

/** Whether `m` is a shell script another of `members` sources. */
export function sourcedIn(m: RecognizedFile, members: readonly RecognizedFile[]): boolean {
  return members.some((s) => sources(s, m));
}

/** A setup's files with each script that sources another ahead of it: its values win where both set one (mergeSetup's first file). */
function sourcersFirst(members: RecognizedFile[]): RecognizedFile[] {
  const out: RecognizedFile[] = [];
  const seen = new Set<RecognizedFile>();
  const place = (m: RecognizedFile) => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const s of members) if (sources(s, m)) place(s);
    out.push(m);
  };
  for (const m of members) place(m);
  return out;
}

/** Settings files any trainer can take (a sweep), and the settings files of the Hugging Face stack (DeepSpeed JSON, accelerate YAML). */
const ANY_TRAINER: ReadonlySet<string> = new Set(['wandb', 'hydra', 'raytune']);
const HF_SETTINGS: ReadonlySet<string> = new Set(['deepspeed', 'accelerate']);
const HF_STACK: ReadonlySet<string> = new Set(['hf', 'axolotl', 'llamafactory', 'launcher', 'peft', 'generic']);

/**
 * Whether a settings-only file can belong to a model file's setup in a collection: a sweep, a file of common keys, or a
 * DeepSpeed / accelerate file with a Hugging Face stack trainer (a file that references one, as a Megatron-DeepSpeed script
 * its --deepspeed_config, has it joined already). A launch script whose model did not resolve is a run of its own (the survey
 * folder's Megatron scripts next to an OLMo YAML).
 */
function companion(settings: RecognizedFile, head: RecognizedFile): boolean {
  const s = settings.recognition.family ?? 'generic';
  const h = head.recognition.family ?? 'generic';
  if (ANY_TRAINER.has(s) || s === 'generic') return true;
  return HF_SETTINGS.has(s) && HF_STACK.has(h);
}

/**
 * Whether a file names another model than the one `model` states: its name resolves to a different config file, or to a
 * catalogue model of other shapes (a torchtitan flavor, a hub id next to an unrelated config.json). A name that resolves
 * nowhere is taken to be the config beside it.
 */
function namesAnother(named: RecognizedFile, model: RecognizedFile): boolean {
  if (named.resolves !== undefined) return named.resolves !== model.path;
  const ref = named.recognition.modelRef;
  const m = model.recognition.model;
  if (!ref || !m) return false;
  const other = catalogueModel(ref).model;
  return other !== undefined && (other.hidden.value !== m.hidden.value || other.layers.value !== m.layers.value || other.vocab.value !== m.vocab.value);
}

/** A value as a conflict shows it: a group of values (a preference setting) as its fields, not "[object Object]". */
const shown = (v: unknown): string => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The reasons of values summed from a prompt and a completion (spec.ts promptLen, completionLen). */
const PARTS_SUMMED = new Set(['prov.promptCompletion', 'prov.logitsToKeep']);

const reasonOf = (p: Provenance): string | undefined => (p.kind === 'derived' || p.kind === 'assumed' ? p.reason.id : undefined);

export interface MergedSetup {
  readonly spec?: Spec;
  readonly findings: readonly Finding[];
}

/**
 * Merges the members' partial specs: a value a file states beats a default another member's reader filled in; between stated
 * values, the first member (the model's file) wins conflicts, except that a launch goes before the file of its own arguments it
 * names (RecognizedFile argumentFiles: its flags override that file's), each conflict said.
 */
export function mergeSetup(members: readonly RecognizedFile[], options: SetupOptions = {}): MergedSetup {
  const findings: Finding[] = [];
  // Line indexes are built only when a conflict needs a line number.
  const lines = new Map<string, LineIndex>();
  const lineOf = (file: string, offset: number): number => {
    const m = members.find((x) => x.path === file);
    if (!m) return 1;
    let idx = lines.get(file);
    if (!idx) lines.set(file, (idx = new LineIndex(m.text)));
    return idx.position(offset).line;
  };
  const place = (p: Provenance): { file: string; line: number; range?: { start: number; end: number } } => {
    if (p.kind === 'fact') return { file: p.file, line: lineOf(p.file, p.range.start), range: p.range };
    if (p.kind === 'derived') {
      const f = p.from.find((x) => x.kind === 'fact');
      if (f) return place(f);
    }
    return { file: members[0]?.path ?? '', line: 1 };
  };

  // A field is a sourced value, or a group of them (the adapter): a group is taken whole from the first file that has it.
  const mergeParts = <T extends object>(prefix: string, parts: readonly T[]): T => {
    const out: Record<string, unknown> = {};
    for (const part of parts) {
      for (const [key, field] of Object.entries(part)) {
        if (!field) continue;
        const prev = out[key];
        if (!prev) {
          out[key] = field;
          continue;
        }
        if (!('source' in field) || !('source' in (prev as object))) {
          // A group (the adapter): each of its values a file states beats the default another file's reader filled in (a
          // launch's --use_peft with TRL's ModelConfig defaults, the script's own LoraConfig(r=16, …) that it passes).
          if (!('source' in field) && !('source' in (prev as object)) && typeof prev === 'object' && typeof field === 'object') {
            const group = { ...(prev as Record<string, unknown>) };
            const stated = field as Record<string, unknown>;
            const takes = (p: unknown, n: unknown): boolean =>
              Boolean(n && typeof n === 'object' && 'source' in n) &&
              (!p || (typeof p === 'object' && 'source' in p && !restsOnFile((p as Sourced<unknown>).source) && restsOnFile((n as Sourced<unknown>).source)));
            // (The target names go with what their file said of them, PEFT's default for the architecture or every linear: a
            // default's names, replaced by those a file states, take that with them; kept, the other file's is not added.)
            const named = stated['targets'] ? takes(group['targets'], stated['targets']) : undefined;
            if (named) for (const x of ['peftDefault', 'allLinear'] as const) if (!stated[x]) delete group[x];
            for (const [k, v] of Object.entries(stated)) {
              const p = group[k] as Sourced<unknown> | undefined;
              const n = v as Sourced<unknown> | undefined;
              if (named === false && (k === 'peftDefault' || k === 'allLinear')) continue;
              if (takes(p, n)) group[k] = n;
            }
            out[key] = group;
          }
          continue;
        }
        const value = field as Sourced<unknown>;
        const prior = prev as Sourced<unknown>;
        // (The same value twice: kept where a file states it, over a default another file's reader filled in.)
        if (JSON.stringify(prior.value) === JSON.stringify(value.value)) {
          if (!restsOnFile(prior.source) && restsOnFile(value.source)) out[key] = field;
          continue;
        }
        // (A sequence summed from a prompt and a completion: the parts' own conflicts say it, and it is summed again below.)
        if (PARTS_SUMMED.has(reasonOf(prior.source) ?? '') && PARTS_SUMMED.has(reasonOf(value.source) ?? '')) continue;
        // What a file states beats a default another file's reader filled in (a verl launch's defaults against the Hydra YAML
        // it names with --config-name).
        if (!restsOnFile(prior.source) && restsOnFile(value.source)) {
          out[key] = field;
          continue;
        }
        const a = place(prior.source);
        const b = place(value.source);
        if (a.file === b.file) continue;
        findings.push({
          ruleId: 'conflicting-values',
          severity: 'warning',
          message: {
            id: 'merge.conflict',
            args: { field: `${prefix}.${key}`, a: shown(prior.value), b: shown(value.value), fileA: a.file, lineA: a.line, fileB: b.file, lineB: b.line },
          },
          ranges: [a, b].filter((x) => x.range).map((x) => ({ file: x.file, range: x.range! })),
          fixes: [],
        });
      }
    }
    return out as T;
  };

  // A launch's flags override the file of its own arguments it names (`--config sft.yaml --per_device_train_batch_size=2`): merged
  // ahead of that file.
  const ordered = [...members];
  for (const a of members) {
    const refs = a.recognition.argumentFiles ?? [];
    // (Found where the launch's `cd` put it, under a folder its own path leaves out: matched by the path it names, in its setup.)
    const names = (b: RecognizedFile, ref: string) => referenceCandidates(a.path, ref).includes(b.path) || b.path.endsWith(`/${ref.replace(/^(\.\/)+/, '')}`);
    const targets = ordered.filter((b) => b !== a && refs.some((ref) => names(b, ref.value)));
    if (targets.length === 0) continue;
    const first = Math.min(...targets.map((b) => ordered.indexOf(b)));
    const at = ordered.indexOf(a);
    if (at > first) {
      ordered.splice(at, 1);
      ordered.splice(first, 0, a);
    }
  }
  const training = mergeParts<TrainingPart>(
    'training',
    ordered.map((m) => m.recognition.training),
  );
  const parallel = mergeParts<ParallelPart>(
    'parallel',
    ordered.map((m) => m.recognition.parallel),
  );

  // A sequence of a prompt and a completion whose parts came from different files (a launch's --max_completion_length over
  // the recipe YAML it names, which states both): the sum of the parts as merged, the launch's part over the file's.
  const prompt = training.promptLen;
  const completion = training.completionLen;
  if (prompt && completion && (!training.seqLen || reasonOf(training.seqLen.source) === 'prov.promptCompletion')) {
    training.seqLen = derived(prompt.value + completion.value, { id: 'prov.promptCompletion' }, prompt, completion);
    if (!training.logitsTokens || reasonOf(training.logitsTokens.source) === 'prov.logitsToKeep')
      training.logitsTokens = derived(completion.value + 1, { id: 'prov.logitsToKeep' }, completion);
  }

  // A DeepSpeed config named but not here (a path in the trainer's own repository): the stock presets say their ZeRO stage in
  // their names (LLaMA-Factory's examples/deepspeed/ds_z3_config.json, Axolotl's deepspeed_configs/zero3_bf16.json), and so do
  // users' own, in JSON or YAML (configs/deepspeed/zero2.yaml).
  // (accelerate's plugin default, ZeRO-2 assumed where its YAML states no stage, yields to a stage a named file says.)
  const z = training.zeroStage?.source;
  // (A config file a member names that is not among them.)
  const missingConfig = (m: RecognizedFile) =>
    m.recognition.references.find(
      (r) => /\.(json|ya?ml|conf)$/i.test(r.value) && !referenceCandidates(m.path, r.value).some((p) => members.some((x) => x.path === p)),
    );
  if (!z || (z.kind === 'assumed' && z.reason.id === 'prov.accelerateZeroDefault')) {
    for (const m of members) {
      const ref = missingConfig(m);
      const name = (ref?.value.split('/').pop() ?? '').toLowerCase();
      const stage = ref ? /(?:^|[/_-])(?:(?:ds_)?z(?:ero)?|stage_?)([0-3])(?:[_.-]|$)/.exec(name) : null;
      if (ref && stage) {
        training.zeroStage = assumed(Number(stage[1]), { id: 'prov.deepspeedPresetName', args: { file: ref.value } });
        // And the offload it names (LLaMA-Factory's ds_z3_offload_config.json: optimizer and parameters to the CPU; ZeRO-2's
        // offload the optimizer only; Axolotl's zero3_bf16_cpuoffload_params.json the parameters, _all both).
        if (/offload/.test(name) && !/no_?offload/.test(name)) {
          const reason = { id: 'prov.deepspeedPresetOffload', args: { file: ref.value } } as const;
          const paramsOnly = /offload_?param/.test(name);
          if (!paramsOnly && !training.offloadOptimizer) training.offloadOptimizer = assumed(true, reason);
          if (Number(stage[1]) === 3 && !/offload_?optim/.test(name) && !training.offloadParams) training.offloadParams = assumed(true, reason);
        }
        break;
      }
      // An accelerate config whose name says FSDP (configs/accelerate/fsdp_config.yaml, LLaMA-Factory's fsdp_config.yaml):
      // full sharding, assumed.
      if (ref && !training.fsdp && /(^|[/_-])fsdp/i.test(name)) {
        training.fsdp = assumed(true, { id: 'prov.fsdpPresetName', args: { file: ref.value } });
        break;
      }
      // (One whose name says no stage, passed as --deepspeed: no sharding is what is counted, and that is listed as assumed.)
      if (ref && /deepspeed|(^|[/_-])ds[_-]/i.test(`${ref.source.kind === 'fact' ? ref.source.path.join('.') : ''} ${ref.value}`)) {
        training.zeroStage = assumed(0, { id: 'prov.deepspeedConfigMissing', args: { file: ref.value } });
        break;
      }
    }
  }

  // A DPO launch whose LoRA is in the file of its arguments (a TRL script's --config YAML): TRL's DPOTrainer takes the base with the
  // adapter switched off as its reference, no frozen copy (the launch alone could not tell). OpenRLHF loads one of its own; a
  // reader that saw both in one file (LLaMA-Factory's ref_model) has decided already.
  const pref = training.preference;
  const adapterKind = training.adapter?.kind;
  if (
    pref &&
    adapterKind &&
    pref.value.reference === 'copy' &&
    pref.value.forwards > 0 &&
    !/openrlhf/i.test(pref.value.stage) &&
    place(pref.source).file !== place(adapterKind.source).file
  )
    training.preference = derived(
      { ...pref.value, reference: 'forwardOnly' as const },
      { id: 'prov.preferenceForward', args: { stage: pref.value.stage } },
      pref,
      adapterKind,
    );

  // A 16-bit load's pure 16-bit training (recognize/launcher.ts) does not hold where the run shards its state: DeepSpeed's ZeRO
  // optimizers step an fp32 master partition, and accelerate's FSDP upcasts the parameters it wraps to fp32.
  const master = training.masterWeights;
  if (master && reasonOf(master.source) === 'prov.sixteenBitLoad' && (training.zeroStage || training.fsdp?.value)) delete training.masterWeights;

  let model = members.find((m) => m.recognition.model)?.recognition.model;
  if (!model) {
    const ref = members.find((m) => m.recognition.modelRef)?.recognition.modelRef;
    if (ref) {
      const resolved = catalogueModel(
        ref,
        members.flatMap((m) => m.recognition.modelShape ?? []),
      );
      // (A name the run's own table defines, that table not here: said so where it is named (setup.modelTableMissing), not again
      // as a Hugging Face id the catalogue lacks.)
      const tableSaid = members.some((m) => m.recognition.findings.some((f) => f.message.id === 'setup.modelTableMissing'));
      findings.push(...resolved.findings.filter((f) => !(tableSaid && f.message.id === 'catalogue.unknownModel')));
      model = resolved.model;
      const untied = members.find((m) => m.recognition.untiedHead?.value)?.recognition.untiedHead;
      if (model && untied && model.tiedEmbeddings.value) model = { ...model, tiedEmbeddings: { value: false, source: untied.source } };
      // A trainer that builds the language model alone (MaxText unless use_multimodal): no tower in the count, said.
      const onlyBy = members.find((m) => m.recognition.languageOnly?.value)?.recognition;
      const only = onlyBy?.languageOnly;
      if (model && only && (model.vision || model.gemma4Audio)) {
        const { vision: _v, gemma4Audio: _a, ...text } = model;
        model = text;
        const at = where(only) ?? { file: members[0]?.path ?? '', range: { start: 0, end: 0 } };
        const said = onlyBy?.languageOnlyMessage ?? { id: 'setup.languageOnly' as const, args: {} };
        findings.push(finding('assumed', 'info', { ...said, args: { ...said.args, name: ref.value } }, at));
      }
    }
  }

  // A pre-quantized upload as an adapter's base (unsloth's …-bnb-4bit, axolotl-quants' …-bnb-nf4-bf16): its weights load in
  // 4 bits (8 for …-bnb-8bit) whatever the trainer's keys say.
  const named = members.find((m) => m.recognition.modelRef)?.recognition.modelRef;
  const prequantized = named ? /-bnb-(4bit|nf4|8bit)(?:-|$)/i.exec(named.value.split('/').pop() ?? '') : null;
  if (named && prequantized && training.adapter && !training.quantization)
    training.quantization = derived(
      prequantized[1] === '8bit' ? ('int8' as const) : ('nf4-dq' as const),
      { id: 'prov.prequantized', args: { name: named.value } },
      named,
    );

  // A task class the script loads the model as (BertForSequenceClassification): its head.
  const task = members.find((m) => m.recognition.taskClass)?.recognition.taskClass;
  if (model && task) model = withTaskClass(model, task.cls, task.labels) ?? model;

  // A reward model's scalar head (TRL's AutoModelForSequenceClassification with one label, OpenRLHF's value_head) in place of the LM head.
  const preference = training.preference;
  if (model && preference?.value.scoreHead && !model.classifier)
    model = { ...model, classifier: derived({ labels: 1, bias: false }, { id: 'prov.rewardHead', args: { stage: preference.value.stage } }, preference) };

  // (A target list written for several architectures: the names this model has, recognize/adapter.ts fittedToModel.)
  if (model && training.adapter) training.adapter = fittedToModel(training.adapter, model);

  if (options.seqLen !== undefined) training.seqLen = overridden(options.seqLen, { id: 'prov.seqLenOverride', args: { value: options.seqLen } });
  else if (!training.seqLen) {
    const whole = members.find((m) => m.recognition.seqFromModel)?.recognition.seqFromModel;
    if (model?.maxPositions && whole) training.seqLen = derived(model.maxPositions.value, whole, model.maxPositions);
    else if (model?.maxPositions) {
      const v = Math.min(model.maxPositions.value, DEFAULT_SEQ_LEN_CAP);
      training.seqLen = assumed(v, { id: 'prov.seqLenFromMaxPositions', args: { max: model.maxPositions.value, cap: DEFAULT_SEQ_LEN_CAP, value: v } });
    } else
      // Without a counted model (a refused config) nothing was read to bound it: not said to lack max_position_embeddings.
      training.seqLen = assumed(DEFAULT_SEQ_LEN_CAP, { id: model ? 'prov.seqLenDefault' : 'prov.seqLenNoModel', args: { value: DEFAULT_SEQ_LEN_CAP } });
  }

  const primary = members.find((m) => m.recognition.model) ?? members.find((m) => m.recognition.modelRef) ?? members[0];
  const family = primary?.recognition.family ?? 'generic';
  // The trainer is the family of the first file that states training settings (the model's file when none does).
  const states = (m: RecognizedFile) => Object.keys(m.recognition.training).length > 0 || Object.keys(m.recognition.parallel).length > 0;
  const trainer = trainerOf((members.find(states) ?? primary)?.recognition.family).defaults;
  // An optimizer named in a file that is none of those modelled (Dion, RMSprop, a fork's own): its state counted as Adam's, said.
  const optSource = training.optimizer?.value === 'other' ? training.optimizer.source : undefined;
  if (optSource?.kind === 'fact') {
    const text = members.find((m) => m.path === optSource.file)?.text.slice(optSource.range.start, optSource.range.end) ?? '';
    findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'setup.unknownOptimizer', args: { key: optSource.path.join('.'), value: text.replace(/^["']|["']$/g, '') } },
        { file: optSource.file, range: optSource.range },
      ),
    );
  }
  const parsed = specSchema.safeParse({ family, trainer, model, training, parallel });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    // Point at the offending value when it came from a file.
    let node: unknown = { model, training, parallel };
    for (const k of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(k)] : undefined;
    const src = node && typeof node === 'object' && 'source' in node ? (node as Sourced<unknown>).source : undefined;
    const at = src ? place(src) : undefined;
    findings.push(
      finding(
        'value-range',
        'error',
        { id: 'recognize.invalidSpec', args: { field: path.join('.'), problem: issue?.message ?? '' } },
        at?.range ? { file: at.file, range: at.range } : { file: primary?.path ?? '', range: { start: 0, end: 0 } },
      ),
    );
    return { findings };
  }
  // A member that says why it has no model (an error of its own) is not contradicted by "no model shapes".
  const explained = members.some((m) => m.recognition.findings.some((f) => f.severity === 'error'));
  if (!parsed.data.model && !explained && !findings.some((f) => f.severity === 'error')) {
    findings.push(finding('no-model', 'info', { id: 'setup.noModel' }, { file: primary?.path ?? '', range: { start: 0, end: 0 } }));
  }
  return { spec: parsed.data, findings };
}
