import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { run, nodeIo, type Io } from '../../src/cli/main';
import { analyzeFiles } from '../../src/core/pipeline';
import { collectFindings, renderGithub, renderSarif, GITHUB_ANNOTATIONS_PER_KIND, type CheckedFinding } from '../../src/core/report/check';
import { FIXTURES } from './helpers/fixtures';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { ...nodeIo(), stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), locale: 'en' };
  return { code: await run(args, io), stdout, stderr };
}

const bad =
  'TP=3\ntorchrun --nnodes 1 --nproc-per-node 6 pretrain_gpt.py --num-layers 32 --hidden-size 4096 --ffn-hidden-size 14336 --num-attention-heads 32 --group-query-attention --num-query-groups 8 --swiglu --vocab-size 128256 --seq-length 8192 --micro-batch-size 1 --global-batch-size 60 --tensor-model-parallel-size $TP\n';

function brokenDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cb-check-'));
  writeFileSync(join(dir, 'train.sh'), bad);
  return dir;
}

const sarifValidator = (() => {
  // The published rtm.5 schema has one pattern that is invalid in unicode mode; formats are not checked.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false });
  return ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')));
})();
const validateSarif = Object.assign((x: unknown): boolean => sarifValidator(x) as boolean, {
  get errors() {
    return sarifValidator.errors;
  },
});

describe('compute-budget check', () => {
  it('exit codes: 0 on a clean config, 1 when a finding reaches --fail-on, 2 on usage errors', async () => {
    assert.equal((await cli(['check', join(FIXTURES, 'hf_config/llama-3.1-8b.config.json')])).code, 0);
    const dir = brokenDir();
    const r = await cli(['check', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /train\.sh:1:4: error: TP 3 does not divide the 32 attention heads/);
    assert.match(r.stdout, /3 error\(s\), 0 warning\(s\)/);
    assert.equal((await cli(['check', dir, '--fail-on', 'never'])).code, 0);
    assert.equal((await cli(['check', dir, '--fail-on', 'sometimes'])).code, 2);
    assert.equal((await cli(['check', dir, '--format', 'xml'])).code, 2);
    assert.equal((await cli(['report', dir, '--format', 'sarif'])).code, 2);
    // Warnings count only with --fail-on warning.
    const warn = await cli(['check', join(FIXTURES, 'megatron_handwritten/gpt_weak_scaling_a100.sh'), '--set', 'MODEL=1T']);
    assert.equal(warn.code, 0, warn.stdout);
  });

  it('SARIF 2.1.0 validates against the bundled schema, with rule metadata, relative paths, 1-based regions and fingerprints', async () => {
    const dir = brokenDir();
    const r = await cli(['check', dir, '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3)));
    const run0 = log.runs[0];
    assert.ok(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'parallel-degrees'));
    const res = run0.results[0];
    assert.equal(res.ruleId, 'parallel-degrees');
    assert.equal(res.level, 'error');
    assert.doesNotMatch(res.locations[0].physicalLocation.artifactLocation.uri, /^\//);
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 1, startColumn: 4, endLine: 1, endColumn: 5 });
    assert.match(res.partialFingerprints['computeBudget/v1'], /^[0-9a-f]{16}$/);
    // results is present even when there is nothing to report.
    const clean = JSON.parse((await cli(['check', join(FIXTURES, 'hf_config/gpt2.config.json'), '--format', 'sarif'])).stdout);
    assert.ok(validateSarif(clean));
    assert.deepEqual(clean.runs[0].results, []);
  });

  it('fingerprints come from the config key: they survive edits elsewhere in the file', async () => {
    const fp = (text: string) => collectFindings(analyzeFiles([{ path: 'train.sh', text }]), (p) => p).map((f) => f.fingerprint);
    const before = fp(bad);
    const after = fp(`# a comment line\n\n${bad}`);
    assert.ok(before.length > 0);
    assert.deepEqual(after, before);
  });

  it('GitHub annotations: 10 of each kind per step, then one summary line for the rest', async () => {
    const many: CheckedFinding[] = Array.from({ length: 13 }, (_, i) => ({
      ruleId: 'parallel-degrees',
      severity: 'error',
      message: `m${i}, with: punctuation`,
      file: 'a,b.sh',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 2,
      key: '',
      fingerprint: String(i),
    }));
    const out = renderGithub(many).trim().split('\n');
    assert.equal(out.filter((l) => l.startsWith('::error ')).length, GITHUB_ANNOTATIONS_PER_KIND);
    assert.match(out[GITHUB_ANNOTATIONS_PER_KIND]!, /^::notice title=compute-budget::3 more finding\(s\) not shown/);
    assert.equal(out[0], '::error file=a%2Cb.sh,line=1,col=1,endLine=1,endColumn=2,title=compute-budget parallel-degrees::m0, with: punctuation');
  });

  it('markdown summary for $GITHUB_STEP_SUMMARY', async () => {
    const r = await cli(['check', brokenDir(), '--format', 'markdown']);
    assert.match(r.stdout, /^## Compute Budget check/);
    assert.match(r.stdout, /\| ❌ \| `.*train\.sh:1` \| TP 3 does not divide the 32 attention heads/);
  });

  it('renderSarif alone: an empty run is a valid log', async () => {
    assert.ok(validateSarif(JSON.parse(renderSarif([], 'test'))));
    assert.ok(!validateSarif({ version: '2.1.0', runs: [{ tool: {} }] }), 'the validator rejects a broken log');
  });
});
