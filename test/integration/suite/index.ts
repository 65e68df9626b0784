/**
 * extensionTestsPath entry: the contract @vscode/test-electron uses (export run(): Promise<void>),
 * loaded by the real extension host (code-server here, Electron VS Code with test-electron).
 * Results are also written as JSON to $COMPUTE_BUDGET_TEST_RESULTS, because the extension host's
 * stdout is not shown anywhere convenient in code-server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

// The extension host forwards console.* to the browser unformatted: pre-format and tag each line.
(Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...args: unknown[]) =>
  console.log('[mocha] ' + util.format(...args));

export function run(): Promise<void> {
  const resultsFile = process.env.COMPUTE_BUDGET_TEST_RESULTS;
  // COMPUTE_BUDGET_TEST_GREP runs only the tests whose title matches (while working on one).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec', grep: process.env.COMPUTE_BUDGET_TEST_GREP || undefined });
  for (const f of fs.readdirSync(__dirname)) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const results = { passed: [] as string[], failed: [] as { title: string; error: string }[] };
    const runner = mocha.run((failures) => {
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      console.log(`[mocha] ${results.passed.length} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err) => results.failed.push({ title: t.fullTitle(), error: String((err as Error)?.stack ?? err) }));
  });
}
