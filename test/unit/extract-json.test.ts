import { strict as assert } from 'node:assert';
import { render } from '../../src/core';
import { extractJson } from '../../src/core/extract/json';

describe('JSON/JSONC extraction', () => {
  it('emits located facts with key and value ranges, nested paths and lists', () => {
    const text = '{\n  "a": 1,\n  "b": {"c": true},\n  "d": [1, 2]\n}';
    const { facts, errors } = extractJson('x.json', text);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      facts.map((f) => [f.path, f.value]),
      [
        [['a'], 1],
        [['b', 'c'], true],
        [['d'], [1, 2]],
      ],
    );
    const a = facts[0]!;
    assert.equal(text.slice(a.keyRange.start, a.keyRange.end), '"a"');
    assert.equal(text.slice(a.valueRange.start, a.valueRange.end), '1');
  });

  it('accepts comments and trailing commas (JSONC)', () => {
    const { facts, errors } = extractJson('x.jsonc', '{ // note\n "a": 1, /* b */ "b": 2, }');
    assert.deepEqual(errors, []);
    assert.equal(facts.length, 2);
  });

  it('reports syntax errors with their range; empty input is its own error', () => {
    const truncated = extractJson('x.json', '{"a": 1, "b": ');
    assert.ok(truncated.errors.length > 0);
    assert.match(render(truncated.errors[0]!.message), /JSON syntax error: ValueExpected/);
    assert.deepEqual(
      truncated.facts.map((f) => f.path),
      [['a']],
    );
    const empty = extractJson('x.json', '   \n');
    assert.match(render(empty.errors[0]!.message), /The file is empty/);
    const array = extractJson('x.json', '[1, 2]');
    assert.match(render(array.errors[0]!.message), /Expected a JSON object/);
  });

  it('stops at a nesting depth limit instead of recursing without bound', () => {
    const deep = '{"a":'.repeat(200) + '1' + '}'.repeat(200);
    const { facts, errors } = extractJson('x.json', deep);
    assert.equal(facts.length, 0);
    assert.equal(errors[0]!.severity, 'warning');
  });
});

describe('the strict-JSON fast path', () => {
  it('gives exactly the facts of the jsonc-parser path on every JSON fixture (and nested, escaped, list cases)', async () => {
    const { fastExtract, visitExtract, withPythonInfinity } = await import('../../src/core/extract/json');
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    const texts = walk(join(process.cwd(), 'test', 'fixtures'))
      .filter((p) => p.endsWith('.json'))
      .map((p) => withPythonInfinity(readFileSync(p, 'utf8')));
    texts.push('{"a": {"b": [1, {"c": "x\\"y\\u00e9"}, [2, 3]], "d": -1.5e3, "e": null, "f": []}, "g": [[1], [2]]}');
    assert.ok(texts.length >= 16);
    let fastPaths = 0;
    for (const text of texts) {
      const fast = fastExtract('f.json', text);
      // (A user's file with comments, the ninety-ninth gathering's DeepSpeed config, the two-hundred-and-second's, and the
      // .vscode/launch.json files kept beside a distillation script (5013), three run_clm_no_trainer.py copies (5345, 5347,
      // 5355) and a federated fine-tune (6067): the jsonc-parser path's alone.)
      if (!fast) {
        assert.ok(/^\s*\/\/|\/\*/m.test(text), 'strict JSON takes the fast path');
        continue;
      }
      fastPaths++;
      assert.deepEqual(fast.facts, visitExtract('f.json', text).facts);
    }
    assert.ok(fastPaths >= texts.length - 7, `${fastPaths} of ${texts.length}`);
    // Anything but strict JSON falls back (and the fallback explains errors).
    assert.equal(fastExtract('f.json', '{"a": 1, // c\n}'), undefined);
    assert.equal(fastExtract('f.json', '{"a": 1,}'), undefined);
    assert.equal(fastExtract('f.json', '{"a": tru}'), undefined);
  });
});
