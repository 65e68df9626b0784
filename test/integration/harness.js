// harness.js - start/stop a private code-server (a real VS Code 1.100.3, installed by
// test/integration/install.sh into .harness/), launch Debian's Chromium via Playwright, measure
// memory. Adapted from the tested recipe in shared/recipes/real-vscode. No network needed.
'use strict';
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const http = require('http');
const { spawn, spawnSync } = require('child_process');

const RECIPE_DIR = path.resolve(__dirname, '..', '..');
const CS_ENTRY = process.env.CS_ENTRY || path.join(RECIPE_DIR, '.harness/cs/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// HOST: where code-server binds (loopback only)
const HOST = '127.0.0.1';

const t0 = Date.now();
const stamp = () => `+${((Date.now() - t0) / 1000).toFixed(2)}s`;
const log = (...a) => console.log(stamp(), ...a);

/** Ask the kernel for a free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpGet(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.setTimeout(2000, () => req.destroy(new Error('timeout')));
  });
}

/** Settings that keep a fresh profile quiet and deterministic (no welcome page, trust, updates...). */
const DEFAULT_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.inlayHints.enabled': 'on',
  'editor.hover.delay': 200,
  'chat.commandCenter.enabled': false,
  'window.restoreWindows': 'none',
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
};

/**
 * Start code-server on 127.0.0.1:<free port> with a brand-new user-data-dir and extensions-dir
 * under runDir. Optionally installs VSIX files first (code-server --install-extension, offline).
 * The server runs in its own process group so stop() can take down every child it forks
 * (extension hosts, file watcher, pty host, JSON language server...).
 */
