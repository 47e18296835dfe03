// Thai normalisation and exact amounts.
import { strict as assert } from 'node:assert';
import { parseAmount } from '../../../server/src/parse/amount.js';
import { formatBaht, normalizeThai } from '../../../server/src/parse/thai.js';

describe('parse/thai', () => {
  it('normalises NFC, Thai digits, quotes, dashes and whitespace', () => {
    assert.equal(normalizeThai('  “โครงการ”\u00A0 ๑๒  –  x\u200B '), '"โครงการ" 12 - x');
    assert.equal(normalizeThai('e\u0301'), '\u00E9');
  });

  it('reads amounts exactly, in satang', () => {
    assert.deepEqual(parseAmount('20,000'), { value: 2_000_000n, invalid: false });
    assert.deepEqual(parseAmount('๒๐,๐๐๐ บาท'), { value: 2_000_000n, invalid: false });
    assert.deepEqual(parseAmount('**15,000.50**'), { value: 1_500_050n, invalid: false });
    assert.deepEqual(parseAmount('-'), { value: 0n, invalid: false });
    assert.deepEqual(parseAmount('0'), { value: 0n, invalid: false });
    assert.deepEqual(parseAmount('99999999999999999999'), {
      value: 9_999_999_999_999_999_999_900n,
      invalid: false,
    });
  });

  it('treats a blank cell as missing, not zero, and words as invalid', () => {
    assert.deepEqual(parseAmount('  '), { value: null, invalid: false });
    assert.deepEqual(parseAmount('ห้าพันบาท'), { value: null, invalid: true });
    assert.deepEqual(parseAmount('20,00'), { value: null, invalid: true });
  });

  it('formats like the cell it replaces', () => {
    assert.equal(formatBaht(3_500_000n), '35,000');
    assert.equal(formatBaht(3_500_000n, '๑๐,๐๐๐'), '๓๕,๐๐๐');
    assert.equal(formatBaht(3_500_000n, '10,000.00'), '35,000.00');
    assert.equal(formatBaht(150n), '1.50');
    assert.equal(formatBaht(-100_000n), '-1,000');
  });
});
