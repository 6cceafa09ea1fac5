/** zod schema of lib/classifier/weights.json (checked by test/unit/classifier-learned.test.ts). */
import { z } from 'zod';
import { THEME_IDS } from '../knowledge/ids';

export const learnedWeightsSchema = z.object({
  version: z.literal(1),
  svPrior: z.number().int(),
  features: z.record(z.string(), z.array(z.number().int()).length(1 + THEME_IDS.length)),
});
