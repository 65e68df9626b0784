#!/usr/bin/env node
// The same in-host suite under @vscode/test-electron, for machines that can download VS Code
// (`npm run test:electron`). This machine cannot (no network beyond the npm registry); there,
// `npm run test:integration` runs the suite in code-server's real extension host instead.
'use strict';
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..', '..');

runTests({
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: path.join(ROOT, 'out/test/integration/suite/index.js'),
  launchArgs: [path.join(ROOT, 'test/integration/workspace'), '--disable-extensions', '--disable-workspace-trust'],
})
  .then(() => process.exit(0))
  .catch((e) => {
    console.error('test-electron failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
