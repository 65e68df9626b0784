#!/usr/bin/env node
// Playwright test of the cluster breakdown panel in the real workbench: the stacked bar, the ratio
// and the scaling curve render with the numbers of `compute-budget report --format json` for the
// same file, in the light and the dark theme; screenshots in .harness/screenshots.
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const { spawnSync } = require('child_process');
const H = require('./harness');

const ROOT = H.RECIPE_DIR;
const workspace = path.join(ROOT, 'test/integration/workspace');
const script = path.join(workspace, 'megatron/pretrain_llama3_8b.sh');
const OUT = process.env.COMPUTE_BUDGET_SCREENSHOTS || path.join(ROOT, '.harness/screenshots');
const T = 60000;

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const cli = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', script, '--format', 'json'], { encoding: 'utf8' }).stdout)
    .files[0];
  const cliLevers = JSON.parse(
    spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'levers', script, '--format', 'json'], { encoding: 'utf8' }).stdout,
  ).levers;
  const runDir = H.newRunDir('panel');
  const server = await H.startServer({ runDir, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
  let browser;
  let failure;
  try {
    browser = await H.launchBrowser({ runDir, viewport: { width: 1400, height: 900 } });
    const { page } = browser;
    const payload = [['extensionDevelopmentPath', `vscode-remote://${server.host}${ROOT}`]];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: T });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'megatron' }).first().waitFor({ timeout: T });
    await H.quickOpen(page, 'pretrain_llama3_8b.sh', T);
    await page.locator('.statusbar-item', { hasText: '8.03B' }).first().waitFor({ timeout: T });

    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type('Compute Budget: Open Cluster Breakdown');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Cluster Breakdown' }).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');

    const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    const ratio = view.locator('[data-testid=ratio]');
    await ratio.waitFor({ timeout: T });
    const shown = Number((await ratio.innerText()).trim());
    H.log(`panel ratio ${shown}, CLI ratio ${cli.comm.ratio}`);
    assert.ok(Math.abs(shown - cli.comm.ratio) / cli.comm.ratio < 0.005, `ratio ${shown} vs ${cli.comm.ratio}`);
    const mfu = Number((await view.locator('[data-testid=mfu]').innerText()).replace('%', '').trim()) / 100;
    assert.ok(Math.abs(mfu - cli.throughput.mfu) < 0.001, `MFU ${mfu} vs ${cli.throughput.mfu}`);
    // The headline in the panel's title: the ratio and the size at which it falls below 1 (the CLI's scaling).
    const tab = page.locator('.tabs-container .tab', { hasText: 'Cluster breakdown' }).first();
    await tab.waitFor({ timeout: T });
    const title = (await tab.getAttribute('aria-label')) ?? (await tab.innerText());
    H.log(`panel title: ${JSON.stringify(title)}`);
    const crossing = cli.scaling.commDominatesAtFixedBatch ?? cli.scaling.commDominatesAt;
    assert.match(title, /C\/C \d/);
    if (crossing !== null) assert.ok(title.includes(`below 1 at ${crossing.toLocaleString('en-US')} GPUs`), title);
    // And in the panel itself, the headline line with each dimension's ratio.
    const line = (await view.locator('[data-testid=headline]').innerText()).trim();
    H.log(`panel headline: ${line}`);
    assert.ok(line.startsWith('compute/communication '), line);
    for (const d of cli.comm.perDimension) if (d.ratio !== null) assert.ok(line.includes(`${d.dimension.toUpperCase()} `), `${d.dimension} in ${line}`);
    // The stacked bar: its segments' seconds are the CLI's compute, bubble and per-dimension times.
    const segs = await view
      .locator('[data-testid=step-bar] rect')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), Number(e.getAttribute('data-seconds'))]));
    H.log(`step bar: ${JSON.stringify(segs)}`);
    const byKey = Object.fromEntries(segs);
    for (const d of cli.comm.perDimension)
      if (d.exposedSeconds > 0) assert.ok(Math.abs(byKey[`${d.dimension}-exposed`] - d.exposedSeconds) < 1e-9, d.dimension);
    const exposedTotal = segs.filter(([k]) => !k.endsWith('-hidden')).reduce((s, [, v]) => s + v, 0);
    assert.ok(Math.abs(exposedTotal - cli.throughput.stepSeconds) / cli.throughput.stepSeconds < 1e-9);
    // The scaling curve: one point per weak-scaling size, labelled in its text alternative.
    const alt = await view.locator('[data-testid=scaling]').getAttribute('aria-label');
    for (const p of cli.scaling.weak.slice(0, 3)) assert.ok(alt.includes(`${p.gpus} GPUs`), `${p.gpus} in ${alt.slice(0, 120)}`);
    assert.equal(await view.locator('[data-testid=scaling] polyline').count(), 4);
    // The absorption limit on the chart (where it falls in its range) is the CLI's; the levers table has the CLI's rows.
    const marker = view.locator('[data-testid=scaling] line.absorbs');
    if (await marker.count()) assert.equal(Number(await marker.getAttribute('data-gpus')), cli.absorption.strong.maxGpus);
    H.log(`absorption: strong ${cli.absorption.strong.maxGpus} (${cli.absorption.strong.limitedBy}), marker drawn: ${await marker.count()}`);
    const leverRows = await view
      .locator('[data-testid=levers] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent.trim())));
    H.log(`levers: ${leverRows.map((r) => r[0]).join(' · ')}`);
    assert.deepEqual(
      leverRows.map((r) => r[0]),
      cliLevers.map((r) => r.label),
    );
    // "try" on a lever's row: the panel shows that change as its what-if, with the ratio the CLI's levers table gives it.
    const fp32 = cliLevers.find((r) => r.id === 'precision-fp32');
    await view.locator('[data-lever=precision-fp32]').click();
    await view.locator('[data-lever=precision-fp32][aria-pressed=true]').waitFor({ timeout: T });
    const tried = Number((await ratio.innerText()).trim());
    H.log(`lever precision-fp32: panel ratio ${tried}, CLI levers ${fp32.ratio}`);
    assert.ok(Math.abs(tried - fp32.ratio) / fp32.ratio < 0.005, `ratio ${tried} vs ${fp32.ratio}`);
    assert.ok(await view.locator('[data-testid=apply]').isDisabled(), 'Apply waits for Reset while a lever is applied');
    await view.locator('[data-testid=levers]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'panel-lever.png') });
    await view.locator('[data-lever=as-written]').click();
    await view.locator('[data-lever=as-written][aria-pressed=true]').waitFor({ timeout: T });
    assert.equal(Number((await ratio.innerText()).trim()), shown);
    await page.screenshot({ path: path.join(OUT, 'panel-light.png') });

    // The dark theme, chosen from the palette: the workbench and the panel follow.
    await page
      .locator('.part.editor')
      .first()
      .click({ position: { x: 200, y: 200 } });
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type('Dark Modern');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: T });
    await page.waitForTimeout(800);
    const color = await view.locator('body').evaluate((b) => b.ownerDocument.defaultView.getComputedStyle(b).backgroundColor);
    H.log(`panel background in the dark theme: ${color}`);
    const [r, g, b] = color.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 200, `dark background expected, got ${color}`);
    assert.equal(Number((await view.locator('[data-testid=ratio]').innerText()).trim()), shown);
    await page.screenshot({ path: path.join(OUT, 'panel-dark.png') });

    // "Use" on a row of "Best layouts": the panel then shows that row's step time, MFU and memory.
    const rows = view.locator('[data-testid=layouts] tbody tr');
    await rows.first().waitFor({ timeout: T });
    const current = (await view.locator('[data-testid=step]').innerText()).trim();
    const texts = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent.trim())));
    const pick = Math.max(
      0,
      texts.findIndex((t) => t[1] !== current),
    );
    const [label, step, rowMfu, , memory] = texts[pick];
    H.log(`using row ${pick + 1} of ${texts.length}: ${label} · ${step} · MFU ${rowMfu} · ${memory}`);
    await rows.nth(pick).locator('button').click();
    await view.locator('[data-testid=step]', { hasText: step }).waitFor({ timeout: T });
    assert.equal((await view.locator('[data-testid=step]').innerText()).trim(), step);
    assert.equal((await view.locator('[data-testid=mfu]').innerText()).trim(), rowMfu);
    const total = (await view.locator('[data-testid=memory-total]').innerText()).trim();
    assert.ok(total.startsWith(`${memory} /`), `memory ${total} vs the row's ${memory}`);
    H.log(`after "Use": step ${step}, MFU ${rowMfu}, memory ${total}`);
    await page.screenshot({ path: path.join(OUT, 'panel-use.png') });
  } catch (e) {
    failure = e;
    if (browser) await browser.page.screenshot({ path: path.join(OUT, 'panel-failure.png') }).catch(() => {});
  } finally {
    if (browser) await browser.context.close();
    await server.stop();
  }
  H.finishUi('panel-ui', runDir, failure);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
