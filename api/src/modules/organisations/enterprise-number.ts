/** Belgian enterprise numbers (ondernemingsnummer): ten digits, first 0 or 1, last two = 97 − (first eight mod 97). */

export type EnterpriseNumberProblem = 'ENTERPRISE_NUMBER_FORMAT' | 'ENTERPRISE_NUMBER_FIRST_DIGIT' | 'ENTERPRISE_NUMBER_CHECKSUM';

export type ParsedEnterpriseNumber = { ok: true; value: string } | { ok: false; problem: EnterpriseNumberProblem; message: string };

/**
 * Reads what people type: `0412.345.614`, `0412 345 614`, `BE 0412.345.614`, `BE0412345614`, or an
 * old nine-digit number (`412.345.614`, which gets its leading 0). Returns the ten digits or why not.
 */
export function parseEnterpriseNumber(input: string): ParsedEnterpriseNumber {
  const compact = input.replace(/[\s.\-/]/g, '').replace(/^BE/i, '');
  if (!/^\d{9,10}$/.test(compact)) {
    return { ok: false, problem: 'ENTERPRISE_NUMBER_FORMAT', message: 'An enterprise number has 10 digits, e.g. 0412.345.614' };
  }
  const digits = compact.length === 9 ? `0${compact}` : compact;
  if (digits[0] !== '0' && digits[0] !== '1') {
    return { ok: false, problem: 'ENTERPRISE_NUMBER_FIRST_DIGIT', message: 'An enterprise number starts with 0 or 1' };
  }
  const expected = 97 - (Number(digits.slice(0, 8)) % 97);
  if (Number(digits.slice(8)) !== expected) {
    return {
      ok: false,
      problem: 'ENTERPRISE_NUMBER_CHECKSUM',
      message: 'The check digits (the last two) do not match: there is a typing error in this enterprise number',
    };
  }
  return { ok: true, value: digits };
}

/** `0412345614` → `0412.345.614`, as the Crossroads Bank for Enterprises writes it. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
