/** Works out, once per text, what every check needs: classification, model, limits and weighting. */
import { chooseModel, classifyQuestion } from '../classifier';
import { parseLimits, parseWeighting } from '../limits';
import type { Analysis, CheckContext } from './types';

export const MAX_TEXT = 20_000;

export function analyse(rawText: string, context: CheckContext = {}): Analysis {
  const text = typeof rawText === 'string' ? rawText.slice(0, MAX_TEXT) : '';
  const qc = {
    hint: context.hint,
    section: context.section,
    tenderTitle: context.tenderTitle,
    procurementDate: context.procurementDate,
    preferredModel: context.preferredModel,
  };
  const classification = classifyQuestion(text, qc);
  const choice = chooseModel(text, qc);
  const hint = context.hint ?? '';
  const limits = parseLimits(hint ? `${text}\n${hint}` : text);
  const own = parseWeighting(text);
  const weighting = own.percent === null && hint ? parseWeighting(hint) : own;
  return { text, context, classification, model: choice.model, modelReason: choice.reason, limits, weighting };
}
