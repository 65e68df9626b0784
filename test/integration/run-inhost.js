#!/usr/bin/env node
// Runs the extension's mocha suite INSIDE a real VS Code extension host (code-server 4.100.3 =
// VS Code 1.100.3), with the contract of @vscode/test-electron: extensionDevelopmentPath = this
// repository, extensionTestsPath = out/test/integration/suite/index.js. code-server takes them from
// the workbench URL's `payload` parameter; when run() settles the workbench calls
// window.codeAutomationExit(code), which Playwright exposes. Exit code: mocha's.
'use strict';
const fs = require('fs');
const path = require('path');
const H = require('./harness');

const ROOT = H.RECIPE_DIR;
const testsEntry = path.join(ROOT, 'out/test/integration/suite/index.js');
const workspace = path.join(ROOT, 'test/integration/workspace');
const TIMEOUT_MS = +(process.env.COMPUTE_BUDGET_TIMEOUT_MS || 180000);

(async () => {
  const runDir = H.newRunDir('inhost');
  const resultsFile = path.join(runDir, 'results.json');
  const server = await H.startServer({ runDir, env: { COMPUTE_BUDGET_TEST_RESULTS: resultsFile } });
  let exitCode;
  try {
    exitCode = await H.runTestsInWorkbench({ server, runDir, extensionPath: ROOT, testsPath: testsEntry, workspace, timeoutMs: TIMEOUT_MS });
    if (exitCode === 'timeout') {
      H.log(`TIMEOUT after ${TIMEOUT_MS} ms`);
      exitCode = 2;
    }
  } finally {
    await server.stop();
  }
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    for (const f of r.failed) console.log(`FAILED ${f.title}\n${f.error}`);
    console.log(`in-host: ${r.passed.length} passed, ${r.failed.length} failed`);
  } else {
    console.log('in-host: no results were written; see code-server.log in ' + runDir);
  }
  H.cleanupRunDir(runDir, exitCode === 0);
  process.exit(exitCode === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
