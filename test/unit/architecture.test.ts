import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

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

/** The file a relative import names (x.ts or x/index.ts), or undefined for a package. */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = join(dirname(from), spec);
  for (const p of [`${base}.ts`, join(base, 'index.ts'), base]) if (existsSync(p) && statSync(p).isFile()) return p;
  throw new Error(`${from}: cannot resolve ${spec}`);
}

/**
 * The stages of the core, lowest first: a module may import its own stage and the ones below.
 * Shared ground (types, the spec schema, messages, number formatting, paths, hardware data) imports no stage.
 */
const STAGES: readonly [string, (rel: string) => boolean][] = [
  ['shared ground', (r) => /^(types|spec|format|lines|glob|paths)\.ts$|^messages\/|^hardware\//.test(r)],
  ['extract', (r) => r.startsWith('extract/')],
  ['recognize', (r) => r.startsWith('recognize/')],
  ['analysis', (r) => r.startsWith('analysis/')],
  ['checks', (r) => r.startsWith('checks/')],
  ['report', (r) => r.startsWith('report/')],
  ['engine', (r) => /^(setup|pipeline|engine|limits|settings|document|index)\.ts$/.test(r)],
];

function stageOf(coreDir: string, file: string): number {
  const rel = relative(coreDir, file).split('\\').join('/');
  const i = STAGES.findIndex(([, test]) => test(rel));
  if (i < 0) throw new Error(`${rel} belongs to no stage of the house`);
  return i;
}

/** The import graph of the files under dir (relative imports only). */
function graph(dir: string): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of sources(dir))
    g.set(
      f,
      imports(f)
        .map((s) => resolveImport(f, s))
        .filter((x): x is string => x !== undefined),
    );
  return g;
}

/** One import circle, as the files on it, or undefined. */
function findCircle(g: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined;
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const t of g.get(f) ?? []) {
      const c = visit(t);
      if (c) return c;
    }
    stack.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of g.keys()) {
    const c = visit(f);
    if (c) return c;
  }
  return undefined;
}

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
        if (spec.startsWith('.'))
          assert.ok(
            !join(f, '..', spec).includes(`${join('src', 'extension')}`) &&
              !join(f, '..', spec).includes(join('src', 'cli')) &&
              !join(f, '..', spec).includes(join('src', 'server')),
            `${f} reaches out of the core: ${spec}`,
          );
      }
    }
  });

  it('the adapters (CLI, extension, language server, webview) import nothing of the core but src/core/index.ts', () => {
    const core = join(root, 'src', 'core');
    const index = join(core, 'index.ts');
    let checked = 0;
    for (const dir of ['cli', 'extension', 'server', 'webview']) {
      for (const f of sources(join(root, 'src', dir))) {
        for (const spec of imports(f)) {
          const target = resolveImport(f, spec);
          if (!target?.startsWith(core)) continue;
          checked++;
          assert.equal(target, index, `${relative(root, f)} imports ${spec}: adapters use src/core/index.ts only`);
        }
      }
    }
    assert.ok(checked >= 6, `${checked} imports of the core`);
  });

  it('the core has no import circle, and no arrow from a lower stage to a higher one (extract ← recognize ← analysis ← checks ← report ← engine)', () => {
    const core = join(root, 'src', 'core');
    const g = graph(core);
    const circle = findCircle(g);
    assert.equal(circle, undefined, `import circle: ${circle?.map((f) => relative(core, f)).join(' → ')}`);
    for (const [f, targets] of g) {
      for (const t of targets) {
        assert.ok(
          stageOf(core, t) <= stageOf(core, f),
          `${relative(core, f)} (${STAGES[stageOf(core, f)]![0]}) imports ${relative(core, t)} (${STAGES[stageOf(core, t)]![0]})`,
        );
      }
    }
  });

  it('the rules above catch what they forbid', () => {
    const tmp = join(root, 'out', 'arch-probe');
    const g = new Map<string, string[]>([
      [join(tmp, 'a.ts'), [join(tmp, 'b.ts')]],
      [join(tmp, 'b.ts'), [join(tmp, 'c.ts')]],
      [join(tmp, 'c.ts'), [join(tmp, 'a.ts')]],
    ]);
    assert.deepEqual(
      findCircle(g)?.map((f) => f.slice(tmp.length + 1)),
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
    );
    const core = join(root, 'src', 'core');
    assert.ok(stageOf(core, join(core, 'analysis', 'cluster.ts')) < stageOf(core, join(core, 'report', 'model.ts')));
    assert.ok(stageOf(core, join(core, 'extract', 'json.ts')) < stageOf(core, join(core, 'recognize', 'hf.ts')));
    assert.equal(stageOf(core, join(core, 'types.ts')), 0);
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
    const tsc = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'src', 'core', 'tsconfig.json'), '--noEmit'],
      { encoding: 'utf8' },
    );
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

  it('the extension activates on every language it serves (a .bat opened alone starts it, as a .sh does)', () => {
    const source = readFileSync(join(root, 'src', 'extension', 'providers.ts'), 'utf8');
    const block = source.slice(source.indexOf('export const SELECTOR'), source.indexOf('];', source.indexOf('export const SELECTOR')));
    const languages = [...block.matchAll(/\{ language: '([\w-]+)' \}/g)].map((m) => m[1]!);
    assert.ok(languages.includes('bat') && languages.includes('shellscript'), languages.join(', '));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { activationEvents: string[] };
    for (const language of languages) assert.ok(pkg.activationEvents.includes(`onLanguage:${language}`), language);
  });
});
