import type { Classification } from '@/lib/classifier';
import type { ClassifyItem } from '@/lib/messages/analysis';
import { ANALYSIS_TEXT_MAX } from '@/lib/messages';
import { applyCorrection } from '@/lib/corrections';
import { draftKey } from '@/lib/drafts/key';
import { parseLimits } from '@/lib/limits';
import { readTenderReference, type Portal } from '@/lib/portals';
import type { AnswerField } from './answer-field';
import { FieldSession } from './field-session';
import type { FieldDescription } from './find-fields';
import type { PageServices } from './services';

export type { PageServices } from './services';

let nextId = 1;

/** What the page says about the tender, read once per scan and shared by every field found in it. */
export interface PageContext {
  tenderRef: string | null;
  tenderTitle: string | null;
  /** The address path, standing in for the tender where the page shows no reference. */
  path: string;
  url: string;
}

export function readPageContext(portal: Portal): PageContext {
  const heading = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    tenderRef: readTenderReference(portal, location.href, [document.title, heading]),
    tenderTitle: heading || document.title || null,
    path: location.pathname,
    url: location.href.slice(0, 4_000),
  };
}

/** What the background's classifier is asked about a described field (one item of an `analysis:classify` batch). */
export function classifyItem(described: FieldDescription): ClassifyItem {
  return {
    question: described.question.slice(0, ANALYSIS_TEXT_MAX.question),
    hint: described.hint.slice(0, ANALYSIS_TEXT_MAX.hint),
    section: described.section.slice(0, ANALYSIS_TEXT_MAX.section),
  };
}

/**
 * Start a session for a found field whose question the background classified, when it is about social value (or
 * the user said it is): overlay, counting, autosave. Returns null for every other field.
 */
export function createSession(
  field: AnswerField,
  described: FieldDescription,
  page: PageContext,
  services: PageServices,
  detected: Classification,
  typedBeforeStart = false,
): FieldSession | null {
  if (!described.question) return null;
  const { portal, settings } = services;
  const { tenderRef, tenderTitle } = page;
  const key = draftKey({
    portalId: portal.id,
    origin: location.origin,
    tenderRef,
    path: page.path,
    question: described.question,
  });
  const correction = services.corrections[key];
  const classification = applyCorrection(detected, correction);
  if (!classification.socialValue && !detected.socialValue) return null;

  const parsed = parseLimits(`${described.question} ${described.hint}`);
  const words = described.markupWords ?? parsed.words;
  const chars = described.markupChars ?? parsed.chars;
  const chosen = settings.countRules[portal.id];
  const limit = words
    ? { unit: 'words' as const, value: words }
    : chars
      ? { unit: 'chars' as const, value: chars }
      : null;
  return new FieldSession(
    {
      id: `svl-${nextId++}`,
      field,
      identity: {
        key,
        portalId: portal.id,
        tenderRef,
        tenderTitle,
        question: described.question.slice(0, 10_000),
        url: page.url,
        questionLimit: limit,
        questionClassification: classification.themeId,
      },
      detected,
      correction,
      limit,
      portalRules: { words: portal.countRule, chars: portal.crlf ? 'chars-crlf' : 'chars' },
      rules: {
        words: chosen?.words ?? portal.countRule,
        chars: chosen?.chars ?? (portal.crlf ? 'chars-crlf' : 'chars'),
      },
      typedBeforeStart,
    },
    services,
  );
}
