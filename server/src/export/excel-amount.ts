// Satang → an Excel number without losing a satang: whole baht as `#,##0`, others as `#,##0.00`,
// and a clear error for amounts Excel cannot hold exactly (it keeps 15 significant digits).
import type { Satang } from '../model/types.js';
import { decimalBaht } from './layout.js';

/** Number format of whole-baht amounts. */
export const WHOLE_BAHT_FORMAT = '#,##0';
/** Number format of amounts with satang. */
export const SATANG_FORMAT = '#,##0.00';

/**
 * Excel stores IEEE doubles and keeps 15 significant digits, so an amount is exact when its digits
 * (satang included when it has any) number at most 15. Both limits are far below 2^53, so the JS
 * number is exact too before Excel sees it.
 */
const LIMIT_WHOLE_BAHT = 10n ** 15n;
const LIMIT_SATANG = 10n ** 15n;

/** An amount as Excel will store it. */
export interface ExcelAmount {
  value: number;
  numFmt: string;
}

/** Thrown for an amount Excel cannot store exactly; `amount` is the decimal baht text. */
export class AmountRangeError extends RangeError {
  constructor(readonly amount: string) {
    super(
      `the amount ${amount} baht has more than 15 significant digits, which Excel cannot store exactly`,
    );
    this.name = 'AmountRangeError';
  }
}

/** Converts satang to an Excel number and its format; throws `AmountRangeError` outside the exact range. */
export function excelAmount(satang: Satang): ExcelAmount {
  const abs = satang < 0n ? -satang : satang;
  if (abs % 100n === 0n) {
    if (abs / 100n >= LIMIT_WHOLE_BAHT) throw new AmountRangeError(decimalBaht(satang));
    return { value: Number(satang / 100n), numFmt: WHOLE_BAHT_FORMAT };
  }
  if (abs >= LIMIT_SATANG) throw new AmountRangeError(decimalBaht(satang));
  // Number(satang) is exact (< 2^53); dividing once rounds to the double nearest the decimal,
  // whose shortest form (what the file stores) is that decimal.
  const value = Number(satang) / 100;
  if (BigInt(Math.round(value * 100)) !== satang) throw new AmountRangeError(decimalBaht(satang));
  return { value, numFmt: SATANG_FORMAT };
}
