/**
 * extensionTestsPath entry for the WEB-WORKER extension host: fetched as one CommonJS file whose
 * `require` knows only 'vscode', so mocha's browser build is bundled in. Results go to the console
 * (no file system in a worker), tagged for the driver.
 */
import 'mocha/mocha';

declare const mocha: {
  setup(o: object): void;
  run(cb: (failures: number) => void): { on(e: string, f: (t: { fullTitle(): string }, err?: unknown) => void): void };
};
declare const Mocha: { reporters: { Base: { consoleLog: (...a: unknown[]) => void } } };

Mocha.reporters.Base.consoleLog = (...args: unknown[]) =>
  console.log(
    '[mocha] ' +
      args
        .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
        .join(' ')
        .replace(/%[sd]/g, ''),
  );

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: false });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  return new Promise((resolve, reject) => {
    const results = { passed: [] as string[], failed: [] as { title: string; error: string }[] };
    const runner = mocha.run((failures) => {
      console.log('[web-results] ' + JSON.stringify({ ...results, failures }));
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err) => results.failed.push({ title: t.fullTitle(), error: String((err as Error)?.message ?? err) }));
  });
}
