/**
 * Recognition: which family wrote a file's facts (by syntax and content), and what the file
 * contributes to a training setup.
 */
import { commandWord, lastTrainingCommand } from './commands';
import { plainPath } from '../paths';
import { launchCounts, slurmAccelerator } from './launch';
import { jobResources, modalResources, trainJobModel } from './jobfile';
import { isRl2, recognizeRl2 } from './rl2';
import { isUserConfig, liftPreset, recognizeUserConfig, settingsWithoutModel } from './userConfig';
import { hydraAppTree, isHydraApp, launcherTrainingStage, recognizeHydraApp } from './hydraApp';
import { isLlmBaselines, recognizeLlmBaselines } from './llmBaselines';
import { isGaloreLaunch, recognizeGaloreLaunch } from './galore';
import { isLlmc, recognizeLlmc } from './llmc';
import { isXtuner, recognizeXtuner } from './xtuner';
import { autotrainCall, isAutotrainConfig, isAutotrainLaunch, recognizeAutotrain } from './autotrain';
import { isPaddleArguments, isPaddleLaunch, recognizePaddleArguments, recognizePaddleLaunch } from './paddle';
import { isPicotron, recognizePicotron } from './picotron';
import { isAwsFsdp, recognizeAwsFsdp } from './awsFsdp';
import { isSwiftMegatron, recognizeSwiftMegatron } from './swiftMegatron';
import { heredocTrainer, trainerWithoutLoader, isPythonTrainer, recognizePythonTrainer } from './pyscript';
import type { Fact, Sourced } from '../types';
import { finding, fromFact } from '../types';
import { defined, emptyRecognition, FactReader, type FileRecognition, type RecognizeContext } from './common';
import { factsUnder } from './reader';
import { isHfConfig, keywordHfConfig, pretrainedConfigClass, pretrainedConfigShapes, recognizeHf } from './hf';
import { isDeepseekNative, isDeepseekV4Native, recognizeDeepseek, recognizeDeepseekV4 } from './deepseek';
import { isMistralNative, recognizeMistral } from './mistral';
import { DEEPSPEED_KEYS, recognizeDeepspeed } from './deepspeed';
import { MEGATRON_SIGNATURE, recognizeMegatron } from './megatron';
import { isNemo, isNemoLaunch, recognizeNemo, recognizeNemoLaunch } from './nemo';
import { isVerl, isVerlConfig, isVerlSft, recognizeVerl, recognizeVerlConfig, recognizeVerlSft } from './verl';
import { isBridgeRecipe, isNemoRecipe, nemoCliRun, recognizeBridgeRecipe, recognizeNemoRecipe } from './nemoRecipe';
import { isMaxtext, isMaxtextBenchmark, isMaxtextLaunch, recognizeMaxtext, recognizeMaxtextBenchmark, recognizeMaxtextLaunch } from './maxtext';
import {
  isTorchtitan,
  isTorchtitanLaunch,
  isTorchtitanModule,
  isTorchtitanFlavor,
  isTorchtitanRegistry,
  recognizeTorchtitan,
  recognizeTorchtitanFlavor,
  recognizeTorchtitanLaunch,
  recognizeTorchtitanRegistry,
} from './torchtitan';
import { isAxolotl, recognizeAxolotl } from './axolotl';
import {
  isFabricRun,
  isLitgpt,
  isLitgptCommand,
  isLitgptModelConfig,
  isLitgptScript,
  isLitgptTable,
  recognizeFabricRun,
  recognizeLitgpt,
  recognizeLitgptCommand,
  recognizeLitgptModelConfig,
  recognizeLitgptScript,
  recognizeLitgptTable,
} from './litgpt';
import { isNeox, isNeoxLaunch, recognizeNeox, recognizeNeoxLaunch } from './neox';
import { isOlmo, isOlmoLaunch, olmoLaunchTraining, recognizeOlmo } from './olmo';
import { configuratorRun, isNanogpt, recognizeNanogpt } from './nanogpt';
import { isGeneric, recognizeGeneric } from './generic';
import { isMinimindScript, recognizeMinimindScript } from './minimindScript';
import { llmsFromScratchConfig, recognizeLlmsFromScratch } from './llmsFromScratch';
import { isPeftAdapter, recognizePeft } from './peft';
import { isLlamaFactory, isLlamaFactoryCommand, recognizeLlamaFactory, recognizeLlamaFactoryCommand } from './llamafactory';
import { isTorchtune, isTorchtuneLaunch, recognizeTorchtune, recognizeTorchtuneLaunch } from './torchtune';
import { isT5xGin, isT5xLaunch, recognizeT5xGin, recognizeT5xLaunch } from './t5x';
import { isRwkvLaunch, recognizeRwkvLaunch } from './rwkv';
import { isEasyLmLaunch, recognizeEasyLmLaunch } from './easylm';
import { isFairseqLaunch, recognizeFairseqLaunch } from './fairseq';
import { isOpenLmLaunch, isOpenLmModel, recognizeOpenLmLaunch, recognizeOpenLmModel } from './openlm';
import { isLauncher, isProgramWord, namesModelByFlag, isTrainingArguments, recognizeLauncher, recognizeTrainingArguments } from './launcher';
import { isAccelerateConfig, isTrainerFsdpConfig, recognizeAccelerate, recognizeTrainerFsdpConfig } from './accelerate';
import { isComposerLaunch, isLlmFoundry, recognizeComposerLaunch, recognizeLlmFoundry } from './llmfoundry';
import { isWandbSweep, recognizeWandbSweep } from './wandb';
import { hydraSweep, isHydraSweep } from './hydra';
import { isRayTune, rayTuneTrials } from './raytune';
import { isNanotron, recognizeNanotron } from './nanotron';
import { isLevanter, recognizeLevanter } from './levanter';
import { isSwiftConfig, recognizeSwiftConfig } from './swiftConfig';
import { isBridgeContainer, recognizeBridgeContainer } from './bridgeContainer';
import { isOumi, recognizeOumi } from './oumi';
import { isAutoModel, recognizeAutoModel } from './automodel';
import { isNemoRl, recognizeNemoRl } from './nemoRl';
import { isEasyR1Config, isEasyR1Launch, recognizeEasyR1, recognizeEasyR1Config } from './easyr1';
import { isMlxLm, isMlxLmLaunch, recognizeMlxLm, recognizeMlxLmLaunch } from './mlxLm';
import { isOlmoCore, recognizeOlmoCore } from './olmoCore';
import { isRoll, recognizeRoll } from './roll';

