#!/usr/bin/env node
// A real LSP client outside VS Code: Debian's Neovim (0.7, installed by install.sh), headless,
// attaches `compute-budget lsp --stdio` (the built dist/cli.js) to a Megatron launch script and a
// Hugging Face config.json, and must get the diagnostic at the TP=3 assignment (pushed: Neovim 0.7
// does not pull), the hover with the exact parameter count, and the inlay hints. A Lua script does
// the editor's side and writes what Neovim received as JSON; this file checks it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli.js');
const WORKSPACE = path.join(ROOT, 'test/integration/workspace');
const MEGATRON = path.join(WORKSPACE, 'megatron-bad/train.sh');
const LLAMA = path.join(WORKSPACE, 'llama/config.json');

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.status !== 0) {
  console.error("nvim: Neovim is not installed (test/integration/install.sh installs Debian's neovim)");
  process.exit(1);
}
console.log(`nvim: ${nvim.stdout.split('\n')[0]}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-nvim-'));
const out = path.join(dir, 'out.json');
const layersLine = fs
  .readFileSync(LLAMA, 'utf8')
  .split('\n')
  .findIndex((l) => l.includes('"num_hidden_layers"'));
const lua = (s) => JSON.stringify(s); // a JSON string is a Lua string literal for these paths

const script = `
local results = { diagnostics = {}, hints = {}, errors = {} }
local client_id = vim.lsp.start_client({
  name = 'compute-budget',
  cmd = { ${lua(process.execPath)}, ${lua(BIN)}, 'lsp', '--stdio' },
  root_dir = ${lua(WORKSPACE)},
  settings = { computeBudget = { mode = 'full' } },
})
if not client_id then
  table.insert(results.errors, 'start_client failed')
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

-- 1. The launch script: the diagnostic is pushed after the server reads it.
local sh = open(${lua(MEGATRON)})
vim.wait(20000, function() return #vim.diagnostic.get(sh) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(sh)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(results.diagnostics, { lnum = d.lnum, col = d.col, message = d.message, code = lsp.code or d.code, source = d.source })
end

-- 2. The Hugging Face config: a hover on num_hidden_layers and the inlay hints.
local json = open(${lua(LLAMA)})
local uri = vim.uri_from_bufnr(json)
local hover = vim.lsp.buf_request_sync(json, 'textDocument/hover', {
  textDocument = { uri = uri }, position = { line = ${layersLine}, character = 6 },
}, 20000)
for _, r in pairs(hover or {}) do
  if r.err then table.insert(results.errors, vim.inspect(r.err)) end
  if r.result and r.result.contents then results.hover = r.result.contents.value end
end
local hints = vim.lsp.buf_request_sync(json, 'textDocument/inlayHint', {
  textDocument = { uri = uri }, range = { start = { line = 0, character = 0 }, ['end'] = { line = 200, character = 0 } },
}, 20000)
for _, r in pairs(hints or {}) do
  if r.err then table.insert(results.errors, vim.inspect(r.err)) end
  for _, h in ipairs(r.result or {}) do
    table.insert(results.hints, { line = h.position.line, label = h.label })
  end
end

vim.fn.writefile({ vim.fn.json_encode(results) }, ${lua(out)})
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qa!')
`;
fs.writeFileSync(path.join(dir, 'check.lua'), script);

const started = Date.now();
const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(dir, 'check.lua')}`], {
  encoding: 'utf8',
  timeout: 90000,
  env: { ...process.env, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
});
if (!fs.existsSync(out)) {
  console.error(`nvim: no result (exit ${run.status}, signal ${run.signal})\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(out, 'utf8'));
console.log(`nvim: ran in ${Date.now() - started} ms`);
let failed = 0;
let passed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n    ${e.message}`);
  }
}

check('no protocol errors', () => assert.deepEqual(r.errors, []));
check('the diagnostic at the TP=3 assignment (line 3, column 4), pushed', () => {
  const d = r.diagnostics.find((x) => x.code === 'parallel-degrees');
  assert.ok(d, JSON.stringify(r.diagnostics));
  assert.equal(d.lnum, 2);
  assert.equal(d.col, 3);
  assert.equal(d.source, 'Compute Budget');
});
check('the hover on num_hidden_layers holds the exact parameter count', () => {
  assert.match(String(r.hover), /8,030,261,248/);
});
check('the inlay hints: parameters on num_hidden_layers', () => {
  const h = r.hints.find((x) => x.line === layersLine);
  assert.ok(h, JSON.stringify(r.hints));
  assert.equal(h.label, '≈ 8.03B params');
});
fs.rmSync(dir, { recursive: true, force: true });
console.log(`nvim: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
