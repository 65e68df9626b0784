#!/usr/bin/env node
// UI test in a real browser against the real VS Code workbench (code-server + Debian Chromium via
// playwright-core): opens a fixture config, reads an inlay hint and the status bar from the DOM,
// hovers a key, runs commands from the palette, and saves screenshots to .harness/screenshots.
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const H = require('./harness');

const ROOT = H.RECIPE_DIR;
const workspace = path.join(ROOT, 'test/integration/workspace');
const OUT = process.env.COMPUTE_BUDGET_SCREENSHOTS || path.join(ROOT, '.harness/screenshots');
const T = 60000;

async function runCommand(page, title) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: T });
  await page.keyboard.type(title);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: title.split(': ')[1] })
    .first()
    .waitFor({ timeout: T });
  await page.keyboard.press('Enter');
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const runDir = H.newRunDir('ui');
  // COMPUTE_BUDGET_VSIX: install the packaged extension (code-server --install-extension) instead
  // of loading the working tree as the development extension.
  const vsix = process.env.COMPUTE_BUDGET_VSIX;
  const server = await H.startServer({ runDir, vsix: vsix ? [vsix] : [] });
  let browser;
  let failure;
  try {
    browser = await H.launchBrowser({ runDir, viewport: { width: 1280, height: 800 } });
    const { page } = browser;
    const payload = [['extensionDevelopmentPath', `vscode-remote://${server.host}${ROOT}`]];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}${vsix ? '' : `&payload=${encodeURIComponent(JSON.stringify(payload))}`}`);
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: T });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'llama' }).waitFor({ timeout: T });
    H.log(vsix ? `testing the installed VSIX ${path.basename(vsix)}` : 'testing the working tree');

    // 1. A launch script: hints next to the flags and assignments, the status bar summary.
    await H.quickOpen(page, 'pretrain_llama3_8b.sh', T);
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines').waitFor({ timeout: T });
    const hint = editor.locator('.view-line span', { hasText: /^\s*≈\s8\.03B\sparams\s*$/ }).first();
    await hint.waitFor({ timeout: T });
    const tpLine = (
      await editor
        .locator('.view-line', { has: page.locator('span', { hasText: /^\s*TP\s✓\smax\s8/ }) })
        .first()
        .textContent()
    ).replace(/\s+/g, ' ');
    H.log(`TP line with its hint: ${JSON.stringify(tpLine)}`);
    assert.match(tpLine, /TP=2 ?TP ✓ max 8 · [\d.]+% comm/);
    const status = page.locator('.statusbar-item', { hasText: '8.03B' }).first();
    await status.waitFor({ timeout: T });
    H.log(`status bar: ${JSON.stringify((await status.innerText()).trim())}`);
    await page.screenshot({ path: path.join(OUT, 'hints.png') });

    // 2. Hover a key: the number, its formula and the file's own values.
    const token = editor.locator('.view-line span', { hasText: /^--num-layers$/ }).first();
    const box = await token.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover-content', { hasText: 'Compute Budget' }).first();
    await hover.waitFor({ state: 'visible', timeout: T });
    const hoverText = (await hover.innerText()).replace(/\s+/g, ' ');
    H.log(`hover: ${JSON.stringify(hoverText.slice(0, 160))}`);
    assert.match(hoverText, /8,030,261,248/);
    await page.waitForTimeout(600); // the hover's fade-in
    await page.screenshot({ path: path.join(OUT, 'hover.png') });

    // 3. A command from the palette: toggle the inline hints off (the hint leaves the DOM) and on.
    await runCommand(page, 'Compute Budget: Toggle Inline Hints');
    const toast = page.locator('.notification-toast .notification-list-item-message', { hasText: 'inline hints off' }).first();
    await toast.waitFor({ state: 'visible', timeout: T });
    await hint.waitFor({ state: 'detached', timeout: T });
    await runCommand(page, 'Compute Budget: Toggle Inline Hints');
    await editor
      .locator('.view-line span', { hasText: /^\s*≈\s8\.03B\sparams\s*$/ })
      .first()
      .waitFor({ timeout: T });

    // 4. The report as a markdown preview.
    await runCommand(page, 'Compute Budget: Show Report');
    await page
      .locator('.tab', { hasText: /Preview/ })
      .first()
      .waitFor({ timeout: T });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(OUT, 'report.png') });
  } catch (e) {
    failure = e;
    if (browser) await browser.page.screenshot({ path: path.join(OUT, 'failure.png') }).catch(() => {});
  } finally {
    if (browser) await browser.context.close();
    await server.stop();
  }
  H.finishUi('ui', runDir, failure, [`screenshots in ${OUT}`]);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
