/**
 * The Decision Transformer (model_type decision_transformer, DecisionTransformerModel): a user's scheduler policy
 * (survey/eightythird/hf/1370, its config.json: 4 layers of 256, 4 heads, 5 state and 3 action features, 1,000 timesteps).
 * Written out again here from modeling_decision_transformer.py: DecisionTransformerGPT2Model (wte of vocab_size 1 row, wpe of
 * n_positions, GPT-2's blocks, ln_f) and the trajectory embeddings and heads around it.
 */
import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { analyzeFixture, errorsOf, fixtureText } from './helpers/fixtures';

const POLICY = 'survey/eightythird/hf/1370-decision-transformer-ai-scheduler-config.json';
const trajectory = (h: number, s: number, a: number, T: number) => T * h + (h + h) + (s * h + h) + (a * h + h) + 2 * h + (h * s + s) + (h * a + a) + (h + 1);

describe('Decision Transformer (decision_transformer: GPT-2 with trajectory embeddings and heads)', () => {
  it('the scheduler policy: 4 GPT-2 blocks of 256 and its embeddings and heads, 3,683,849', () => {
    const r = analyzeFixture(POLICY);
    assert.deepEqual(errorsOf(r), []);
    const h = 256;
    const block = 2 * h + (h * 3 * h + 3 * h) + (h * h + h) + 2 * h + (h * 4 * h + 4 * h) + (4 * h * h + h);
    const gpt2 = 1 * h + 1024 * h + 4 * block + 2 * h;
    assert.equal(r.analysis!.params.total.value, gpt2 + trajectory(h, 5, 3, 1000));
    assert.equal(r.analysis!.params.total.value, 3683849);
  });

  it("DecisionTransformerConfig's defaults where a key is left out (state_dim 17, act_dim 4, max_ep_len 4096)", () => {
    const c = JSON.parse(fixtureText(POLICY)) as Record<string, unknown>;
    const { state_dim: _s, act_dim: _a, max_ep_len: _t, ...rest } = c;
    const [run] = analyzeFiles([{ path: 'd/config.json', text: JSON.stringify(rest) }]);
    assert.equal(run!.analysis!.params.total.value, 3683849 - trajectory(256, 5, 3, 1000) + trajectory(256, 17, 4, 4096));
  });
});