export type Syntax = 'json' | 'yaml' | 'toml' | 'python' | 'shell' | 'gin';

function recognizeYaml(r: FactReader, ctx: RecognizeContext): FileRecognition | undefined {
  if (isBridgeContainer(r)) return recognizeBridgeContainer(ctx);
  if (isWandbSweep(r)) return recognizeWandbSweep(ctx);
  if (isNanotron(r)) return recognizeNanotron(ctx);
  if (isLevanter(r)) return recognizeLevanter(ctx);
  if (isMlxLm(r)) return recognizeMlxLm(ctx);
  if (isVerlConfig(r)) return recognizeVerlConfig(ctx);
  if (isEasyR1Config(r)) return recognizeEasyR1Config(ctx);
  if (isRoll(r)) return recognizeRoll(ctx, r);
  if (isSwiftConfig(r)) return recognizeSwiftConfig(ctx, r);
  if (isOumi(r)) return recognizeOumi(ctx, r);
  if (isAutoModel(r)) return recognizeAutoModel(ctx, r);
  if (isNemoRl(r)) return recognizeNemoRl(ctx);
  // torchforge's SFT configs: torchtitan's JobConfig written in YAML (model.name / flavor, parallelism, training).
  if (isTorchtitanModule(r)) return recognizeTorchtitan(ctx);
  if (isNeox(r)) return recognizeNeox(ctx);
  // Before OLMo: an MPT model block has OLMo's key names (d_model, n_heads, n_layers).
  if (isLlmFoundry(r)) return recognizeLlmFoundry(ctx);
  if (isOlmo(r)) return recognizeOlmo(ctx);
  if (isNemo(r)) return recognizeNemo(ctx);
  if (isMaxtext(r)) return recognizeMaxtext(ctx, { alone: true });
  if (isLlamaFactory(r)) return recognizeLlamaFactory(ctx);
  if (isTorchtune(r)) return recognizeTorchtune(ctx);
  if (isAccelerateConfig(r)) return recognizeAccelerate(ctx);
  if (isTrainerFsdpConfig(r)) return recognizeTrainerFsdpConfig(ctx);
  if (isAxolotl(r)) return recognizeAxolotl(ctx);
  if (isTrainingArguments(r)) return recognizeTrainingArguments(ctx);
  if (isLitgpt(r)) return recognizeLitgpt(ctx);
  if (isLitgptModelConfig(r)) return recognizeLitgptModelConfig(ctx);
  if (isHfConfig(r)) return recognizeHf(ctx);
  if (DEEPSPEED_KEYS.some((k) => r.has(k))) return recognizeDeepspeed(ctx);
  return undefined;
}

/** A search (a Hydra sweeper, a Ray Tune run) repeats the run of the setup: its trials join whatever else the file says. */
function withSweep(
  rec: FileRecognition,
  sweep: { trials?: FileRecognition['training']['sweepTrials']; findings: FileRecognition['findings'] },
): FileRecognition {
  return {
    ...rec,
    training: sweep.trials && !rec.training.sweepTrials ? { ...rec.training, sweepTrials: sweep.trials } : rec.training,
    findings: [...rec.findings, ...sweep.findings],
  };
}

