import { describe, expect, it } from 'vitest';
import { binaryAgreement, parseSecond } from '../../scripts/agreement';

describe('label agreement (scripts/agreement.ts)', () => {
  it("computes raw agreement, Cohen's kappa, and the second labelling's precision and recall against the first", () => {
    // 20 both yes, 5 first only, 10 second only, 15 neither: agreement 0.7; chance 0.5 x 0.6 + 0.5 x 0.4 = 0.5.
    const pairs: [boolean, boolean][] = [
      ...Array.from({ length: 20 }, (): [boolean, boolean] => [true, true]),
      ...Array.from({ length: 5 }, (): [boolean, boolean] => [true, false]),
      ...Array.from({ length: 10 }, (): [boolean, boolean] => [false, true]),
      ...Array.from({ length: 15 }, (): [boolean, boolean] => [false, false]),
    ];
    const a = binaryAgreement(pairs);
    expect(a).toMatchObject({ n: 50, both: 20, firstOnly: 5, secondOnly: 10, neither: 15 });
    expect(a.agree).toBeCloseTo(0.7, 10);
    expect(a.kappa).toBeCloseTo(0.4, 10);
    expect(a.precision).toBeCloseTo(20 / 30, 10);
    expect(a.recall).toBeCloseTo(20 / 25, 10);
  });

  it('rejects a label line that is not the committed shape, naming the line', () => {
    const good = '{"id":"a","is_social_value":true,"theme":"climate","unsure":false}';
    expect(parseSecond(`${good}\n`)).toHaveLength(1);
    expect(() => parseSecond(`${good}\n{"id":"b","is_social_value":true,"theme":"green","unsure":false}\n`)).toThrow(
      /line 2/,
    );
  });
});
