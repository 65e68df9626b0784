/** Entry point of the `compute-budget` binary. Never prints a stack trace. */
import { isMainThread } from 'node:worker_threads';
import { analysisThread } from '../server/background';
import { nodeIo, run } from './main';

// Loaded as the language server's analysis thread (`lsp --stdio` starts one from this file).
if (!isMainThread) analysisThread();
else
  run(process.argv.slice(2), nodeIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`compute-budget: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
