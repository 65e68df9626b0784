/**
 * The long analyses on another thread, whatever the platform's threads are (background.ts: Node's worker_threads;
 * browser.ts: a web worker inside the server's worker). One job per document at a time; a newer one waiting replaces
 * the older (whose callers get its answer). A thread that has no file system of its own (the web's) asks its parent,
 * which reads through the server's host.
 */
import { analyzeSetup, withOpenFiles, type EngineFs, type EngineOptions, type ReadFile, type SetupOutcome, type SetupWork, type Settings } from '../core';

/** Messages in both directions, as each platform carries them. */
export interface ThreadPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The thread failed or stopped (parent side only). */
  onFail?(listener: (e: unknown) => void): void;
}

interface Waiter {
  readonly resolve: (o: SetupOutcome) => void;
  readonly reject: (e: unknown) => void;
}

type FsOp = 'readFile' | 'kind' | 'readDirectory';

/** The parent's side: jobs out, answers in; `fs` answers the thread's file requests (a thread without a file system). */
export function threadRunner(spawn: () => ThreadPort, fs?: EngineFs): (key: string, work: SetupWork) => Promise<SetupOutcome> {
  let port: ThreadPort | undefined;
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
    port = undefined;
  };
  const answerFs = async (p: ThreadPort, m: { fs: number; op: FsOp; path: string }) => {
    try {
      const value = m.op === 'readFile' ? await fs!.readFile(m.path) : m.op === 'kind' ? await fs!.kind(m.path) : await fs!.readDirectory(m.path);
      p.post({ fs: m.fs, value });
    } catch (e) {
      p.post({ fs: m.fs, error: e instanceof Error ? e.message : String(e) });
    }
  };
  const start = (): ThreadPort => {
    const p = spawn();
    p.onMessage((raw) => {
      const m = raw as { id?: number; outcome?: SetupOutcome; error?: string; fs?: number; op?: FsOp; path?: string };
      if (m.fs !== undefined && fs) return void answerFs(p, m as { fs: number; op: FsOp; path: string });
      const job = m.id !== undefined ? jobs.get(m.id) : undefined;
      if (!job) return;
      jobs.delete(m.id!);
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
    p.onFail?.(failAll);
    return p;
  };
  const send = (key: string, work: SetupWork, waiters: Waiter[]) => {
    const id = ++seq;
    jobs.set(id, { key, waiters });
    running.add(key);
    try {
      port ??= start();
      port.post({ id, work });
    } catch (e) {
      failAll(e);
    }
  };
  return (key, work) =>
    new Promise<SetupOutcome>((resolve, reject) => {
      if (!running.has(key)) return send(key, work, [{ resolve, reject }]);
      const before = waiting.get(key);
      waiting.set(key, { work, waiters: [...(before?.waiters ?? []), { resolve, reject }] });
    });
}

/**
 * The thread's side: each SetupWork analyzed with `disk` under the open documents (or, without one, the parent's files
 * through the port), siblings kept between jobs.
 */
export function threadWorker(port: ThreadPort, sources: (settings: Settings) => Pick<EngineOptions, 'hfCaches' | 'hub'>, disk?: EngineFs): void {
  const reads = new Map<string, ReadFile>();
  let fsSeq = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const ask = (op: FsOp, path: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++fsSeq;
      pending.set(id, { resolve, reject });
      port.post({ fs: id, op, path });
    });
  const base: EngineFs = disk ?? {
    readFile: async (path) => String(await ask('readFile', path)),
    kind: async (path) => (await ask('kind', path)) as 'file' | 'directory' | undefined,
    readDirectory: async (path) => (await ask('readDirectory', path)) as { name: string; kind: 'file' | 'directory' }[],
  };
  port.onMessage(async (raw) => {
    const m = raw as { id?: number; work?: SetupWork; fs?: number; value?: unknown; error?: string };
    if (m.fs !== undefined) {
      const p = pending.get(m.fs);
      pending.delete(m.fs);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.value ?? undefined);
      return;
    }
    if (m.id === undefined || !m.work) return;
    const work = m.work;
    const fs = withOpenFiles(base, (path) => work.open[path]);
    try {
      const outcome = await analyzeSetup(
        { path: work.path, text: work.text, settings: work.settings, forced: work.forced, fs, sources: sources(work.settings) },
        async () => work.cluster,
        reads,
      );
      port.post({ id: m.id, outcome });
    } catch (e) {
      port.post({ id: m.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
