import { classifyQuestion } from '@/lib/classifier';
import { parseLimits } from '@/lib/limits';
import { draftKey } from '@/lib/draft-key';
import { readTenderReference, type Portal } from '@/lib/portals';
import type { PageStatus } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { themeLabel } from '@/components/theme-label';
import { describeField, scanFields, type DescribeCache } from './find-fields';
import { FieldSession, type Send } from './field-session';
import { Announcer } from './announcer';
import type { AnswerField } from './answer-field';

/** Names of the User Timing entries this page writes (read back by the page-performance benchmark). */
export const SCAN_MEASURE = 'svl-scan';
export const INPUT_MEASURE = 'svl-input';
/** Attribute changes that can show or hide a question (wizard steps, collapsed sections, `<details>`). */
const SHOW_HIDE_ATTRIBUTES = ['hidden', 'open', 'class', 'style', 'aria-hidden'];
/** What a mutation must touch to be worth a rescan. */
const FIELD_LIKE = 'textarea, [contenteditable], iframe';

/** Everything the extension does on one portal page: find fields, mount overlays, keep them aligned. */
export class PageController {
  private readonly sessions = new Map<Element, FieldSession>();
  private readonly seen = new WeakSet<Element>();
  private fieldsFound = 0;
  private nextId = 1;
  private frame = 0;
  private readonly announcer = new Announcer();
  private readonly controller = new AbortController();
  private observer: MutationObserver | undefined;

  constructor(
    private readonly portal: Portal,
    private readonly settings: Settings,
    private readonly send: Send,
  ) {}

