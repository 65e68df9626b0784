/**
 * DeciLM (model_type nemotron-nas, DeciLMForCausalLM): NVIDIA's Llama-3.3-Nemotron-Super-49B-v1, a Llama 3.3 70B cut by
 * neural architecture search into layers of their own, read from its block_configs (survey/twentyfirst/hf/442, its
 * config.json). Written out again here from modeling_decilm.py's rules; its model card and the Hub give 49.9B.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, errorsOf, fixtureText } from './helpers/fixtures';

const SUPER = 'survey/twentyfirst/hf/442-nemotron-nas-Llama-3_3-Nemotron-Super-49B-v1.json';
type Block = { attention: Record<string, unknown>; ffn: Record<string, unknown> };
const config = () => JSON.parse(fixtureText(SUPER)) as Record<string, unknown> & { block_configs: Block[] };
const width = (mult: number, h: number) => Math.ceil(Math.trunc((2 * mult * h) / 3) / 256) * 256;

describe('DeciLM (nemotron-nas: Llama-Nemotron, each layer its own blocks)', () => {
  it("Llama-3.3-Nemotron-Super-49B-v1: 49 layers with attention (8 KV heads), 31 without, every MLP at its own width: 49,867,145,216, the Hub's 49.9B", () => {
    const r = analyzeFixture(SUPER);
    assert.deepEqual(errorsOf(r), []);
    const c = config();
    const [h, a, V] = [8192, 64, 128256];
    const d = h / a;
    let layers = 0;
    for (const b of c.block_configs) {
      if (!b.attention.no_op) layers += 2 * h * a * d + 2 * h * (a / Number(b.attention.n_heads_in_group)) * d + h;
      if (!b.ffn.no_op) layers += 3 * h * width(Number(b.ffn.ffn_mult), h) + h;
    }
    const p = r.analysis!.params;
    assert.equal(p.total.value, 2 * V * h + layers + h);
    assert.equal(p.total.value, 49867145216);
    assert.equal(c.block_configs.filter((b) => !b.attention.no_op).length, 49);
    // ffn_mult 5.25 of 8,192: int(28,672) = 28,672; 1.3125: 7,168; 0.5: int(2,730.67) = 2,730, rounded up to 2,816.
    assert.deepEqual([width(5.25, h), width(1.3125, h), width(0.5, h)], [28672, 7168, 2816]);
    // The attention-free layers hold one norm (before the MLP); attention FLOPs count the 49 attention layers.
    const mlpOnly = p.layerGroups.filter((g) => g.mixer === 'none');
    assert.equal(
      mlpOnly.reduce((s, g) => s + g.count, 0),
      31,
    );
    for (const g of mlpOnly) assert.equal(g.norms, h);
  });

  it('LoRA of r 16 on the seven projections: q, k, v, o in the 49 attention layers, the MLP linears at each layer’s own width', () => {
    const c = config();
    const [run] = analyzeFiles([
      { path: 'run/config.json', text: fixtureText(SUPER) },
      {
        path: 'run/adapter_config.json',
        text: JSON.stringify({
          peft_type: 'LORA',
          base_model_name_or_path: './run',
          r: 16,
          target_modules: ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'],
        }),
      },
    ]);
    const h = 8192;
    let expected = 0;
    for (const b of c.block_configs) {
      if (!b.attention.no_op) expected += 16 * (2 * (h + h) + 2 * (h + 1024));
      if (!b.ffn.no_op) expected += 16 * 3 * (h + width(Number(b.ffn.ffn_mult), h));
    }
    assert.equal(run!.analysis!.method.trainable.value, expected);
  });

  it('by name (the catalogue holds its block_configs): the same 49,867,145,216', () => {
    const given: Sourced<string> = { value: 'nvidia/Llama-3_3-Nemotron-Super-49B-v1', source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } };
    const m = catalogueModel(given).model!;
    assert.equal(analyzeParams(m).total.value, 49867145216);
    assert.deepEqual(m.hybrid!.ffnWidths!.value, analyzeFixture(SUPER).spec!.model!.hybrid!.ffnWidths!.value);
  });

  it('a block replaced by a linear layer is refused, naming it', () => {
    const c = config();
    c.block_configs[3]!.ffn.replace_with_linear = true;
    c.block_configs[3]!.ffn.no_op = false;
    const r = analyzeFile({ path: 'config.json', text: JSON.stringify(c) });
    assert.equal(r.analysis, undefined);
    const e = errorsOf(r)[0];
    assert.deepEqual([e?.message.id, e?.message.args?.key], ['recognize.unsupportedVariant', 'block_configs[3].ffn.replace_with_linear']);
  });
});
