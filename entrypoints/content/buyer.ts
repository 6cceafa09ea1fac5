/**
 * Buyer-side authoring (issue 8): a procurer writing social value questions, e.g. the Contract Award Tool's
 * "Write your social value questions" page or a question text field on an e-sourcing buyer screen. Such fields
 * are recognised by their label and the page's wording, never by host alone. Each gets a compact overlay
 * (`svl-overlay[data-svl-mode="buyer"]`) that checks the wording after a typing pause. It only reads the field.
 */
import { render, h } from 'preact';
import { QuestionCheckerOverlay, type QuestionCheckerOverlayModel } from '@/components/QuestionCheckerOverlay';
import checkerCss from '@/components/QuestionCheckerOverlay.css?inline';
import { send } from '@/components/send';
import { ANALYSIS_TEXT_MAX as MAX, unreachable, type Payload } from '@/lib/messages';
import { parseWeighting } from '@/lib/limits';
import type { FieldDescription } from './find-fields';
import { OverlayHost } from './overlay-host';
import type { AnswerField } from './answer-field';
import { cleanText as clean } from '@/lib/text';

export const BUYER_CHECK_DELAY_MS = 600;

/** What a buyer field's check is asked with, besides the wording itself. */
type CheckRequest = Omit<Payload<'analysis:check'>, 'text'>;

/** A field that holds the question itself: "Question 1", "Enter your question", "Question text". */
const QUESTION_SLOT =
  /^\s*(?:question(?:\s*\d+[a-z]?)?(?:\s*[:.)-]|\s*$|\s+(?:text|wording|title|description)\b)|(?:enter|write|add|type|edit)\s+(?:your|the|a|each)\s+(?:social value\s+)?question)/i;
const QUESTION_ID = /(?:^|[_-])(?:fc_)?question(?:[_-]?\d+|[_-]?text)?$/i;
/** The page is where buyers write questions. */
const AUTHORING_PAGE =
  /\b(?:write|add|create|edit|draft|enter|set)\s+(?:your\s+|the\s+)?(?:[a-z-]+\s+){0,2}questions?\b|\bquestion(?:naire)?\s+(?:builder|editor|set-?up)\b|\bbuild\s+(?:your\s+|the\s+)?questionnaire\b/i;
const SOCIAL_VALUE = /social value|community benefits?|ppn\s?(?:06\/20|002|026)/i;
/** Labels that ask for an answer (supplier side), not a question. */
const ANSWER_LABEL = /\b(?:your (?:answer|response)|respon(?:d|se) to|answer (?:the|this))\b/i;

/**
 * Is this field one where a buyer writes a social value question? Needs a question-slot label (or id), an
 * authoring page ("Write your social value questions") and social value in the page or the field's context.
 */
export function isBuyerAuthoringField(field: Element, description: FieldDescription, pageText: string): boolean {
  const label = description.question;
  if (ANSWER_LABEL.test(label)) return false;
  const slot = QUESTION_SLOT.test(label) || QUESTION_ID.test(field.id);
  if (!slot) return false;
  if (!AUTHORING_PAGE.test(pageText) && !AUTHORING_PAGE.test(description.section)) return false;
  return SOCIAL_VALUE.test(`${pageText} ${description.section} ${description.hint} ${label}`);
}

/** Title and headings: the page context the detection reads. */
export function buyerPageText(doc: Document = document): string {
  const headings = [...doc.querySelectorAll('h1, h2, legend, .govuk-caption-l, .govuk-caption-xl')]
    .slice(0, 12)
    .map((el) => clean(el.textContent));
  return [doc.title, ...headings].filter(Boolean).join(' \n ');
}