  start(): void {
    this.scan();
    const signal = this.controller.signal;
    const schedulePlace = () => this.schedule();
    window.addEventListener('scroll', schedulePlace, { capture: true, passive: true, signal });
    window.addEventListener('resize', schedulePlace, { passive: true, signal });
    window.addEventListener('pagehide', () => this.flushAll(), { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flushAll(), { signal });
    // New questions (wizards, "add another", single-page navigation): one observer for the document and every
    // open shadow root, narrow filters, work batched to the next frame, our own nodes ignored.
    this.observer = new MutationObserver((records) => {
      if (!this.rescanPending && records.some(isRelevantMutation)) this.schedule(true);
    });
    this.observe(document.body);
    // A field the user reaches that we have not seen (shown by a script we could not observe): look again.
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof Element && !this.seen.has(target) && target.matches(FIELD_LIKE)) this.schedule(true);
      },
      { capture: true, signal },
    );
  }

  private readonly observed = new WeakSet<Node>();

  private observe(target: Node): void {
    if (this.observed.has(target)) return;
    this.observed.add(target);
    this.observer?.observe(target, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: SHOW_HIDE_ATTRIBUTES,
    });
  }

  private rescanPending = false;

  private schedule(rescan = false): void {
    this.rescanPending ||= rescan;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.rescanPending) {
        this.rescanPending = false;
        this.scan();
      }
      for (const session of this.sessions.values()) session.place();
    });
  }

  private scan(): void {
    const started = performance.now();
    for (const [field, session] of this.sessions) {
      if (!field.isConnected) {
        session.destroy();
        this.sessions.delete(field);
      }
    }
    const { fields, shadowRoots, pendingFrames } = scanFields(document);
    for (const root of shadowRoots) this.observe(root);
    for (const frame of pendingFrames) this.watchFrame(frame);
    this.fieldsFound = fields.length;
    const tenderRef = readTenderReference(this.portal, location.href, [document.title, headingText()]);
    const cache: DescribeCache = new WeakMap();
    for (const field of fields) {
      if (this.seen.has(field.element)) continue;
      this.seen.add(field.element);
      // A rich editor replaces its source textarea: if we picked up the textarea before the editor started, the
      // editor takes over (same question, same draft).
      const replaced = field.labelSource !== field.element ? this.sessions.get(field.labelSource) : undefined;
      if (replaced) {
        replaced.destroy();
        this.sessions.delete(field.labelSource);
      }
      const described = describeField(field.labelSource, cache);
      if (!described.question) continue;
      const classification = classifyQuestion(described.question, {
        hint: described.hint,
        section: described.section,
        tenderTitle: document.title,
      });
      if (!classification.socialValue) continue;
      const parsed = parseLimits(`${described.question} ${described.hint}`);
      const words = described.markupWords ?? parsed.words;
      const chars = described.markupChars ?? parsed.chars;
      const limit = words ? { unit: 'words' as const, value: words } : chars ? { unit: 'chars' as const, value: chars } : null;
      const key = draftKey({ portalId: this.portal.id, tenderRef, path: location.pathname, question: described.question });
      const session = new FieldSession(
        {
          id: `svl-${this.nextId++}`,
          field: measured(field),
          identity: {
            key,
            portalId: this.portal.id,
            tenderRef,
            tenderTitle: headingText() || document.title || null,
            question: described.question.slice(0, 10_000),
            url: location.href.slice(0, 4_000),
          },
          theme: themeLabel(classification),
          limit,
          wordRule: this.portal.countRule,
          charRule: this.portal.crlf ? 'chars-crlf' : 'chars',
        },
        this.send,
        this.announcer,
      );
      this.sessions.set(field.element, session);
    }
    performance.measure(SCAN_MEASURE, {
      start: started,
      detail: { fields: this.fieldsFound, socialValue: this.sessions.size },
    });
  }

  private readonly watchedFrames = new WeakSet<HTMLIFrameElement>();

  /** An iframe that may become an editor once it has loaded (TinyMCE and CKEditor 4 build their body on load). */
  private watchFrame(frame: HTMLIFrameElement): void {
    if (this.watchedFrames.has(frame)) return;
    this.watchedFrames.add(frame);
    let tries = 0;
    const retry = () => {
      this.schedule(true);
      // Editors make the body editable shortly after load; look a few more times, then stop.
      if (++tries < 4) setTimeout(() => !this.seen.has(frame) && retry(), 150 * tries);
    };
    frame.addEventListener('load', retry, { signal: this.controller.signal });
    if (frame.contentDocument?.readyState === 'complete') retry();
  }

  flushAll(): void {
    for (const session of this.sessions.values()) void session.flush();
  }

  status(): PageStatus {
    return {
      portal: this.portal.name,
      fieldsFound: this.fieldsFound,
      socialValueFields: this.sessions.size,
      paused: this.settings.paused,
    };
  }

  stop(): void {
    this.controller.abort();
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
  }
}

function isForeignElement(node: Node): boolean {
  return node instanceof Element && !node.localName.startsWith('svl-');
}

/** Is this mutation one that can add, remove, show or hide a question? Ours and editors' typing are not. */
function isRelevantMutation(record: MutationRecord): boolean {
  const target = record.target as Element;
  if (target.nodeType !== 1 || target.localName.startsWith('svl-') || (target as HTMLElement).isContentEditable) return false;
  if (record.type === 'attributes') return target.matches(FIELD_LIKE) || !!target.querySelector(FIELD_LIKE);
  for (const node of record.addedNodes) if (isForeignElement(node)) return true;
  for (const node of record.removedNodes) if (isForeignElement(node)) return true;
  return false;
}

let inputMeasures = 0;

/** The same field, with the extension's own work on each change measured (User Timing, kept bounded). */
function measured(field: AnswerField): AnswerField {
  return {
    ...field,
    text: () => field.text(),
    onInput(listener, signal) {
      field.onInput(() => {
        const started = performance.now();
        listener();
        performance.measure(INPUT_MEASURE, { start: started });
        if (++inputMeasures >= 1000) {
          inputMeasures = 0;
          performance.clearMeasures(INPUT_MEASURE);
        }
      }, signal);
    },
  };
}

function headingText(): string {
  return (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
