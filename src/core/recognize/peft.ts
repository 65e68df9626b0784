/**
 * A PEFT adapter's `adapter_config.json`: the base model it was trained on
 * (`base_model_name_or_path`, resolved like any named model) and the adapter: `r`, `lora_alpha`,
 * `target_modules` (names, or "all-linear"), `use_dora`, `modules_to_save`. Other PEFT methods
 * (IA3, prefix tuning, …) are not modelled and say so.
 */
import { derived, fromFact, finding } from '../types';
import { adapterOf, as, namesOf, rolesOf, savedOf } from './adapter';
import { emptyRecognition, FactReader, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { hfTrainerDefaults, type Trainer } from './trainer';

export function isPeftAdapter(r: FactReader): boolean {
  return r.has('peft_type') && r.has('base_model_name_or_path');
}

export function recognizePeft(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const type = r.str(['peft_type']);
  const modelRef = r.str(['base_model_name_or_path']);
  if (type && !/^lora$/i.test(type.value)) {
    const at = type.source.kind === 'fact' ? { file: ctx.file, range: type.source.range } : undefined;
    return { ...emptyRecognition('peft', [finding('unsupported', 'error', { id: 'peft.unsupportedType', args: { type: type.value } }, at)]), modelRef };
  }
  const training: TrainingPart = {};
  if (modelRef) training.finetune = as(modelRef, true);
  const rank = r.int(['r']);
  const modules = r.present('target_modules');
  if (rank) {
    const { roles, unknown } = rolesOf(namesOf(modules?.value));
    const where = modules ? fromFact(null, modules) : rank;
    const dora = r.bool(['use_dora']);
    const saved = r.present('modules_to_save');
    training.adapter = adapterOf(dora?.value ? as(dora, 'dora') : as(rank, 'lora'), rank, as(where, roles), {
      // PEFT's default lora_alpha is 8 (LoraConfig).
      alpha: r.num(['lora_alpha'], { min: 1e-9 }) ?? derived(8, { id: 'prov.classDefault', args: { key: 'lora_alpha', cls: 'PEFT LoraConfig', value: 8 } }),
      dropout: r.num(['lora_dropout'], { max: 1 }),
      unknown: as(where, unknown),
      saved: saved ? fromFact(savedOf(namesOf(saved.value)), saved) : undefined,
    });
  }
  return { family: 'peft', modelRef, training, parallel: {}, references: [], findings: [...r.findings] };
}

/** An adapter trained with the Hugging Face Trainer (PEFT's own examples): data parallel, nothing sharded unless configured. */
export const PEFT_TRAINER: Trainer = { defaults: hfTrainerDefaults('PEFT with the Hugging Face Trainer') };
