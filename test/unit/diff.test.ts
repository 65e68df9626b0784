import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, nodeIo, type Io } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

async function cli(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { ...nodeIo(), stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), locale: 'en' };
  const prev = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    return { code: await run(args, io), stdout, stderr };
  } finally {
    process.chdir(prev);
  }
}

describe('compute-budget diff', () => {
  it('Llama-3.1-8B → 70B: the exact parameter delta and the FLOPs per token', async () => {
    const r = await cli([
      'diff',
      join(FIXTURES, 'hf_config/llama-3.1-8b.config.json'),
      join(FIXTURES, 'hf_config/llama-3.1-70b.config.json'),
      '--format',
      'json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse(r.stdout).diffs[0];
    const m = Object.fromEntries(d.metrics.map((x: { key: string }) => [x.key, x]));
    assert.equal(m['params.total'].old, 8030261248);
    assert.equal(m['params.total'].new, 70553706496);
    assert.equal(m['params.total'].delta, 62523445248);
    assert.ok(m['flops.perToken.training'].new > 8 * m['flops.perToken.training'].old);
  });

  it('a TP change in a launch script, against git HEAD: memory falls, the ratio falls, markdown for the PR', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'cb-diff-'));
    const git = (...a: string[]) => spawnSync('git', a, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 't@example.invalid');
    git('config', 'user.name', 'test');
    const script = readFileSync(join(FIXTURES, 'megatron_handwritten/llama3_8b_h100.sh'), 'utf8');
    writeFileSync(join(repo, 'train.sh'), script);
    git('add', '.');
    assert.equal(git('commit', '-qm', 'base').status, 0);
    writeFileSync(join(repo, 'train.sh'), script.replace('TP=2', 'TP=4'));
    const r = await cli(['diff', 'train.sh', '--git', 'HEAD', '--format', 'json'], repo);
    assert.equal(r.code, 0, r.stderr);
    const m = Object.fromEntries(JSON.parse(r.stdout).diffs[0].metrics.map((x: { key: string }) => [x.key, x]));
    assert.ok(m['memory.perGpuBytes'].delta < 0);
    assert.ok(m['comm.ratio'].delta < 0);
    // Megatron pads the vocabulary to 128 × TP: TP 4 adds 256 padded rows to both embedding and head.
    assert.equal(m['params.total'].delta, 2 * 256 * 4096);
    const md = await cli(['diff', 'train.sh', '--git', 'HEAD', '--format', 'markdown'], repo);
    assert.match(md.stdout, /^### Compute Budget diff: `train\.sh` → `train\.sh`/);
    assert.match(md.stdout, /\| compute \/ communication \| 11\.4 \| [\d.]+ \| ▼/);
    assert.equal((await cli(['diff', 'train.sh', '--git', 'no-such-rev'], repo)).code, 1);
    assert.equal((await cli(['diff', 'train.sh'], repo)).code, 2);
  });
});
