/**
 * The long analyses (a document the user asked to analyze, or one over the time budget) on a worker thread of the
 * server's own bundle, so a hover or a hint on another document never waits for them (thread.ts). The bundle's entry
 * (main.ts, the CLI's) runs analysisThread() when it is loaded as that worker.
 */
import { parentPort, Worker } from 'node:worker_threads';
import type { SetupOutcome, SetupWork } from '../core';
import { nodeHost } from './node';
import { threadRunner, threadWorker } from './thread';

/** Runs SetupWork on one worker thread of `script` (thread.ts threadRunner). */
export function backgroundRunner(script: string): (key: string, work: SetupWork) => Promise<SetupOutcome> {
  return threadRunner(() => {
    const w = new Worker(script);
    w.unref();
    return {
      post: (m) => w.postMessage(m),
      onMessage: (listener) => void w.on('message', listener),
      onFail: (listener) => {
        w.on('error', listener);
        w.on('exit', () => listener(new Error('the analysis thread stopped')));
      },
    };
  });
}

/** The worker's side: the disk under the open documents. */
export function analysisThread(): void {
  const host = nodeHost(process.env);
  threadWorker({ post: (m) => parentPort!.postMessage(m), onMessage: (listener) => void parentPort!.on('message', listener) }, host.sources, host.fs);
}
