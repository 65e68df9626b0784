#!/usr/bin/env node
// Runs the web suite in code-server's WEB-WORKER extension host: a web-only copy of the extension
// (package.json with `browser` and no `main`, the browser bundle) is assembled in
// out/webext, loaded as the development extension; the browser-bundled mocha suite runs in the
// worker and reports through the console.
'use strict';
const fs = require('fs');
const path = require('path');
const H = require('./harness');

const ROOT = H.RECIPE_DIR;
const extDir = path.join(ROOT, 'out/webext');
const workspace = path.join(ROOT, 'test/integration/workspace');
const TIMEOUT_MS = 150000;

function assemble() {
  fs.rmSync(extDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(extDir, 'dist/web'), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete pkg.main;
  fs.writeFileSync(path.join(extDir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const f of ['package.nls.json', 'package.nls.zh-cn.json', 'dist/web/extension.js', 'dist/web/server.js', 'dist/webview.js']) {
    if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(extDir, f));
  }
  fs.cpSync(path.join(ROOT, 'media'), path.join(extDir, 'media'), { recursive: true });
  fs.mkdirSync(path.join(extDir, 'test'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'out/test/integration/web/index.js'), path.join(extDir, 'test/index.js'));
}

(async () => {
  assemble();
  const runDir = H.newRunDir('web');
  const server = await H.startServer({ runDir });
  let exitCode;
  let results = null;
  const onConsole = (t) => {
    if (process.env.WEB_CONSOLE) console.log('[console]', t.slice(0, 400));
    const i = t.indexOf('[web-results] ');
    if (i >= 0) results = JSON.parse(t.slice(i + 14));
  };
  try {
    exitCode = await H.runTestsInWorkbench({
      server,
      runDir,
      extensionPath: extDir,
      testsPath: path.join(extDir, 'test/index.js'),
      workspace,
      timeoutMs: TIMEOUT_MS,
      onConsole,
    });
  } finally {
    await server.stop();
  }
  if (results) for (const f of results.failed) console.log(`FAILED ${f.title}: ${f.error}`);
  const ok = exitCode === 0 && results && results.failures === 0 && results.passed.length >= 5;
  console.log(`web: ${results ? results.passed.length : 0} passed, ${results ? results.failed.length : 1} failed`);
  H.cleanupRunDir(runDir, ok);
  process.exit(ok ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
