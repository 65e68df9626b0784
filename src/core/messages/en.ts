/**
 * The message table: every user-facing string, by id, with {named} parameters. Other languages
 * translate this table (zh-cn.ts); views look messages up, rules and analysis emit ids.
 */
export const en = {
  // Extraction (syntax)
  'extract.empty': 'The file is empty.',
  'extract.jsonSyntax': 'JSON syntax error: {problem}.',
  'extract.jsonNotObject': 'Expected a JSON object at the top level.',
  'extract.tooDeep': 'Nesting deeper than {depth} levels is not read.',
  'extract.unknownSyntax': 'Not a supported config format: {file} (supported: .json, .jsonc).',

  // Values of the wrong type
  'value.expectedPositiveInt': '{key} must be a positive integer (at most {max}), not {value}.',
  'value.expectedNonNegativeInt': '{key} must be a non-negative integer (at most {max}), not {value}.',
  'value.expectedBoolean': '{key} must be true or false, not {value}.',
  'value.expectedString': '{key} must be a string, not {value}.',
  'value.expectedIntList': '{key} must be a list of non-negative integers, not {value}.',

  // Recognition
  'recognize.missingKey': 'Missing required key: {keys}.',
  'recognize.headDimNotInteger': 'hidden size {hidden} is not divisible by {heads} heads and no head_dim is given.',
  'recognize.topKOverExperts': 'Experts per token ({k}) exceed the number of experts ({e}).',
  'recognize.invalidSpec': 'Invalid value for {field}: {problem}.',
  'recognize.unsupportedModelType': 'Not supported: model_type "{type}" is not an architecture this version knows, so its parameter count cannot be computed exactly. Supported: {supported}.',
  'recognize.noModelType': 'Not supported: architecture "{type}" is not one this version knows and the file has no model_type. Supported model types: {supported}.',
  'recognize.unknownFormat': 'Not supported: this JSON is neither a Hugging Face config (no model_type or architectures) nor DeepSeek\'s ModelArgs format.',

  // Provenance
  'prov.architecture': 'fixed by the {arch} architecture',
  'prov.classDefault': '{key} not set: {cls} default {value}',
  'prov.mlaKvHeads': 'MLA attention: num_key_value_heads does not apply; one latent per head',
  'prov.kvHeadsDefault': 'no KV-head count: multi-head attention (KV heads = heads)',
  'prov.headDim': 'hidden / heads',
  'prov.ffnFromHidden': 'FFN width not set: {factor} × hidden',
  'prov.ffnUnused': 'no dense layer: FFN width unused',
  'prov.fromKey': 'from {key}',
  'prov.slidingAllLayers': 'sliding window on every layer',
  'prov.slidingQwen': 'use_sliding_window: layers from max_window_layers on use the window',
  'prov.decoderLayersDefault': 'num_decoder_layers not set: same as num_layers',
  'prov.qwenSharedExpert': 'one shared expert with a sigmoid gate (Qwen-MoE)',
  'prov.sharedWidth': 'each shared expert has the routed experts\' width',
  'prov.routerBiasTopk': 'topk_method noaux_tc carries one score-correction bias per expert',
  'prov.routerBiasScore': 'score_func sigmoid carries one score-correction bias per expert',
  'prov.moeLayersDeepseek': 'MoE from layer {first} on, every {freq} layer(s)',
  'prov.moeLayersQwen': 'MoE every {step} layer(s), {skipped} layer(s) listed in mlp_only_layers',
  'prov.moeEveryLayer': 'every layer is MoE',
  'prov.seqLenOverride': 'set by the user: {value}',
  'prov.seqLenFromMaxPositions': 'a model config states no training length: min(max_position_embeddings {max}, {cap}) = {value}; set it with --seq-len',
  'prov.seqLenDefault': 'no training length and no max_position_embeddings: {value}; set it with --seq-len',

  // Report labels
  'report.family.hf': 'Hugging Face config',
  'report.family.deepseek': 'DeepSeek ModelArgs',
  'report.parameters': 'Parameters',
  'report.total': 'total',
  'report.active': 'active per token',
  'report.embedding': 'input embedding',
  'report.outputHead': 'output head',
  'report.outputHeadTied': 'output head (tied)',
  'report.positions': 'position embedding',
  'report.layers.dense': '{count} dense layers × {each}',
  'report.layers.moe': '{count} MoE layers × {each}',
  'report.layers.encoder': '{count} encoder layers × {each}',
  'report.layers.decoder': '{count} decoder layers × {each}',
  'report.normsOther': 'final norms and other',
  'report.mtp': 'multi-token prediction (not in total)',
  'report.flops': 'FLOPs per token ({convention}, sequence {seqLen})',
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

  // Units (values formatted elsewhere)
  'unit.params': '{value} params',
  'unit.flops': '{value}FLOP',

  // Severity
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',

  // CLI
  'cli.usage':
    'Usage: compute-budget report <files...> [--format text|markdown|json] [--convention causal|noncausal|6n] [--seq-len N]\n\nCommands:\n  report   parameters and FLOPs of model configs\n\nOptions:\n  --format       output format (default text)\n  --convention   FLOP-counting convention (default causal)\n  --seq-len      training sequence length (default: from the config, or min(max positions, 4096))\n  --help         show this help\n  --version      print the version',
  'cli.unknownCommand': 'unknown command "{command}"',
  'cli.noFiles': 'no files given',
  'cli.badOption': 'invalid option: {problem}',
  'cli.cannotRead': 'cannot read {file}: {problem}',
  'cli.isDirectory': '{file} is a directory; give the config files inside it',
  'cli.fileError': '{file}:{line}:{column}: {severity}: {message}',
  'cli.notAnalyzed': '{file}: could not be analyzed',
} as const;

export type MessageId = keyof typeof en;
