/**
 * The language server as an LSP client outside VS Code sees it: the built binary (`compute-budget lsp
 * --stdio`) spawned, spoken to over stdio with the protocol library's own client connection.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type Hover,
  type InlayHint,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { settingsFrom } from '../../src/core';
import { browserHost } from '../../src/server/browserHost';
import { cellOf } from '../../src/server/server';

const BIN = join(process.cwd(), 'dist', 'cli.js');
const MEGATRON_BAD = resolve('test/integration/workspace/megatron-bad/train.sh');
const LLAMA = resolve('test/integration/workspace/llama/config.json');
const LLAMAFACTORY = resolve('test/fixtures/finetune/llamafactory/examples/train_full/llama3_full_sft.yaml');

interface Session {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcessWithoutNullStreams;
  readonly pushed: PublishDiagnosticsParams[];
  readonly stderr: string[];
  readonly registered: { method: string; registerOptions: unknown }[];
}

/** Starts the server; `pull` advertises pull diagnostics (VS Code), else the client waits for pushed ones (Neovim 0.7). */
async function start(options: { pull: boolean; settings?: unknown; locale?: string; watch?: boolean; initializationOptions?: unknown }): Promise<Session> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: 'pipe' });
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const pushed: PublishDiagnosticsParams[] = [];
  const registered: { method: string; registerOptions: unknown }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    pushed.push(p);
  });
  connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions: unknown }[] }) => {
    registered.push(...p.registrations);
    return null;
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => options.settings ?? null));
  connection.listen();
  const init = await connection.sendRequest('initialize', {
    processId: null,
    rootUri: pathToFileURL(process.cwd()).toString(),
    locale: options.locale,
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: { configuration: options.settings !== undefined, didChangeWatchedFiles: { dynamicRegistration: options.watch === true } },
      textDocument: { ...(options.pull ? { diagnostic: {} } : {}), hover: { contentFormat: ['markdown'] } },
    },
  });
  const caps = (init as { capabilities: Record<string, unknown> }).capabilities;
  assert.ok(caps['hoverProvider'] && caps['inlayHintProvider'] && caps['codeActionProvider'] && caps['documentLinkProvider']);
  const pushAsked = (options.initializationOptions as { pushDiagnostics?: boolean } | undefined)?.pushDiagnostics === true;
  assert.equal(caps['diagnosticProvider'] !== undefined, options.pull && !pushAsked, 'pull diagnostics only for a client that has them and wants them');
  await connection.sendNotification('initialized', {});
  return { connection, child, pushed, stderr, registered };
}

async function stop(s: Session): Promise<void> {
  await s.connection.sendRequest('shutdown');
  await s.connection.sendNotification('exit');
  const code = await new Promise<number | null>((done) => s.child.on('exit', (c) => done(c)));
  assert.equal(code, 0, s.stderr.join(''));
  s.connection.dispose();
}

function open(s: Session, path: string, languageId: string, text = readFileSync(path, 'utf8'), version = 1): string {
  const uri = pathToFileURL(path).toString();
  void s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  return uri;
}

/** The ZeRO stage the server's JSON report gives a document's setup. */
async function zeroOf(s: Session, uri: string): Promise<number> {
  return JSON.parse((await s.connection.sendRequest('computeBudget/report', { uri, format: 'json' })) as string).files[0].parallel.degrees.zero;
}

async function pushedFor(s: Session, uri: string, ms = 10000): Promise<Diagnostic[]> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const p = [...s.pushed].reverse().find((x) => x.uri === uri);
    if (p) return p.diagnostics;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no diagnostics pushed for ${uri}`);
}

/**
 * A notebook's code cells opened as VS Code opens them in its notebook editor, each a vscode-notebook-cell: document (CellUri:
 * the notebook's path, `#` the handle in base 7 after its length's letter, `s`, the scheme in base64): their texts and URIs.
 */
