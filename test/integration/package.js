#!/usr/bin/env node
// Packaging checks: the VSIX that `npm run package` built is under 1.6 MB and holds no test or
// source files (and holds the language server's two bundles); each extension bundle is under 700 KB, each server bundle under
// 1.8 MB; the CLI's npm tarball installs and runs with `npx --yes` from the packed file.
// (The UI test then installs that same VSIX into the real VS Code: COMPUTE_BUDGET_VSIX.)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const vsix = path.join(ROOT, 'compute-budget.vsix');
let passed = 0;

function check(name, fn) {
  fn();
  passed++;
  console.log(`  ✔ ${name}`);
}

// Two language servers (Node and web worker) carry the engine, which grows with every format and family it reads (1.2 MB until
// December's NeMo AutoModel and torchforge readers and the README's tables took it to 1.21 MB; 1.3 MB until December 4's readers,
// torchtitan's shipped train configs and ms-swift 1.x among them, took it to 1.30 MB; 1.4 MB until December 5's OpenLM, EasyLM,
// fairseq and Windows batch readers took it to 1.41 MB; 1.5 MB until December 7's readings of scripts' nested config objects,
// unpacked dicts and exec'd launches took it to 1.50 MB).
check('the VSIX is under 1.6 MB and lists no test or source files', () => {
  const size = fs.statSync(vsix).size;
  assert.ok(size < 1.6 * 1024 * 1024, `${size} bytes`);
  const list = spawnSync('python3', ['-m', 'zipfile', '-l', vsix], { encoding: 'utf8' });
  assert.equal(list.status, 0, list.stderr);
  const names = list.stdout
    .split('\n')
    .slice(1)
    .map((l) => l.split(/\s{2,}/)[0].trim())
    .filter(Boolean);
  const bad = names.filter((n) => /(^|\/)(src|test|bench|out|node_modules)\//.test(n) || /\.ts$|\.map$/.test(n));
  assert.deepEqual(bad, []);
  for (const need of [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/dist/web/extension.js',
    'extension/dist/server.js',
    'extension/dist/client.js',
    'extension/dist/web/server.js',
    'extension/dist/webview.js',
    'extension/readme.md',
    'extension/LICENSE.txt',
    'extension/changelog.md',
    'extension/media/icon.png',
  ])
    assert.ok(names.includes(need), `${need} missing from ${names.join(', ')}`);
  console.log(`    ${(size / 1024).toFixed(0)} KB, ${names.length} entries`);
});

check("each extension bundle is under 700 KB (zod's locales are left out; they were a third of it)", () => {
  for (const f of ['dist/extension.js', 'dist/client.js', 'dist/web/extension.js']) {
    const size = fs.statSync(path.join(ROOT, f)).size;
    assert.ok(size < 700 * 1024, `${f}: ${size} bytes`);
    assert.ok(!fs.readFileSync(path.join(ROOT, f), 'utf8').includes('zu haben'), `${f} holds zod's German messages`);
    console.log(`    ${f}: ${(size / 1024).toFixed(0)} KB`);
  }
});

// The desktop's server is a Node process of its own, started with the first config (not loaded into the extension host); it
// carries Node's file, cache and thread adapters, which the web one leaves out. The engine grows with every format it reads
// (1.25 MB until Levanter's reader and December's gatherings' formats took the desktop's past it, at 1.27 MB; 1.4 MB until the
// catalogue's models of 2023–24 fine-tuning scripts, LFM2 and the readers of December 3's fifth session took it to 1.40 MB; 1.5 MB
// until December 4's T5X gin, Qwen-VL, RWKV and NeMo recipe readers took it to 1.51 MB; 1.6 MB until December 5's readers of
// notebooks, training loops of scripts' own, FastChat's and QLoRA's scripts took it to 1.60 MB; 1.7 MB until December 7's
// encoder catalogue (ViT, ELECTRA, T5 lengths) and the reading of classes of a project's own modules took it to 1.70 MB.)
const SERVER_BUDGET = { 'dist/server.js': 1.8 * 1024 * 1024, 'dist/web/server.js': 1.8 * 1024 * 1024 };
check('each language server bundle is within its budget (1.8 MB each)', () => {
  for (const [f, budget] of Object.entries(SERVER_BUDGET)) {
    const size = fs.statSync(path.join(ROOT, f)).size;
    assert.ok(size < budget, `${f}: ${size} bytes`);
    console.log(`    ${f}: ${(size / 1024).toFixed(0)} KB`);
  }
});

check('the CLI installs and runs with npx --yes from the packed tarball', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-pack-'));
  const pack = spawnSync('npm', ['pack', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const tgz = path.join(dir, pack.stdout.trim().split('\n').pop());
  const run = spawnSync('npx', ['--yes', '--package', tgz, 'compute-budget', 'report', path.join(ROOT, 'test/fixtures/hf_config/llama-3.1-8b.config.json')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, npm_config_yes: 'true' },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /total\s+8\.03 B\s+8,030,261,248/);
  fs.rmSync(dir, { recursive: true, force: true });
});

console.log(`package: ${passed} passed, 0 failed`);