export function recognizeFile(file: string, syntax: Syntax, facts: readonly Fact[]): FileRecognition {
  // A script that runs a training CLI several times (and its chat or export between): the last training command, said.
  const one = syntax === 'shell' ? lastTrainingCommand(file, facts) : undefined;
  // (A Python script's argparse defaults, ["@argparse", dest], are for the launch that runs it, engine.ts: not its own keys.)
  const own = one?.facts ?? (syntax === 'python' ? facts.filter((f) => f.path[0] !== '@argparse') : facts);
  const rec = recognizeSyntax(file, syntax, own);
  const read =
    syntax === 'shell'
      ? withSlurmGpu(inScriptFolder(withSourced(withWrittenConfigs(rec, file, own), own), own), own)
      : syntax === 'python'
        ? withModalGpu(rec, own, file)
        : rec;
  return one?.findings.length ? { ...read, findings: [...read.findings, ...one.findings] } : read;
}

/**
 * The shell scripts a script with a launch of its own sources (slime's `source "${SCRIPT_DIR}/models/qwen3.5-35B-A3B.sh"`, its
 * MODEL_ARGS then on the launch line): read with it, as files it names are (a script that only hands over reads them already).
 */
function withSourced(rec: FileRecognition, facts: readonly Fact[]): FileRecognition {
  if (!rec.family) return rec;
  const named = new Set([...rec.references, ...(rec.scripts ?? [])].map((x) => plainPath(x.value)));
  const sourced = facts.filter((f) => f.path.length === 1 && f.path[0] === '@shell' && typeof f.value === 'string' && !named.has(plainPath(String(f.value))));
  if (!sourced.length) return rec;
  const sources = sourced.map((f) => fromFact(String(f.value), f));
  return { ...rec, references: [...rec.references, ...sources], sources };
}

/** The GPUs a Modal app asks for the function the script runs (jobfile.ts modalResources), where the script is one read. */
function withModalGpu(rec: FileRecognition, facts: readonly Fact[], file: string): FileRecognition {
  const modal = rec.family ? modalResources(facts, file) : undefined;
  return modal ? { ...rec, parallel: { ...modal.parallel, ...rec.parallel }, findings: [...rec.findings, ...modal.findings] } : rec;
}

/** The GPU type a Slurm script's #SBATCH lines ask for (--gres=gpu:b200:1), where the launch names none. */
function withSlurmGpu(rec: FileRecognition, facts: readonly Fact[]): FileRecognition {
  if (!rec.family || rec.parallel.accelerator) return rec;
  const accelerator = slurmAccelerator(new FactReader(facts));
  return accelerator ? { ...rec, parallel: { ...rec.parallel, accelerator } } : rec;
}

/**
 * A DeepSpeed config the script writes itself by a heredoc and names (Megatron-DeepSpeed's `cat <<EOT > $DS_CONFIG` … `EOT`,
 * then `--deepspeed_config $DS_CONFIG`; extract/shell.ts keeps its facts under ["@heredoc", path], each where it was written):
 * read from the script, its settings joining the script's where the script does not set them (as a referenced file's do), and
 * no longer a file to look for.
 */
function withWrittenConfigs(rec: FileRecognition, file: string, facts: readonly Fact[]): FileRecognition {
  const targets = [...new Set(facts.filter((f) => f.path[0] === '@heredoc').map((f) => String(f.path[1])))];
  if (targets.length === 0 || rec.references.length === 0) return rec;
  let out = rec;
  for (const ref of rec.references) {
    const target = targets.find((t) => plainPath(t) === plainPath(ref.value));
    const own = target !== undefined ? factsUnder(facts, ['@heredoc', target]) : [];
    const reader = new FactReader(own);
    // (A DeepSpeed JSON, or an accelerate config YAML.)
    const accelerate = isAccelerateConfig(reader);
    if (!accelerate && !DEEPSPEED_KEYS.some((k) => reader.has(k))) continue;
    const ds = accelerate ? recognizeAccelerate({ file, facts: own }) : recognizeDeepspeed({ file, facts: own });
    out = {
      ...out,
      training: { ...defined(ds.training), ...defined(out.training) },
      parallel: { ...defined(ds.parallel), ...defined(out.parallel) },
      references: out.references.filter((x) => x !== ref),
      findings: [...out.findings, ...ds.findings],
    };
  }
  return out;
}

/**
 * A script that `cd`s before its launch (`cd workspace/kingkong`, then `CONFIG_FILE=./torchtitan/…/x.toml ./run_train.sh`): the
 * relative paths the launch names start in that folder (the script's own folder being where it starts).
 */
