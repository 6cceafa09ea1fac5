/**
 * Social value question classifier: public API used by the overlay, the procurer checker and the CLI.
 * Pure and deterministic; see ./classify.ts for how it scores and ./cues.ts for the cue data.
 */
export type { Classification, ModelChoice, QuestionContext } from './types';
export { classifyQuestion, THRESHOLD } from './classify';
export { chooseModel, modelForDate, namedModel, PPN002_START, PPN026_START } from './model';