function openCells(s: Session, fixture: string): { code: string[]; uris: string[] } {
  const path = resolve(fixture);
  const nb = JSON.parse(readFileSync(path, 'utf8')) as { cells: { cell_type: string; source: string | string[] }[] };
  const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => (typeof c.source === 'string' ? c.source : c.source.join('')));
  const uris = code.map((text, i) => {
    const uri = `vscode-notebook-cell:${pathToFileURL(path).pathname}#W${i.toString(7)}s${Buffer.from('file').toString('base64')}`;
    void s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    return uri;
  });
  return { code, uris };
}

describe('the language server (compute-budget lsp --stdio)', function () {
  this.timeout(30000);

  it('answers a hover with the exact parameter count, inlay hints and pulled diagnostics (a VS Code-like client)', async () => {
    const s = await start({ pull: true });
    try {
      const llama = open(s, LLAMA, 'json');
      const text = readFileSync(LLAMA, 'utf8');
      const line = text.split('\n').findIndex((l) => l.includes('"num_hidden_layers"'));
      const hover = (await s.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: llama },
        position: { line, character: 6 },
      })) as Hover;
      const md = (hover.contents as { kind: string; value: string }).value;
      assert.match(md, /8,030,261,248/);
      assert.equal((hover.contents as { kind: string }).kind, 'markdown');

      const hints = (await s.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: llama },
        range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
      })) as InlayHint[];
      const params = hints.find((h) => h.position.line === line);
      assert.ok(params, JSON.stringify(hints));
      assert.equal(params.label, '≈ 8.03B params');

      const bad = open(s, MEGATRON_BAD, 'shellscript');
      const report = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: bad } })) as { kind: string; items: Diagnostic[] };
      assert.equal(report.kind, 'full');
      const tp = report.items.find((d) => d.code === 'parallel-degrees');
      assert.ok(tp, JSON.stringify(report.items.map((d) => d.message)));
      // At the TP=3 assignment, as in VS Code (line 3, column 4).
      assert.deepEqual(tp.range.start, { line: 2, character: 3 });
      assert.equal(tp.source, 'Compute Budget');
      assert.equal(s.pushed.length, 0, 'nothing pushed to a client that pulls');

      // The quick fix at the diagnostic: an edit of TP=3 to a degree that divides the heads.
      const actions = (await s.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: bad },
        range: tp.range,
        context: { diagnostics: [tp] },
      })) as { title: string; edit?: { changes: Record<string, { newText: string; range: { start: { line: number } } }[]> } }[];
      const fix = actions.find((a) => a.edit?.changes[bad]?.some((e) => e.range.start.line === 2));
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.match(fix.edit!.changes[bad]![0]!.newText, /^(1|2|4|8)$/);

      // The setup report of the document, as the CLI prints it.
      const out = (await s.connection.sendRequest('computeBudget/report', { uri: llama, format: 'text' })) as string;
      assert.match(out, /total\s+8\.03 B\s+8,030,261,248/);
    } finally {
      await stop(s);
    }
  });

  it('answers the requests the commands and the panel need: status, panel (with a what-if), plan, levers, layout edits', async () => {
    const s = await start({ pull: true });
    try {
      const script = resolve('test/integration/workspace/megatron/pretrain_llama3_8b.sh');
      const text = readFileSync(script, 'utf8');
      const uri = open(s, script, 'shellscript', text);
      const report = JSON.parse((await s.connection.sendRequest('computeBudget/report', { uri, format: 'json' })) as string).files[0];
      const status = (await s.connection.sendRequest('computeBudget/status', { uri })) as { params: number; ratio: number; headline: string };
      assert.equal(status.params, 8_030_261_248);
      assert.equal(status.ratio, report.comm.ratio);
      assert.match(status.headline, /^compute\/communication /);
      const model = (await s.connection.sendRequest('computeBudget/panel', { uri, whatIf: {} })) as { ratio: number; layout: { tp: number } };
      assert.equal(model.ratio, report.comm.ratio);
      assert.equal(model.layout.tp, 2);
      const tp4 = (await s.connection.sendRequest('computeBudget/panel', { uri, whatIf: { tp: 4 } })) as { layout: { tp: number } };
      assert.equal(tp4.layout.tp, 4);
      const plan = (await s.connection.sendRequest('computeBudget/plan', { uri, top: 3 })) as { layouts: unknown[] };
      assert.equal(plan.layouts.length, 3);
      const levers = (await s.connection.sendRequest('computeBudget/levers', { uri })) as { version: number; levers: { id: string }[] };
      assert.equal(levers.levers[0]!.id, 'as-written');
      // Apply to config: TP 4 where TP=2 was written, as an edit for the client; the file on disk is untouched.
      const applied = (await s.connection.sendRequest('computeBudget/layoutEdits', { uri, target: { tp: 4 } })) as {
        edit: { changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> };
        missing: string[];
      };
      const edits = applied.edit.changes[uri]!;
      assert.equal(edits.length, 1);
      assert.deepEqual([edits[0]!.range.start, edits[0]!.newText], [{ line: text.split('\n').findIndex((l) => l === 'TP=2'), character: 3 }, '4']);
      assert.deepEqual(applied.missing, []);
      assert.equal(readFileSync(script, 'utf8'), text);
      // A request that is not well formed gets null, never an exception.
      assert.equal(await s.connection.sendRequest('computeBudget/panel', { uri: 42 }), null);
    } finally {
      await stop(s);
    }
  });

  it('pushes diagnostics to a client without pull (Neovim 0.7), and again after an edit', async () => {
    const s = await start({ pull: false });
    try {
      const text = readFileSync(MEGATRON_BAD, 'utf8');
      const bad = open(s, MEGATRON_BAD, 'sh', text);
      const first = await pushedFor(s, bad);
      assert.ok(
        first.some((d) => d.code === 'parallel-degrees'),
        JSON.stringify(first.map((d) => d.message)),
      );
      // TP=3 → TP=2: the degrees divide the heads and the 6 GPUs (DP 3); what is left is the batch (64 over DP 3).
      s.pushed.length = 0;
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: bad, version: 2 },
        contentChanges: [{ range: { start: { line: 2, character: 3 }, end: { line: 2, character: 4 } }, text: '2' }],
      });
      const after = await pushedFor(s, bad);
      assert.ok(!after.some((d) => d.code === 'parallel-degrees'), JSON.stringify(after.map((d) => d.message)));
      assert.ok(
        after.some((d) => d.code === 'batch-arithmetic'),
        JSON.stringify(after.map((d) => d.message)),
      );
    } finally {
      await stop(s);
    }
  });

  it('links a referenced DeepSpeed config, and reads the settings the client sends (Simplified Chinese, hints off, a rule off)', async () => {
    const s = await start({
      pull: true,
      locale: 'zh-CN',
      settings: { inlayHints: { enabled: false }, rules: { 'parallel-degrees': 'off' } },
    });
    try {
      const yaml = open(s, LLAMAFACTORY, 'yaml');
      const links = (await s.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: yaml } })) as { target: string }[];
      assert.deepEqual(
        links.map((l) => l.target),
        [pathToFileURL(resolve('test/fixtures/finetune/llamafactory/examples/deepspeed/ds_z3_config.json')).toString()],
      );
      const hints = await s.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: yaml },
        range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
      });
      assert.deepEqual(hints, []);
      const bad = open(s, MEGATRON_BAD, 'shellscript');
      const report = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: bad } })) as { items: Diagnostic[] };
      assert.ok(!report.items.some((d) => d.code === 'parallel-degrees'));
      const out = (await s.connection.sendRequest('computeBudget/report', { uri: yaml })) as string;
      assert.match(out, /参数量/);
    } finally {
      await stop(s);
    }
  });

  it('asks the client to watch the configs; a referenced DeepSpeed file changed on disk is read again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-lsp-watch-'));
    const s = await start({ pull: true, watch: true });
    try {
      await new Promise((r) => setTimeout(r, 100));
      const reg = s.registered.find((x) => x.method === 'workspace/didChangeWatchedFiles');
      assert.ok(reg, JSON.stringify(s.registered));
      assert.match(JSON.stringify(reg.registerOptions), /yaml/);
      const yaml = join(dir, 'llama3_full_sft.yaml');
      const ds = join(dir, 'ds.json');
      writeFileSync(yaml, readFileSync(LLAMAFACTORY, 'utf8').replace(/deepspeed: \S+/, 'deepspeed: ds.json'));
      writeFileSync(ds, JSON.stringify({ train_micro_batch_size_per_gpu: 'auto', zero_optimization: { stage: 3 } }));
      const uri = open(s, yaml, 'yaml');
      const zero = () => zeroOf(s, uri);
      assert.equal(await zero(), 3);
      writeFileSync(ds, JSON.stringify({ train_micro_batch_size_per_gpu: 'auto', zero_optimization: { stage: 2 } }));
      assert.equal(await zero(), 3, 'the document did not change, and nobody said the file did');
      await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(ds).toString(), type: 2 }] });
      assert.equal(await zero(), 2);
    } finally {
      await stop(s);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an edit of an open DeepSpeed JSON in another folder changes the analysis of the YAML that references it, not the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-lsp-ref-'));
    const s = await start({ pull: true });
    try {
      mkdirSync(join(dir, 'run'));
      mkdirSync(join(dir, 'ds'));
      const yaml = join(dir, 'run', 'llama3_full_sft.yaml');
      const ds = join(dir, 'ds', 'zero.json');
      writeFileSync(yaml, readFileSync(LLAMAFACTORY, 'utf8').replace(/deepspeed: \S+/, 'deepspeed: ../ds/zero.json'));
      const dsText = JSON.stringify({ train_micro_batch_size_per_gpu: 'auto', zero_optimization: { stage: 3 } });
      writeFileSync(ds, dsText);
      const uri = open(s, yaml, 'yaml');
      const dsUri = open(s, ds, 'json', dsText);
      const llama = open(s, LLAMA, 'json');
      const zero = () => zeroOf(s, uri);
      assert.equal(await zero(), 3);
      const before = await s.connection.sendRequest('computeBudget/status', { uri: llama });
      const at = dsText.indexOf('3');
      void s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: dsUri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 1 } }, text: '2' }],
      });
      assert.equal(await zero(), 2, 'the open file as typed');
      assert.deepEqual(await s.connection.sendRequest('computeBudget/status', { uri: llama }), before);
    } finally {
      await stop(s);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a value that is not valid gives a diagnostic, never a crash; a file it does not know gets nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-lsp-'));
    const s = await start({ pull: true });
    try {
      mkdirSync(join(dir, 'm'));
      const broken = join(dir, 'm', 'config.json');
      writeFileSync(broken, readFileSync(LLAMA, 'utf8').replace('"num_hidden_layers": 32', '"num_hidden_layers": "many"'));
      const uri = open(s, broken, 'json');
      const report = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      const bad = report.items.find((d) => d.code === 'value-type');
      assert.ok(bad, JSON.stringify(report.items));
      assert.match(String(bad.message), /num_hidden_layers must be a positive integer/);
      const other = join(dir, 'package.json');
      writeFileSync(other, '{"name": "x"}');
      const none = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: open(s, other, 'json') } })) as { items: Diagnostic[] };
      assert.deepEqual(none.items, []);
      assert.equal(
        await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: open(s, other, 'json') }, position: { line: 0, character: 3 } }),
        null,
      );
    } finally {
      await stop(s);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("VS Code's client: diagnostics pushed although it could pull, in its hands when /refresh answers; /entry; a long document in pieces; /analyzeNow", async () => {
    const s = await start({
      pull: true,
      initializationOptions: { pushDiagnostics: true, trusted: false },
      settings: { limits: { maxAnalysisMs: 1 } },
    });
    try {
      const bad = open(s, MEGATRON_BAD, 'shellscript');
      const entry = (await s.connection.sendRequest('computeBudget/refresh', { uri: bad })) as { version: number; analysis?: unknown };
      assert.equal(entry.version, 1);
      assert.ok(entry.analysis, 'analyzed');
      // Pushed before the answer: in order on the same connection.
      assert.ok(
        s.pushed.some((p) => p.uri === bad && p.diagnostics.some((d) => d.code === 'parallel-degrees')),
        JSON.stringify(s.pushed),
      );
      // A long document handed over in pieces (the extension's way for long documents): all but the last as
      // computeBudget/piece, the last in the didOpen with how many came before; the server holds the whole text.
      const olmo = readFileSync(resolve('test/fixtures/olmo/OLMo-7B.yaml'), 'utf8');
      const extra = Array.from({ length: 3000 }, (_, i) => `  extra_${i}: ${i}`).join('\n');
      const whole = `${olmo}\nextra:\n${extra}\n`;
      const uri = pathToFileURL(resolve('test/fixtures/olmo/long.yaml')).toString();
      const third = Math.floor(whole.length / 3);
      void s.connection.sendNotification('computeBudget/piece', { uri, text: whole.slice(0, third) });
      void s.connection.sendNotification('computeBudget/piece', { uri, text: whole.slice(third, 2 * third) });
      void s.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 5, text: whole.slice(2 * third), pieces: 2 },
      });
      // Over the (1 ms) budget's estimate: a notice, only the head read.
      const gated = (await s.connection.sendRequest('computeBudget/entry', { uri })) as { version: number; notice?: { id: string }; analysis?: unknown };
      assert.equal(gated.version, 5);
      assert.equal(gated.notice?.id, 'notice.tooSlow');
      assert.equal(gated.analysis, undefined);
      // Asked for: analyzed once, the whole text (OLMo-7B's exact count).
      const asked = (await s.connection.sendRequest('computeBudget/analyzeNow', { uri })) as {
        analysis?: { analysis?: { params: { total: { value: number } } } };
        ms?: number;
      };
      assert.equal(asked.analysis?.analysis?.params.total.value, 6888095744);
      assert.ok(asked.ms !== undefined && asked.ms >= 0);
      // The status bar's request says the mode the settings give.
      const status = (await s.connection.sendRequest('computeBudget/status', { uri: bad })) as { mode: string } | null;
      assert.equal(status?.mode, 'full');
    } finally {
      await stop(s);
    }
  });

  it('a long analysis runs on its own thread: a hover on another document answers while it runs, and its result is the same', async function () {
    this.timeout(60000);
    const s = await start({ pull: true, initializationOptions: { pushDiagnostics: true }, settings: { limits: { maxAnalysisMs: 2 } } });
    try {
      const llama = open(s, LLAMA, 'json');
      const line = readFileSync(LLAMA, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"num_hidden_layers"'));
      const hover = () => s.connection.sendRequest('textDocument/hover', { textDocument: { uri: llama }, position: { line, character: 6 } });
      await hover();
      // OLMo-7B's model section and more keys: over ten times the (2 ms) budget's estimate, so a notice until asked.
      const olmo = readFileSync(resolve('test/fixtures/olmo/OLMo-7B.yaml'), 'utf8');
      const padded = (keys: number) => `${olmo}\nextra:\n${Array.from({ length: keys }, (_, i) => `  extra_${i}: ${i}`).join('\n')}\n`;
      type Asked = { analysis?: { analysis?: { params: { total: { value: number } } } }; ms?: number; notice?: { id: string } };
      // A first one asked for starts the analysis thread.
      const warm = open(s, resolve('test/fixtures/olmo/warm.yaml'), 'yaml', padded(300));
      assert.equal(((await s.connection.sendRequest('computeBudget/entry', { uri: warm })) as Asked).notice?.id, 'notice.tooSlow');
      assert.equal(((await s.connection.sendRequest('computeBudget/analyzeNow', { uri: warm })) as Asked).analysis?.analysis?.params.total.value, 6888095744);
      // A long one (15,000 more keys: hundreds of milliseconds of parsing); a hover sent while it runs answers first.
      const uri = open(s, resolve('test/fixtures/olmo/long.yaml'), 'yaml', padded(15000));
      assert.equal(((await s.connection.sendRequest('computeBudget/entry', { uri })) as Asked).notice?.id, 'notice.tooSlow');
      const order: string[] = [];
      const long = s.connection.sendRequest('computeBudget/analyzeNow', { uri }).then((e) => {
        order.push('analysis');
        return e as Asked;
      });
      // (Sent once the analysis has surely begun: had it run on the server's own thread, the hover would wait for it.)
      await new Promise((r) => setTimeout(r, 250));
      const answered = (await hover()) as Hover;
      order.push('hover');
      assert.match((answered.contents as { value: string }).value, /8,030,261,248/);
      const asked = await long;
      assert.deepEqual(order, ['hover', 'analysis'], 'the hover must not wait for the analysis');
      assert.equal(asked.analysis?.analysis?.params.total.value, 6888095744);
      assert.ok((asked.ms ?? 0) > 100, `${asked.ms} ms: a long one`);
    } finally {
      await stop(s);
    }
  });

  it("the web worker's host: engine paths and the documents' URIs both ways, files through the client's requests", async () => {
    const asked: [string, unknown][] = [];
    const files: Record<string, unknown> = {
      'vscode-vfs://github/org/repo/run/ds%20config.json': '{"zero_optimization": {"stage": 3}}',
      'vscode-vfs://github/org/repo/run': 'directory',
    };
    const host = browserHost({
      sendRequest: (async (method: string, params: { uri: string }) => {
        asked.push([method, params.uri]);
        if (method === 'computeBudget/fs/readFile') return files[params.uri] ?? null;
        if (method === 'computeBudget/fs/kind') return files[params.uri] === 'directory' ? 'directory' : files[params.uri] ? 'file' : null;
        return [{ name: 'ds config.json', kind: 'file' }, { name: 1 }];
      }) as never,
    });
    assert.equal(host.pathOf('vscode-vfs://github/org/repo/run/train.yaml'), '/org/repo/run/train.yaml');
    assert.equal(host.uriOf('/org/repo/run/ds config.json'), 'vscode-vfs://github/org/repo/run/ds%20config.json');
    assert.equal(await host.fs.readFile('/org/repo/run/ds config.json'), '{"zero_optimization": {"stage": 3}}');
    assert.equal(await host.fs.kind('/org/repo/run'), 'directory');
    assert.equal(await host.fs.kind('/org/repo/missing.json'), undefined);
    await assert.rejects(host.fs.readFile('/org/repo/missing.json'), /cannot read/);
    // A malformed answer is no answer.
    await assert.rejects(host.fs.readDirectory('/org/repo/run'), /cannot read/);
    assert.deepEqual(asked[0], ['computeBudget/fs/readFile', 'vscode-vfs://github/org/repo/run/ds%20config.json']);
    assert.equal(host.pathOf('untitled:Untitled-1'), undefined);
  });

  it("a notebook's cells (VS Code's vscode-notebook-cell: documents): analyzed together as their notebook, each hint, hover and diagnostic in its own cell", async () => {
    const s = await start({ pull: true });
    try {
      const { code, uris } = openCells(s, 'test/fixtures/survey/hundredandfifteenth/train/2280-unsloth-amd-codegemma-7b-conversational.ipynb');
      const peft = code.findIndex((c) => /get_peft_model/.test(c));
      const lines = code[peft]!.split('\n');
      const rank = lines.findIndex((l) => /^\s*r = 16/.test(l));
      const hints = (await s.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: uris[peft] },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
      })) as InlayHint[];
      const r = hints.find((h) => h.position.line === rank);
      assert.ok(r, JSON.stringify(hints));
      assert.equal(r.label, 'r 16 · 50.0M trainable · 0.58%');
      assert.equal(r.position.character, lines[rank]!.indexOf('16') + 2);
      // (The loader's cell has its own hints, none of the adapter's.)
      const loader = code.findIndex((c) => /FastLanguageModel\.from_pretrained/.test(c));
      const its = (await s.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: uris[loader] },
        range: { start: { line: 0, character: 0 }, end: { line: code[loader]!.split('\n').length, character: 0 } },
      })) as InlayHint[];
      assert.ok(!its.some((h) => /trainable/.test(String(h.label))), JSON.stringify(its));
      const hover = (await s.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: uris[peft] },
        position: { line: rank, character: lines[rank]!.indexOf('16') },
      })) as Hover;
      assert.match((hover.contents as { value: string }).value, /50,003,968/);
      const status = (await s.connection.sendRequest('computeBudget/status', { uri: uris[0] })) as { params: number };
      assert.equal(status.params, 8537680896);
      const report = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uris[peft] } })) as { items: Diagnostic[] };
      assert.ok(report.items.every((d) => d.range.start.line < lines.length));
    } finally {
      await stop(s);
    }
  });

  it("a notebook that trains from its shell lines (`!python run_clm.py \\` and the lines it continues on): the launch's hints in its cell", async () => {
    const s = await start({ pull: true });
    try {
      const { code, uris } = openCells(s, 'test/fixtures/survey/hundredandtwentysixth/train/2611-gpt2-run_clm-billsum-summarization-finetune.ipynb');
      const launch = code.findIndex((c) => /run_clm\.py/.test(c));
      const lines = code[launch]!.split('\n');
      const batch = lines.findIndex((l) => /--per_device_train_batch_size 2/.test(l));
      const hints = (await s.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: uris[launch] },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
      })) as InlayHint[];
      const mb = hints.find((h) => h.position.line === batch);
      assert.ok(mb, JSON.stringify(hints));
      assert.match(String(mb.label), /GB\/GPU/);
      assert.equal(mb.position.character, lines[batch]!.indexOf('2', lines[batch]!.indexOf('--per_device_train_batch_size')) + 1);
      const status = (await s.connection.sendRequest('computeBudget/status', { uri: uris[0] })) as { params: number };
      assert.equal(status.params, 124439808);
    } finally {
      await stop(s);
    }
  });

  it('the CLI refuses lsp without --stdio (usage, exit 2)', async () => {
    const child = spawn(process.execPath, [BIN, 'lsp'], { stdio: 'pipe' });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    assert.equal(code, 2);
    assert.match(err, /--stdio/);
  });
});