async function startServer({ runDir, vsix = [], env = {}, settings = {} }) {
  const ud = path.join(runDir, 'user-data');
  const ext = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
  fs.mkdirSync(ext, { recursive: true });
  fs.writeFileSync(path.join(ud, 'User/settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  const port = await freePort();
  const config = path.join(runDir, 'config.yaml');
  // An explicit config file: otherwise code-server writes ~/.config/code-server/config.yaml
  fs.writeFileSync(config, `bind-addr: ${HOST}:${port}\nauth: none\ncert: false\n`);
  const tmp = path.join(runDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const childEnv = {
    ...process.env,
    // code-server also creates $XDG_DATA_HOME/code-server/coder-logs; keep it out of $HOME
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    // extension hosts / the git extension create vscode-ipc-*.sock and vscode-git-*.sock in
    // $TMPDIR and never delete them when killed -> keep them inside the run dir
    TMPDIR: tmp,
    ...env,
  };
  const base = ['--config', config, '--user-data-dir', ud, '--extensions-dir', ext];

  for (const v of vsix) {
    const t = Date.now();
    const r = spawnSync(process.execPath, [CS_ENTRY, ...base, '--install-extension', v], { env: childEnv, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`--install-extension ${v} failed:\n${r.stdout}\n${r.stderr}`);
    log(`installed ${path.basename(v)} via --install-extension in ${Date.now() - t} ms`);
  }

  const logFile = path.join(runDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const startedAt = Date.now();
  const child = spawn(
    process.execPath,
    [
      CS_ENTRY,
      ...base,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--log',
      'info',
    ],
    { env: childEnv, stdio: ['ignore', out, out], detached: true /* own process group */ },
  );
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, sig) => {
    exited = { code, sig };
  });

  const url = `http://${HOST}:${port}`;
  for (;;) {
    if (exited) throw new Error(`code-server exited early ${JSON.stringify(exited)}; see ${logFile}`);
    if (Date.now() - startedAt > 60000) throw new Error(`code-server not ready after 60s; see ${logFile}`);
    try {
      if ((await httpGet(`${url}/healthz`)) === 200) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const readyMs = Date.now() - startedAt;
  log(`code-server pid ${child.pid} listening on ${url} after ${readyMs} ms (log: ${logFile})`);

  async function stop() {
    const pgid = child.pid;
    // members of our process group that are not zombies (zombies re-parented to init may linger)
    const alive = () => allProcs().some((p) => p.pgid === pgid && p.state !== 'Z');
    if (!alive()) return;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      /* gone */
    }
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive()) {
      // e.g. the fileWatcher child sometimes ignores SIGTERM for a while
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
      for (let i = 0; i < 20 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    }
    log(`code-server process group ${pgid} stopped${alive() ? ' (WARNING: still alive!)' : ''}`);
  }
  return { pid: child.pid, port, url, host: `${HOST}:${port}`, userDataDir: ud, extensionsDir: ext, logFile, readyMs, startedAt, stop };
}

/** Launch Debian's Chromium headless through playwright-core with a brand-new profile dir. */
async function launchBrowser({ runDir, viewport = { width: 1400, height: 900 } }) {
  const { chromium } = require('playwright-core');
  const profile = path.join(runDir, 'chromium-profile');
  fs.mkdirSync(profile, { recursive: true });
  const t = Date.now();
  const tmp = path.join(runDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // with --disable-dev-shm-usage Chromium puts its shared-memory files in $TMPDIR
    // (/tmp/org.chromium.Chromium.*); keep them in the run dir
    env: { ...process.env, TMPDIR: tmp },
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',

      ...(process.env.CHROMIUM_EXTRA_ARGS ? [process.env.CHROMIUM_EXTRA_ARGS] : []),
    ],
  });
  log(`chromium launched in ${Date.now() - t} ms`);
  const page = context.pages()[0] || (await context.newPage());
  return { context, page };
}

// ---------------------------------------------------------------- memory (RSS and PSS from /proc)
/**
 * The test-electron contract over code-server: loads the workbench with extensionDevelopmentPath
 * and extensionTestsPath in its `payload`, relays the suite's `[mocha] ` console lines, passes every
 * other console line to onConsole, and resolves with the code the workbench hands to
 * window.codeAutomationExit, or 'timeout'.
 */
async function runTestsInWorkbench({ server, runDir, extensionPath, testsPath, workspace, timeoutMs, onConsole = () => {} }) {
  const browser = await launchBrowser({ runDir });
  try {
    const { page } = browser;
    let onExit;
    const exited = new Promise((r) => (onExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
    page.on('console', (m) => {
      const t = m.text();
      const i = t.indexOf('[mocha] ');
      if (i >= 0) console.log('   ', t.slice(i + 8));
      else onConsole(t);
    });
    const remote = (p) => `vscode-remote://${server.host}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsPath)],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.context.close();
  }
}

function allProcs() {
  const procs = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.push({ pid: +d, state: f[0], ppid: +f[1], pgid: +f[2] });
    } catch {
      /* raced */
    }
  }
  return procs;
}
function descendants(rootPid, procs = allProcs()) {
  const out = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs)
      if (!out.has(p.pid) && out.has(p.ppid)) {
        out.add(p.pid);
        grew = true;
      }
  }
  return [...out];
}
function memOf(pids) {
  let rss = 0,
    pss = 0;
  for (const pid of pids) {
    try {
      const s = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += +(/^Rss:\s+(\d+)/m.exec(s) || [0, 0])[1];
      pss += +(/^Pss:\s+(\d+)/m.exec(s) || [0, 0])[1];
    } catch {
      /* gone or zombie */
    }
  }
  return { processes: pids.length, rssMB: Math.round(rss / 1024), pssMB: Math.round(pss / 1024) };
}
/** Memory of the code-server tree and of the chromium tree (everything else under this node). */
function measureMemory(serverPid) {
  const procs = allProcs();
  const server = descendants(serverPid, procs);
  const mine = descendants(process.pid, procs).filter((p) => p !== process.pid && !server.includes(p));
  return { codeServer: memOf(server), chromium: memOf(mine), harnessNode: memOf([process.pid]) };
}

/** Sample memory every intervalMs; stop() returns { peak: {codeServer, chromium}, samples }. */
function startMemorySampler(serverPid, intervalMs = 250) {
  const peak = { codeServer: { rssMB: 0, pssMB: 0, processes: 0 }, chromium: { rssMB: 0, pssMB: 0, processes: 0 } };
  let samples = 0;
  const take = () => {
    const m = measureMemory(serverPid);
    samples++;
    for (const k of ['codeServer', 'chromium']) {
      if (m[k].pssMB > peak[k].pssMB) peak[k].pssMB = m[k].pssMB;
      if (m[k].rssMB > peak[k].rssMB) peak[k].rssMB = m[k].rssMB;
      if (m[k].processes > peak[k].processes) peak[k].processes = m[k].processes;
    }
  };
  const timer = setInterval(take, intervalMs);
  take();
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peak, samples };
    },
  };
}

function newRunDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `compute-budget-${name}-`));
  return dir;
}

/** Delete a run dir after success (keep it on failure or when COMPUTE_BUDGET_KEEP=1). */
function cleanupRunDir(dir, ok) {
  if (ok && process.env.COMPUTE_BUDGET_KEEP !== '1') fs.rmSync(dir, { recursive: true, force: true });
  else log(`kept run dir ${dir} (code-server.log, user-data/logs, chromium-profile)`);
}

/** Quick Open (Ctrl+P) a file by name; the editor area is clicked first so the key reaches the workbench (retried once). */
async function quickOpen(page, name, timeout) {
  for (let attempt = 0; ; attempt++) {
    await page.locator('.part.editor').click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('Control+P');
    try {
      await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (e) {
      if (attempt) throw e;
    }
  }
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/** The end of a Playwright UI scenario: cleans the run folder, prints the tally line, exits. */
function finishUi(name, runDir, failure, extra = []) {
  cleanupRunDir(runDir, !failure);
  if (failure) {
    console.error(`${name}: FAILED`, failure);
    console.log(`${name}: 0 passed, 1 failed`);
    process.exit(1);
  }
  for (const line of extra) console.log(line);
  console.log(`${name}: 1 passed, 0 failed`);
  process.exit(0);
}

module.exports = {
  RECIPE_DIR,
  CS_ENTRY,
  log,
  stamp,
  startServer,
  launchBrowser,
  runTestsInWorkbench,
  finishUi,
  quickOpen,
  measureMemory,
  startMemorySampler,
  newRunDir,
  cleanupRunDir,
  freePort,
};
