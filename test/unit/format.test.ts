import { strict as assert } from 'node:assert';
import { format } from '../../src/core';

describe('number formatting', () => {
  it('3 significant digits with suffixes', () => {
    assert.equal(format.paramCount(8030261248), '8.03 B');
    assert.equal(format.paramCount(671026419200), '671 B');
    assert.equal(format.paramCount(124439808), '124 M');
    assert.equal(format.flops(51.47e9), '51.5 GFLOP');
    assert.equal(format.flops(874944921600), '875 GFLOP');
    assert.equal(format.si(999.96e6), '1.00 G');
    assert.equal(format.si(999.4e6), '999 M');
    assert.equal(format.si(1.2e24, 2), '1.2e24 ');
    assert.equal(format.si(0), '0 ');
  });

  it('exact integers with separators', () => {
    assert.equal(format.exact(8030261248), '8,030,261,248');
    assert.equal(format.exact(512), '512');
  });

  it('never shows NaN, Infinity or a negative size', () => {
    for (const bad of [NaN, Infinity, -Infinity, -1]) {
      assert.equal(format.si(bad), '?');
      assert.doesNotMatch(format.paramCount(bad), /NaN|Infinity|-/);
    }
    assert.equal(format.exact(NaN), '?');
    assert.equal(format.percent(NaN), '?');
  });
});
