/**
 * Number formatting for views: 3 significant digits with SI-style suffixes, exact integers with
 * thousands separators. Never prints NaN, Infinity or a negative size.
 */

const SUFFIXES: readonly [number, string][] = [
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** 3 significant digits: 8030261248 → "8.03", 51471000000 → "51.5", 0.99996 → "1.00". */
export function sig(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '?';
  if (value === 0) return '0';
  let magnitude = Math.floor(Math.log10(Math.abs(value)));
  // Rounding can carry into the next power of ten (0.99996 → 1.00): count digits from there.
  if (Math.abs(Number(value.toPrecision(digits))) >= 10 ** (magnitude + 1)) magnitude += 1;
  const decimals = Math.max(0, digits - 1 - magnitude);
  return value.toFixed(Math.min(decimals, 20));
}

/** 8030261248 → "8.03 G" (SI prefixes up to P; beyond, "1.20e24 "; the caller appends a unit). */
export function si(value: number, digits = 3): string {
  if (!Number.isFinite(value) || value < 0) return '?';
  if (value >= 1e18) {
    const exp = Math.floor(Math.log10(value));
    const mantissa = sig(value / 10 ** exp, digits);
    // Rounding may carry the mantissa to 10.0.
    return Number(mantissa) >= 10 ? `${sig(1, digits)}e${exp + 1} ` : `${mantissa}e${exp} `;
  }
  for (const [scale, suffix] of SUFFIXES) {
    // Compare after rounding, so 999.96e6 reads "1.00 G", not "1000 M".
    if (Number(sig(value / scale, digits)) >= 1) return `${sig(value / scale, digits)} ${suffix}`;
  }
  return `${sig(value, digits)} `;
}

/** Parameter counts read as "8.03 B" (billion), as ML papers write them. */
export function paramCount(value: number, digits = 3): string {
  return si(value, digits).replace(/ G$/, ' B').replace(/ k$/, ' K');
}

/** 51471000000 → "51.5 GFLOP". */
export function flops(value: number, digits = 3): string {
  return `${si(value, digits)}FLOP`;
}

/** Exact integer with thousands separators: 8030261248 → "8,030,261,248". */
export function exact(value: number): string {
  if (!Number.isFinite(value)) return '?';
  const sign = value < 0 ? '-' : '';
  return (
    sign +
    Math.round(Math.abs(value))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  );
}

export function percent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '?';
  return `${sig(fraction * 100, fraction * 100 >= 10 ? 3 : 2)} %`;
}

/** 0.0123 → "12.3 ms", 90 → "90.0 s", then min, h and days. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 1) return `${sig(seconds * 1000)} ms`;
  if (seconds < 120) return `${sig(seconds)} s`;
  if (seconds < 7200) return `${sig(seconds / 60)} min`;
  if (seconds < 172800) return `${sig(seconds / 3600)} h`;
  return `${sig(seconds / 86400)} days`;
}
