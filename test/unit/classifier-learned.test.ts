import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features, learnedScore } from '../../lib/classifier/learned';
import { learnedWeightsSchema } from '../../lib/classifier/learned-schema';
import { WEIGHTS_PATH, trainedText } from '../../scripts/train';

describe('learned classifier weights', () => {
  const committed = readFileSync(WEIGHTS_PATH, 'utf8');
  it('the committed weights pass the schema', () => {
    expect(learnedWeightsSchema.safeParse(JSON.parse(committed)).success).toBe(true);
  });
  it('the committed weights are exactly what npm run train produces from test/corpus', () => {
    expect(trainedText()).toBe(committed);
  });
  it('features are stems and stem pairs, stop words dropped', () => {
    expect(features('Creating jobs for the local people')).toEqual([
      'creat',
      'creat job',
      'job',
      'job local',
      'local',
      'local peopl',
      'peopl',
    ]);
  });
  it('scores a jobs question towards social value and a pricing question away', () => {
    const w = learnedWeightsSchema.parse(JSON.parse(committed)) as Parameters<typeof learnedScore>[0];
    expect(learnedScore(w, 'Apprenticeships and job opportunities for local people').svLogOdds).toBeGreaterThan(0);
    expect(learnedScore(w, 'What is the maximum day rate for this specialist?').svLogOdds).toBeLessThan(0);
  });
  it('a word that is an Object.prototype key scores as an unknown word, not NaN', () => {
    const w = {
      version: 1 as const,
      svPrior: 0,
      features: { [features('Apprenticeships')[0]!]: [200, 100, 0, 0, 0, 0] },
    };
    for (const word of ['constructor', 'Considerate Constructors', 'toString valueOf hasOwnProperty']) {
      const scored = learnedScore(w, `Apprenticeships ${word}`);
      expect(scored.svLogOdds).toBe(2);
      expect(scored.known).toBe(1);
    }
  });
});
