/** The README shows what `npm run example` prints; this keeps the two the same. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('README', () => {
  it('the `npm run example` block is what the command prints', () => {
    const root = process.cwd();
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /`npm run example` prints:\n\n```\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'README has the example block');
    // The command after the build step of package.json's "example" script.
    const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.example;
    const command = script.split('&&').pop()!.trim().split(/\s+/);
    assert.equal(command[0], 'node');
    const r = spawnSync(process.execPath, command.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, COMPUTE_BUDGET_LANG: 'en' } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(block[1], r.stdout);
  });
});