function inScriptFolder(rec: FileRecognition, facts: readonly Fact[]): FileRecognition {
  const at = facts.filter((f) => f.path[0] === '@cwd' && typeof f.value === 'string').pop();
  if (!at) return rec;
  const cwd = String(at.value);
  // (A relative file path: ./x, ../x, or a name with a config's or script's extension; not a model id, a URL or an absolute path.
  // Nor a path built on the script's own folder, "./../configs" from $(cd "$(dirname "$0")/.." && pwd): the script's, not the cwd's.)
  const moved = <T extends { value: string }>(ref: T): T =>
    !/^\.\/\.\.(\/|$)/.test(ref.value) && (/^\.{1,2}\//.test(ref.value) || (!/^[/~$]|:\/\//.test(ref.value) && /\.(ya?ml|json|toml|py|sh)$/i.test(ref.value)))
      ? { ...ref, value: `${cwd}/${ref.value.replace(/^\.\//, '')}` }
      : ref;
  return {
    ...rec,
    references: rec.references.map(moved),
    ...(rec.modelRef && /^\.{1,2}\//.test(rec.modelRef.value) ? { modelRef: moved(rec.modelRef) } : {}),
  };
}

/**
 * A script's model built from the config of the model it names with shapes of its own (hf.ts pretrainedConfigShapes): those set
 * on that model; one only the run knows (`vocab_size=len(dataset.vocab)`) said where it is written, and the model not counted.
 */
function withConfigShapes(rec: FileRecognition, facts: readonly Fact[], file: string): FileRecognition {
  const built = pretrainedConfigShapes(facts);
  if (!built || rec.model || rec.modelRef?.value !== built.name) return rec;
  const unknown = built.computed[0];
  if (unknown) {
    const { modelRef: _, ...rest } = rec;
    const args = { key: String(unknown.path[2]), name: built.name };
    const refused = finding('unsupported', 'error', { id: 'python.configShapeComputed', args }, { file, range: unknown.valueRange });
    return { ...rest, findings: [...rec.findings, refused] };
  }
  return built.shape.length ? { ...rec, modelShape: [...(rec.modelShape ?? []), ...built.shape] } : rec;
}

function recognizeSyntax(file: string, syntax: Syntax, facts: readonly Fact[]): FileRecognition {
  const r = new FactReader(facts);
  const ctx = { file, facts };
  switch (syntax) {
    case 'json':
      if (isPeftAdapter(r)) return recognizePeft(ctx);
      if (isPicotron(r)) return recognizePicotron(ctx, r);
      // The adapter_config.json mlx_lm.lora saves beside its adapters: its YAML config's keys, as the run used them.
      if (isMlxLm(r)) return recognizeMlxLm(ctx);
      // (Before Hugging Face's: the args.json ms-swift saves in every output folder has the model's model_type beside its flags.)
      if (isSwiftConfig(r)) return recognizeSwiftConfig(ctx, r);
      // (OpenLM's model JSON, before Hugging Face's: read alone, or for the launch that names it.)
      if (isOpenLmModel(r)) return recognizeOpenLmModel(ctx);
      if (isHfConfig(r)) return recognizeHf(ctx);
      if (isPaddleArguments(r)) return recognizePaddleArguments(ctx, r);
      if (isTrainingArguments(r)) return recognizeTrainingArguments(ctx);
      // Before DeepSeek's: Mistral Large 3's params.json has MLA's kv_lora_rank too (refused there, with the reason).
      if (isMistralNative(r)) return recognizeMistral(ctx);
      if (isDeepseekV4Native(r)) return recognizeDeepseekV4(ctx);
      if (isDeepseekNative(r)) return recognizeDeepseek(ctx);
      if (DEEPSPEED_KEYS.some((k) => r.has(k))) return recognizeDeepspeed(ctx);
      if (isTrainerFsdpConfig(r)) return recognizeTrainerFsdpConfig(ctx);
      if (isUserConfig(r)) return recognizeUserConfig(ctx, r);
      break;
    case 'yaml': {
      // (AutoTrain's config, before Axolotl's: its base_model is Axolotl's key too.)
      if (isAutotrainConfig(r)) return recognizeAutotrain(ctx, facts);
      const rec = recognizeYaml(r, ctx);
      // A Hydra sweeper block runs the app's config as many times as its sweep has trials, whatever the family.
      if (isHydraSweep(r)) return withSweep(rec ?? (isGeneric(facts) ? recognizeGeneric(ctx) : emptyRecognition('hydra')), hydraSweep(r, file));
      if (rec) return rec;
      // A job file (a Kubernetes Job, a SkyPilot task) whose container runs a shell script: the script's launch, read as one.
      // (SkyPilot's setup: installs and prepares data; its run: trains: setup is read last.)
      const ids = [...new Set(facts.filter((f) => f.path[0] === '@script').map((f) => f.path[1]))];
      const scripts = [...ids.filter((id) => !/(^|\.)setup$/.test(String(id))), ...ids.filter((id) => /(^|\.)setup$/.test(String(id)))];
      // SkyPilot's file_mounts (`/sft: ./sft`): a file the script names under a mount point is the local one mounted there.
      const mounts = facts
        .filter((f) => f.path[0] === 'file_mounts' && f.path.length === 2 && typeof f.value === 'string' && !/^[a-z0-9]+:\/\//i.test(f.value))
        .map((f) => [String(f.path[1]).replace(/\/+$/, ''), String(f.value).replace(/\/+$/, '')] as const);
      const mounted = (ref: Sourced<string>): Sourced<string> => {
        const m = mounts.find(([remote]) => ref.value === remote || ref.value.startsWith(`${remote}/`));
        return m ? { ...ref, value: m[1] + ref.value.slice(m[0].length) } : ref;
      };
      for (const id of scripts) {
        const script = recognizeFile(file, 'shell', factsUnder(facts, ['@script', id!]));
        // What the job asks the cluster for, where the script's launch does not say.
        if (script.family)
          return {
            ...script,
            references: script.references.map(mounted),
            ...(script.scripts ? { scripts: script.scripts.map(mounted) } : {}),
            parallel: { ...jobResources(facts), ...script.parallel },
          };
      }
      // A Kubeflow TrainJob on a runtime's command, its model named for the model initializer.
      const trainJob = trainJobModel(file, facts);
      if (trainJob) return trainJob;
      if (isUserConfig(r)) return recognizeUserConfig(ctx, r);
      // A config of a script's constants written in capitals (`MODEL: 'meta-llama/Meta-Llama-3-8B-Instruct'`, `MAX_INPUT: 1024`,
      // beside lora_r), as a Python module of them is: its names in lower case.
      if (facts.some((f) => typeof f.path[0] === 'string' && f.path.length === 1 && /^[A-Z][A-Z0-9_]*$/.test(f.path[0]))) {
        const lowered = facts.map((f) =>
          typeof f.path[0] === 'string' && /^[A-Z][A-Z0-9_]*$/.test(f.path[0]) ? { ...f, path: [f.path[0].toLowerCase(), ...f.path.slice(1)] } : f,
        );
        const constants = new FactReader(lowered);
        if (isUserConfig(constants)) return recognizeUserConfig({ file, facts: lowered }, constants);
      }
      // A file of presets, one chosen by a key of its own (`model_preset: "4B"`): that preset's settings, said.
      const preset = liftPreset(facts);
      const lifted = preset ? new FactReader(preset.facts) : undefined;
      if (preset && lifted && isUserConfig(lifted)) {
        const rec = recognizeUserConfig({ file, facts: preset.facts }, lifted);
        const note = finding(
          'assumed',
          'info',
          { id: 'userConfig.preset', args: { key: String(preset.chosen.path[0]), value: String(preset.chosen.value) } },
          { file, range: preset.chosen.valueRange },
        );
        return { ...rec, findings: [...rec.findings, note] };
      }
      break;
    }
    case 'gin':
      if (isT5xGin(r)) return recognizeT5xGin(ctx);
      break;
    case 'toml':
      if (isTorchtitan(r)) return recognizeTorchtitan(ctx);
      // A user's own TOML of a script's settings (model_name, lora_r, target_modules, batch_size side by side).
      if (isUserConfig(r)) return recognizeUserConfig(ctx, r);
      break;
    case 'python': {
      // An Axolotl config built in Python (`cfg = DictDefault(base_model=…, …)`, then axolotl's train(cfg=cfg)): read as its YAML.
      const dict = facts.find((f) => f.path[f.path.length - 1] === '@class' && /(^|\.)DictDefault$/.test(String(f.value)));
      if (dict) {
        const inner = factsUnder(facts, dict.path.slice(0, -1)).filter((f) => f.path[0] !== '@class');
        if (isAxolotl(new FactReader(inner))) return recognizeAxolotl({ file, facts: inner });
      }
      // torchtitan's job config written in Python (`default_config = JobConfig(model=Model(name="qwen3", flavor="32B"),
      // training=Training(…), …)`, its train_configs since 2026): read as its TOML.
      const job = facts.find((f) => f.path.length === 2 && f.path[1] === '@class' && /(^|\.)JobConfig$/.test(String(f.value)));
      if (job) {
        const inner = factsUnder(facts, job.path.slice(0, -1)).filter((f) => f.path[f.path.length - 1] !== '@class');
        if (isTorchtitan(new FactReader(inner))) return recognizeTorchtitan({ file, facts: inner });
      }
      // (A lit_gpt fork's table of configs, read for the name its script builds its model from.)
      if (isLitgptTable(r)) return recognizeLitgptTable(ctx);
      // (A torchtitan model package's flavor table, read for the flavor a run names.)
      if (isTorchtitanFlavor(r)) return recognizeTorchtitanFlavor(ctx);
      // (XTuner's mmengine config: the model dict's llm and LoRA, as the Trainer's and PEFT's flags.)
      if (isXtuner(r)) return recognizeXtuner(ctx, r);
      // (AutoTrain's Python API: LLMTrainingParams(model=…, peft=True, …).)
      const autotrain = autotrainCall(facts);
      if (autotrain) return recognizeAutotrain(ctx, autotrain);
      const rec = isTorchtitanRegistry(r)
        ? recognizeTorchtitanRegistry(ctx)
        : isTorchtitanModule(r)
          ? recognizeTorchtitan(ctx)
          : isOlmoCore(r)
            ? recognizeOlmoCore(ctx)
            : isNemoRecipe(r)
              ? recognizeNemoRecipe(ctx)
              : // (A lit_gpt script's globals are nanoGPT's names too: its model is the one Config.from_name builds.)
                isLitgptScript(facts)
                ? recognizeLitgptScript(ctx)
                : isNanogpt(r)
                  ? recognizeNanogpt(ctx)
                  : isPythonTrainer(r)
                    ? recognizePythonTrainer(ctx)
                    : undefined;
      // A Ray Tune run repeats the trainable's training once per trial.
      if (isRayTune(r)) return withSweep(rec ?? emptyRecognition('raytune'), rayTuneTrials(r, file));
      if (rec) return withConfigShapes(rec, facts, file);
      // MiniMind's training scripts: the LMConfig they build, its model and their loop (recognize/minimindScript.ts).
      if (isMinimindScript(facts)) return recognizeMinimindScript(ctx);
      // A model config the script builds by keyword (`config = LlamaConfig(hidden_size=512, …)`): read as its config.json.
      const built = keywordHfConfig(facts);
      if (built) return recognizeHf({ file, facts: built });
      // A config class of its own (`class LMConfig(PretrainedConfig):` with its model_type and keyword defaults): the config.json
      // it saves with them, said.
      const own = pretrainedConfigClass(facts);
      if (own) {
        const rec = recognizeHf({ file, facts: own.facts });
        const note = finding(
          'assumed',
          'info',
          { id: 'python.configClassDefaults', args: { cls: String(own.cls.path[1]) } },
          { file, range: own.cls.keyRange },
        );
        return { ...rec, findings: [note, ...rec.findings] };
      }
      // The GPT config dict of Raschka's LLMs from scratch (`GPT_CONFIG_124M = {"emb_dim": 768, …}`): its GPTModel.
      const scratch = llmsFromScratchConfig(facts);
      if (scratch) return recognizeLlmsFromScratch({ file, facts: scratch }, facts);
      const loaderless = trainerWithoutLoader(ctx, r);
      if (loaderless) return loaderless;
      // A module of a training script's constants (`MODEL_NAME = "Qwen/Qwen2.5-3B-Instruct"`, `LORA_R = 16`, `BATCH_SIZE = 4`,
      // upper case as Python writes constants): read as a user's config of that script, its names in lower case.
      const lowered = onePointGrid(facts).map((f) => (typeof f.path[0] === 'string' ? { ...f, path: [f.path[0].toLowerCase(), ...f.path.slice(1)] } : f));
      const constants = new FactReader(lowered);
      if (isPaddleArguments(constants)) return recognizePaddleArguments({ file, facts: lowered }, constants);
      if (isUserConfig(constants)) return withConfigShapes(recognizeUserConfig({ file, facts: lowered }, constants), facts, file);
      // A dataclass of a script's settings (`@dataclass class FineTuningConfig: base_model: str = "Qwen/Qwen2.5-14B-Instruct"`,
      // `lora_r: int = 64`, …; several, as HfArgumentParser takes them): their fields' defaults, read as a user's config of it.
      const fields = facts
        .filter((f) => f.path[0] === '@dataclass' && f.path.length === 3 && f.path[2] !== '@class')
        .map((f) => ({ ...f, path: f.path.slice(2) }));
      const settings = new FactReader(fields);
      if (fields.length && isUserConfig(settings)) return withConfigShapes(recognizeUserConfig({ file, facts: fields }, settings), facts, file);
      break;
    }
    case 'shell': {
      // A Python trainer the script writes out and runs (a heredoc): read with the launch line that runs it.
      const written = heredocTrainer(facts);
      if (written) return recognizePythonTrainer({ file, facts: written.script }, written.launch);
      if (isSwiftMegatron(r)) return recognizeSwiftMegatron(ctx);
      const nemoCli = nemoCliRun(r);
      if (nemoCli) return recognizeNemoRecipe({ file, facts: nemoCli });
      if (isTorchtuneLaunch(r)) return recognizeTorchtuneLaunch(ctx, r);
      if (isT5xLaunch(r)) return recognizeT5xLaunch(ctx, r);
      if (isRwkvLaunch(r)) return recognizeRwkvLaunch(ctx, r);
      if (isOpenLmLaunch(r)) return recognizeOpenLmLaunch(ctx, r);
      if (isEasyLmLaunch(r)) return recognizeEasyLmLaunch(ctx, r);
      if (isRl2(r)) return recognizeRl2(ctx, r);
      if (isLitgptCommand(facts)) return recognizeLitgptCommand(ctx);
      if (isFabricRun(r)) return recognizeFabricRun(ctx, r);
      if (isLlamaFactoryCommand(r)) return recognizeLlamaFactoryCommand(ctx);
      if (isBridgeRecipe(r)) return recognizeBridgeRecipe(ctx, r);
      if (isNeoxLaunch(r)) return recognizeNeoxLaunch(ctx, r);
      if (isComposerLaunch(r)) return recognizeComposerLaunch(ctx, r);
      if (isEasyR1Launch(r)) return recognizeEasyR1(ctx, r);
      if (isNemoLaunch(r)) return recognizeNemoLaunch(ctx);
      if (isVerl(r)) return recognizeVerl(ctx, r);
      if (isVerlSft(r)) return recognizeVerlSft(ctx, r);
      if (isTorchtitanLaunch(r)) return recognizeTorchtitanLaunch(ctx, r);
      if (isMaxtextLaunch(r)) return recognizeMaxtextLaunch(ctx);
      if (isMaxtextBenchmark(r)) return recognizeMaxtextBenchmark(ctx);
      // (Before Megatron's: mlx-lm's --num-layers is the number of blocks it adapts.)
      if (isMlxLmLaunch(r)) return recognizeMlxLmLaunch(ctx);
      // (A script of its own given a `--micro-batch-size` and its model by `--model-path`: not Megatron's, read below.)
      const microOnly = MEGATRON_SIGNATURE.every((k) => k === '--micro-batch-size' || !r.has(k));
      if (MEGATRON_SIGNATURE.some((k) => r.has(k)) && !(microOnly && namesModelByFlag(r))) return recognizeMegatron(ctx);
      if (isAwsFsdp(r)) return recognizeAwsFsdp(ctx, r);
      // Megatron's program run with flags this reading cannot see here (arrays a sourced file defines: `srun … pretrain_gpt.py
      // "${MODEL_ARGS[@]}"`): Megatron's launch, its job's counts this file's.
      if (r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)pretrain_\w+\.py$/.test(f.value)))
        return recognizeMegatron(ctx);
      if (isAutotrainLaunch(r)) return recognizeAutotrain(ctx, facts);
      if (isPaddleLaunch(r)) return recognizePaddleLaunch(ctx, r);
      if (isLlmBaselines(r)) return recognizeLlmBaselines(ctx, r);
      if (isGaloreLaunch(r)) return recognizeGaloreLaunch(ctx, r);
      if (isLlmc(r)) return recognizeLlmc(ctx, r);
      if (isFairseqLaunch(r)) return recognizeFairseqLaunch(ctx, r);
      // A Hydra app's launch, read with the config its app composes (the setup's doing); the NeMo launcher's training stage as
      // its NeMo config.
      if (isHydraApp(r)) {
        const tree = hydraAppTree(r);
        const stage = launcherTrainingStage(tree);
        if (stage) return recognizeNemo({ file: ctx.file, facts: stage });
        const app = recognizeHydraApp(ctx, tree);
        if (app) return app;
      }
      if (isLauncher(r)) return recognizeLauncher(ctx);
      // A DeepSpeed launch without Megatron's flags: Megatron-DeepSpeed's pretrain script when it names one, else a training
      // script the launcher runs (torchrun train.py config.yaml --deepspeed ds.json), read as a launch line.
      if (['--deepspeed_config', '--deepspeed'].some((k) => r.has(k)))
        return r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)pretrain_\w+\.py$/.test(f.value))
          ? recognizeMegatron(ctx)
          : recognizeLauncher(ctx);
      // A script that runs a Python training script of its own with nothing this version reads on the line (`python3 train.py`):
      // that script, read where it is (its model and trainer are there).
      const python = scriptRun(r);
      const script = python ?? shellRun(r);
      // (The config file a script is given first, `train.py config/train_gpt2.py`, which nanoGPT's train.py execs: read as the
      // run's, said with the script that runs it.)
      const runner = python ? configuratorRun(r.facts, python)?.script : undefined;
      // (The processes torchrun or deepspeed starts for it, `torchrun --nproc_per_node 4 train.py`: the run's GPUs.)
      const spawner = r.facts.some((f, i) => f.path[0] === '@command' && /(^|\/)(torchrun|deepspeed)$/.test(String(f.value)) && isProgramWord(r.facts, i));
      const launch =
        python && spawner ? launchCounts(r, { nodes: ['--nnodes', '--num_nodes'], perNode: ['--nproc_per_node', '--nproc-per-node', '--num_gpus'] }, true) : {};
      // (And the config file it is given, `torchrun … train.py --config configs/run.json`: a file of the setup where a reader takes
      // it as a model's config (picotron's JSON); OLMo's `scripts/train.py configs/x.yaml --key=value`, its YAML always.)
      const olmo = isOlmoLaunch(r);
      const given = python ? scriptConfig(r.facts, python) : undefined;
      if (script)
        return {
          ...emptyRecognition('launcher', [
            ...r.findings,
            finding(
              'assumed',
              'info',
              runner
                ? { id: 'launcher.runsConfig', args: { script: runner, file: script.value } }
                : { id: 'launcher.runsScript', args: { file: script.value } },
              { file, range: script.source.kind === 'fact' ? script.source.range : { start: 0, end: 0 } },
            ),
          ]),
          references: given && olmo ? [script, given] : [script],
          // (OLMo's scripts/train.py: the options after its YAML override the YAML's.)
          ...(given && olmo ? { training: olmoLaunchTraining(r), argumentFiles: [given] } : given ? { probes: [given] } : {}),
          parallel: defined({ nodes: launch.nodes, gpusPerNode: launch.perNode, worldSize: launch.worldSize }),
          // (Read with the command line this one gives it, a Python script's arguments, and a shell script in the environment
          // this one hands it.)
          scripts: [script],
        };
      break;
    }
  }
  // (Not from a config class's defaults, ["@init", …]: the reading of its model_type's, or none.)
  const guessable = facts.filter((f) => f.path[0] !== '@init');
  if (syntax !== 'shell' && isGeneric(guessable)) return recognizeGeneric({ ...ctx, facts: guessable });
  // A user's file of training settings without its model: refused, saying so.
  const settings = syntax === 'yaml' || syntax === 'json' || syntax === 'python' ? settingsWithoutModel(ctx, r) : undefined;
  if (settings) return settings;
  return { ...emptyRecognition(undefined, [finding('unsupported', 'error', { id: 'recognize.unknownFormat' }, { file, range: { start: 0, end: 0 } })]) };
}

