// Bundles the extension, the CLI, the unit tests and the benchmark. `node esbuild.js [--watch]`.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const pkg = require('./package.json');
const watch = process.argv.includes('--watch');

function files(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, suffix) : p.endsWith(suffix) ? [p] : [];
  });
}

/**
 * zod's `z.fromJSONSchema` (building a schema from a JSON Schema document, about 12 KB) is not called here either: bundled
 * as a function that says so.
 */
const zodWithoutFromJsonSchema = {
  name: 'zod-without-from-json-schema',
  setup(build) {
    build.onResolve({ filter: /[\\/]from-json-schema\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-from-json-schema', namespace: 'zod-stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-stub' }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("z.fromJSONSchema is not bundled"); }',
      loader: 'js',
    }));
  },
};

/**
 * zod's JSON Schema generation (`z.toJSONSchema`, about 20 KB) runs only where media/cluster.schema.json is written
 * (out/schema/cluster.js, at build time), never in the language server or the extension: bundled there as functions that
 * throw, each export kept by name.
 */
const zodWithoutToJsonSchema = {
  name: 'zod-without-to-json-schema',
  setup(build) {
    build.onResolve({ filter: /[\\/](json-schema-processors|json-schema-generator|to-json-schema)\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: path.join(args.resolveDir, args.path), namespace: 'zod-json-schema-stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-json-schema-stub' }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const names = new Set();
      for (const m of source.matchAll(/^export (?:function|const|class|let) (\w+)/gm)) names.add(m[1]);
      for (const m of source.matchAll(/^export \{([^}]*)\}/gm))
        for (const part of m[1].split(','))
          if (part.trim())
            names.add(
              part
                .trim()
                .split(/\s+as\s+/)
                .pop(),
            );
      const lines = ['const unbundled = () => { throw new Error("zod JSON Schema generation is not bundled"); };'];
      for (const n of names)
        lines.push(n === 'JSONSchemaGenerator' ? `export class ${n} { constructor() { unbundled(); } }` : `export const ${n} = unbundled;`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

/**
 * zod's `z.locales` namespace brings its error messages in every language it knows (about 250 KB
 * of an 800 KB bundle, compiled at every activation). Nothing here calls z.config(z.locales.*):
 * English, zod's default, is registered by its schemas module, not through this namespace, and our
 * own messages are translated by the message table. So the namespace is bundled empty.
 */
const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(build) {
    build.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty-module' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const common = {
  bundle: true,
  plugins: [zodWithoutLocales, zodWithoutFromJsonSchema],
  mainFields: ['module', 'main'],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // The Simplified Chinese message table as UTF-8, not \u escapes (a third of its bytes); Node and worker scripts read UTF-8.
  charset: 'utf8',
  define: { VERSION: JSON.stringify(pkg.version) },
};

const builds = [
  { ...common, entryPoints: ['src/extension/desktop.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: true, sourcemap: false },
  // The desktop's language client, loaded with the first config (desktop.ts).
  { ...common, entryPoints: ['src/extension/nodeClient.ts'], outfile: 'dist/client.js', external: ['vscode'], minify: true, sourcemap: false },
  // The language server the extension starts: a Node process on the desktop, a web worker in vscode.dev.
  {
    ...common,
    entryPoints: ['src/server/main.ts'],
    outfile: 'dist/server.js',
    minify: true,
    sourcemap: false,
    plugins: [...common.plugins, zodWithoutToJsonSchema],
  },
  {
    ...common,
    entryPoints: ['src/server/browser.ts'],
    outfile: 'dist/web/server.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    plugins: [...common.plugins, zodWithoutToJsonSchema],
  },
  {
    ...common,
    entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    minify: true,
    sourcemap: false,
  },
  {
    ...common,
    entryPoints: ['test/integration/web/index.ts'],
    outfile: 'out/test/integration/web/index.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, minify: true, sourcemap: false },
  { ...common, entryPoints: files('test/unit', '.test.ts'), outdir: 'out/test/unit', outbase: 'test/unit', external: ['mocha'] },
  { ...common, entryPoints: ['bench/bench.ts'], outfile: 'out/bench/bench.js' },
  { ...common, entryPoints: ['bench/calibrate.ts'], outfile: 'out/bench/calibrate.js' },
  {
    ...common,
    entryPoints: files('test/integration/suite', '.ts'),
    outdir: 'out/test/integration/suite',
    outbase: 'test/integration/suite',
    external: ['vscode', 'mocha'],
  },
  { ...common, entryPoints: ['src/core/hardware/cluster.ts'], outfile: 'out/schema/cluster.js', sourcemap: false },
  { ...common, entryPoints: ['src/core/messages/index.ts'], outfile: 'out/schema/messages.js', sourcemap: false },
];

/**
 * l10n/bundle.l10n*.json are generated from the message table (English source strings, their
 * Simplified Chinese translations), the format vscode.l10n and VS Code's tooling read.
 */
function writeL10n() {
  delete require.cache[require.resolve('./out/schema/messages.js')];
  const { en, zhCN } = require('./out/schema/messages.js');
  fs.mkdirSync('l10n', { recursive: true });
  const english = Object.fromEntries(Object.values(en).map((v) => [v, v]));
  const chinese = Object.fromEntries(Object.entries(en).map(([k, v]) => [v, zhCN[k]]));
  fs.writeFileSync('l10n/bundle.l10n.json', JSON.stringify(english, null, 2) + '\n');
  fs.writeFileSync('l10n/bundle.l10n.zh-cn.json', JSON.stringify(chinese, null, 2) + '\n');
}

/** media/cluster.schema.json is generated from the zod schema, so editors and the CLI agree. */
function writeClusterSchema() {
  delete require.cache[require.resolve('./out/schema/cluster.js')];
  const { clusterJsonSchema } = require('./out/schema/cluster.js');
  fs.writeFileSync('media/cluster.schema.json', JSON.stringify(clusterJsonSchema(), null, 2) + '\n');
}

async function main() {
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
  writeClusterSchema();
  writeL10n();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
