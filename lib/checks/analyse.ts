/** Works out, once per text, what every check needs: classification, model, limits and weighting. */
import { classifyQuestion } from '../classifier';
import { decideModel } from '../classifier/model';
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
    buyerType: context.buyerType,
    jurisdiction: context.jurisdiction,
    framework: context.framework,
    portalHost: context.portalHost,
    regime: context.regime,
    jurisdictionStated: context.jurisdictionStated,
  };
  const classification = classifyQuestion(text, qc);
  // The classifier passes the same evidence to chooseModel, so overlay, checker and CLI agree on the model.
  const choice = decideModel(text, qc);
  const hint = context.hint ?? '';
  const limits = parseLimits(hint ? `${text}\n${hint}` : text);
  const own = parseWeighting(text);
  const weighting = own.percent === null && hint ? parseWeighting(hint) : own;
  return {
    text,
    context,
    classification,
    model: choice.model,
    modelReason: choice.reason,
    decision: choice,
    limits,
    weighting,
  };
}