describe("notebook cells' URIs (VS Code's CellUri)", () => {
  it("the notebook and the cell's handle; a remote window's cell names its file on the remote machine", () => {
    assert.deepEqual(cellOf('vscode-notebook-cell:/home/u/nb.ipynb#W0sZmlsZQ%3D%3D'), { notebook: 'file:///home/u/nb.ipynb', handle: 0 });
    // (Handle 9 in base 7, "12", after the letter of its length.)
    assert.deepEqual(cellOf('vscode-notebook-cell://127.0.0.1:32785/work/nb.ipynb#X12sdnNjb2RlLXJlbW90ZQ%3D%3D'), {
      notebook: 'file:///work/nb.ipynb',
      handle: 9,
    });
    assert.equal(cellOf('vscode-notebook-cell://github/o/r/nb.ipynb#W3sdnNjb2RlLXZmcw==')?.notebook, 'vscode-vfs://github/o/r/nb.ipynb');
    assert.equal(cellOf('file:///home/u/train.py'), undefined);
    assert.equal(cellOf('vscode-notebook-cell:/home/u/nb.ipynb#garbage'), undefined);
  });
});

describe('settings from an LSP client', () => {
  it('nested and dotted keys, bad values fall back to the defaults', () => {
    const s = settingsFrom({
      mode: 'quiet',
      limits: { maxAnalysisMs: 200 },
      'files.exclude': ['**/x.json'],
      rules: { 'memory-over-capacity': 'warning' },
      hub: { enabled: 'yes' },
    });
    assert.equal(s.mode, 'quiet');
    assert.equal(s['limits.maxAnalysisMs'], 200);
    assert.deepEqual(s['files.exclude'], ['**/x.json']);
    assert.deepEqual(s.rules, { 'memory-over-capacity': 'warning' });
    assert.equal(s['hub.enabled'], false);
    assert.equal(settingsFrom(null).mode, 'full');
  });
});
