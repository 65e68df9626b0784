import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|util$|url$|crypto$|stream$|events$|buffer$|process$|worker_threads$)/;

describe('the house rules', () => {
  const root = process.cwd();

  it('src/core imports no vscode, no node:* and nothing outside the core but its declared libraries', () => {
    const files = sources(join(root, 'src', 'core'));
    assert.ok(files.length > 10);
    for (const f of files) {
      for (const spec of imports(f)) {
        assert.ok(spec !== 'vscode', `${f} imports vscode`);
        assert.ok(!NODE_BUILTINS.test(spec), `${f} imports ${spec}`);
        assert.ok(spec.startsWith('.') || ['zod', 'jsonc-parser', 'yaml', 'toml-eslint-parser'].includes(spec), `${f} imports ${spec}`);
        if (spec.startsWith('.')) assert.ok(!join(f, '..', spec).includes(`${join('src', 'extension')}`) && !join(f, '..', spec).includes(join('src', 'cli')), `${f} reaches out of the core: ${spec}`);
      }
    }
  });

  it('src/extension imports no node:* (it also runs as a web extension)', () => {
    for (const f of sources(join(root, 'src', 'extension'))) {
      for (const spec of imports(f)) assert.ok(!NODE_BUILTINS.test(spec), `${f} imports ${spec}`);
    }
  });

  it('the core type-checks on its own with no ambient types (no Node, no DOM)', function () {
    this.timeout(60000);
    const config = JSON.parse(readFileSync(join(root, 'src', 'core', 'tsconfig.json'), 'utf8'));
    assert.deepEqual(config.compilerOptions.types, []);
    assert.ok(!config.compilerOptions.lib.some((l: string) => /dom/i.test(l)));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'src', 'core', 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it('every command the extension registers is contributed in package.json with a title, and no other', () => {
    const source = readFileSync(join(root, 'src', 'extension', 'extension.ts'), 'utf8');
    const block = source.slice(source.indexOf('export const COMMANDS'), source.indexOf('} as const'));
    const registered = [...block.matchAll(/'(computeBudget\.\w+)'/g)].map((m) => m[1]).sort();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
    const contributed = pkg.contributes.commands as { command: string; title: string }[];
    assert.deepEqual(contributed.map((c) => c.command).sort(), registered);
    assert.ok(registered.length >= 6);
    for (const c of contributed) assert.ok(nls[c.title.replace(/%/g, '')], c.command);
  });
});
