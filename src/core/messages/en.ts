/**
 * The message table: every user-facing string, by id, with {named} parameters. Other languages
 * translate this table (zh-cn.ts); views look messages up, rules and analysis emit ids.
 */
export const en = {
  // Extraction (syntax)
  'extract.flagsFragment':
    'Nothing in this file runs a command with flags: the flags {name} holds, which a launch elsewhere is given, are read as that launch.',
  'extract.empty': 'The file is empty.',
  'extract.jsonSyntax': 'JSON syntax error: {problem}.',
  'extract.jsonNotObject': 'Expected a JSON object at the top level.',
  'extract.tooDeep': 'Nesting deeper than {depth} levels is not read.',
  'extract.unknownSyntax':
    'Not a supported config format: {file} (supported: .json, .jsonc, .yaml, .yml, .toml, .py, .ipynb, .sh, .bash; .md for the commands of its shell code blocks).',
  'extract.notebookNotPython':
    '{file} is not a Python notebook (nbformat JSON with a cells list, of the Python kernel): only the code cells of Python notebooks are read.',
  'extract.yamlSyntax': 'YAML syntax error: {problem}.',
  'extract.yamlLeftQuoted':
    'This quoted string continues on lines left of its key: PyYAML (which the trainers load YAML with) reads it, the YAML spec does not; read as PyYAML does.',
  'extract.yamlNotMapping': 'Expected a YAML mapping (key: value) at the top level.',
  'extract.tooManyValues': 'Stopped after {max} values (alias expansion or a very large file).',
  'extract.tomlSyntax': 'TOML syntax error: {problem}.',
  'extract.pythonSyntax': 'Python syntax error: {problem}.',
  'extract.shellBackslashBlank':
    'A backslash followed by a space or tab ends the command here in bash (it escapes the blank, not the line break): the lines after it run as commands of their own. Read here as the one command it was meant to be; remove the blank.',
  'extract.shellCommentEnds':
    'This comment ends the command above it (a line continuation does not pass through a comment): bash runs the flag lines after it as commands of their own, so they are not read as its flags.',
  'extract.shellUnknownWords':
    'Part of this command is made when the script runs (a command substitution, a positional argument or an unset variable): the flags it adds are not read.',
  'extract.shellLoopEmpty': 'This loop runs over nothing (an array no line of the script sets): its body does not run, and the commands in it are not read.',
  'extract.shellLoopFirst':
    'The loop runs its body once for each of its {count} values: read for the first ({first}) alone; the runs for the others are not counted.',
  'extract.shellBranchUnknown':
    'This condition cannot be told without running the script (a positional argument, a command substitution or an unset variable): the branch it guards is read, the others are not.',
  'extract.shellServingBranch':
    'This condition cannot be told without running the script, and the branch it guards only serves a model for the others (an inference server such as vLLM): the branch that trains is read.',
  'extract.shellSourcedUnknown':
    'The script sources a file whose name is made when it runs (a positional argument, a command substitution or an unset variable): the settings it holds are not read.',
  'extract.shellUnclosed': 'Unclosed {what} in the script.',

  // Values of the wrong type
  'value.expectedPositiveInt': '{key} must be a positive integer (at most {max}), not {value}.',
  'value.expectedNonNegativeInt': '{key} must be a non-negative integer (at most {max}), not {value}.',
  'value.expectedNumber': '{key} must be a non-negative number, not {value}.',
  'value.expectedBoolean': '{key} must be true or false, not {value}.',
  'value.expectedString': '{key} must be a string, not {value}.',
  'value.expectedIntList': '{key} must be a list of non-negative integers, not {value}.',

  // Recognition
  'recognize.unknownValue':
    '{key} is set to a value a static reading cannot know (a positional argument, a command substitution or an unset variable): write the number in the script, or set the variable.',
  'value.folderName':
    '{key}: a path only the run knows, ending in a folder named {name}: the model is read as {name}, the model such a folder holds. Name the model (a Hugging Face id or a path here) if it is another.',
  'value.auto': '{key} is "auto": the trainer decides it when the run starts; read as not set.',
  'value.unknown':
    '{key}: its value cannot be known without running the script (a positional argument, a command substitution or an unset variable); read as not set.',
  'value.unknownComputed': '{key}: the script computes its value when it runs (from its command line, a file or the machine); read as not set.',
  'recognize.fuyuPatches':
    'Fuyu: each image patch ({inputs} values) enters the language model through one linear to {hidden}, counted in the total; FLOPs count the language model over text tokens (how many image patches a sample has is not in the config).',
  'prov.fuyuNoTower': 'Fuyu has no vision tower: its patches enter through vision_embed_tokens alone',
  'recognize.visionEncoderDecoderPart':
    "A VisionEncoderDecoderModel whose {key} is {value}: this version models a ViT or DeiT encoder with TrOCR's decoder only.",
  'prov.encToDecProj': "enc_to_dec_proj: the encoder's width differs from the decoder's and no cross_attention_hidden_size is set",
  'recognize.visionTextOnly':
    "A vision-language model: its vision encoder ({layers} layers × {hidden}) counts in the total parameters and the memory; FLOPs and an adapter's per-token work count the language model over text tokens (how many image tokens a sample has is not in the config), while an adapter's parameters count the tower's linears its target names reach (PEFT's suffix match, all-linear).",
  'recognize.wrapperText':
    '"{type}" is a model this version does not know as a whole; its language model, {key} (model_type {text}), is read and counted exactly as that family.',
  'recognize.wrapperTextModelId':
    '"{type}" is a model this version does not know as a whole; its language model is {model} (text_model_id), counted as the catalogue holds it. The modules its own code adds (a projector and any tower) are not counted: the total, the weights\' memory and the parameters per token leave them out.',
  'recognize.partNotCounted':
    "{key} (model_type {sub}) is a module the model's own code builds, with shapes this version does not read from the file: it is not counted, so the total, the weights' memory and the parameters per token leave it out.",
  'recognize.connectorNotCounted':
    "{key}'s {tower} tower is counted; the connector that carries its output into the language model is the model's own code, with shapes the file does not give: it is not counted, so the total and the weights' memory leave it out.",
  'recognize.layerFlags': '{key} must list 0 or 1 for each of the {layers} layers.',
  'hf.mimoMtp':
    'MiMo-V2: its sliding-window layers (hybrid_layer_pattern 1) and full ones counted each with its own KV heads and sink logits, values of v_head_dim; its checkpoints also hold multi-token-prediction layers (three in MiMo-V2-Flash, V2.5 and V2.5-Pro) that no key of the config gives: they are not counted.',
  'recognize.gemma4LayerTypes': 'layer_types must name sliding_attention or full_attention for each of the {layers} layers.',
  'recognize.gemma4Shared': 'num_kv_shared_layers {n} leaves no layer of num_hidden_layers {layers} to compute the keys and values the others share.',
  'hf.gemma4':
    "Gemma 4's text model: its {local} sliding-window layers and {global} global layers counted each with its own head width and KV heads, the last {shared} layers without key and value projections of their own (they reuse an earlier layer's); each layer's stored layer_scalar counts as a parameter, as its checkpoint stores it. Attention FLOPs count each layer at its own head width and window. Memory per layer takes the average layer; an adapter counts each layer's own linears (none on the keys and values a layer shares).",
  'hf.gemma4Ple':
    "Gemma 4's text model: its {local} sliding-window layers and {global} global layers counted each with its own head width and KV heads, the last {shared} layers without key and value projections of their own (they reuse an earlier layer's), and per-layer embeddings of {width} per layer over {vocab} tokens (their table counts with the input embedding: lookups, not matmuls; the projections into each layer are matmuls); each layer's stored layer_scalar counts as a parameter, as its checkpoint stores it. Attention FLOPs count each layer at its own head width and window. Memory per layer takes the average layer; an adapter counts each layer's own linears (none on the keys and values a layer shares).",
  'hf.gemma3n':
    "Gemma 3n's text model: {local} sliding-window layers and {global} global layers, the last {shared} without key and value projections of their own (transformers builds none there; the published checkpoints store them unused: 2·h·g·d + d a layer more), per-layer embeddings of {width} per layer over {vocab} tokens (their table counts with the input embedding: lookups, not matmuls), AltUp over {streams} streams (its coefficients, router and norms in each layer, and the model's projections into and out of the streams) and LAuReL of rank {rank} in each layer. FLOPs count the active stream's layer work; the other streams' predictions and corrections are small matmuls over the streams, not counted. Memory per layer takes the average layer; an adapter counts each layer's own linears.",
  'recognize.typeByArchitecture': 'model_type "{type}" is not one this version knows; read as {arch}, the architecture the config names.',
  'recognize.registryChosen':
    'This registry defines {count} configs ({names}); reading {chosen}, the first whose model the catalogue knows. Choose another with --set config=NAME.',
  'recognize.registryUnknown':
    'No config named {given} in this registry ({names}): torchtitan would stop here, and nothing is analyzed. Name one of these with --set config=NAME.',
  'neox.layersNotModelled':
    "This config builds layers GPT-NeoX's own model does not have ({keys}: a fork's experts or state-space mixers), which this reader does not model: not counted as dense layers. Analyze the model's Hugging Face config.json instead.",
  'neox.vocabFromTokenizer':
    "The vocabulary is the tokenizer's ({tokenizer} {file}), a model of the run's own that only loading it tells: this version cannot count the embedding and the output layer without its size.",
  'nanogpt.adapterNotRead':
    "{call}: an adapter put on nanoGPT's GPT by the script is not read here; the whole model is counted as trained, as nanoGPT's train.py trains it. Only the adapter's weights train in this run.",
  'nanogpt.moeNotModelled':
    "{key}: a nanoGPT fork's mixture of experts, built by its own model code: not modelled here. Counted as nanoGPT's dense GPT it would be far off, so it is not counted.",
  'megatron.customLayerSpec':
    "--spec {spec}: the layers are built by that module, which is not read here. They are counted as Megatron-Core's GPT layer from the flags; what the module adds with flags of its own (per-layer embeddings, layers sharing K/V, other widths) is not counted.",
  'megatron.vocabFromTokenizer':
    "The vocabulary is the tokenizer's ({tokenizer}), known only when the run loads it: add --vocab-size (the tokenizer's size; Megatron pads it) to count the model.",
  'nemo.vocabFromTokenizer':
    "The vocabulary is the tokenizer's ({tokenizer}), known only when the run loads it: NeMo has no key that states its size, so the embedding and the output layer cannot be counted. Analyze the model's Hugging Face config.json, or name a tokenizer the catalogue knows (model.tokenizer.type).",
  'torchtitan.launchToml': "torchtitan's settings for this launch are in {file}: read with it where that file is found (analyze the folder that holds both).",
  'torchtitan.launchRegistry':
    "torchtitan's settings for this launch are the config {config} of torchtitan/models/{module}/config_registry.py: analyze that file with --set config={config}.",
  'launcher.configOverridesUnread': '--config_overrides sets {keys}, which this version does not read as a shape: counted as the config class leaves them.',
  'launcher.swiftDeviceMap':
    'ms-swift without NPROC_PER_NODE runs one process that places the model across the {gpus} visible GPUs (device_map auto), one GPU working at a time: counted here as that one process. Set NPROC_PER_NODE={gpus} for data parallelism over them.',
  'launcher.hostfileSlots':
    'deepspeed starts a process on every slot of every host in {file}, which is not read here: counted on one GPU. Give the count with --num_nodes and --num_gpus, or choose a cluster.',
  'launcher.noVisibleGpu': 'CUDA_VISIBLE_DEVICES is empty: the run sees no GPU (it runs on the CPU, or fails). Counted here on one GPU.',
  'megatron.loraWithoutModules':
    '{flag} {value} without --lora-target-modules: MindSpeed-LLM applies LoRA only to the modules named there (none by default), so this run trains the whole model, as counted here.',
  'launcher.scriptDefaults':
    '{file} is not read here (it sets up its model in code of its own), but its argparse defaults are: the flags this line leaves out are taken at the defaults its add_argument lines write.',
  'launcher.scriptReadsNoArgs':
    "{file} reads no command line (no argparse, HfArgumentParser, TrlParser, fire or sys.argv): the flags given to it here are not the run's, and its own values are read over them.",
  'launcher.loraScriptNamed':
    '{file} is a training script of its own named for LoRA and not read here (not found beside this file): if it applies LoRA, only the adapter trains, not the whole model counted here. With the script beside it, its PEFT LoraConfig is read.',
  'launcher.rankInScript':
    '{flag} {rank} is given to a training script of its own that is not read here (not found beside this file, or run as a module): if it applies LoRA, only the adapter trains, not the whole model counted here. With the script beside it, its PEFT LoraConfig is read.',
  'launcher.loraFlagUnused':
    '{flag} asks {file} for LoRA, but {file} builds no adapter (no LoraConfig, get_peft_model or PeftModel in it): counted as the full fine-tune it runs.',
  'launcher.loraInScript':
    "A training script of its own is switched to LoRA ({flag}) and not read here: its rank, alpha, target modules and modules to save are read from the flags as PEFT's LoraConfig takes them.",
  'launcher.severalTrainings':
    'This script runs {count} training commands: the numbers here are of the last one (this line), with its own flags only. The others are runs of their own, not counted here.',
  'launcher.runsConfig':
    "This script runs {script} with {file}, which a script of nanoGPT's kind execs (its configurator): the model and training settings are read from {file}, where it is found, with the line's --key=value over them; what neither sets is nanoGPT train.py's default.",
  'launcher.runsScript': 'This script runs {file}: its model and training settings are read from that file, where it is found.',
  'launcher.quantizedLora':
    'The base is loaded quantized ({flag}) beside LoRA settings ({key}) and nothing turns LoRA on or off: quantized weights train only through an adapter, so this is read as LoRA on the quantized base (QLoRA).',
  'launcher.freezeUnread':
    "{flag} freezes part of the model in the script's own code, which this version does not follow: every parameter is counted as trained, with its gradient and optimizer state: the memory shown is what training all of them takes.",
  'launcher.projectorOnly':
    "LLaVA's pretraining stage (--tune_mm_mlp_adapter True): the language model is frozen and only the projector from the vision tower ({tower}) into it trains, which these files do not describe: no counted weight is trainable, and the projector is not counted.",
  'launcher.prequantizedLora':
    '{name} is a pre-quantized upload, whose 4-bit weights train only through an adapter, and nothing here turns LoRA on: the script attaches one in code this version does not read, counted as LoRA with its defaults.',
  'launcher.fp16AndBf16':
    'fp16 and bf16 are both on: the Hugging Face Trainer stops before training ("At most one of fp16 and bf16 can be True, but not both"). Counted in bf16; turn one of them off.',
  'launcher.loraUnused': 'A LoRA rank is set, but nothing turns LoRA on ({switch}): the whole model is trained, and counted so.',
  'recognize.missingKey': 'Missing required key: {keys}.',
  'recognize.headDimNotInteger': 'hidden size {hidden} is not divisible by {heads} heads and no head_dim is given.',
  'recognize.topKOverExperts': 'Experts per token ({k}) exceed the number of experts ({e}).',
  'analysis.beyondExact': 'These sizes give more than {limit} parameters, past what can be counted exactly; check the sizes.',
  'recognize.invalidSpec': 'Invalid value for {field}: {problem}.',
  'recognize.unsupportedModelType':
    'Not supported: model_type "{type}" is not an architecture this version knows, so its parameter count cannot be computed exactly. Supported: {supported}.',
  'recognize.noModelType':
    'Not supported: architecture "{type}" is not one this version knows and the file has no model_type. Supported model types: {supported}.',
  'peft.unsupportedType':
    'PEFT method {type} is not modelled (LoRA, DoRA, LoHa, LoKr, AdaLoRA, VeRA, OFT, BOFT, IA3, FourierFT, WaveFT, MiSS, GraLoRA, HiRA, DeLoRA, SHiRA, RandLoRA, C3A, VB-LoRA, UniLoRA, TinyLoRA, RoAd, BEFT, PVeRA, PSOFT, trainable tokens, adaption prompt, prompt, prefix and LN tuning are): no trainable count or memory for it.',
  'llamafactory.freezeModule':
    'Freeze fine-tuning: {name} is not a module this reader counts (attention, MLP, embedding, head, final norm); it is left out of the trainable count.',
  'prov.preferencePairs': '{stage}: each sample is a chosen and a rejected sequence (both counted); no reference model',
  'prov.preferenceCopy':
    '{stage}: each sample is a chosen and a rejected sequence, and a frozen copy of the model is the reference: its weights held, a forward on every sequence (all counted)',
  'prov.preferenceForward':
    '{stage}: each sample is a chosen and a rejected sequence, and the reference runs a forward on every sequence without its weights on the GPU: the base with the adapter off, or a copy offloaded (all counted)',
  'prov.ktoCopy':
    '{stage}: one completion trained per sample; the policy runs a forward without gradients on the KL batch, and a frozen copy of the model (its weights held) a forward on both (all counted)',
  'prov.ktoForward':
    '{stage}: one completion trained per sample; the policy runs a forward without gradients on the KL batch, and the reference (the base with the adapter off) a forward on both (all counted)',
  'prov.rewardHead': 'the scalar reward head of {stage}: h × 1 in place of the LM head',
  'method.grpoNoReference':
    "{stage} with beta 0 loads no reference model: the step counted is this model's own, on the completions it sampled (prompt and completion lengths as read); generating them (vLLM or generate) is not counted.",
  'method.preferenceStage':
    '{stage} trains on pairs of responses or with more than one model (chosen and rejected sequences; a reference, reward, value or teacher model): the numbers here count supervised fine-tuning of this model alone.',
  'llamafactory.unmodelledMethod': 'finetuning_type {method} is not modelled: the run is counted as a full fine-tune.',
  'recognize.failed': 'This file could not be read ({problem}); please report it with the file attached.',
  'sweep.gridDistribution': 'A grid sweep needs a list of values for every parameter; {names} has a distribution.',
  'sweep.unknownGrid': 'A grid_search over values this reading cannot know ({names}): the number of trials is not known.',
  'sweep.unbounded': 'A {method} sweep without run_cap runs until it is stopped: its cost has no bound; set run_cap.',
  'recognize.pythonRecipe':
    "Not read: {recipe} builds its config in NeMo / Megatron-Bridge Python, which is never run here. Give the model's config.json (or a Megatron launch line with its flags) next to this file, or name the model in a trainer config.",
  'recognize.unknownFormat':
    'Not a config this version recognizes: none of the keys or flags that Hugging Face, Megatron-LM, NeMo, MaxText, DeepSpeed, torchtitan, Axolotl, LitGPT, GPT-NeoX, OLMo, nanoGPT, LLaMA-Factory, TRL, accelerate, torchtune, PEFT, ms-swift, verl, OpenRLHF, NeMo-RL, Levanter or mlx-lm configs and launches use, and no model shapes under common names.',

  // Provenance
  'prov.architecture': 'fixed by the {arch} architecture',
  'olmoCore.unknownFactory':
    "TransformerConfig.{factory} is not in this version's table of OLMo-core factories (the olmo2_*, olmo3_*, olmoe_1B_7B, llama2_* and llama3_* sizes OLMo-core's config.py defines): give the model as a config.json, or use a factory of that table.",
  'olmoCore.moeUnread':
    "The script's MoEConfig on the model's blocks gives {key} as a value it computes when it runs, which this version does not read: the experts are not counted, and neither is the model.",
  'olmoCore.hsdpAsFsdp':
    'HSDP (DataParallelType.hsdp) without a shard_degree: the group OLMo-core shards over is decided when it runs. The weights and optimizer state are counted as sharded over every data-parallel rank, less than each GPU holds when the group is smaller.',
  'prov.olmoCoreTokenizer': 'TokenizerConfig.{tokenizer}(): {size} tokens, padded_vocab_size() to a multiple of 128',
  'prov.olmoCoreDolma2': "OLMo-core's experiments build the dolma2 tokenizer: {size} tokens, padded_vocab_size() to a multiple of 128",
  'prov.olmoCoreQkNorm': '{factory}: q and k norms over the whole projections (qk_norm)',
  'torchtune.modelOverride':
    "{key}={value} is not applied here: the model and its adapter are read from {config} as written there, so this run's {key} is not in the numbers. Set it in {config} to see it counted.",
  'torchtune.device':
    'device: {device}: the accelerators this version knows are NVIDIA GPUs and Google TPUs; the figures are for the cluster chosen (an H100 unless another is), not for {device}.',
  'launcher.cliConfigUnknown':
    "{program} train is given a config whose path only the run knows (built from variables this reading cannot know): its settings are not read. Give those variables (the CLI's --set NAME=value) or analyze the config itself.",
  'prov.olmoCoreBudget':
    'activation_memory_budget {budget} (budget mode): counted as {layers} of the {of} layers recomputed whole and the rest keeping their activations, as much memory and at most as much recompute',
  'prov.olmoCoreTokens': '{key} (tokens) / the sequence length',
  'prov.hybridShardNode': "FSDP's hybrid sharding: sharded within each node (its processes), replicated across nodes",
  'prov.swiftGradAccum': 'gradient_accumulation_steps not set: ms-swift takes ceil(16 / {micro} per device / {world} processes) = {steps}',
  'prov.patchTokenizer': '{tokenizer} (Pai-Megatron-Patch): its {base} tokens + --extra-vocab-size {extra}, not padded further',
  'prov.maxtextModelYaml': 'model_name {name}: the model YAML MaxText loads, configs/models/{name}.yml beside the base.yml the line names',
  'llamafactory.checkpointingKey':
    "gradient_checkpointing: false does not turn off LLaMA-Factory's activation checkpointing, which it applies unless disable_gradient_checkpointing: true; counted with it on",
  'prov.mambaHeadsFromExpand': "num_heads not set: expand × hidden_size / head_dim (flash-linear-attention's Mamba2Config)",
  'prov.modelTypeDefaults': '--model_type {type} with no checkpoint or config named: the model {cls}() builds, its defaults',
  'prov.classDefault': '{key} not set: {cls} default {value}',
  'prov.noTruncation':
    "{key} is None: no truncation, each sample keeps its own length; counted at {cls}'s default {value}. Set {key} to the longest sample to count that",
  'prov.minimindFfn': 'hidden_dim not set: multiple_of {multiple} × ⌈⌊8·{dim}/3⌋ / {multiple}⌉ (MiniMind FeedForward)',
  'prov.minimindShared': 'n_shared_experts not None: one shared FeedForward (MiniMind MOEFeedForward)',
  'prov.gemma4GlobalKv': 'global layers: num_key_value_heads (no attention_k_eq_v, or no num_global_key_value_heads)',
  'prov.gemma4DenseBeside': 'the dense MLP of intermediate_size runs beside the experts in every layer (Gemma4TextDecoderLayer)',
  'prov.mistralWindows':
    'sliding_window gives each layer its window, repeated over the layers: {n} layers attend over {window} tokens, the others over {others} (counted as full attention)',
  'prov.mptFfn': 'expansion_ratio {ratio} × d_model (MPT)',
  'prov.falconMultiQuery': 'multi_query: one key/value head (FalconAttention)',
  'prov.falconNorms': 'two LayerNorms per layer (Falcon: new decoder architecture, or attention and MLP in sequence)',
  'prov.peftDefaultTargets': 'target_modules not set: PEFT {type} default for Llama-style models, {names}',
  'prov.mlaKvHeads': 'MLA attention: num_key_value_heads does not apply; one latent per head',
  'prov.kvHeadsDefault': 'no KV-head count: multi-head attention (KV heads = heads)',
  'prov.headDim': 'hidden / heads',
  'prov.ffnFromHidden': 'FFN width not set: {factor} × hidden',
  'prov.ffnUnused': 'no dense layer: FFN width unused',
  'prov.shardsWhenDistributed': '{trainer} on more than one GPU runs its distributed recipe, which shards parameters, gradients and optimizer state (FSDP)',
  'prov.logitsToKeep': "max_completion_length + 1: GRPO computes the completion's logits only (logits_to_keep), not the prompt's",
  'prov.sourceTarget': 'source_max_len + target_max_len: a source and its target, one sequence to a causal model',
  'prov.promptCompletion': 'max_prompt_length + max_completion_length: a prompt and the completion generated for it',
  't5x.networkOverride':
    "{key}={value} is not applied here: the network's shapes are read from the gin files as written there, so this run's {key} is not in the numbers. Set it in the gin file to see it counted.",
  'prov.t5xStock': "{key}: as T5X's {file} sets it (T5.1.1's sizes: its model gin, not read from the installed package)",
  'prov.torchtuneBuiltin':
    "{key}: as torchtune's built-in {config} sets it (its configs' LoRA: rank {rank}, alpha {alpha} on q_proj, v_proj, output_proj and the MLP; not read from the installed package)",
  'prov.mlxLmFolder':
    "the folder {folder} without mlx_lm.convert's {suffix} suffix: {name} (the catalogue's lookup takes a path's last name and drops quantization and chat suffixes, not a conversion's dtype)",
  'prov.mlxLmQuantized':
    '{name} is a model mlx_lm.convert quantized to {bits} bits: its base weights are stored in {bits} bits with a 16-bit scale and bias per group of 64, counted as a quantized base of that size',
  'prov.mlxLmQuantizedDtype':
    '{name} does not say its 16-bit dtype: mlx-lm computes a quantized model in the dtype mlx_lm.convert kept for what it did not quantize, bf16 for most models',
  'prov.mlxLmDtype': "{name} says its weights' dtype: mlx-lm computes in the dtype the weights are stored in",
  'prov.mlxLmLayers': "num_layers {n}: the last {count} of the model's {total} blocks (mlx-lm adapts model.layers[-n:]; -1 every block)",
  'prov.mlxLmKeys':
    "lora_parameters.keys not set: every linear layer of each adapted block (current mlx-lm's linear_to_lora_layers; versions before it took a per-model list, for EXAONE only attn.attention.q_proj and v_proj)",
  'prov.mlxLmAlpha':
    "PEFT's lora_alpha of the same factor: scale {scale} × rank {rank} (mlx-lm multiplies the adapter's output by scale, PEFT by lora_alpha / r)",
  'prov.mlxLmFull':
    'fine_tune_type full: the last num_layers ({n}) blocks trained whole; the embedding, the head and the final norm stay frozen (mlx_lm.lora unfreezes model.layers[-n:] only)',
  'prov.mlxLmSingleDevice': 'mlx_lm.lora runs as one process on one Apple silicon device (its unified memory), unless started under mlx.launch',
  'mlxLm.scale':
    "lora_parameters.scale {scale} multiplies the adapter's output (mlx-lm's LoRALinear: y + scale · (x·A)·B): it is not PEFT's lora_alpha, whose factor is lora_alpha / r (scale {scale} at rank {rank} is lora_alpha {alpha} in PEFT's terms). It changes no count.",
  'mlxLm.notRead':
    '{key} is not an mlx-lm setting: mlx_lm.lora takes the adapter from lora_parameters (rank, scale, dropout, keys) and fine_tune_type (lora, dora, full), and leaves this key unread. The count uses lora_parameters.',
  'mlxLm.layersUnknown': "num_layers {n}: the model's number of blocks is not known here, so the adapter is counted on every block.",
  'mlxLm.tooManyLayers': "num_layers {n} exceeds the model's {total} blocks: mlx_lm.lora stops with a ValueError.",
  'mlxLm.unknownMethod':
    'fine_tune_type {method} is not one mlx_lm.lora takes (lora, dora, full): it stops with a ValueError; no fine-tuning method is counted.',
  'prov.unslothPhi4':
    "Unsloth loads Phi-4 and Phi-3 as its own copies (unsloth/phi-4, unsloth/Phi-3-mini-4k-instruct, unsloth/Phi-3.5-mini-instruct), Llama's or Mistral's layers with q, k, v and gate, up apart: the adapters wrap each",
  'prov.torchtitanBaseFlavor': 'the flavor {flavor}, a variant of {base}: counted as {base}',
  'torchtitan.baseFlavor':
    "The catalogue knows no {name} flavor {flavor}: counted as {base}, the flavor it varies; what the variant changes in its package's table (an adapter, other shapes) is not read. Analyze it with that package's __init__.py to read it.",
  'prov.torchtitanAssets': 'the checkpoint {folder} that hf_assets_path names (the flavor {flavor} is not one the catalogue knows)',
  'prov.maxtextFill': "the {axis} axis of -1 fills the mesh: the {world} chips the launch asks for over the other axes' product",
  'prov.maxtextPerDevice':
    'per_device_batch_size {pdbs} per chip × {axes} (the axes that share a sequence, outside the batch axes): {value} sequences per data-parallel rank',
  'prov.maxtextRecipe': "{key} of MaxText's benchmark recipe {recipe} ({file})",
  'python.argvCommand': 'This script sets its own command line and runs the program with it: read as `{command}`.',
  'python.usageComment':
    'This script takes its model and settings from its command line ({parser}); read as the command a comment of its own runs it with: {command}',
  'python.usageExample': 'This script takes its model and settings from its command line ({parser}); read as the example its docstring gives: {command}',
  'python.loopFirst':
    'The loop runs its body once for each of its {count} values: read for the first ({first}) alone; the runs for the others are not counted.',
  'python.requiredDefaults':
    'argparse requires these arguments on the command line and never uses the defaults the script writes for them; read with those defaults, as no launch gives them: {flags}',
  'python.commandLine':
    'This script takes its model and settings from its command line ({parser}) and names no model itself: analyze the command that runs it (a launch script with its flags), or the config file it is given.',
  'python.configShapeComputed':
    "{key} of the config the script builds its model from ({name}'s, with shapes of its own) is computed when it runs: the model's size depends on it, so it is not counted. Write the number in the script.",
  'python.ownWrapper':
    "The model is {cls}, a class of the script's own (or of its project's) over the pretrained {loaded} it is given: counted is {loaded}; the layers the class adds beside it are not counted.",
  'python.projectLoaderClass':
    'The model is loaded through {cls}, a class of the module {module}, which this version does not read: counted is {loaded} as published; what {cls} adds, replaces or freezes is not counted.',
  'python.ownModelClass':
    "The model is {cls}, a class of the script's own (or of its project's): counted is the pretrained {loaded} it builds in its __init__; the layers the class adds beside it are not counted.",
  'python.ownModelClassAlso':
    "The model is {cls}, a class of the script's own (or of its project's): counted is the pretrained {loaded} it builds in its __init__; the other pretrained models it builds there ({also}) and the layers it adds are not counted.",
  'python.frozenByHand':
    "Where this line runs, the script freezes some of {model}'s parameters by hand, in a way this version does not follow: every parameter is counted as trained, with its gradient and optimizer state: the memory shown is what training all of them takes.",
  'python.labelsComputed':
    "num_labels is computed when the script runs: the classifier is counted with the labels the model's config has (else PretrainedConfig's 2). Write the number to count it.",
  'python.modalGpuUnknown':
    "Modal's gpu {gpu} is not an accelerator this version knows: the figures are for the cluster chosen (an H100 unless another is), not for the {gpu}.",
  'python.bf16Supported':
    '{key}={call}(): read as True, as it is on every GPU this version models (Ampere and later, Hopper, Blackwell, AMD MI300); on an older GPU or a TPU the run trains in another precision.',
  'python.noLoader':
    'A training script ({cls} built here) whose model this version does not see loaded: its from_pretrained is in a branch or a function it does not follow, or names the model by a value the file does not give (an environment variable, an argument). Name the model in the call, or analyze the config the script reads.',
  'kubeflow.runtime':
    "A Kubeflow TrainJob: the model its initializer downloads, on the nodes and GPUs it asks for; the training command and its settings are the ClusterTrainingRuntime {runtime}'s (not in this file), so the trainer's defaults are assumed and the job's env is not read.",
  'kubeflow.storageUri': 'The model initializer downloads {uri}: only a Hugging Face model (hf://org/name) names a model this version can look up.',
  'shell.jobOption': "The command that submits this script asks sbatch for {option}, which sbatch takes over the script's own #SBATCH line ({was}).",
  'shell.sourcedVariables': 'Read with {names} as {file} sets them (the script sources it).',
  'python.modulesCalled':
    "Read with the modules beside it whose functions it calls ({files}): the model, the adapter and the training settings they set are this script's run.",
  'python.configLoaded': 'Read with what {file} holds: the config file the script loads (its path as the script, or the command line that runs it, writes it).',
  'python.configClassDefaults':
    'Read as the config.json {cls} saves with its defaults (the keyword defaults of its __init__ and its model_type), as `{cls}()` builds it.',
  'minimind.script':
    "Read as MiniMind's training script: the model MiniMindLM builds from the {cls} it makes (MiniMind's model/ package, whatever this fork calls its model class), its own loop's batch and sequence.",
  'minimind.applyLora':
    "MiniMind's apply_lora(model) (model/model_lora.py): a LoRA of rank {rank} beside every square linear, here {targets}; only those train.",
  'minimind.configClassMissing':
    "{cls}'s defaults are in MiniMind's model/LMConfig.py, which is not here: the shapes the script leaves to them (vocab_size, n_heads, n_kv_heads, …) are not known. Open the script with its model/ folder beside it.",
  'python.imported': 'Read with {names} as {file} beside it sets them (the script imports them from there).',
  'setup.configBeside': 'This script takes its config file from its command line ({flag}): read with {config}, the one config beside it that gives it a model.',
  'setup.launchedBy': 'This script takes its model and settings from its command line: read as {launch} runs it.',
  'setup.launchedByOne':
    'This script takes its model and settings from its command line: read as {launch} runs it, the first of the launches beside it that run it ({others} more).',
  'setup.unknownOptimizer':
    "{key} {value}: an optimizer this version does not model; its state is counted as Adam's (two fp32 moments and the fp32 master copy, 12 bytes per trained parameter).",
  'setup.languageOnly':
    "{name}'s language model alone: the trainer does not build its vision or audio encoder (MaxText: use_multimodal is not true), so they are not counted.",
  'setup.languageOnlyBuilder':
    "{name}'s language model alone: torchtune's {builder} builds its text decoder without the vision encoder, so the encoder is not counted.",
  'maxtext.tpuConfig':
    "hardware: '{value}': this config runs on TPU and names no slice (a launch's --tpu-type says it): the figures are for the cluster chosen (--cluster, or the assumed one), not for the TPU it runs on.",
  'maxtext.tpuUnstated':
    "MaxText runs on TPU unless hardware says gpu (base.yml: hardware: 'tpu'), and this launch names no TPU slice (xpk's --tpu-type, --device-type): the figures are for the cluster chosen (--cluster, or the assumed one), not for the TPU it runs on.",
  'prov.maxtextMeshLeast': 'at least the {chips} chips the mesh axes stated take ({key} -1 fills the rest of a slice this launch does not name)',
  'maxtext.unknownRecipe':
    "MaxText benchmark recipe \"{name}\" is not one this version knows ({count} recipes, from MaxText's {files}): its model, batch and mesh are not read. Run the recipe's model with MaxText's train.py and its keys, or name a known recipe.",
  'prov.tpuSlices': '{type}: {chips} chips per slice (v4 and v5p count two TensorCores per chip) × {slices} slices',
  'prov.ownScriptBatch':
    "{flag} {value} of a training script of its own, read as the batch each process loads (its DataLoader's batch_size under accelerate or torchrun), not the global batch",
  'prov.slurmA100': "Slurm's GPU type {name} does not say which A100: the 40 GB part (choose the cluster, or write a100-80gb, for the 80 GB one)",
  'prov.masonNodes': "mason.py's --num_nodes {nodes}: the command runs on {nodes} replicas, its --num_processes {processes} multiplied by them",
  'prov.sixteenBitLoad':
    "the model loaded in {dtype} and trained so under the Hugging Face Trainer: no fp32 master copy, the optimizer's moments in {dtype} too",
  'setup.subfoldersSkipped': '{count} config files in the folders below {dir} are not read with it; --recursive reads them, each folder a setup of its own.',
  'megatron.attentionVariant':
    '--experimental-attention-variant {variant}: the layers this variant builds (with its --linear-* shapes) are not modelled here; every layer is counted as softmax attention, so the parameter count and the attention FLOPs are approximate.',
  'prov.llmBaselinesDefault': "llm-baselines' default for {key} ({value}, src/config/base.py)",
  'prov.llmBaselinesFfn': "llm-baselines' LlamaMLP: int(2 × 4 × {hidden} / 3) rounded up to a multiple of {multiple} = {value}",
  'prov.llmBaselinesFfn4': "llm-baselines' GPT (src/models/base.py): an MLP of 4 × n_embd",
  'llmBaselines.moeNotModelled':
    "A mixture of experts (--moe): its experts and routing are llm-baselines' own code's (src/models/moe.py), which this version does not read; not counted as the dense model it extends.",
  'prov.llmcDefault': "llm.c's default for {flag} ({value}, train_gpt2.cu)",
  'prov.llmcDepth': "llm.c's GPT-2 for -e {input}: {layers} layers of {channels} channels, {heads} heads (train_gpt2.cu's depth table)",
  'prov.llmcVocab': "llm.c's GPT-2: 50,304 vocabulary rows (50,257 padded, as it allocates them) and 1,024 positions",
  'prov.llmcTotalBatch': "llm.c's -d {tokens}: the tokens of an optimizer step, all processes together, over -t",
  'prov.llmcPrecision': "llm.c's train_gpt2cu: bf16, as it is built by default (PRECISION=BF16)",
  'prov.llmcFlag': "llm.c's {flag}",
  'prov.llmcAdamW': "llm.c's optimizer: AdamW (its own kernel)",
  'llmc.unknownModel':
    '-e {value}: not a GPT-2 checkpoint or a depth this version knows (d12, d24, d36, d48, gpt2_124M.bin …): the shapes are in that file, which is not read.',
  'prov.paddleWorld': 'PaddleNLP: at least tensor × pipeline × sharding degrees of ranks',
  'prov.paddleSharding':
    "PaddleNLP's sharding {stage}: the optimizer state (stage1), and gradients (stage2), and parameters (stage3) sharded over the sharding group, as ZeRO's stages",
  'prov.paddleRecompute': "PaddleNLP's recompute (recompute_granularity full: whole layers; core_attn or full_attn: selective)",
  'prov.xtunerCheckpointing':
    "XTuner's SupervisedFinetune: use_activation_checkpointing True unless the model dict says otherwise (gradient checkpointing of every layer)",
  'xtuner.internvlAllLinear':
    "XTuner's InternVL_V1_5: an llm_lora naming no target_modules puts LoRA on every linear layer of the language model but its output head (find_all_linear_names), none of the vision model's.",
  'xtuner.allLinear':
    "XTuner's SupervisedFinetune: a lora dict naming no target_modules puts LoRA on every linear layer but the output head (find_all_linear_names).",
  'prov.paddleDevices': "Paddle's launcher: one process per device its {flag} lists",
  'prov.picotronBf16':
    "picotron's train.py: the whole model cast to bf16 on a GPU that supports it, AdamW stepping its bf16 parameters (no fp32 master copy), whatever model.dtype says",
  'prov.picotronHead': "picotron's Llama (model.py) builds its own output head, final_proj, beside the embedding: not tied, whatever {name}'s config says",
  'prov.picotronMainGrad': "picotron's DataParallelBucket: each gradient accumulated into an fp32 main_grad across its data-parallel ranks",
  'prov.picotronNoRecompute': "picotron's train.py checkpoints no activations",
  'prov.fromKey': 'from {key}',
  'prov.slidingAllLayers': 'sliding window on every layer',
  'prov.slidingAlternate': 'sliding window on every other layer',
  'prov.chunkedLayers': 'chunked attention on the RoPE layers ({key}): each token attends within its chunk, counted as a causal window of the chunk size',
  'prov.slidingLayerTypes': 'layer_types: the layers named sliding_attention use the window',
  'prov.blocksparseWindow':
    'block-sparse attention: {blocks} local blocks of {size} tokens, counted as a window (the strided blocks further back are not counted)',
  'prov.blocksparseLayers': 'dense_attention_every_n_layers: every n-th layer attends densely, the others block-sparsely',
  'prov.accelerateZeroDefault':
    "accelerate's DeepSpeed plugin states no zero_stage and no deepspeed_config_file: ZeRO-2, its default (ACCELERATE_DEEPSPEED_ZERO_STAGE)",
  'prov.deepspeedConfigMissing': '{file} is not here: its ZeRO stage is not known, and no sharding is counted',
  'prov.deepspeedPresetOffload':
    "{file} is not here: the offload to the CPU its name says (LLaMA-Factory's ds_z3_offload_config.json offloads the optimizer state and the parameters)",
  'prov.deepspeedPresetName': '{file} is not here: the ZeRO stage its name says (as the trainers name their stock DeepSpeed presets)',
  'prov.slidingPattern': 'sliding_window_pattern: every pattern-th layer attends globally, the others use the window',
  'prov.slidingQwen': 'use_sliding_window: layers from max_window_layers on use the window',
  'prov.sweepGrid': 'a grid sweep: every combination of {names} ({grid}), up to run_cap',
  'prov.optunaTrials': 'the Optuna sweeper runs n_trials trials',
  'prov.optunaDefaultTrials': 'the Optuna sweeper without n_trials runs its default, {n} trials (hydra-optuna-sweeper)',
  'prov.hydraGrid': "Hydra's basic sweeper runs every combination of {names} ({grid})",
  'prov.litgptCommand': "{command}: LitGPT's defaults for it",
  'prov.rayTuneTrials': 'Ray Tune runs num_samples ({samples}) × every combination of its grid_search lists {names} ({grid})',
  'prov.sweepCap': 'a {method} sweep stops at run_cap',
  'prov.lever': 'a lever (compute-budget levers)',
  'lever.as-written': 'as written',
  'lever.precision-fp32': 'precision FP32 (TF32 GEMMs)',
  'lever.precision-bf16': 'precision BF16',
  'lever.precision-fp8': 'precision FP8',
  'lever.precision-fp4': 'precision NVFP4',
  'lever.optimizer-adamw': 'optimizer AdamW',
  'lever.optimizer-adafactor': 'optimizer Adafactor (factored second moment)',
  'lever.optimizer-lion': 'optimizer Lion (one momentum)',
  'lever.optimizer-soap': 'optimizer SOAP (bases every 10 steps)',
  'lever.optimizer-muon': 'optimizer Muon (5 Newton–Schulz iterations)',
  'lever.optimizer-shampoo': 'optimizer Shampoo (roots every 10 steps)',
  'lever.batch-x2': 'global batch ×2',
  'lever.batch-half': 'global batch ÷2',
  'lever.seq-x2': 'sequence length ×2',
  'lever.tokens-x2': 'tokens ×2 (epochs ×2)',
  'lever.wider': 'width ×2, depth ÷4 (about equal parameters)',
  'lever.deeper': 'depth ×2, width ÷√2 (about equal parameters)',
  'lever.experts-x2': 'MoE experts ×2 (equal active parameters)',
  'levers.title': 'Levers: {file} on {gpus} × {accelerator}',
  'levers.header': 'lever|FLOPs / step|comm / step / GPU|ratio|memory / GPU|MFU (BF16 peak)|absorbs (strong)|time to train',
  'prov.budget': 'a budget of {flops} model FLOPs (--budget), over the training FLOPs per token',
  'prov.nanogptFromPretrained':
    'GPT.from_pretrained("{model}") of the GPT class the script defines (nanoGPT\'s): the shapes of OpenAI\'s checkpoint (vocabulary 50,257, biases)',
  'prov.nanogptInit': "init_from {model}: GPT.from_pretrained takes the shapes of OpenAI's checkpoint (vocabulary 50,257, biases)",
  'prov.autoBf16': 'bf16: auto, which is bf16 on GPUs that support it (Ampere and later)',
  'prov.encoderHead': 'the task head {arch} adds',
  'prov.registryModel': "the torchtitan model {name}: the registry's folder, or its config function's name before the flavor",
  'prov.decoderLayersDefault': 'num_decoder_layers not set: same as num_layers',
  'prov.qwenSharedExpert': 'one shared expert with a sigmoid gate (Qwen-MoE)',
  'prov.sharedWidth': "each shared expert has the routed experts' width",
  'prov.routerBiasTopk': 'topk_method noaux_tc carries one score-correction bias per expert',
  'prov.routerBiasScore': 'score_func sigmoid carries one score-correction bias per expert',
  'prov.moeLayersDeepseek': 'MoE from layer {first} on, every {freq} layer(s)',
  'prov.moeLayersQwen': 'MoE every {step} layer(s), {skipped} layer(s) listed in mlp_only_layers',
  'prov.expertInterval': 'MoE in the layers numbered {n}, 2×{n}, … (--expert-interval {n})',
  'prov.moeHostSync':
    "Megatron-Core's dropless {dispatcher} dispatcher brings each MoE layer's token counts to the host, which waits for the GPU's queue to drain",
  'prov.gluOffsetSync': "the quick-GeGLU's linear offset becomes a device tensor on each call, a copy the host waits for",
  'prov.deepspeedBf16Optimizer':
    "DeepSpeed's bf16 optimizer at ZeRO stage 0: the fp32 master weights and the optimizer state partitioned over data parallel (a ZeRO-1 equivalent)",
  'prov.deepspeedOneNode': 'the deepspeed launcher without --num_gpus, --num_nodes or a hostfile: every GPU of this one node',
  'prov.megatronWindow': '--window-size {value}: the window to the left',
  'prov.megatronWindowSkip': 'every {n}th layer attends to the whole sequence (--window-attn-skip-freq {n}), the others to the window',
  'prov.megatronSinks': 'a learned softmax offset (attention sink) per head (--softmax-type learnable)',
  'prov.moeEveryLayer': 'every layer is MoE',
  'prov.globalBatchOverride': 'set by the user (--global-batch): {value}',
  'prov.litgptFsdp': 'LitGPT on {devices} devices: FSDP with activation checkpointing of every block (litgpt/finetune)',
  'prov.litgptPaddedVocab':
    'vocab_size {vocab} rounded up to padding_multiple {multiple}: {value} rows (Config.__post_init__ when padded_vocab_size is not set)',
  'prov.litgptScriptPrecision': "the script's setup(): get_default_supported_precision(training=True), bf16-mixed on a GPU with bf16 (weights kept in fp32)",
  'prov.litgptScriptFsdp': "the script's setup() on {devices} devices: FSDPStrategy, every Block wrapped, no activation checkpointing",
  'prov.litgptScriptBlock': "lit_gpt's script cuts its data into sequences of the model's block_size",
  'setup.modelTableMissing':
    '"{name}" is a model of the run\'s own {file}, which is not here (next to this file or in a folder above it): open the repository\'s folder, or put that file in it, to count it.',
  'litgpt.notInTable':
    'lit_gpt\'s Config.from_name("{name}") finds no config of that name in this file: the run stops with a KeyError. Add its entry, or name one the file defines.',
  'litgpt.notModelled': "The model_config sets {key} (multi-head latent attention), which this version does not count for LitGPT's GPT.",
  'litgpt.tableBlockUnknown':
    'The lit_gpt config "{name}" sets {key}, which LitGPT\'s Config does not have: a block of the fork\'s own code, which this version does not count.',
  'prov.litgptPretrainFsdp': 'LitGPT pretraining on more than one device: FSDP, sharded within each node (litgpt/pretrain.py), no activation checkpointing',
  'prov.litgptFsdpAuto':
    'LitGPT with devices: auto (every GPU of each node) on {nodes} node(s): FSDP with activation checkpointing of every block (litgpt/finetune)',
  'prov.torchtuneBuilder': 'the model torchtune builds with {builder}',
  'prov.seqLenOverride': 'set by the user: {value}',
  'prov.seqLenFromMaxPositions': 'a model config states no training length: min(max_position_embeddings {max}, {cap}) = {value}; set it with --seq-len',
  'prov.seqLenDefault': 'no training length and no max_position_embeddings: {value}; set it with --seq-len',
  'prov.torchtuneSingleDevice': '{file} is a config for a *_single_device recipe, which runs on one GPU',
  'prov.trainerFp32': 'no file sets bf16 or fp16: {trainer} trains in fp32, the dtype the checkpoint is stored in (torch_dtype float32)',
  'prov.precisionDefault': 'no file states the precision the run trains in: bf16; set bf16 or fp16 in the config',
  'prov.seqLenNoModel': 'no training length, and no model was counted to take one from: {value}; set it with --seq-len',

  'prov.catalogue': 'from the built-in catalogue entry {name}',
  'catalogue.emptyModel': 'The model is named by an empty value: name it (a Hugging Face id or a folder holding its config.json) to count it.',
  'catalogue.placeholderModel':
    '"{name}" is a placeholder for the model, left for you to fill in: name the model (a Hugging Face id or a folder holding its config.json) to count it.',
  'catalogue.baseInName':
    'Unknown model "{name}": counted with the shapes of {base}, the model its name holds (a fine-tune keeps its base\'s shapes unless it changes them). Its config.json next to this file, or in the Hugging Face cache, gives its own.',
  'catalogue.unknownTorchtitanFlavor':
    'Unknown torchtitan flavor "{flavor}" of {name}: not a flavor of upstream torchtitan that this version knows. A fork defines its own flavors in its model package (torchtitan/models/{name}/__init__.py or experiments/{name}/__init__.py); this version reads that table for qwen3\'s flavors where the file is here, and cannot count the others.',
  'catalogue.unknownModel':
    'Unknown model "{name}": not in the built-in catalogue ({known} models), and no config.json states its shapes. Any of these resolves it: a folder of that name holding config.json (next to this file or above it), the model in the Hugging Face cache (HF_HUB_CACHE, HF_HOME/hub, ~/.cache/huggingface/hub; CLI), or its config.json next to this file.',
  'prov.accelerateVisible': 'accelerate launch states no --num_processes and no config here sets it: the {gpus} GPUs CUDA_VISIBLE_DEVICES shows',
  'prov.torchrunVisible': "torchrun's --nproc_per_node is computed when the script runs: the {gpus} GPUs CUDA_VISIBLE_DEVICES shows",
  'prov.fsdpPresetName': '{file} is not here; its name says FSDP: parameters, gradients and optimizer state fully sharded',
  'prov.baseInName': '"{name}" is not in the catalogue: {base}, the model its name holds',
  'prov.itersFromSamples': 'train samples / global batch',
  'prov.noopLayers': '--num-layers {layers} less the no-op layers --noop-layers {noop} (identities that pad the pipeline split)',
  'prov.automodelParams': 'NeMo AutoModel keeps the parameters in the dtype they load in ({dtype}) and FSDP2 shards them as they are: no fp32 copy',
  'prov.torchtitanStages': "torchtitan's {stages} virtual stages over PP",
  'prov.torchtitanSplit':
    "torchtitan's split of the layers for the {schedule} schedule: the embedding and the output weighed as layers, the rest as even as it goes",
  'prov.vppFromLayout': "the layout's {stages} stages / PP",
  'prov.vppFromLayers': 'layers / (PP × {perStage} layers per virtual stage)',
  'prov.composerNodes': "Composer's --world_size ÷ --nproc (processes in all ÷ per node)",
  'prov.worldSize': 'nodes × GPUs per node',
  'prov.megatronSwigluWidth': 'FFN width not set: int(4·h·2/3 / 64)·64 for SwiGLU (Megatron-LM)',
  'prov.nullTokenizer': 'NullTokenizer: --vocab-size and its end-of-document token',
  'prov.tokenizer': 'tokenizer {name}',
  'prov.vocabPadded': 'tokenizer size {size} padded to a multiple of {multiple}',
  'prov.megatronShared': 'one shared expert of --moe-shared-expert-intermediate-size',
  'prov.microFromGlobal': 'global batch {global} over DP {dp} in {steps} accumulation steps',
  'prov.accumFromTokens': 'total_batch_size {tokens} tokens ÷ (B × T), on one process',
  'prov.globalFromMicro': 'micro batch × gradient accumulation × data-parallel size',
  'prov.dpFromBatch': 'global batch / (micro batch × gradient accumulation)',
  'prov.fusedMlp': 'fused gate+up width / 2',
  'prov.nanogptMeta': 'data/{dataset}/meta.pkl: the {size} characters of its text (train.py reads its vocab_size)',
  'prov.nanogptBpe': 'data/{dataset} is tokenized with GPT-2 BPE (no meta.pkl): train.py uses 50,304',
  'prov.nanogptNoMeta': 'data/{dataset}/meta.pkl decides it and is not read: train.py falls back to 50,304 without one',
  'prov.trainPyDefault': 'not set: nanoGPT train.py default {value}',
  'prov.oneFromFlag': 'set by {key}',
  'prov.maxDuration': 'from max_duration {text}',
  'prov.tokensFromIters': 'iterations × global batch × sequence length',
  'prov.checkpointDir': 'model named by the checkpoint directory',
  'prov.flavor': 'torchtitan {name} flavor {flavor}',
  'prov.maxtextLayerPairs': '{blocks} gemma2 decoder blocks, each a local and a global attention layer',
  'prov.maxtextPostNorms': 'a norm before and after each sublayer (use_post_attn_norm / use_post_ffw_norm)',
  'prov.maxtextScale': 'base value × 2^{exp} (global_parameter_scale {scale})',
  'prov.maxtextLinearScale': 'base value × {scale} (scale {scale}: MaxText before global_parameter_scale)',
  'prov.guessed': 'guessed from the key name {key} (unknown format)',
  'prov.assumedArch': 'unknown format: assumed {what}',
  'prov.olmoMlpRatio': 'mlp_ratio × d_model',
  'prov.neoxLlamaWidth': 'intermediate_size not set: int(8·h/3) rounded up to a multiple of 256 (GPT-NeoX mlp_type llama)',
  'prov.neoxGatedWidth':
    "a gated MLP of {size} (intermediate_size, or 4·h) as GPT-NeoX's ParallelMLP builds it: int(2·{size}/3) for gate and up together, half each, rounded up to a multiple of 256",
  'megatron.vppNotDivisible': '{layers} layers do not split into {pp} pipeline stages of {per} layers per virtual stage.',
  'prov.deciBlocks': "block_configs, layer by layer (DeciLM: a block's no_op skips it and its norm; an FFN of int(2·ffn_mult·h/3) rounded up to 256)",
  'prov.deciKvHeads': 'num_attention_heads / block_configs[].attention.n_heads_in_group ({cls})',
  'prov.noAttention': 'no attention layers ({cls}): unused',
  'prov.noFfn': 'no feed-forward blocks ({cls}): unused',
  'prov.mambaExpand': 'expand × h',
  'prov.mambaDtRank': '{key} "auto": ⌈h/16⌉',
  'prov.jambaLayers': 'attention where layer % {ap} = {ao}, Mamba elsewhere',
  'prov.jambaExperts': 'MoE where layer % {ep} = {eo}',
  'prov.modernBertLocal': 'local attention in all but every {n}-th layer (layer 0 first)',
  'prov.debertaRelative': 'disentangled attention over 2 × {span} relative positions',
  'prov.deltaNetValues': 'value heads × value head dim',
  'prov.fullAttentionInterval': 'full attention in every {n}-th layer, Gated DeltaNet in the others',
  'prov.qwen3NextMtp': "Qwen3-Next's checkpoints hold one multi-token-prediction layer the config does not name (not loaded for training by transformers)",
  'prov.imagePatches': 'no token vocabulary: the input is image patches',
  'prov.vitPatches': '{n} = (image / patch)² patches + the class token',
  'prov.classicLayout': '{arch} as its modelling code builds it ({keys})',
  'prov.multiQuery': 'multi-query attention: one key/value head ({arch})',
  'prov.dinov2SwiGlu': 'use_swiglu_ffn: a SwiGLU of {n} (⅔ of hidden_size × mlp_ratio, rounded up to a multiple of 8)',
  'prov.audioFrames': "no token embedding: the input is audio frames (vocab_size is the CTC head's characters)",
  'prov.ctcHead': "the CTC head's classes: vocab_size",
  'prov.nemoRecipeModel': 'the model {recipe} builds',
  'nemo.bridgeReleaseDefaults':
    "{recipe}'s defaults differ between Megatron-Bridge releases (another sets TP {tp} · PP {pp} · EP {ep}, global batch {gbs}, micro-batch {mbs}); these are its recipe's in the API without parameters. Set them in the command to pin them.",
  'nemo.bridgeModelUnread':
    'Not read: {base}() leaves cfg.model to the script, and this one builds it in a way that is not read here (AutoBridge.from_hf_pretrained("org/name").to_megatron_provider() is). Bridge the model from its Hugging Face id, or give its config.json next to this file.',
  'nemo.shapeUnknown': "{key} is computed by the script (known only when it runs): the shape {recipe}'s model has is assumed.",
  'nemo.recipeValueUnknown': "{key} is computed by the script (known only when it runs): {recipe}'s default {value} is assumed.",
  'llmfoundry.customModel':
    "model.name {name} is not one of llm-foundry's own models: its d_model, n_heads, n_layers and expansion_ratio are read as MPT's (a GELU MLP, biases unless no_bias); check the counts against its code.",
  'prov.prequantized': '{name} is a pre-quantized upload: its weights load in bitsandbytes NF4 (8 bits for -bnb-8bit) whatever the trainer says',
  'prov.openrlhfSequence': '--prompt_max_len + --generate_max_len: a prompt and its generated response (OpenRLHF)',
  'prov.slimeSequence':
    "slime trains on a prompt and its sampled response: at most {tokens} tokens (--rollout-max-prompt-len + --rollout-max-response-len, the response's bound alone where the prompt's is not written), an upper bound",
  'prov.swiftFsdpPreset': "ms-swift's --fsdp {preset} preset: FSDP sharding the parameters' state as ZeRO-{stage} does",
  'prov.mindspeedShared': "--n-shared-experts {n} × --moe-ffn-hidden-size {width}: MindSpeed-LLM's shared expert, one MLP as wide as that many experts",
  'prov.verlLogProbs':
    "verl's actor ({strategy}) takes its log-probabilities with a fused cross entropy (flash-attn's on the 16-bit logits, its gradient written in place; Megatron's vocab-parallel one): at most 4 bytes a logit with the entropy's, not an fp32 copy of them",
  'prov.rollSequence': 'prompt_length + response_length: a prompt and its response',
  'prov.verlSequence': 'data.max_prompt_length + data.max_response_length: a prompt and its response',
  'prov.verlMiniBatchSplit':
    'ppo_mini_batch_size prompts × rollout.n responses ({total}) split over {dp} data-parallel ranks as verl splits them, by floor division: {each} on each',
  'prov.verlDynamicBatch': 'use_dynamic_bsz: micro-batches packed to ppo_max_token_len_per_gpu {tokens} tokens, sequences of at most {longest}',
  'prov.verlMiniBatch': 'ppo_mini_batch_size prompts × rollout.n responses each, per update',
  'prov.easyR1Batch': 'worker.actor.global_batch_size prompts × worker.rollout.n responses each, per update (EasyR1 multiplies them)',
  'prov.rl2Packed': 'actor.max_length_per_device × the {ranks} CP and TP ranks that share a micro-batch: the tokens RL2 packs for one data-parallel rank',
  'prov.rl2Batch': 'train_data.prompts_per_rollout × responses_per_prompt trajectories, over actor.update_per_rollout updates',
  'prov.rl2TpScatter': 'RL2 scatters each packed micro-batch over its TP ranks',
  'rl2.packedTrajectories':
    'Each of the {trajectories} trajectories of an update is counted as a whole packed micro-batch of {tokens} tokens: RL2 packs several into one up to that length, so the memory is that of one full micro-batch and the tokens and time per step are upper bounds.',
  'prov.nemoRlLogProbs':
    "NeMo-RL's {backend} policy takes its log-probabilities from the logits upcast to fp32 (DTensor) or with Megatron's vocab-parallel cross entropy (Megatron, 4 bytes a logit at most)",
  'prov.nemoRlSequence':
    'data.max_input_seq_length + policy.generation.max_new_tokens: a prompt and what is generated for it, under policy.max_total_sequence_length {total}',
  'prov.nemoRlTrainGpus': 'cluster.gpus_per_node {gpus} less the {generation} the generation engine takes (policy.generation.colocated.enabled false)',
  'prov.nemoRlTrainNodes': 'cluster.num_nodes {nodes} less the {generation} the generation engine takes (policy.generation.colocated.enabled false)',
  'nemoRl.policyOnly':
    "The policy's training step is what is counted; the generation engine ({engine}, gpu_memory_utilization {share} of each GPU between updates, colocated) and the reference model's log-probabilities are not.",
  'nemoRl.generationApart':
    "The policy's training step is what is counted, on the GPUs the generation engine ({engine}, not colocated) leaves it; the reference model's log-probabilities are not counted.",
  'nemoRl.grpoSteps':
    'Each GRPO step generates {sequences} sequences (grpo.num_prompts_per_step × num_generations_per_prompt) and trains them in about {steps} optimizer steps of train_global_batch_size {batch}: the figures are per optimizer step.',
  'nemoRl.teacher':
    "The teacher, {teacher}, runs its forward passes on the same GPUs between the student's steps (its weights moved off them when idle); none of that is counted: the step time and MFU are the student's alone.",
  'nemoRl.packed':
    'Counted at the longest sequences ({tokens} tokens); with {key} a micro-batch holds only the tokens its sequences have, so memory and time are upper bounds.',
  'verl.offloadBetweenPhases':
    "The actor's offload keeps its parameters or optimizer state on the host between verl's phases (rollout, log-probabilities); its update loads them back to the GPU first, so they are counted on it here.",
  'verl.actorOnly':
    "The actor's training step is what is counted; the rollout engine ({engine}, gpu_memory_utilization {share} of each GPU between updates) and the reference model's forward are not.",
  'roll.actorOnly':
    "ROLL's actor_train step is what is counted, on the GPUs its device_mapping gives it; the rollout engine (actor_infer, {engine}) and the reference and reward models run on their own device_mapping and are not counted.",
  'verl.critic':
    "algorithm.adv_estimator {estimator}: verl trains a critic (a value model, critic.model.path, the actor's by default) in a phase of its own on the same GPUs; its update, about as costly again, is not counted here.",
  'verl.rolloutPool':
    "The actor's training step is what is counted, on the trainer's GPUs; with hybrid_engine false the rollout engine ({engine}) runs on GPUs of its own ({gpus} per node), which are not among them, and the reference model's forward is not counted.",
  'launcher.packedSamples':
    'Counted at the longest sequences ({tokens} tokens); with --packing_samples a micro-batch holds only the tokens its samples have, so memory and time are upper bounds.',
  'verl.longestSequences':
    'Counted at the longest sequences ({tokens} tokens: the prompt and response maxima); with use_remove_padding a micro-batch holds only the tokens its responses have, so memory and time are upper bounds.',
  'easyR1.longestSequences':
    'Counted at the longest sequences ({tokens} tokens: the prompt and response maxima); EasyR1 packs padding-free micro-batches (worker.actor.padding_free, dynamic_batching) of only the tokens its responses have, so memory and time are upper bounds.',
  'prov.hybridPattern': 'the hybrid layer pattern {pattern}',
  'prov.hybridRatios': "Megatron-Core's layer allocation from attention ratio {attention} and MLP ratio {mlp}",
  'prov.hybridNorms': 'one norm per layer of a hybrid pattern (fused into its first linear)',
  'prov.hybridMoe': "the pattern's E layers are the MoE layers",
  'prov.mambaHeads': "--mamba-num-heads not set: 2·h / head dim (MambaMixer's expand 2)",
  'prov.mambaInner': 'heads × head dim',
  'recognize.mixedProjectionBias': 'mamba_proj_bias and projectors_bias differ: in_proj and out_proj with different biases are not modelled.',
  'recognize.asymmetricStacks': '{decoder} differs from {encoder}: a decoder shaped unlike its encoder is not modelled yet.',
  'recognize.indexerTypesExtended': 'indexer_types lists {n} of the {layers} layers: the rest continue its pattern every index_topk_freq ({freq}) layers',
  'recognize.listLength': '{key} has {n} entries for {layers} layers.',
  'recognize.badList': '{key} is not a list of positive integers.',
  'prov.glmMoeDsaMtp':
    "GLM-5's checkpoint holds one multi-token-prediction layer (model.layers.78) that GlmMoeDsaConfig does not name and transformers does not load",
  'prov.longcatLayers': '{n} double layers, each two attention-and-MLP sublayers',
  'prov.longcatMoeLayers': 'the MoE beside the second sublayer of each double layer',
  'prov.longcatShared': "each double layer's second dense MLP, beside the MoE",
  'prov.zeroExpertsTopK': 'the real experts expected among the top {k} of {experts} experts and {zero} zero (identity) experts',
  'prov.samePerLayer': '{key}: the same value for every layer',
  'prov.hunyuanExperts': 'each expert is intermediate_size wide (HunYuanMLP; moe_intermediate_size is not read)',
  'prov.hunyuanShared': 'the shared MLP: intermediate_size × num_shared_expert',
  'prov.ernieModality': "entry {index} of {key} (0: the text tokens' experts, 1: the image tokens')",
  'prov.ernieVisionExperts':
    "the image tokens' own experts in each MoE layer (the vision entries of moe_num_experts and moe_intermediate_size), with their gate",
  'prov.moonVitPositions': 'init_pos_emb_height × init_pos_emb_width learned positions',
  'prov.xielu': "xIELU's two learned scalars per layer (alpha_p, alpha_n; ApertusMLP)",
  'prov.lfm2ConvDim': "the short convolution's channels: hidden_size (Lfm2ShortConv)",
  'prov.lfm2FfDim': "Lfm2MLP's width: ⌊2/3 of intermediate_size⌋ × block_ffn_dim_multiplier, rounded up to a multiple of {n}",
  'prov.lfm2MoeLayers': 'MoE from layer {n} on: the first num_dense_layers layers keep a dense Lfm2MoeMLP',
  'prov.llavaFeatureLayers': 'vision_feature_layer lists {n} layers, their hidden states concatenated into the projector',
  'prov.internVlMerge': "mlp1's pixel shuffle: int(1 / downsample_ratio {ratio}) per side",
  'prov.minimaxLayers': "each layer's mixer from {key}: lightning (linear) attention or softmax attention",
  'prov.lightningInner': "lightning attention's width: heads × head_dim",
  'prov.minimaxM3Mtp': "MiniMax-M3's checkpoints hold no MTP weights: num_mtp_modules and num_nextn_predict_layers are not counted",
  'prov.ringLayers':
    'softmax attention in each layer whose number is a multiple of layer_group_size {g} (and in the layers after the last whole group), linear attention in the others',
  'prov.hunyuanCla':
    'cross-layer attention (use_cla): a layer whose index is not a multiple of cla_share_factor {n} attends with the keys and values of the layer before it, holding no k_proj or v_proj',
  'prov.sambaYLayers':
    'SambaY: Mamba in every even layer, attention in the odd ones; from layer {half} + 2 on, a GMU and cross-decoder attention over the keys and values of layer {half} + 1; windows in the attention layers below {half}',
  'recognize.requiredKey': "Missing required key: {key} ({cls}'s default differs between its published versions, so it is not assumed).",
  'recognize.omniNotSized':
    'Not supported: model_type "{type}" (Ming omni: a Ling 2.0 language model in llm_config, a Qwen2.5 ViT, a Whisper-style audio encoder) builds parts its config does not size: the vision projector (mlp_depth 2; its widths and activation are fixed in modeling_bailingmm2.py), the audio projector with its downsampling conv (ds_kernel_size, ds_stride; its channels are not given) and the Whisper encoder as the remote code builds it from whisper_encoder_config; no index gives a count to check against, so its parameter count cannot be computed exactly from this file. Its llm_config saved on its own (bailing_moe_v2, Ling 2.0) is counted.',
  'recognize.molmoVision':
    'Not supported: model_type "{type}" (Molmo) builds its vision backbone in remote code (modeling_molmo.py: a CLIP ViT-L/14 encoder, an attention-pooling connector and an MLP projector, sized by the code\'s VisionBackboneConfig defaults), and config.json sizes only the language model, so the parameter count cannot be computed exactly from this file.',
  'recognize.visionNotSized':
    'Not supported: model_type "{type}" (DeepSeek-VL2, DeepSeek-OCR, DeepSeek-OCR 2) builds its vision encoder in remote code from the name vision_config.model_name ("{name}"), with shapes the config does not state (DeepSeek-OCR 2\'s Qwen2 encoder: its layers, heads, FFN width and learned queries are fixed in deepencoderv2.py, and its last SAM downsampling conv has 896 channels where downsample_channels says 1024), so its parameter count cannot be computed exactly from this file.',
  'recognize.perLayerVaries': '{key} differs between layers: a stack whose layers differ in it is not modelled.',
  'recognize.unsupportedVariant': '{key} = {value}: this {family} variant is not modelled, so its parameters are not counted.',
  'recognize.notDivisible': '{key} {n} does not divide {of} {m}.',
  'megatron.hybridPattern': '--hybrid-override-pattern {value} has a character other than M (Mamba), * (attention), - (MLP), E (MoE) and | (stage boundary).',
  'megatron.hybridPatternLength': 'The hybrid pattern has {n} layers but the layer count says {layers}.',
  'megatron.recomputeModulesIgnored':
    '--recompute-modules takes effect only with --recompute-granularity selective (here: {granularity}): Megatron-Core ignores it.',
  'megatron.recomputeModule': '--recompute-modules has {value}, which Megatron-Core does not recompute (it knows {known}).',
  'megatron.hybridRatios': '--hybrid-attention-ratio {attention} and --hybrid-mlp-ratio {mlp} must each be at least 0 and sum to at most 1.',
  'megatron.forkHybridMoe':
    "--num-experts {experts} on a hybrid stack without 'E' layers, on a Pai-Megatron-Patch line (--patch-tokenizer-type {tokenizer}): its own model code builds the experts in the pattern's '-' layers (Linear-MoE, Qwen3-Next), which this version does not model. Not counted as a dense stack.",
  'megatron.hybridNoMoeLayers':
    "--num-experts {experts} is set, but this hybrid stack has no MoE layer: Megatron-Core builds experts only in a pattern's 'E' layers (--hybrid-override-pattern), and --hybrid-attention-ratio / --hybrid-mlp-ratio allocate none; its '-' layers are counted as dense MLPs. A fork that builds experts there (Linear-MoE) is not modelled: write the pattern with 'E' layers to count them.",
  'megatron.hybridMoeExperts': 'The hybrid pattern has MoE layers (E) but --num-experts does not say how many experts.',
  'megatron.moeLayerFreq': '--moe-layer-freq {value} is neither a positive integer nor a list of {layers} zeros and ones.',
  'deepspeed.paramOffloadStage': 'DeepSpeed offloads parameters at ZeRO stage 3 only: at stage {stage} they stay on the GPU, and this offload is not applied',
  'deepspeed.auto': '{key} is "auto": filled in at launch by the trainer (HF Trainer / Axolotl / Accelerate).',
  'deepspeed.batchMismatch': 'train_batch_size {global} is not micro batch {micro} × gradient accumulation {accum} × a whole number of data-parallel ranks.',
  'merge.conflict': '{field} is {a} in {fileA}:{lineA} but {b} in {fileB}:{lineB}; using {a}.',
  'setup.noModel': 'No model shapes in these files: analyze them together with a model config (a folder, or several files).',
  'setup.modelDownloaded': '{name} is where {file} downloads {repo}: counted as {repo}.',
  'prov.downloadedTo': '{name} is the folder {file} downloads {repo} to',
  'setup.torchtitanStock':
    '{file} is not here: read as torchtitan ships it (pytorch/torchtitan, torchtitan/models/llama3/train_configs/), which this launch of torchtitan runs.',
  'prov.fairseqArch': "fairseq's {arch} architecture: {key} {value}",
  'prov.fairseqDefault': "fairseq's default for {key} ({value})",
  'prov.fairseqDict': "{file}: {entries} entries and the four symbols fairseq's Dictionary adds (<s>, <pad>, </s>, <unk>)",
  'prov.fairseqPositions': 'sinusoidal positions hold no weights; --decoder-learned-pos learns a table (here: {learned})',
  'prov.fairseqLearnedPositions': "--tokens-per-sample + 2 rows (fairseq's learned positions start after the padding index)",
  'prov.fairseqMaxTokens': '⌊--max-tokens / --tokens-per-sample⌋ samples on each GPU',
  'fairseq.notModelled': 'fairseq --task {task} --arch {arch} is not modelled: this version reads language_modeling with {known}. Nothing counted.',
  'fairseq.vocabFromDict':
    "The vocabulary is {file}'s entries (fairseq-preprocess writes it into the data directory), which is not here: open the folder that holds it to count the model.",
  'prov.easylmPreset': "EasyLM's {kind} preset {preset} (its STANDARD_CONFIGS table)",
  'prov.easylmUpdate': '{key} = {value}, set over the preset by --update_*_config',
  'prov.easylmMeshLeast': 'at least the {chips} chips the axes of --mesh_dim {mesh} state take (its -1 fills the rest of the slice)',
  'prov.easylmDefault': "EasyLM's default for {key} ({value}, {file})",
  'prov.easylmParams': "EasyLM keeps the parameters in fp32 (the modules' param_dtype); --dtype is the compute's",
  'prov.easylmMesh': "--mesh_dim {mesh}: EasyLM's mesh is dp, fsdp, mp; mp is the tensor-parallel degree",
  'easylm.noPreset':
    "{flag} names no preset: the model is built from the trainer's own model flags (--llama.*, --olmo.*), which this version does not read. Nothing counted.",
  'easylm.updateUnread':
    '{flag} {value} is not a dict of literals (the Python the trainer evaluates over the preset), which this version does not read. Nothing counted.',
  'easylm.unknownPreset':
    "{flag} {value} is not one of EasyLM's presets ({known}); a pickle:: or json:: config is in a file this version does not read. Nothing counted.",
  'easylm.vocabFromTokenizer':
    "The vocabulary is the preset's {vocab} rows; EasyLM raises it to the tokenizer's length where that is larger, which only the run knows.",
  'prov.openlmDefault': "OpenLM's default for {key} ({value}, open_lm/params.py)",
  'prov.openlmFlag': "{key} not in the model JSON: the launch's {flag} ({value})",
  'prov.openlmBatch': 'OpenLM splits --global-batch-size {global} over {world} processes, each share in --accum-freq {accum} micro-batches',
  'prov.openlmSeq': "OpenLM trains on sequences of the model JSON's seq_len",
  'prov.openlmHeadDim': 'hidden_dim // n_heads (OpenLM CustomAttn)',
  'prov.openlmFfn': "OpenLM's FFN width: {formula}",
  'openlm.notModelled': '{key} {value} is not modelled for OpenLM (an MoE of megablocks, or a kind OpenLM does not have): nothing counted.',
  'openlm.positionsUnknown':
    "positional_embedding_type {value} is not one of OpenLM's (rotary, head_rotary, llama_rotary, none): counted, as those are, without weights of its own.",
  'prov.rwkvDefault': "RWKV-LM's train.py default for {key} ({value}, its argparse)",
  'prov.rwkvCheckpointName': "the block version in the checkpoint's name ({file})",
  'prov.rwkvHeads': "heads: the mixer's width / the head size",
  'prov.rwkvDimAtt': "dim_att 0 (train.py's default): n_embd",
  'prov.rwkvFfn': "the channel mix's width: {formula}",
  'prov.rwkvLora': "the low-rank width {block} sets from the model's width",
  'prov.rwkvWorld': '--devices × --num_nodes: the processes Lightning starts',
  'prov.rwkvSteps': "--epoch_steps × --epoch_count: train.py's mini-epochs",
  'rwkv.versionNotModelled': 'RWKV block {version} is not modelled (RWKV-6 x060 and RWKV-7 x070 are): this run is not counted.',
  'rwkv.methodNotModelled':
    "{method} is RWKV-PEFT's own method, not modelled here: the whole model is counted as trained (an upper bound on memory and FLOPs).",
  'rwkv.scriptAsTrainPy':
    "Read as RWKV-LM's train.py (RWKV-PEFT's, RWKV-Runner's): {block}, with its argparse defaults where the line is silent; the script itself is not read.",
  'rwkv.dimAttUnread': "--dim_att {dimAtt} is not read: RWKV-7's time mix (x070) is n_embd wide ({embd}) whatever it says.",
  'rwkv.valueDim': 'value_dim differs from the hidden size: RWKV-7 with a value width of its own is not modelled.',
  'setup.galoreStock':
    '{file} is not here: read as GaLore ships it (jiaweizzhao/GaLore configs/), the model config its torchrun_main.py and the scripts copied from it take.',
  'prov.galoreDefault': "torchrun_main.py's default for {key} ({value}, GaLore's argparse)",
  'prov.galoreAccumulation': 'total_batch_size / (batch_size × processes): the micro-steps the script accumulates',
  'galore.projectedState':
    "{optimizer} keeps the optimizer state of the attention and MLP matrices in a low-rank projection (--rank): counted as the full optimizer's state, an upper bound.",
  'galore.scriptAsGalore':
    "{file} is read as GaLore's torchrun_main.py: LlamaForCausalLM of the --model_config it names, its flags and its defaults (the script itself is not read).",
  'setup.nanogptStock': '{file} is not here: read as nanoGPT ships it (karpathy/nanoGPT config/), which this launch of its train.py runs.',
  'setup.hydraComposed':
    "Read with the config its Hydra app composes ({files}): the primary config, the group options its defaults list and this launch choose, and this launch's overrides over them.",
  'setup.inherits': "Read over what it inherits ({files}): each of those files' keys, a later one over an earlier one, and this file's over all.",
  'setup.referenceMissing':
    '{file} is not here (next to this file or in a folder above it): the settings it holds are not read, and what they would set is assumed.',
  'userConfig.noModel':
    'Training settings ({keys}) but no model: nothing in this file names the model they train (a script that takes this file gets its model elsewhere, on its command line or in its code). Analyze it together with the launch or the model config that names the model.',
  'userConfig.noModelTagged':
    'Training settings ({keys}) but no model: {key} = {value} is a label, not a model id or path a script loads (a script that takes this file gets its model elsewhere, on its command line or in its code). Analyze it together with the launch or the model config that names the model.',
  'levanter.dataIncluded':
    "The data section comes from {file} (!include), which is not read here: its tokenizer, and so the vocabulary, is taken as LMDatasetConfig's default (GPT-2's). If that file names another tokenizer, write data.tokenizer here.",
  'levanter.modelType':
    'Levanter model type {type} is not one this version reads (gpt2, llama, mistral, mixtral, qwen, gemma, olmo2): analyze its Hugging Face config.json.',
  'levanter.vocabFromTokenizer':
    "The vocabulary is len(tokenizer) of {tokenizer}, known only when the run loads it: name a tokenizer the catalogue knows (a Hugging Face id), or analyze this file with the model's config.json.",
  'nanotron.read':
    "Nanotron's config (its config/config.py): model_config read by the Hugging Face key names it shares ({mapping}); parallelism, tokens and optimizer as Nanotron reads them.",
  'nanotron.zeroStage': 'optimizer.zero_stage {value}: Nanotron has stages 0 and 1 only (ZeRO-1 shards the optimizer state); read as ZeRO-1.',
  'automodel.read':
    "Read as NeMo AutoModel's recipe: its model, step_scheduler, distributed, peft and loss_fn sections as the Hugging Face Trainer's arguments and the degrees they mean.",
  'oumi.read': "Read as Oumi's config: its model, training, peft and fsdp sections as the Hugging Face Trainer's arguments they become.",
  'swift.configRead':
    "ms-swift's config YAML (swift sft --config): each top-level key read as the command-line flag of its name, with ms-swift's defaults where it is silent; the processes (NPROC_PER_NODE, NNODES) are the environment's, not the file's.",
  'swift.configWrapped':
    "ms-swift's flags under args: and an environment under env: (a wrapper's layout: swift sft --config itself takes the flags at the top level and the environment from the shell): read as the launch line env … swift sft --flag value …, with ms-swift's defaults where it is silent.",
  'userConfig.adapterKind':
    '{key}: {value} is an adapter this version does not model (its script builds it): counted as one LoRA of the rank and targets written here, which may be fewer parameters than it trains.',
  'userConfig.preset': "Read as the preset {key}: {value} chooses (its keys over the file's shared ones); another preset is another run.",
  'userConfig.tinker':
    "A Tinker run's LoRA training client: rank {rank} on the model's {parts} (a hybrid's mixer linears with the attention's), as create_lora_training_client builds it; batch_size is the sequences of one optimizer step, which the service splits.",
  'userConfig.read':
    "Not a framework's own layout: read as a training script's config, by the keys such scripts use ({keys}), as the Hugging Face Trainer and PEFT take them. Check that this is what the script does with them.",
  'hf.deepseekV4MtpRatio':
    "compress_ratios has the {n} layers' ratios and none for the multi-token-prediction block (as transformers' DeepseekV4Config saves it): its ratio taken as 0, the published configs' last entry",
  'hf.deepseekV4':
    "DeepSeek-V4, as its inference/model.py builds it: the multi-token-prediction block is counted beside the total, as DeepSeek-V3's; the hash-routed layers' token-to-expert tables (tid2eid, vocabulary × top-k integer expert ids) are lookups, not weights, and are not counted. Attention FLOPs count the {window}-token window, the compressed keys (every 4 tokens, the {topK} its indexer picks; every r tokens, all) and the indexer's scores, as causal means over the sequence; the compressors' pooling and the hyper-connections' Sinkhorn iterations are left out (well under 1 % of a layer). Activation memory is an estimate from the model's tensors, the indexer's scores taken as a fused kernel's.",
  'hf.quantizedCheckpoint':
    'This checkpoint is stored quantized ({method}): its parameters are counted as they are; memory and time take its weights at the training precision, as a run that loads them so would.',
  'hf.albertShared':
    'ALBERT shares its layer weights: {layers} layers run through {groups} set(s) of weights (num_hidden_groups), so the parameters count each set once while the FLOPs and activations count all {layers} layers.',
  'generic.guessed': "Unknown config format: read it by common key names ({mapping}). Check that these are the model's shapes.",
  'nemo.tokenizerMandatory':
    "{key} is ??? (the launch must set it): assumed {name}, {size} tokens, NeMo GPT's default tokenizer; set the tokenizer to count the embeddings exactly.",
  'nemo.vocabAssumed': 'The tokenizer is not stated (model.tokenizer.model is {value}); assumed {name} ({size} tokens).',
  'prov.defaultDegree': 'not set: {dim} 1',
  'prov.etpDefault': 'not set: expert tensor parallelism = TP',
  'prov.dpFromWorld': 'GPUs {world} / (TP × PP × CP)',
  'prov.defaultMicroBatch': 'not set: micro-batch 1',
  'prov.defaultGlobalBatch': 'not set: one micro-batch per data-parallel rank',
  'prov.defaultRecompute': 'not set: no activation recomputation',
  'prov.configWorld': "the config's world size: {gpus} GPUs",
  'prov.clusterFile': 'from {file}',
  'prov.clusterDefaultPerNode': 'not set: {value} GPUs per node',
  'prov.clusterDefaultNodes': 'not set: 1 node',
  'prov.gpusFlag': '--gpus {gpus}',
  'prov.defaultClusterBlackwell':
    "no cluster given: B200, 8 per node, 400 Gb/s per GPU, as the config's {format} runs on Blackwell only; sized by the config ({gpus} GPUs)",
  'prov.defaultCluster': 'no cluster given: H100 SXM, 8 per node, 400 Gb/s per GPU, sized by the config ({gpus} GPUs)',
  'rule.tpSsm': "TP {t} does not divide the state-space mixer's {n} heads, groups or channels (n % t = 0).",
  'rule.fp8Hardware': 'FP8 needs FP8 tensor cores (Ada, Hopper, Blackwell, MI300): the {accelerator} has none, and Transformer Engine will not run FP8 on it.',
  'rule.mxfp8Hardware':
    "MXFP8 needs Blackwell's block-scaled tensor cores: Transformer Engine does not run the MXFP8 recipe on the {accelerator} (tensorwise, delayed and blockwise scaling run there).",
  'rule.fp4Hardware': "NVFP4 needs Blackwell's block-scaled tensor cores: Transformer Engine does not run it on the {accelerator}.",
  'rule.blockwiseHardware':
    'Blockwise FP8 (128 × 128 weight tiles) needs compute capability 9.0 (Hopper) or newer: Transformer Engine does not run it on the {accelerator} (tensorwise and delayed scaling run there).',
  'rule.tpHeads': 'TP {t} does not divide the {a} attention heads (a % t = 0).',
  'rule.tpKvHeads': 'TP {t} neither divides the {g} KV heads nor is a multiple of them.',
  'rule.tpReplicatesKv': 'TP {t} exceeds the {g} KV heads: each KV head is replicated {copies}×.',
  'rule.tpHidden': 'TP {t} does not divide the hidden size {h}.',
  'rule.tpFfn': 'TP {t} does not divide the FFN width {f}.',
  'rule.spTokens': 'Sequence parallelism needs micro-batch × sequence ({tokens}) divisible by TP {t}.',
  'rule.visibleGpus':
    'The launch starts {processes} processes on each node, but CUDA_VISIBLE_DEVICES={devices} shows {gpus} GPUs: the ranks past them find no GPU, and the run fails as written.',
  'rule.tpAcrossNodes': 'TP {t} spans more than one NVLink domain ({domain} GPUs): its all-reduces cross the slower network.',
  'rule.ppLayers': 'PP {p} exceeds the {L} layers.',
  'rule.ppDivides': 'PP {p} does not divide the {L} layers.',
  'rule.vppLayers': '{L} layers do not split into PP {p} × {v} virtual stages.',
  'rule.ppUneven': '{L} layers with {first} on the first stage and {last} on the last do not split evenly over the other stages of PP {p} × {v}.',
  'rule.ppLayout': 'The pipeline layout lists {n} stages holding {sum} layers, where PP {p} × VPP {v} needs {p} × {v} stages holding all {L}.',
  'rule.ppAccount': '{L} layers plus {extra} for the embedding and loss do not split into PP {p} × {v} stages.',
  'rule.ppMicroBatches': 'Only {m} micro-batches for {p} pipeline stages: the pipeline never fills (m ≥ p).',
  'rule.vppNoPipeline':
    'Interleaved pipelining (VPP {v}) needs a pipeline: PP is 1, and Megatron-Core refuses it ("pipeline-model-parallel size should be greater than 1 with interleaved schedule"). Set PP above 1, or VPP to 1 (None).',
  'rule.vppMicroBatches': 'Interleaved pipelining needs the micro-batches ({m}) to be a multiple of PP {p}.',
  'rule.dpBatch': 'Global batch {B} is not divisible by micro-batch {b} × DP {d}.',
  'rule.cpSeq': 'Sequence {s} is not divisible by 2 × CP {c} (load-balanced causal CP).',
  'rule.cpChunks': 'CP {c} leaves {chunk} tokens per chunk of a {s}-token sequence: too few to hide the ring exchange.',
  'rule.epExperts': 'EP {e} exceeds the {E} experts.',
  'rule.epDivides': 'EP {e} does not divide the {E} experts.',
  'rule.epGrid': 'The expert grid (expert-TP {etp} × EP {e} × PP {p}) does not divide the {world} GPUs.',
  'rule.epDense': 'EP {e} on a model without experts.',
  'rule.world': 'TP {t} × PP {p} × CP {c} × DP {d} = {used} GPUs, but the cluster has {world}.',
  'limit.tp': 'TP is useful up to the KV heads ({g}) and one NVLink domain ({domain})',
  'limit.pp': 'PP is bounded by the {L} layers',
  'limit.dp': 'DP is bounded by global batch / micro-batch ({B} / {b})',
  'limit.cp': 'CP needs chunks of a few thousand tokens of the {s}-token sequence',
  'limit.ep': 'EP is bounded by the {E} experts',
  'prov.trainerDefault': "{trainer}'s default: no file sets it",
  'prov.noTrainerDefault': 'no trainer named: as current trainers offer it for the layout the search chooses',
  'prov.searchedLayout': 'the files state no layout: the fastest that fits on {gpus} × {accelerator} (layout search)',
  'prov.smallestFitting': 'no file states the number of GPUs: the fewest ({gpus}) on which a layout fits',
  'memory.overCapacityAssumedSize':
    'Needs {need} per GPU on {gpus} GPUs, more than the {have} a process can use on the {gpu}; no file states the number of GPUs (set it in the launcher, a cluster file or with --gpus).',
  'memory.overCapacityAnySize':
    "Needs {need} per GPU on {gpus} GPUs, more than the {have} a process can use on the {gpu}, and no number of them up to {max} fits this layout: what each GPU keeps whatever their number (state that is not sharded, its micro-batch's activations and logits) does not shrink with it. Shard the optimizer state (distributed optimizer, ZeRO, FSDP), recompute activations, or lower the micro-batch or the sequence.",
  'memory.noLayoutFits': 'No layout fits on {gpus} × {gpu}: the smallest layout that fits needs {needed} GPUs.',
  'memory.noLayoutFitsAtAll': 'No layout fits on {gpus} × {gpu}, nor on up to {max} of them.',
  'report.notRunnable': 'no step time: this layout does not fit or cannot run (see the findings)',
  'memory.overCapacity': 'Needs {need} per GPU, more than the {have} a process can use on the {gpu}.',
  'comm.bound': 'Communication-bound: {exposed} of each {step} step is exposed communication (compute/communication {ratio}).',
  'cluster.unknownPreset': 'Unknown cluster preset "{name}" (known: {known}).',
  'cluster.invalidFile': 'Invalid cluster file {file}: {problem}.',
  'plan.none': 'No layout fits: every valid layout needs more memory than the GPU has, or the batch does not split over {gpus} GPUs.',
  'rules.parallelDegrees': 'Each parallel degree divides what it splits (heads, layers, experts, sequence, GPUs).',
  'rules.parallelLayout': 'Valid but costly layouts: replicated KV heads, a pipeline that never fills, short context-parallel chunks.',
  'rules.precisionHardware': 'The accelerator runs the precision the config asks for (FP8 from Ada and Hopper on, MXFP8 and NVFP4 on Blackwell).',
  'rules.visibleGpus': 'A launch starts no more processes on a node than the GPUs CUDA_VISIBLE_DEVICES shows.',
  'rules.tpAcrossNodes': 'Tensor parallelism stays inside one NVLink domain.',
  'rules.batchArithmetic': 'The global batch splits into micro-batch × data parallel × accumulation steps.',
  'rules.memoryOverCapacity': 'What one GPU holds fits in its memory.',
  'rules.communicationBound': 'Exposed communication stays under 30 % of a step.',
  'rules.vocabPadding': 'With TP > 1 the vocabulary is padded to a multiple of TP (Megatron: 128 × TP).',
  'rules.seqOverPositions': "Training sequences fit the model's position embeddings.",
  'rules.tokensPerParameter': 'Training tokens per parameter near the compute-optimal ~20 (information only).',
  'rules.unreadable': 'Every file named can be read (it exists, is readable and is under the size limit).',
  'rules.adapterSettings': 'An adapter wraps layers the model has, at a rank below their width.',
  'adapter.unknownModules':
    'No layer is named {names}: the adapter leaves it out (target names as in the Hugging Face modelling code: q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj, lm_head, or all-linear).',
  'adapter.missingRoles': '{architecture} has no {roles} layer to wrap: the adapter leaves it out.',
  'adapter.nothingWrapped':
    '{architecture} has none of the layers the adapter names ({roles}): PEFT stops with "Target modules … not found in the base model" before training starts.',
  'adapter.rankOverWidth': 'Rank {r} is not below the {features} features of the {role} layer: the adapter is no longer low-rank.',
  'adapter.noAlpha':
    'lora_alpha is not set: the adapter output is scaled by α/r with the library default α (PEFT: 8), which this file does not show; set it (commonly 2 × r = {twice}).',
  'adapter.quantizedFull':
    'The weights are stored quantized ({quantization}) and nothing adds an adapter: bitsandbytes-quantized weights do not train. Fine-tune them through an adapter (QLoRA), or train the 16-bit checkpoint; the numbers here count the whole model as trained.',
  'adapter.noComputeDtype':
    'The base is quantized ({quantization}) but no compute dtype is set: bitsandbytes then computes in float32 (slower, and more activation memory); set bf16.',
  'rules.syntax': 'The file parses.',
  'rules.valueType': 'Values have the type their key needs.',
  'rules.missingKey': 'Keys the analysis needs are present.',
  'rules.unsupported': 'The architecture or format is one this version knows.',
  'rules.conflictingValues': 'Files of one setup agree on each value.',
  'rules.guessedMapping': 'A format read by common key names.',
  'rules.unknownModel': 'A named model is in the catalogue.',
  'rules.shape': "The model's shapes are consistent.",
  'rules.valueRange': 'Values are within the ranges the analysis supports.',
  'rules.auto': 'Values left to the launcher ("auto").',
  'rules.unknownValue': 'A value is written so that only running the script would tell it.',
  'rules.noModel': 'A training config without a model config.',
  'rules.missingFile': 'A file a config or script names is not there.',
  'rules.tooLarge': 'Files too large or too deep to read whole.',
  'rules.assumed': 'Inputs the tool had to assume.',
  'check.vocabPadding': 'Vocabulary {v} is not divisible by TP {tp}: Megatron-style trainers pad it to {padded}.',
  'check.seqOverLearned': 'Sequence length {s} exceeds the {max} learned positions: the model has no embedding for the positions beyond.',
  'check.seqOverConfigured':
    'Sequence length {s} exceeds max_position_embeddings {max}: the model was configured for {max} positions, and its positions beyond them were never trained.',
  'check.seqOverRope': 'Sequence length {s} exceeds max_position_embeddings {max}: rotary positions extrapolate beyond what the model was configured for.',
  'check.tokensPerParam': '{ratio} training tokens per parameter, far from the compute-optimal ~{optimal} (Hoffmann et al. 2022).',
  // Report labels
  'report.family.hf': 'Hugging Face config',
  'report.family.deepseek': 'DeepSeek ModelArgs',
  'report.family.mistral': 'Mistral params.json',
  'report.parameters': 'Parameters',
  'report.total': 'total',
  'report.trainable': 'trainable ({method}, {share})',
  'report.withAdapter': 'base + adapter',
  'hint.adapter': 'r {r} · {trainable} trainable · {share}',
  'hint.freeze': '{trainable} trainable · {share}',
  'hint.adapterKind': '{kind} · {trainable} trainable · {share}',
  'report.active': 'active per token',
  'report.embedding': 'input embedding',
  'report.outputHead': 'output head',
  'report.outputHeadTied': 'output head (tied)',
  'report.positions': 'position embedding',
  'report.layers.dense': '{count} dense layers × {each}',
  'report.layers.denseSharedIndex': "{count} dense layers on an earlier layer's indexer choice × {each}",
  'report.layers.moeSharedIndex': "{count} MoE layers on an earlier layer's indexer choice × {each}",
  'report.layers.denseBlockSparse': '{count} dense layers with block-sparse attention × {each}',
  'report.layers.moeBlockSparse': '{count} MoE layers with block-sparse attention × {each}',
  'report.layers.moe': '{count} MoE layers × {each}',
  'report.layers.ssm': '{count} {mixer} layers × {each}',
  'report.layers.ssmDense': '{count} {mixer} + MLP layers × {each}',
  'report.layers.ssmMoe': '{count} {mixer} + MoE layers × {each}',
  'report.layers.attention': '{count} attention layers × {each}',
  'report.layers.mlp': '{count} MLP layers × {each}',
  'report.layers.moeOnly': '{count} MoE FFN layers × {each}',
  'report.layers.parallel': '{count} attention ∥ {mixer} layers × {each}',
  'report.layers.parallelMoe': '{count} attention ∥ {mixer} + MoE layers × {each}',
  'report.layers.cross': "{count} attention layers on an earlier layer's keys and values + MLP × {each}",
  'report.layers.crossMoe': "{count} attention layers on an earlier layer's keys and values + MoE × {each}",
  'report.layers.gmu': '{count} gated-memory (GMU) + MLP layers × {each}',
  'report.mixer.mamba': 'Mamba',
  'report.mixer.mamba2': 'Mamba-2',
  'report.mixer.deltanet': 'Gated DeltaNet',
  'report.mixer.shortconv': 'short-convolution',
  'report.mixer.lightning': 'lightning-attention',
  'prov.mlaHeadDim': "latent attention's query and key head: qk_nope_head_dim + qk_rope_head_dim",
  'prov.kdaInner': "Kimi Delta Attention's width: linear_attn_config num_heads × head_dim",
  'prov.kdaLayers': 'Kimi Delta Attention in the {n} layers linear_attn_config.kda_layers lists, latent attention in full_attn_layers',
  'report.mixer.kda': 'Kimi Delta Attention',
  'report.mixer.rwkv6': 'RWKV-6 time-mix',
  'report.mixer.rwkv7': 'RWKV-7 time-mix',
  'report.layers.encoder': '{count} encoder layers × {each}',
  'report.layers.decoder': '{count} decoder layers × {each}',
  'report.layers.gemmaLocal': '{count} sliding-window layers × {each}',
  'report.layers.gemmaGlobal': '{count} global-attention layers × {each}',
  'report.layers.gemmaLocalShared': '{count} sliding-window layers on shared keys and values × {each}',
  'report.layers.gemmaGlobalShared': '{count} global-attention layers on shared keys and values × {each}',
  'report.layers.gemmaGlobalMoe': '{count} global-attention + MoE layers × {each}',
  'report.layers.swa': '{count} sliding-window + MoE layers × {each}',
  'report.layers.swaDense': '{count} sliding-window dense layers × {each}',
  'report.layers.csa': '{count} compressed sparse attention (CSA) + MoE layers × {each}',
  'report.layers.hca': '{count} heavily compressed attention (HCA) + MoE layers × {each}',
  'report.layers.swaHash': '{count} sliding-window + hash-routed MoE layers × {each}',
  'report.layers.csaHash': '{count} CSA + hash-routed MoE layers × {each}',
  'report.layers.hcaHash': '{count} HCA + hash-routed MoE layers × {each}',
  'report.normsOther': 'final norms and other',
  'report.mtp': 'multi-token prediction (not in total)',
  'report.vision': 'vision encoder and projector',
  'report.audio': 'audio encoder and projector',
  'report.encoderHead': 'token types and task head',
  'report.flops': 'FLOPs per token ({convention}, sequence {seqLen})',
  'report.flopsTarget': 'FLOPs per source token ({convention}, source {seqLen}, target {target})',
  'report.forward': 'forward',
  'report.training': 'training (fwd + bwd)',
  'report.hardware': 'with full recompute',
  'report.attentionShare': 'attention share',
  'report.otherConventions': 'other conventions (training)',
  'report.assumptions': 'Assumed',
  'report.findings': 'Findings',
  'report.noFindings': 'none',
  'report.notAnalyzed': 'Not analyzed.',
  'report.title': 'Compute Budget report',
  'report.file': 'File',
  'report.value': 'Value',
  'report.quantity': 'Quantity',
  'report.formula': 'Formula',
  'report.where': 'Where',
  'report.line': 'line {line}',

  'report.cluster': 'Cluster: {gpus} × {accelerator} ({nodes} nodes × {perNode}){assumed}',
  'report.clusterOneNode': 'Cluster: {gpus} × {accelerator} (1 node × {perNode}){assumed}',
  'report.assumedMark': ', assumed',
  'report.layout': 'layout',
  'report.memoryPerGpu': 'memory per GPU',
  'report.stepTime': 'step time',
  'mech.tpOverlap':
    "TP {t}: all-gathers and reduce-scatters overlapped with the GEMMs they feed, split in TP chunks; the first chunk's transfer exposed (--tp-comm-overlap / async TP).",
  'mech.tpExposed': 'TP {t}: communication not overlapped with compute (no --tp-comm-overlap or async TP).',
  'mech.cpRing': "CP: the ring's K/V exchange overlapped with attention; what attention cannot cover is exposed.",
  'mech.epOverlap':
    "EP {e}: dispatch and combine all-to-alls overlapped with the paired micro-batch's compute in 1F1B; one micro-batch's share exposed (--overlap-moe-expert-parallel-comm).",
  'mech.moeHostSync':
    "MoE: {n} host synchronization(s) in each MoE layer's forward (the dispatcher's token counts, the offset GeGLU): each drains the GPU's queue, then the GPU waits {ms} ms while the host launches the next kernels, less the layer's own forward time.",
  'mech.epOverlapSms':
    "EP: while an overlapped all-to-all runs, its dispatcher's kernels hold {n} of the GPU's {total} SMs, and the GEMMs beside it run on the rest: that share of the hidden time is charged as exposed.",
  'mech.epExposed': 'EP {e}: all-to-all not overlapped with compute (no --overlap-moe-expert-parallel-comm).',
  'mech.epNodeDispatch':
    'EP over {n} nodes, dispatched per node (DeepEP / HybridEP): a token crosses the network once for each other node its {k} experts sit on ({r} on average), then NVLink.',
  'mech.dpOverlap': "DP: gradient reduction in buckets, overlapped with the last micro-batch's backward; at least the last bucket exposed.",
  'mech.dpExposed': 'DP: gradient reduction after the backward pass, not overlapped (no --overlap-grad-reduce).',
  'mech.hsdp':
    "DP: hybrid sharding: gathers and the gradients' reduce-scatter within shard groups of {g}, then each shard's gradients all-reduced over the {r} replicas.",
  'mech.paramGather': "DP: the updated parameters' all-gather overlapped with the next step's first forward (--overlap-param-gather).",
  'mech.expertPadded': 'Experts padded to their capacity (factor {f}): each expert computes and exchanges {x}× its balanced share of the routed tokens.',
  'mech.expertDropping': 'Expert capacity factor {f}, tokens beyond it dropped: under balanced routing each expert computes and exchanges {x}× its share.',
  'mech.bubble': "PP {p} × {v}: 1F1B pipeline bubble of (PP − 1) / (VPP × micro-batches) of the busiest stage's time.",
  'mech.unevenStages': 'Uneven pipeline stages: the busiest holds {x}× the average layers and sets the pace.',
  'mech.fp4Attention':
    "NVFP4: the linear layers' GEMMs at the FP4 rate (the FP8 rate where the accelerator has none), attention at the BF16 rate (Transformer Engine).",
  'mech.fp8Attention': "FP8: the linear layers' GEMMs at the FP8 rate, attention at the BF16 rate (Transformer Engine's default).",
  'mech.fp8Recipe':
    'FP8 recipe {recipe}: the GEMMs at the FP8 rate with one efficiency factor ({x}) for every FP8 recipe; their scaling and cast costs are not told apart.',
  'mech.expertGemm':
    "MoE: the experts' grouped GEMMs at the efficiency of their own shape, {t} tokens per local expert per micro-batch and {f} wide per rank: {x} × the dense GEMMs' (balanced routing).",
  'mech.headBf16':
    "the output layer's logits GEMM at the BF16 rate: Megatron-Core's output layer is not a Transformer Engine module (Megatron-Bridge's model.fp8_output_proj moves it to MXFP8).",
  'mech.dequant':
    "the quantized base is dequantized to 16 bits before each matmul, in every pass that uses it: {b} bytes of HBM traffic per weight and pass (fitted on LitGPT's LoRA and QLoRA timings)",
  'mech.scan':
    "the state-space layers' scan runs in Triton kernels at {x} % of the 16-bit peak, whatever the GEMMs' precision (fitted on Megatron-Bridge's Nemotron 3 Nano runs)",
  'mech.eager': 'elementwise kernels run eagerly (no torch.compile, no fused norm): {x} × the memory traffic of fused ones',
  'mech.expertsOnHost':
    "the routed experts are kept and run on the host (KTransformers' CPU kernels): none of their weights or training state is on the GPU, and their work is timed as if the GPU did it (the host's speed is not modelled)",
  'mech.offload':
    "offloaded to the host: the optimizer steps there at {memory} GB/s of host memory per GPU, and the copies cross a {link} GB/s link beside compute (the node's figures)",
  'mech.offloadAssumed':
    'offloaded to the host: the optimizer steps there at {memory} GB/s of host memory per GPU, and the copies cross a {link} GB/s link beside compute (assumed: this accelerator gives no host figures)',
  'mech.attentionKernel': "attention at {x} × flash attention's efficiency: this stack's kernel as its published runs time it (assumed)",
  'report.mfu': 'MFU / HFU ({convention})',
  'report.tokensPerGpu': 'tokens/s per GPU',
  'report.ratio': 'compute / communication',
  'report.ceiling': 'parallelism ceiling',
  'report.timeToTrain': 'time to train',
  'report.commDominates': 'communication dominates at',
  'report.sweep': 'hyperparameter search',
  'report.sweepValue': '{trials} trials · {gpuHours} GPU-h in all',
  'report.absorbs': 'absorbs (MFU ≥ 80 % of small, ratio ≥ 1)',
  'report.absorbsValue': 'weak {weak} GPUs ({weakLimit}) · strong {strong} GPUs ({strongLimit}) · budget spent in {fastest}',
  'report.dimension': 'dimension',
  'report.collective': 'collective',
  'report.tier': 'link',
  'report.linkTime': 'link time',
  'report.exposed': 'exposed',
  'report.plan': 'Best layouts for {gpus} × {accelerator}, global batch {batch} × {seq} tokens',
  'report.rank': '#',
  'report.none': 'none',
  'report.never': 'not within 2^16 × the current size',
  'hint.params': '≈ {total} params',
  'hint.paramsMoe': '≈ {total} params, {active} active',
  'hint.attention': 'attn {share} of FLOPs',
  'hint.run': '{flops} FLOPs ≈ {hours} {gpu}-h',
  'hint.memory': '{gb} GB/GPU {fits}',
  'hover.optimizer': 'Optimizer {name}',
  'hover.optimizerState': '{bytes} bytes of state per trained parameter (master weights and moments), {total} per GPU',
  'hover.optimizerWork': "matrix work per step {flops} on the layers' {params} matrix parameters",
  'hover.optimizerElementwise': 'an elementwise update: no matrix work beyond the step',
  'hover.sweep': '{trials} trials × {each} GPU-h = {total} GPU-h',
  'hover.assumed': 'assumed',
  'hover.valid': 'valid {valid}; useful up to {max}',
  'fix.setDegree': 'Set {dim} to {value}',
  'fix.recompute': 'Enable full activation recomputation',
  'headline.ratio': 'compute/communication {ratio} on {gpus} GPUs ({dims}); {crossing}',
  'headline.fixedBatch': 'it falls below 1 at {gpus} GPUs at this global batch',
  'headline.weak': 'it falls below 1 at {gpus} GPUs as data parallelism grows with the batch',
  'headline.never': 'it stays above 1 up to {gpus} GPUs at this global batch',
  'headline.already': 'communication takes longer than compute at this size',
  'headline.short': 'C/C {ratio}',
  'headline.shortCrossing': 'C/C {ratio}, below 1 at {gpus} GPUs',
  'status.summary': '{params} · {flops}/tok · C/C {ratio}',
  'status.tooltip': 'Compute Budget: {file}. Click for the cluster breakdown.',
  'command.reportTitle': 'Compute Budget report',
  'command.copied': 'Compute Budget report copied as Markdown.',
  'command.noAnalysis': 'Compute Budget: the active file is not a config it recognizes.',
  'command.pickCluster': 'Cluster profile for Compute Budget',
  'command.hintsOn': 'Compute Budget inline hints on.',
  'command.analyzeNow': 'Analyze this file now (up to {ms} ms)',
  'command.hintsOff': 'Compute Budget inline hints off.',
  'prov.whatIf': 'set in the what-if panel',
  'panel.title': 'Cluster breakdown',
  'panel.step': 'One training step',
  'panel.ratio': 'compute / communication',
  'panel.mfu': 'MFU',
  'panel.stepTime': 'step time',
  'panel.dimensions': 'Per dimension',
  'panel.scaling': 'Scaling',
  'panel.weak': 'weak scaling (fixed micro-batch)',
  'panel.strong': 'strong scaling (fixed global batch)',
  'panel.memory': 'Memory per GPU',
  'panel.capacity': 'capacity',
  'panel.layouts': 'Best layouts',
  'panel.whatIf': 'What if',
  'panel.apply': 'Apply to config',
  'panel.reset': 'Reset',
  'panel.accelerator': 'accelerator',
  'panel.gpusPerNode': 'GPUs per node',
  'panel.nodes': 'nodes',
  'panel.scaleUp': 'scale-up GB/s',
  'panel.scaleOut': 'scale-out Gb/s',
  'panel.microBatch': 'micro-batch',
  'panel.recomputeLabel': 'recompute',
  'panel.precision': 'precision',
  'panel.commDominates': 'communication dominates',
  'panel.runsOut': 'runs out of parallelism',
  'panel.absorbs': 'absorbs',
  'panel.levers': 'Levers: one change at a time, on this layout',
  'panel.degree': 'degree',
  'panel.valid': 'valid',
  'panel.collective': 'collective',
  'panel.bytes': 'bytes/GPU',
  'panel.tier': 'link',
  'panel.link': 'link time',
  'panel.exposed': 'exposed',
  'panel.gpus': 'GPUs',
  'panel.tryLever': 'try',
  'panel.applyLever': 'A lever is applied: Apply to config writes layouts only. Reset first.',
  'panel.use': 'use',
  'panel.noConfig': 'Open a model or training config to see its cluster breakdown.',
  'panel.gathered': 'gathered weights (FSDP)',
  'panel.assumed': 'assumed',
  'panel.compute': 'forward + backward',
  'panel.recompute': 'recompute',
  'panel.pp': 'PP p2p',
  'panel.dp': 'DP sync',
  'panel.hidden': 'hidden',
  'panel.bubble': 'pipeline bubble',
  'panel.weights': 'weights',
  'panel.gradients': 'gradients',
  'panel.optimizer': 'optimizer',
  'panel.activations': 'activations',
  'panel.logits': 'logits',
  'panel.reserve': 'reserve',
  'panel.applied': 'Compute Budget: wrote {count} value(s) to the config.',
  'panel.nothingToApply': 'Compute Budget: the config already has these values.',
  'panel.cannotApply': 'Compute Budget: no file of this setup holds {what}; set it in the training config.',
  'check.summary': '{errors} error(s), {warnings} warning(s), {infos} note(s)',
  'check.title': 'Compute Budget check',
  'check.moreFindings': '{count} more finding(s) not shown as annotations (GitHub shows 10 of each kind per step); see the job log or the SARIF upload.',
  'diff.title': 'Compute Budget diff',
  'diff.before': 'before',
  'diff.after': 'after',
  'diff.params.total': 'parameters',
  'diff.params.active': 'active parameters',
  'diff.flops.perToken.training': 'training FLOPs per token',
  'diff.flops.perRun.training': 'training FLOPs per run',
  'diff.memory.perGpuBytes': 'memory per GPU',
  'diff.throughput.stepSeconds': 'step time',
  'diff.comm.ratio': 'compute / communication',
  'diff.throughput.mfu': 'MFU',
  'diff.run.gpuHours': 'GPU-hours',
  'cli.gitFailed': 'cannot read {file} at {rev}: {problem}',
  'cli.diffArgs': 'diff takes two configs (old new), or files with --git <rev>',
  'notice.tooLarge': 'Compute Budget: file too large to analyze inline ({size} MB > {max} MB, computeBudget.limits.maxFileSizeMB). Use the CLI.',
  'notice.tooExpanded': "Compute Budget: file too large to analyze inline (YAML aliases expand beyond the extractor's limit).",
  'notice.tooSlow':
    'Compute Budget: not analyzed inline: this {kb} KB file could take up to {ms} ms, over ten times the {max} ms budget (computeBudget.limits.maxAnalysisMs). Run "Analyze This File Now" or use the CLI.',
  'notice.slow': 'Compute Budget: analysis took {ms} ms (budget {max} ms): it is updated on save while you type.',
  // Units (values formatted elsewhere)
  'unit.params': '{value} params',
  'unit.flops': '{value}FLOP',

  // Severity
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',

  // CLI
  'cli.usage':
    "Usage: compute-budget report <files or folders...> [options]\n       compute-budget plan <config> [options]\n\nCommands:\n  report   parameters, FLOPs, memory, communication and step time of model and training configs; the files of a folder (and files they reference) form one setup\n  plan     the fastest valid layouts that fit in memory\n  check    every check rule on files, folders or globs; --format text|json|sarif|github|markdown, --fail-on error|warning|never\n  diff     what a change does: two configs (old new), or files against --git <rev>\n  levers   one change at a time (precision, optimizer, batch, sequence, tokens) and what it does to FLOPs, communication, memory, MFU, absorption and time to train\n  lsp      a language server on stdin/stdout for any LSP editor (Neovim, Helix, Zed, Emacs): compute-budget lsp --stdio\n\nOptions:\n  --cluster X    a cluster file (JSON/YAML) or preset (a100-80gb, h100-sxm, h800, h200, b200, gb200-nvl72, b300, gb300-nvl72, mi300x, mi325x, tpu-v4, tpu-v5p, tpu-v5e, tpu-v6e, tpu7x, gaudi3; for fine-tuning a100-40gb, h100-pcie, l40s, l4, rtx-a6000, rtx-4090, rtx-3090)\n  --gpus N       number of GPUs (default: the config's own world size)\n  --global-batch N  global batch in sequences\n  --top K        plan: how many layouts (default 5)\n  --budget F     train for F model FLOPs (e.g. 6.4e24): the tokens, the time to train and the absorption's fastest time follow\n  --format       output format (default text)\n  --convention   FLOP-counting convention (default causal)\n  --seq-len      training sequence length (default: from the configs, or min(max positions, 4096))\n  --set K=V      set a shell variable of a launch script (e.g. MODEL=39B) or a config key (e.g. model.num_layers=40); repeatable\n  --hub          also fetch a named model's config.json from the Hugging Face Hub (HF_ENDPOINT, HF_TOKEN) when no local folder, cache or the catalogue has it\n  --help         show this help\n  --version      print the version",
  'cli.unknownCommand': 'unknown command "{command}"',
  'cli.noFiles': 'no files given',
  'cli.lspTransport': 'lsp: give the transport, --stdio (the server reads the protocol on stdin and answers on stdout)',
  'cli.badOption': 'invalid option: {problem}',
  'cli.cannotRead': 'cannot read {file}: {problem}',
  'cli.noRecognizedConfig': "none of the files of a config's kind in {file} ({names}) is a config this version recognizes; name one to see why",
  'cli.emptyDirectory': '{file} holds no config file this version recognizes (.json, .yaml, .yml, .toml, .py, .sh)',
  'cli.fileError': '{file}:{line}:{column}: {severity}: {message}',
  'cli.notAnalyzed': '{file}: could not be analyzed',
} as const;

export type MessageId = keyof typeof en;
