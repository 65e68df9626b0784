import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en, zhCN, placeholders } from '../../src/core/messages';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the message table', () => {
  it('Simplified Chinese translates every id with the same parameters', () => {
    assert.deepEqual(Object.keys(zhCN).sort(), Object.keys(en).sort());
    for (const id of Object.keys(en) as (keyof typeof en)[]) {
      assert.deepEqual(placeholders(zhCN[id]), placeholders(en[id]), id);
      assert.notEqual(zhCN[id].trim(), '', id);
    }
  });

  it('every message id the sources use exists in the table', () => {
    const used = new Set<string>();
    for (const f of sources(join(process.cwd(), 'src'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bid: '([a-z]+\.[\w.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bt\('([a-z]+\.[\w.]+)'/g)) used.add(m[1]!);
    }
    assert.ok(used.size > 20, `found ${used.size}`);
    for (const id of used) assert.ok(id in en, `missing message ${id}`);
  });
});

describe('localization files', () => {
  it('package.nls.zh-cn.json translates every command and setting of package.nls.json', () => {
    const en = JSON.parse(readFileSync(join(process.cwd(), 'package.nls.json'), 'utf8'));
    const zh = JSON.parse(readFileSync(join(process.cwd(), 'package.nls.zh-cn.json'), 'utf8'));
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const pkg = readFileSync(join(process.cwd(), 'package.json'), 'utf8');
    for (const m of pkg.matchAll(/"%([\w.]+)%"/g)) assert.ok(m[1]! in en, `package.json uses %${m[1]}% without a translation`);
  });

  it('the vscode.l10n bundles are the message table (committed, in sync)', () => {
    const bundle = JSON.parse(readFileSync(join(process.cwd(), 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    for (const id of Object.keys(en) as (keyof typeof en)[]) assert.equal(bundle[en[id]], zhCN[id], id);
  });
});
