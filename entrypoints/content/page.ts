import type { PageStatus } from '@/lib/messages';
import { describeField, scanFields, type DescribeCache, type FieldDescription } from './find-fields';
import type { FieldSession } from './field-session';
import type { AnswerField } from './answer-field';
import { createSession, readPageContext, type PageContext, type PageServices } from './session-factory';
import { buyerPageText, offerBuyerField } from './buyer';

/** Names of the User Timing entries this page writes (read back by the page-performance benchmark). */
export const SCAN_MEASURE = 'svl-scan';
export const INPUT_MEASURE = 'svl-input';
/** From a scan that found new fields until every one of them has its session. */
export const MOUNT_MEASURE = 'svl-mount';
/** Work per frame spent starting sessions, so a page with hundreds of questions never gets a long task. */
const MOUNT_BUDGET_MS = 8;
/** Attribute changes that can show or hide a question (wizard steps, collapsed sections, `<details>`). */
const SHOW_HIDE_ATTRIBUTES = ['hidden', 'open', 'class', 'style', 'aria-hidden'];
/** What a mutation must touch to be worth a rescan. */
const FIELD_LIKE = 'textarea, [contenteditable], iframe';

/** Everything the extension does on one portal page: find fields, mount overlays, keep them aligned. */
export class PageController {
  private readonly sessions = new Map<Element, FieldSession>();
  private seen = new WeakSet<Element>();
  /** The address the current sessions belong to: drafts are keyed by it where a page shows no tender reference. */
  private href = location.href;
  private fieldsFound = 0;
  private frame = 0;
  private readonly controller = new AbortController();
  private observer: MutationObserver | undefined;

  private readonly services: PageServices;

  constructor(services: PageServices) {
    this.services = { ...services, requestPlacement: () => this.schedule() };
  }

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
    // Single-page navigation (Salesforce, wizards): the same elements may now ask other questions.
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', () => this.schedule(true), { signal });
    window.addEventListener('popstate', () => this.schedule(true), { signal });
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
      // Read every field's box first, then move every overlay: one layout per frame, however many fields.
      const sessions = [...this.sessions.values()];
      const rects = sessions.map((session) => session.measure());
      sessions.forEach((session, i) => session.apply(rects[i] ?? null));
    });
  }

  /** Fields found and described, waiting for their session (created a few per frame, visible ones first). */
  private pending: Array<{ field: AnswerField; described: FieldDescription; page: PageContext }> = [];
  private drainFrame = 0;
  private mountStarted = 0;

  private scan(): void {
    const started = performance.now();
    if (location.href !== this.href) this.restartForNewAddress();
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
    const cache: DescribeCache = new WeakMap();
    let pageText: string | undefined;
    const buyerText = () => (pageText ??= buyerPageText());
    const page = readPageContext(this.services.portal);
    const found: Array<{ field: AnswerField; described: FieldDescription; page: PageContext; onScreen: boolean }> = [];
    for (const field of fields) {
      if (this.seen.has(field.element)) continue;
      this.seen.add(field.element);
      const described = describeField(field.labelSource, cache);
      if (offerBuyerField(field, described, this.controller.signal, buyerText)) continue;
      if (!described.question) continue;
      const rect = field.anchor.getBoundingClientRect();
      found.push({ field, described, page, onScreen: rect.bottom > 0 && rect.top < window.innerHeight });
    }
    // Fields on screen get their overlay first; the rest follow within the next frames.
    found.sort((a, b) => Number(b.onScreen) - Number(a.onScreen));
    if (found.length && !this.pending.length) this.mountStarted = started;
    this.pending.push(...found);
    this.drain(started);
    performance.measure(SCAN_MEASURE, {
      start: started,
      detail: { fields: this.fieldsFound, socialValue: this.sessions.size, pending: this.pending.length },
    });
  }

  /** Start sessions for pending fields until this frame's budget is spent; continue next frame. */
  private drain(started = performance.now()): void {
    while (this.pending.length && performance.now() - started < MOUNT_BUDGET_MS) {
      const { field, described, page } = this.pending.shift()!;
      if (!field.element.isConnected) continue;
      // A rich editor replaces its source textarea: if we picked up the textarea before the editor started, the
      // editor takes over (same question, same draft).
      const replaced = field.labelSource !== field.element ? this.sessions.get(field.labelSource) : undefined;
      if (replaced) {
        replaced.destroy();
        this.sessions.delete(field.labelSource);
      }
      const session = createSession(measured(field), described, page, this.services);
      if (session) this.sessions.set(field.element, session);
    }
    if (this.pending.length) {
      if (!this.drainFrame) {
        this.drainFrame = requestAnimationFrame(() => {
          this.drainFrame = 0;
          this.drain();
        });
      }
    } else if (this.mountStarted) {
      // From the scan that found the fields to the last overlay mounted (spread over frames).
      performance.measure(MOUNT_MEASURE, {
        start: this.mountStarted,
        detail: { fields: this.fieldsFound, socialValue: this.sessions.size },
      });
      this.mountStarted = 0;
    }
  }

  private readonly watchedFrames = new WeakSet<HTMLIFrameElement>();

  /** An iframe that may become an editor once it has loaded (TinyMCE and CKEditor 4 build their body on load). */
  private watchFrame(frame: HTMLIFrameElement): void {
    if (this.watchedFrames.has(frame)) return;
    this.watchedFrames.add(frame);
    let tries = 0;
    const retry = () => {
      this.schedule(true);
      // Editors make the body editable some time after load (CKEditor 4 after fetching its plugins): look again
      // with growing pauses, for about ten seconds in all, then stop.
      if (++tries < 7) setTimeout(() => !this.seen.has(frame) && frame.isConnected && retry(), 150 * 2 ** (tries - 1));
    };
    frame.addEventListener('load', retry, { signal: this.controller.signal });
    if (frame.contentDocument?.readyState === 'complete') retry();
  }

  /** A same-document navigation: save what was typed, then describe every field afresh under the new address. */
  private restartForNewAddress(): void {
    this.href = location.href;
    for (const session of this.sessions.values()) session.destroy(); // destroy() flushes unsaved text first
    this.sessions.clear();
    this.pending = [];
    this.seen = new WeakSet();
  }

  flushAll(): void {
    for (const session of this.sessions.values()) void session.flush();
  }

  status(): PageStatus {
    return {
      portal: this.services.portal.name,
      fieldsFound: this.fieldsFound,
      socialValueFields: this.sessions.size,
      paused: this.services.settings.paused,
    };
  }

  stop(): void {
    this.controller.abort();
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.drainFrame);
    this.pending = [];
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
