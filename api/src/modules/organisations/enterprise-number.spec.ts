import { formatEnterpriseNumber, parseEnterpriseNumber } from './enterprise-number.js';

describe('enterprise numbers', () => {
  it.each([
    ['0412345614', '0412345614'],
    ['0412.345.614', '0412345614'],
    ['0412 345 614', '0412345614'],
    [' BE 0403.170.701 ', '0403170701'],
    ['be0403170701', '0403170701'],
    ['412.345.614', '0412345614'],
    ['1000.000.021', '1000000021'],
  ])('accepts %p as %p', (input, digits) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: true, value: digits });
  });

  it.each([
    ['0412.345.678', 'ENTERPRISE_NUMBER_CHECKSUM'],
    ['0412345615', 'ENTERPRISE_NUMBER_CHECKSUM'],
    ['2412345614', 'ENTERPRISE_NUMBER_FIRST_DIGIT'],
    ['04123456', 'ENTERPRISE_NUMBER_FORMAT'],
    ['04123456141', 'ENTERPRISE_NUMBER_FORMAT'],
    ['0412.34A.614', 'ENTERPRISE_NUMBER_FORMAT'],
    ['', 'ENTERPRISE_NUMBER_FORMAT'],
  ])('refuses %p: %s', (input, problem) => {
    expect(parseEnterpriseNumber(input)).toMatchObject({ ok: false, problem });
  });

  it('formats with dots', () => {
    expect(formatEnterpriseNumber('0412345614')).toBe('0412.345.614');
  });
});
