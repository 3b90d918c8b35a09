import fc from 'fast-check';
import { decimalSum } from '../../../src/model/review/decimalSum.ts';

describe('decimalSum', () => {
  it('adds fee amounts exactly, without float noise', () => {
    expect(decimalSum([0.1, 0.2])).toBe(0.3);
    expect(decimalSum([793.0570158, 19167.08326])).toBe(19960.1402758);
    expect(String(decimalSum([793.0570158]))).toBe('793.0570158');
    expect(decimalSum([])).toBe(0);
    expect(decimalSum([12, 0.5])).toBe(12.5);
  });

  it('equals the sum in integer units of the smallest decimal', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 }), (tenThousandths) => {
      const values = tenThousandths.map((n) => n / 10_000);
      const exact = tenThousandths.reduce((a, b) => a + b, 0);
      expect(Math.round(decimalSum(values) * 10_000)).toBe(exact);
      expect(String(decimalSum(values))).toBe(String(exact / 10_000));
    }));
  });
});
