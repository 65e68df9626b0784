/**
 * Jupyter notebooks (extract/notebook.ts): the code cells read as the Python they make, every value where the notebook writes
 * it, on notebooks users fine-tune with (test/fixtures/survey/hundredandfifteenth: Unsloth's own and users' notebooks).
 */
import { strict as assert } from 'node:assert';
import { analyzeFile, readConfig, syntaxOf } from '../../src/core/pipeline';
import { layoutEdits } from '../../src/core/engine';
import { hintsFor } from '../../src/core/report/editor';
import { notebookCode } from '../../src/core/extract/notebook';
import { fixtureText } from './helpers/fixtures';

const CODEGEMMA = 'survey/hundredandfifteenth/train/2280-unsloth-amd-codegemma-7b-conversational.ipynb';

function apply(text: string, edits: readonly { range: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/** A notebook of these code cells (each a list of lines, as nbformat writes them), of the given kernel language. */
function notebook(cells: readonly string[], language = 'python'): string {
  const source = (code: string) => code.split(/(?<=\n)/);
  return JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Fine-tune\n', 'r = 999'] },
        ...cells.map((c) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: source(c) })),
      ],
      metadata: { kernelspec: { display_name: language, language, name: language }, language_info: { name: language } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

describe('notebooks that launch their training from their shell lines', () => {
  it('`!accelerate launch` with a continued line and a %%bash cell: read as the launch they make, each value where the notebook writes it', () => {
    const text = notebook([
      'import os\n!pip install -q trl',
      '!accelerate launch --num_processes 2 train.py \\\n    --model_name_or_path Qwen/Qwen2.5-0.5B --per_device_train_batch_size 4',
      '%%bash\necho done',
    ]);
    const r = readConfig({ path: 'run.ipynb', text });
    assert.equal(r.recognition.family, 'launcher');
    const model = r.facts.find((f) => f.path[0] === '--model_name_or_path')!;
    assert.equal(model.value, 'Qwen/Qwen2.5-0.5B');
    assert.equal(text.slice(model.valueRange.start, model.valueRange.end), 'Qwen/Qwen2.5-0.5B');
    const a = analyzeFile({ path: 'run.ipynb', text });
    assert.equal(a.analysis!.params.total.value, 494032768);
    assert.equal(a.spec!.training.microBatch!.value, 4);
  });

  it('a notebook whose Python trains is read as its Python, its shell lines aside', () => {
    const a = analyzeFile({ path: CODEGEMMA, text: fixtureText(CODEGEMMA) });
    assert.equal(a.analysis!.method.trainable.value, 50003968);
  });
});

describe('notebooks: the code cells, read as the Python they make', () => {
  it("Unsloth's CodeGemma 7B notebook: LoRA r 16 on every linear of its 28 layers, 50,003,968 trainable, as Unsloth prints it", () => {
    const a = analyzeFile({ path: CODEGEMMA, text: fixtureText(CODEGEMMA) });
    assert.equal(a.analysis!.params.total.value, 8537680896);
    assert.equal(a.analysis!.method.trainable.value, 50003968);
    // (Unsloth's -bnb-4bit checkpoints: NF4 with double quantization.)
    assert.equal(a.spec!.training.quantization!.value, 'nf4-dq');
    assert.equal(a.spec!.training.seqLen!.value, 4096);
    assert.equal(a.spec!.training.microBatch!.value, 1);
  });

  it("each value is where the notebook writes it, inside its cell's JSON string: a hint ends at it", () => {
    const text = fixtureText(CODEGEMMA);
    const a = analyzeFile({ path: CODEGEMMA, text });
    const rank = a.spec!.training.adapter!.rank!.source as { kind: string; range: { start: number; end: number } };
    assert.equal(rank.kind, 'fact');
    assert.equal(text.slice(rank.range.start, rank.range.end), '16');
    assert.ok(text.slice(rank.range.start - 30, rank.range.start).endsWith('"    r = '));
    const model = readConfig({ path: CODEGEMMA, text }).facts.find((f) => f.path.join('.') === 'model.@kw.model_name')!;
    // (A string's quotes are escaped in the JSON that holds it.)
    assert.equal(text.slice(model.valueRange.start, model.valueRange.end), '\\"unsloth/codegemma-7b-bnb-4bit\\"');
    const hint = hintsFor(a, CODEGEMMA).find((h) => h.field === 'training.adapter.rank');
    assert.ok(hint, JSON.stringify(hintsFor(a, CODEGEMMA).map((h) => h.field)));
    assert.equal(text.slice(hint.offset - 2, hint.offset), '16');
  });

  it("IPython's own lines: cell magics that keep Python (%%capture) read, a shell escape inside a block (`!pip`) and automagic `pip install` a statement that does nothing, a %%bash or %%writefile cell left out", () => {
    const text = notebook([
      '%%capture\nimport os\nif "COLAB_" not in "".join(os.environ.keys()):\n    !pip install unsloth\nelse:\n    %pip install --no-deps unsloth\npip install trl\n',
      '%%writefile train.py\nr = 64\n',
      '%%bash\nr=128\n',
      'from peft import LoraConfig, get_peft_model\nfrom transformers import AutoModelForCausalLM, TrainingArguments\nmodel = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B")\nconfig = LoraConfig(r=8, target_modules=["q_proj", "v_proj"])\nmodel = get_peft_model(model, config)\nargs = TrainingArguments(output_dir="out", per_device_train_batch_size=2)',
    ]);
    const code = notebookCode(text)!;
    assert.ok(!code.text.includes('r = 64') && !code.text.includes('r=128') && !code.text.includes('r = 999'));
    assert.equal(code.text.length, code.starts.length);
    const a = analyzeFile({ path: 'ft.ipynb', text });
    assert.deepEqual(
      a.findings.filter((f) => f.severity === 'error'),
      [],
    );
    // PEFT's print for Llama-3-8B, r 8 on q_proj and v_proj.
    assert.equal(a.analysis!.method.trainable.value, 3407872);
  });

  it("nbformat 3 (before 2015): its first worksheet's code cells, their code under `input`", () => {
    const v3 = JSON.stringify({
      metadata: { name: '' },
      nbformat: 3,
      worksheets: [{ cells: [{ cell_type: 'code', input: ['from peft import LoraConfig\n', 'config = LoraConfig(r=8)\n'], language: 'python', outputs: [] }] }],
    });
    const code = notebookCode(v3)!;
    assert.equal(code.text, 'from peft import LoraConfig\nconfig = LoraConfig(r=8)\n');
    assert.deepEqual(readConfig({ path: 'old.ipynb', text: v3 }).syntaxFindings, []);
  });

  it('a notebook of another kernel (R), or a .ipynb that is no notebook, is said not to be one, where it is', () => {
    assert.equal(syntaxOf('analysis.ipynb'), 'python');
    for (const text of [notebook(['library(ggplot2)'], 'R'), '{"cells": 3}']) {
      const r = readConfig({ path: 'analysis.ipynb', text });
      assert.deepEqual(
        r.syntaxFindings.map((f) => f.message.id),
        ['extract.notebookNotPython'],
      );
    }
  });

  it('a layout written back: a number in place inside its JSON string; nothing added to a notebook, and said missing', () => {
    const text = fixtureText(CODEGEMMA);
    const a = analyzeFile({ path: CODEGEMMA, text });
    const { edits, missing } = layoutEdits(a, { microBatch: 2, tp: 2 });
    assert.deepEqual(missing, ['tp']);
    const after = apply(text, edits);
    assert.ok(after.includes('"        per_device_train_batch_size = 2,\\n"'));
    assert.doesNotThrow(() => JSON.parse(after));
    assert.equal(analyzeFile({ path: CODEGEMMA, text: after }).spec!.training.microBatch!.value, 2);
  });
});
