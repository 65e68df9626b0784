/**
 * The long analyses (a document the user asked to analyze, or one over the time budget) on a worker thread of the
 * server's own bundle, so a hover or a hint on another document never waits for them. The bundle's entry (main.ts, the
 * CLI's) runs analysisThread() when it is loaded as that worker.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { analyzeSetup, type EngineFs, type ReadFile, type SetupOutcome, type SetupWork } from '../core';
import { nodeHost } from './node';

interface Waiter {
  readonly resolve: (o: SetupOutcome) => void;
  readonly reject: (e: unknown) => void;
}

/** Runs SetupWork on one worker thread: one job per document at a time; a newer one waiting replaces the older (whose callers get its answer). */
export function backgroundRunner(script: string): (key: string, work: SetupWork) => Promise<SetupOutcome> {
  let worker: Worker | undefined;
  let seq = 0;
  const jobs = new Map<number, { key: string; waiters: Waiter[] }>();
  const waiting = new Map<string, { work: SetupWork; waiters: Waiter[] }>();
  const running = new Set<string>();
  const failAll = (e: unknown) => {
    for (const job of jobs.values()) for (const w of job.waiters) w.reject(e);
    for (const w of waiting.values()) for (const x of w.waiters) x.reject(e);
    jobs.clear();
    waiting.clear();
    running.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(script);
    w.on('message', (m: { id: number; outcome?: SetupOutcome; error?: string }) => {
      const job = jobs.get(m.id);
      if (!job) return;
      jobs.delete(m.id);
      running.delete(job.key);
      for (const x of job.waiters) {
        if (m.outcome) x.resolve(m.outcome);
        else x.reject(new Error(m.error ?? 'failed'));
      }
      const next = waiting.get(job.key);
      if (next) {
        waiting.delete(job.key);
        send(job.key, next.work, next.waiters);
      }
    });
    w.on('error', failAll);
    w.on('exit', () => failAll(new Error('the analysis thread stopped')));
    w.unref();
    return w;
  };
  const send = (key: string, work: SetupWork, waiters: Waiter[]) => {
    const id = ++seq;
    jobs.set(id, { key, waiters });
    running.add(key);
    worker ??= start();
    worker.postMessage({ id, work });
  };
  return (key, work) =>
    new Promise<SetupOutcome>((resolve, reject) => {
      if (!running.has(key)) return send(key, work, [{ resolve, reject }]);
      const before = waiting.get(key);
      waiting.set(key, { work, waiters: [...(before?.waiters ?? []), { resolve, reject }] });
    });
}

/** The worker's side: each SetupWork analyzed with the disk under the open documents, siblings kept between jobs. */
export function analysisThread(): void {
  const host = nodeHost(process.env);
  const reads = new Map<string, ReadFile>();
  parentPort!.on('message', async (m: { id: number; work: SetupWork }) => {
    const { work } = m;
    const fs: EngineFs = {
      readFile: async (path) => work.open[path] ?? host.fs.readFile(path),
      kind: async (path) => (work.open[path] !== undefined ? 'file' : host.fs.kind(path)),
      readDirectory: (path) => host.fs.readDirectory(path),
    };
    try {
      const outcome = await analyzeSetup(
        { path: work.path, text: work.text, settings: work.settings, forced: work.forced, fs, sources: host.sources(work.settings) },
        async () => work.cluster,
        reads,
      );
      parentPort!.postMessage({ id: m.id, outcome });
    } catch (e) {
      parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