/**
 * The Python script the last command that runs one runs (python3 train.py, torchrun … train.py, accelerate launch train.py; after
 * a job launcher's own word too, srun python train.py).
 */
function scriptRun(r: FactReader): Sourced<string> | undefined {
  const launcher = (g: Fact, j: number) => /(^|\/)(python[\d.]*|torchrun|accelerate|deepspeed)$/.test(String(g.value)) && isProgramWord(r.facts, j);
  const runs = r.facts.filter(
    (f, i) =>
      f.path[0] === '@command' &&
      typeof f.value === 'string' &&
      /^[\w./-]+\.py$/.test(f.value) &&
      !/(^|\/)(setup|prepare|download|convert|eval|evaluate|preprocess|infer|inference|test)\w*\.py$/.test(f.value) &&
      r.facts.slice(0, i).some(launcher),
  );
  const last = runs[runs.length - 1];
  return last ? fromFact(String(last.value), last) : undefined;
}

/**
 * The JSON or YAML file a Python script is given on its own command line: by `--config` / `--config_file`, or as its first
 * argument (`torchrun … OLMo/scripts/train.py configs/OLMo-7B.yaml --save_folder=…`).
 */
function scriptConfig(facts: readonly Fact[], script: Sourced<string>): Sourced<string> | undefined {
  const rest = commandWord(facts, script)?.rest ?? [];
  // (Or the word right after the script where no flag follows, `python run_clm.py config.json`: a leading word of the command.)
  const first = rest[0]?.path[0] === '@command' ? rest[0] : undefined;
  const config = rest.find(
    (f) =>
      (f.path.length === 1 ? /^(--config(_file|-file)?|@config)$/.test(String(f.path[0])) : f === first) &&
      typeof f.value === 'string' &&
      !f.unknown &&
      /\.(json|ya?ml)$/i.test(f.value),
  );
  return config ? fromFact(String(config.value), config) : undefined;
}

/**
 * The shell script a script with no launch of its own hands over to (`source ../generic/finetune.sh` after exporting the
 * model, `bash scripts/train_sft.sh`): the last one, read where it is, with what this one hands it.
 */
function shellRun(r: FactReader): Sourced<string> | undefined {
  const runs = r.facts.filter((f) => f.path.length === 1 && f.path[0] === '@shell' && typeof f.value === 'string');
  const last = runs[runs.length - 1];
  return last ? fromFact(String(last.value), last) : undefined;
}

export type { Family, FileRecognition } from './common';

/**
 * A sweep's grid of one point (`"r": [8]`, `"name": ["cyberagent/…"]`, every list of the file one value long, a script looping
 * over their product): each value itself. (Lists of other lengths, or fewer than three, are left as they are.)
 */
function onePointGrid(facts: readonly Fact[]): readonly Fact[] {
  const lists = facts.filter((f) => Array.isArray(f.value));
  if (lists.length < 3 || !lists.every((f) => (f.value as readonly unknown[]).length === 1)) return facts;
  return facts.map((f) => (Array.isArray(f.value) ? { ...f, value: f.value[0] ?? null } : f));
}
