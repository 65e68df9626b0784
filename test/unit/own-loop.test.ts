/**
 * Training loops of a script's own (recognize/pyscript.ts ownLoop): a model loaded by from_pretrained and an optimizer built over
 * all of its parameters, as Kaggle's and course notebooks write them; and the task class a model is loaded as
 * (recognize/hf.ts withTaskClass): its head in place of the one the model's config names.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile, readConfig } from '../../src/core/pipeline';
import { fixtureText } from './helpers/fixtures';

const BERT_DOCS = 'survey/hundredandeighteenth/train/2373-bert-base-cased-doc-classification.ipynb';
const FLAN_NER = 'survey/hundredandtwentieth/train/2437-flan-t5-base-full-ft-ner.ipynb';
const HAND_LORA = 'survey/hundredandeighteenth/train/2370-flan-t5-large-custom-lora.ipynb';
const ROBERTA_SPLIT = 'survey/hundredandeightyseventh/train/4006-roberta-base-entailment-step-regression-adamw.py';

const analyzed = (path: string, text = fixtureText(path)) => analyzeFile({ path, text });

describe("a training loop of the script's own", () => {
  it("a Kaggle notebook's BERT classifier: AdamW over bert_model.parameters(), its train_loader's batch of 40, the tokenizer's 512", () => {
    const a = analyzed(BERT_DOCS);
    assert.equal(a.spec!.family, 'pytorch');
    assert.equal(a.spec!.model!.architecture.value, 'BertForSequenceClassification');
    // bert-base-cased's BertModel (108,310,272, its pooler with it) and a classifier of 768 × 2 + 2: num_labels is computed when
    // the notebook runs (len(data['Label'].unique())), so PretrainedConfig's 2, said. (BertForMaskedLM's 108,340,804 before.)
    assert.equal(a.analysis!.params.total.value, 108310272 + 768 * 2 + 2);
    assert.ok(a.findings.some((f) => f.message.id === 'python.labelsComputed'));
    assert.equal(a.spec!.training.microBatch!.value, 40);
    assert.equal(a.spec!.training.seqLen!.value, 512);
    assert.equal(a.spec!.training.optimizer!.value, 'adamw');
    // (Its defaults PyTorch's, not the Hugging Face Trainer's: fp32 where nothing loads or casts the model in 16 bits.)
    assert.equal(a.spec!.trainer.name, 'PyTorch');
    assert.equal(a.spec!.training.precision, undefined);
    assert.equal(a.analysis!.method.trainable.value, a.analysis!.params.total.value);
  });

  it("a notebook's Flan-T5 base full fine-tune: AdamW(model.parameters()), the DataLoader named for training (4), not the test one", () => {
    const a = analyzed(FLAN_NER);
    assert.equal(a.spec!.family, 'pytorch');
    // (google/flan-t5-base: 247,577,856, the safetensors total.)
    assert.equal(a.analysis!.params.total.value, 247577856);
    assert.equal(a.spec!.training.microBatch!.value, 4);
  });

  it('SGD over a sequence classifier of Qwen2.5-0.5B with 3 labels: its score head (896 × 3, no bias) where the tied LM head was', () => {
    const text = [
      'import torch',
      'from torch.utils.data import DataLoader',
      'from transformers import AutoModelForSequenceClassification',
      'model = AutoModelForSequenceClassification.from_pretrained("Qwen/Qwen2.5-0.5B", num_labels=3)',
      'eval_loader = DataLoader(eval_set, batch_size=64)',
      'loader = DataLoader(train_set, batch_size=16, shuffle=True)',
      'optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)',
      'for batch in loader:',
      '    model(**batch).loss.backward()',
      '    optimizer.step()',
      '',
    ].join('\n');
    const a = analyzeFile({ path: 'train.py', text });
    assert.equal(a.analysis!.params.total.value, 494032768 + 896 * 3);
    assert.equal(a.spec!.training.optimizer!.value, 'sgd');
    // (The first loader not named for evaluation: the training one.)
    assert.equal(a.spec!.training.microBatch!.value, 16);
  });

  it("an optimizer over a part of the parameters, or a model given LoRA layers of the script's own classes, is not read as a full fine-tune", () => {
    const part = [
      'import torch',
      'from transformers import GPT2LMHeadModel',
      'model = GPT2LMHeadModel.from_pretrained("gpt2")',
      'optimizer = torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()), lr=5e-4)',
      '',
    ].join('\n');
    assert.equal(readConfig({ path: 'train.py', text: part }).recognition.family, undefined);
    // (The notebook's LoRALayer and LinearWithLoRA replace flan-t5-large's linears: what trains is theirs, not shown.)
    assert.equal(readConfig({ path: HAND_LORA, text: fixtureText(HAND_LORA) }).recognition.family, undefined);
  });
});

describe("an optimizer's parameter groups split for weight decay", () => {
  const split = (groups: string[], before: string[] = []) =>
    [
      'import torch',
      'from transformers import AutoModelForSequenceClassification',
      'model = AutoModelForSequenceClassification.from_pretrained("Qwen/Qwen2.5-0.5B", num_labels=3)',
      ...before,
      "no_decay = ['bias', 'LayerNorm.weight']",
      'optimizer_grouped_parameters = [',
      ...groups,
      ']',
      'optimizer = torch.optim.AdamW(optimizer_grouped_parameters, lr=2e-5)',
      '',
    ].join('\n');
  const decays = "    {'params': [p for n, p in model.named_parameters() if not any(nd in n for nd in no_decay)], 'weight_decay': 0.01},";
  const rest = "    {'params': [p for n, p in model.named_parameters() if any(nd in n for nd in no_decay)], 'weight_decay': 0.0},";

  it("a user's RoBERTa regression loop (AdamW over the two groups of model.named_parameters(), no_decay's and the others'): every weight, roberta-base's 124,645,632 less its pooler with a 768 × 768 dense and a 768 × 1 out_proj", () => {
    const a = analyzed(ROBERTA_SPLIT);
    assert.equal(a.spec!.family, 'pytorch');
    assert.equal(a.spec!.model!.architecture.value, 'RobertaForSequenceClassification');
    assert.equal(a.analysis!.params.total.value, 124645632 + 769);
    assert.equal(a.analysis!.method.trainable.value, a.analysis!.params.total.value);
    assert.equal(a.spec!.training.optimizer!.value, 'adamw');
  });

  it("the groups over a list of the named parameters (`param_optimizer = list(model.named_parameters())`), as BERT's run_classifier writes them", () => {
    const over = (g: string) => g.replace('model.named_parameters()', 'param_optimizer');
    const a = analyzeFile({ path: 'train.py', text: split([over(decays), over(rest)], ['param_optimizer = list(model.named_parameters())']) });
    assert.equal(a.analysis!.params.total.value, 494032768 + 896 * 3);
    assert.equal(a.analysis!.method.trainable.value, a.analysis!.params.total.value);
  });

  it('one side of the split alone, or a filter that is not the split, is not every weight', () => {
    assert.equal(readConfig({ path: 'train.py', text: split([decays]) }).recognition.family, undefined);
    assert.equal(readConfig({ path: 'train.py', text: split([decays, decays]) }).recognition.family, undefined);
    const grad = "    {'params': [p for n, p in model.named_parameters() if p.requires_grad], 'weight_decay': 0.0},";
    assert.equal(readConfig({ path: 'train.py', text: split([decays, grad]) }).recognition.family, undefined);
    assert.equal(readConfig({ path: 'train.py', text: split([decays, rest]) }).recognition.family, 'pytorch');
  });

  it('one group of all the parameters (`[{"params": model.parameters(), "lr": 2e-5}]`) is every weight; a second group of them, or one of a part, is not read so', () => {
    const all = "    {'params': model.parameters(), 'lr': 2e-5},";
    assert.equal(readConfig({ path: 'train.py', text: split([all]) }).recognition.family, 'pytorch');
    assert.equal(readConfig({ path: 'train.py', text: split([all, all]) }).recognition.family, undefined);
    assert.equal(readConfig({ path: 'train.py', text: split(["    {'params': model.score.parameters(), 'lr': 1e-3},"]) }).recognition.family, undefined);
  });
});

describe('the task class a script loads a model as', () => {
  it('AutoModelForTokenClassification of bert-base-cased with 9 labels under the Trainer: no pooler, a biased 768 × 9 classifier', () => {
    const text = [
      'from transformers import AutoModelForTokenClassification, Trainer, TrainingArguments',
      'model = AutoModelForTokenClassification.from_pretrained("bert-base-cased", num_labels=9)',
      'args = TrainingArguments(output_dir="out", per_device_train_batch_size=16)',
      'trainer = Trainer(model=model, args=args, train_dataset=ds)',
      '',
    ].join('\n');
    const a = analyzeFile({ path: 'train.py', text });
    // (BertForTokenClassification builds BertModel without its pooler, 768 × 768 + 768.)
    assert.equal(a.analysis!.params.total.value, 108310272 - (768 * 768 + 768) + 768 * 9 + 9);
    assert.equal(a.spec!.family, 'launcher');
    const labels = a.spec!.model!.encoder!.labels;
    assert.equal(labels.value, 9);
    assert.equal(labels.source.kind, 'fact');
  });
});
