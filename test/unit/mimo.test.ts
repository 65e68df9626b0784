/**
 * Xiaomi's MiMo-V2 (recognize/hfMimo.ts): sliding-window layers with KV heads and sink logits of their own, values narrower
 * than queries and keys, MoE and dense layers by per-layer lists. The published figures are the checkpoints' tensor
 * inventories (the survey's SOURCES.tsv): the sum of every tensor but the FP8 scales (weight_scale_inv) and the three MTP layers'
 * (model.mtp.*), which the config does not state.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { fixtureText } from './helpers/fixtures';

const FLASH = 'survey/twentyfirst/hf/440-mimo_v2_flash-MiMo-V2-Flash.json';
const PRO = 'survey/thirtyfifth/hf/747-mimo-v2.5-pro.config.json';
const OMNI = 'survey/eightieth/hf/1291-mimo-v2.5-omni-fp8.config.json';
const read = (rel: string) => analyzeFile({ path: rel, text: fixtureText(rel) });

describe('MiMo-V2 (mimo_v2_flash, mimo_v2)', () => {
  it('MiMo-V2.5-Pro: 1,021,248,126,336, its checkpoint’s tensors but the FP8 scales and the MTP layers; 41,894,919,552 a token', () => {
    const a = read(PRO);
    assert.equal(a.analysis!.params.total.value, 1021248126336);
    assert.equal(a.analysis!.params.active.value, 41894919552);
    // 60 sliding layers (hybrid_layer_pattern 1) and 10 full ones; the first layer dense (moe_layer_freq 0).
    assert.equal(a.spec!.model!.slidingAttention?.layers.value.filter(Boolean).length, 60);
    assert.equal(a.spec!.model!.moe?.layers.value.length, 69);
    assert.ok(a.findings.some((f) => f.message.id === 'hf.mimoMtp'));
  });

  it('MiMo-V2-Flash: 308,778,780,864 (its report’s 309B with the three MTP layers’ 987,820,224 apart), the sliding layers’ 8 KV heads to the full layers’ 4', () => {
    const a = read(FLASH);
    assert.equal(a.analysis!.params.total.value, 308778780864);
    assert.equal(a.analysis!.params.active.value, 15445936320);
    // A full layer's attention: q 4096 → 64·192, k 4096 → 4·192, v 4096 → 4·128, o 64·128 → 4096; a sliding one's k and v of
    // 8 heads and 64 sink logits.
    const h = 4096;
    const full = h * 64 * 192 + h * 4 * 192 + h * 4 * 128 + 64 * 128 * h;
    const swa = h * 64 * 192 + h * 8 * 192 + h * 8 * 128 + 64 * 128 * h + 64;
    const groups = a.analysis!.params.layerGroups;
    const swaMoe = groups.find((g) => g.variant === 'swa')!;
    const fullMoe = groups.find((g) => g.kind === 'moe' && !g.variant)!;
    assert.equal(swaMoe.count, 39);
    assert.equal(swaMoe.each - fullMoe.each, swa - full);
  });

  it('MiMo-V2.5 (omni): its language model, the same shapes as MiMo-V2-Flash in one fused qkv_proj; the audio and vision towers said as not counted', () => {
    const a = read(OMNI);
    assert.equal(a.analysis!.params.total.value, 308778780864);
    const parts = a.findings.filter((f) => f.message.id === 'recognize.partNotCounted').map((f) => f.message.args?.key);
    assert.deepEqual(parts, ['audio_config', 'vision_config']);
  });

  it('LoRA on k_proj and v_proj: each layer’s own KV width (r · (h + g·d) on k, r · (h + g·d_v) on v)', () => {
    const r = analyzeFiles([
      { path: 'run/config.json', text: fixtureText(FLASH) },
      {
        path: 'run/adapter_config.json',
        text: JSON.stringify({
          peft_type: 'LORA',
          task_type: 'CAUSAL_LM',
          base_model_name_or_path: './run',
          r: 8,
          lora_alpha: 16,
          target_modules: ['k_proj', 'v_proj'],
        }),
      },
    ])[0]!;
    // 9 full layers (4 KV heads) and 39 sliding ones (8).
    const k = 8 * (9 * (4096 + 4 * 192) + 39 * (4096 + 8 * 192));
    const v = 8 * (9 * (4096 + 4 * 128) + 39 * (4096 + 8 * 128));
    assert.equal(r.analysis!.method.trainable.value, k + v);
  });

  it('a hybrid_layer_pattern that does not list every layer is refused with the reason', () => {
    const cfg = JSON.parse(fixtureText(FLASH)) as Record<string, unknown>;
    const text = JSON.stringify({ ...cfg, hybrid_layer_pattern: [0, 1, 1] });
    const a = analyzeFile({ path: 'config.json', text });
    assert.equal(a.analysis, undefined);
    assert.ok(a.findings.some((f) => f.message.id === 'recognize.layerFlags' && f.severity === 'error'));
  });
});
