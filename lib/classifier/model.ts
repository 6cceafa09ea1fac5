/**
 * Which social value model a question is asked under.
 *
 * Order (social-value-model.md sections 0, 2.1, 2.8): a model named in the question, then in its section, hint or
 * tender title; else the procurement date (before 2025-02-24 PPN 06/20; to 2026-12-31 PPN 002; from 2027-01-01
 * PPN 026, which is reported but unconfirmed); else the user's preferred model; else PPN 002, the current default.
 */
import type { ModelId } from '../knowledge/ids';
import { MODEL_CUES } from './cues';
import { compilePhrase, findPhrase, indexText, normalise, type IndexedText } from './phrase';
import type { ModelChoice, QuestionContext } from './types';

const COMPILED = MODEL_CUES.map((cue) => ({ model: cue.model, compiled: compilePhrase(cue.phrase) }));

export const PPN002_START = '2025-02-24';
export const PPN026_START = '2027-01-01';

const MODEL_LABEL: Record<ModelId, string> = {
  'ppn-06-20': 'PPN 06/20',
  'ppn-002': 'PPN 002',
  'ppn-026': 'PPN 026',
  'scotland-community-benefits': 'Scottish community benefits',
  'scotland-fair-work-first': 'Fair Work First',
  'wales-wellbeing-goals': 'the Welsh well-being goals',
  toms: 'TOMs',
};

/** The model a text names, with the words as they appear, or null. */
export function namedModel(text: string, indexed?: IndexedText): { model: ModelId; words: string } | null {
  if (!text) return null;
  const norm = indexed ?? indexText(normalise(text));
  for (const { model, compiled } of COMPILED) {
    const m = findPhrase(compiled, norm);
    if (m !== null) return { model, words: text.slice(m.start, m.end) };
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The model that applies on a procurement date (ISO yyyy-mm-dd compares as a string). */
export function modelForDate(date: string): ModelId {
  if (date < PPN002_START) return 'ppn-06-20';
  if (date < PPN026_START) return 'ppn-002';
  return 'ppn-026';
}

export function chooseModel(text: string, context: QuestionContext = {}, indexed?: IndexedText): ModelChoice {
  const places: [string, string | undefined][] = [
    ['question', text],
    ['section', context.section],
    ['hint', context.hint],
    ['tender title', context.tenderTitle],
  ];
  for (const [where, value] of places) {
    if (!value) continue;
    const named = namedModel(value, where === 'question' ? indexed : undefined);
    if (named !== null) return { model: named.model, reason: `the ${where} names "${named.words.trim()}"` };
  }
  const date = context.procurementDate?.trim();
  if (date && isIsoDate(date)) {
    const model = modelForDate(date);
    return { model, reason: `procurement date ${date} (${MODEL_LABEL[model]} applies)` };
  }
  if (context.preferredModel && context.preferredModel !== 'auto') {
    return { model: context.preferredModel, reason: 'your setting' };
  }
  return { model: 'ppn-002', reason: 'no model named and no procurement date: PPN 002 is the current model' };
}