/** The social value weighting input on the page (label mentions social value; a percentage), if any. */
export function findWeightingInput(doc: Document = document): HTMLInputElement | null {
  for (const input of doc.querySelectorAll<HTMLInputElement>(
    'input[type="text"], input[type="number"], input:not([type])',
  )) {
    const label = input.id ? clean(doc.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent) : '';
    const hint = clean(
      (input.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
        .join(' '),
    );
    const around = clean(input.parentElement?.textContent);
    if (SOCIAL_VALUE.test(label) && /weight|%|per ?cent/i.test(`${label} ${hint} ${around} ${input.name} ${input.id}`))
      return input;
  }
  return null;
}

function weightingOf(input: HTMLInputElement | null): number | null {
  if (!input?.value.trim()) return null;
  const n = Number(input.value.replace(/[%\s]/g, ''));
  if (Number.isFinite(n) && n >= 0 && n <= 100) return n;
  return parseWeighting(`${input.value}%`).percent;
}

/** One buyer question field: its overlay and its check after each typing pause. */
export class BuyerSession {
  private readonly host: OverlayHost;
  private model: QuestionCheckerOverlayModel = { result: null, stale: false };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();

  constructor(
    readonly field: AnswerField,
    readonly id: string,
    private readonly context: () => CheckRequest,
    signal: AbortSignal,
  ) {
    field.element.setAttribute('data-svl-field', id);
    this.host = new OverlayHost(id);
    this.host.element.setAttribute('data-svl-mode', 'buyer');
    const style = document.createElement('style');
    style.textContent = checkerCss;
    this.host.element.shadowRoot?.append(style);
    const own = this.controller.signal;
    signal.addEventListener('abort', () => this.destroy(), { once: true, signal: own });
    field.onInput(() => this.schedule(), own);
    const place = () => this.place();
    window.addEventListener('scroll', place, { capture: true, passive: true, signal: own });
    window.addEventListener('resize', place, { passive: true, signal: own });
    this.check();
  }

  /** Check again after a pause (typing in the field, or the weighting changed). */
  schedule(): void {
    clearTimeout(this.timer);
    if (!this.model.stale) {
      this.model = { ...this.model, stale: true };
      this.render();
    }
    this.timer = setTimeout(() => this.check(), BUYER_CHECK_DELAY_MS);
  }

  /** Answers to earlier checks are dropped: only the latest wording's findings are shown. */
  private checkSeq = 0;

  /** Check the wording now (in the background, where the checks and the knowledge base live). */
  check(): void {
    const text = this.field.text();
    const seq = ++this.checkSeq;
    if (!text.trim()) {
      this.model = { result: null, stale: false };
      this.render();
      return;
    }
    void send('analysis:check', { ...this.context(), text: text.slice(0, MAX.buyerQuestion) })
      .catch(unreachable)
      .then((reply) => {
        if (seq !== this.checkSeq || this.destroyed) return;
        // Unanswered (the extension was reloaded under the page): the findings stay marked as out of date.
        if (reply.ok) this.model = { result: reply.result, stale: false };
        this.render();
      });
  }

  place(): void {
    if (!this.field.element.isConnected) {
      this.destroy();
      return;
    }
    this.host.place(this.field.anchor);
  }

  private render(): void {
    render(h(QuestionCheckerOverlay, { model: this.model, onToggle: () => this.place() }), this.host.container);
    this.place();
  }

  get destroyed(): boolean {
    return this.controller.signal.aborted;
  }

  destroy(): void {
    if (this.controller.signal.aborted) return;
    clearTimeout(this.timer);
    this.controller.abort();
    render(null, this.host.container);
    this.host.remove();
  }
}

const sessions = new Map<Element, BuyerSession>();
let nextId = 1;

/**
 * Called by the page controller for every answer-like field it finds. Returns true when the field is a buyer's
 * question field and is now handled here (the caller then leaves it alone). Sessions end when `signal` aborts.
 */
export function offerBuyerField(
  field: AnswerField,
  description: FieldDescription,
  signal: AbortSignal,
  /** The page's title and headings, read at most once per scan (only when a label looks like a question slot). */
  pageText: () => string = () => buyerPageText(),
): boolean {
  const element = field.element;
  const existing = sessions.get(element);
  if (existing && !existing.destroyed) return true;
  const label = description.question;
  if (ANSWER_LABEL.test(label) || !(QUESTION_SLOT.test(label) || QUESTION_ID.test(field.labelSource.id))) return false;
  if (!isBuyerAuthoringField(field.labelSource, description, pageText())) return false;
  const weightingInput = findWeightingInput();
  // The buyer type where the page says it (title and headings name the council, trust or department; the background
  // reads it from `pageText`); the portal's host gives the jurisdiction (Public Contracts Scotland, Sell2Wales,
  // eTendersNI) and the Digital Marketplace notice.
  const page = pageText().slice(0, MAX.pageText);
  const portalHost = location.hostname;
  const context = (): CheckRequest => ({
    hint: description.hint.slice(0, MAX.hint),
    section: description.section.slice(0, MAX.section),
    tenderTitle: document.title.slice(0, MAX.title),
    pageText: page,
    portalHost,
    weightingPercent: weightingOf(weightingInput),
    // The field's own maxlength limits the question's wording, not the bidders' answers: not passed on.
  });
  const session = new BuyerSession(field, `svl-b${nextId++}`, context, signal);
  sessions.set(element, session);
  weightingInput?.addEventListener('input', () => session.schedule(), { signal });
  signal.addEventListener('abort', () => sessions.delete(element), { once: true });
  return true;
}
