import type { Classification } from '@/lib/classifier';
import { ANALYSIS_TEXT_MAX, CLASSIFY_BATCH_MAX, unreachable, type PageStatus } from '@/lib/messages';
import {
  describeField,
  SCAN_LIMITS,
  scanFields,
  ShadowRootSearch,
  type DescribeCache,
  type FieldDescription,
} from './find-fields';
import type { FieldSession } from './field-session';
import type { AnswerField } from './answer-field';
import { classifyItem, createSession, readPageContext, type PageContext, type PageServices } from './session-factory';
import { buyerPageText, offerBuyerField } from './buyer';
import { iframeEditorBody } from './editors';

/** Names of the User Timing entries this page writes (read back by the page-performance benchmark). */
export const SCAN_MEASURE = 'svl-scan';
export const INPUT_MEASURE = 'svl-input';
/** From a scan that found new fields until every one of them has its session. */
export const MOUNT_MEASURE = 'svl-mount';
/** Work per frame spent starting sessions, so a page with hundreds of questions never gets a long task. */
const MOUNT_BUDGET_MS = 8;
/**
 * How near the viewport a field must come before it is described, classified and (if social value) mounted: one
 * viewport above and below, so a question scrolled to already has its badge. Fields further away cost nothing.
 */
const NEAR_VIEWPORT = '100% 0px 100% 0px';
/** One slice of the walk that finds open shadow roots; the rest follows in later tasks (a page's own work between). */
const SHADOW_SLICE_MS = 8;
/** The slice a scan walks itself: enough for a page of a few thousand elements. */
const SHADOW_FIRST_SLICE_MS = 4;
/** Rescans (after mutations) at most this often: a page that keeps changing is looked at again, not continuously. */
const RESCAN_GAP_MS = 100;
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
  /** The last scan stopped at SCAN_LIMITS; rescans stop too (the popup says so). */
  private capped = false;
  private lastScan = 0;
  private rescanTimer = 0;
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
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flushAll(), {
      signal,
    });
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
    // Input in a field whose session has not started yet (its question is with the classifier): kept in mind, so
    // the session saves that text when it starts rather than at the next keystroke.
    document.addEventListener(
      'input',
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof Element && !this.sessions.has(target)) this.services.typedBefore.add(target);
      },
      { capture: true, signal },
    );
    // A field the user reaches that we have not seen (shown by a script we could not observe): look again.
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.composedPath()[0];
        if (!(target instanceof Element) || !target.matches(FIELD_LIKE)) return;
        if (!this.seen.has(target)) this.schedule(true);
        else this.promote(target);
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

  /** Open shadow roots found so far, searched by every scan. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** The walk finding them, while it runs (a slice per task). */
  private search: ShadowRootSearch | null = null;
  private searchTimer = 0;
  /** The page changed since the last walk began: the next scan starts another (after the running one). */
  private shadowsStale = true;
  /** How many elements the document held when the last walk began (the scan's element limit reads it). */
  private elements = 0;

  /**
   * Walk for shadow roots from the scan: a new walk when the page changed since the last began, one slice now, the
   * rest in later tasks. A slice that finds roots asks for a rescan, which searches them.
   */
  private searchShadowRoots(): void {
    if (!this.search && this.shadowsStale) {
      this.shadowsStale = false;
      this.search = new ShadowRootSearch(document, SCAN_LIMITS.elements);
    }
    // A short slice inside the scan: a page of a few thousand elements is walked whole, so its shadow-root fields are
    // in this scan; a larger page goes on in later tasks.
    this.searchSlice(SHADOW_FIRST_SLICE_MS);
  }

  /** One slice of the walk; true when it found roots not known before. */
  private searchSlice(budget = SHADOW_SLICE_MS): boolean {
    const search = this.search;
    if (!search || this.searchTimer) return false;
    const done = search.step(performance.now() + budget);
    // Partial until the walk is done; past the element limit the page is capped (no rescans; the popup says so).
    this.elements = search.exceeded ? Number.POSITIVE_INFINITY : search.elements;
    if (search.exceeded) this.capped = true;
    let added = false;
    for (const root of search.take()) {
      if (this.shadowRoots.has(root)) continue;
      this.shadowRoots.add(root);
      this.observe(root);
      added = true;
    }
    if (done) {
      this.search = null;
      // The page changed while this walk ran: walk again.
      if (this.shadowsStale) this.schedule(true, false);
    } else {
      this.searchTimer = window.setTimeout(() => {
        this.searchTimer = 0;
        if (this.searchSlice()) this.schedule(true, false);
      }, 0);
    }
    return added;
  }

  private rescanPending = false;

  /** Place the overlays on the next frame and, with `rescan`, scan again; `changed`: the page itself changed. */
  private schedule(rescan = false, changed = true): void {
    if (rescan && changed) this.shadowsStale = true;
    // A capped page is not rescanned on every change (that is what froze tabs); a new address starts afresh.
    if (rescan && (!this.capped || location.href !== this.href)) this.rescanPending = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.rescanPending) {
        const wait = this.lastScan + RESCAN_GAP_MS - performance.now();
        if (wait <= 0) {
          this.rescanPending = false;
          this.scan();
        } else if (!this.rescanTimer) {
          // Debounced: one rescan when the gap has passed, however many mutations arrive meanwhile.
          this.rescanTimer = window.setTimeout(() => {
            this.rescanTimer = 0;
            this.schedule();
          }, wait);
        }
      }
      this.place();
    });
  }

  /** Read every field's box first, then move every overlay: one layout per frame, however many fields. */
  private place(): void {
    const sessions = [...this.sessions.values()];
    const rects = sessions.map((session) => session.measure());
    sessions.forEach((session, i) => session.apply(rects[i] ?? null));
  }

  /**
   * Fields found but not yet near the viewport, by anchor: nothing is described or classified for them until the
   * IntersectionObserver says they approach it (or the user focuses one).
   */
  private readonly waiting = new Map<Element, Found>();
  /** Fields near the viewport, waiting for their session (started a few per frame). */
  private pending: Found[] = [];
  private drainFrame = 0;
  private mountStarted = 0;
  private near: IntersectionObserver | undefined;

  private nearObserver(): IntersectionObserver {
    this.near ??= new IntersectionObserver(
      (entries) => {
        let added = false;
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const found = this.waiting.get(entry.target);
          this.near?.unobserve(entry.target);
          if (!found) continue;
          this.waiting.delete(entry.target);
          this.pending.push(found);
          added = true;
        }
        if (added) {
          this.mountStarted ||= performance.now();
          this.drain();
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    return this.near;
  }

  /** A field the user reached before it came near the viewport (keyboard, script focus): examine it now. */
  private promote(target: Element): boolean {
    for (const [anchor, found] of this.waiting) {
      if (found.field.element !== target && anchor !== target && found.field.labelSource !== target) continue;
      this.waiting.delete(anchor);
      this.near?.unobserve(anchor);
      this.pending.unshift(found);
      this.drain();
      return true;
    }
    return false;
  }

  private scan(): void {
    const started = performance.now();
    this.lastScan = started;
    if (location.href !== this.href) this.restartForNewAddress();
    for (const [field, session] of this.sessions) {
      if (!field.isConnected) {
        session.destroy();
        this.sessions.delete(field);
      }
    }
    for (const [anchor] of this.waiting) {
      if (!anchor.isConnected) {
        this.waiting.delete(anchor);
        this.near?.unobserve(anchor);
      }
    }
    this.searchShadowRoots();
    for (const root of this.shadowRoots) if (!root.host.isConnected) this.shadowRoots.delete(root);
    const { fields, pendingFrames, capped } = scanFields(document, SCAN_LIMITS, {
      roots: [...this.shadowRoots],
      elements: this.elements,
    });
    this.capped = capped;
    for (const frame of pendingFrames) this.watchFrame(frame);
    this.fieldsFound = fields.length;
    // Derived once per scan and shared by every field it found: the page's tender details and heading index.
    const shared: Shared = { cache: new WeakMap(), page: readPageContext(this.services.portal) };
    const near = this.nearObserver();
    for (const field of fields) {
      if (this.seen.has(field.element)) continue;
      this.seen.add(field.element);
      const found = { field, shared };
      if (this.waiting.has(field.anchor)) this.pending.push(found);
      else {
        this.waiting.set(field.anchor, found);
        near.observe(field.anchor);
      }
    }
    if (this.pending.length) {
      this.mountStarted ||= started;
      this.drain(started);
    }
    performance.measure(SCAN_MEASURE, {
      start: started,
      detail: {
        fields: this.fieldsFound,
        socialValue: this.sessions.size,
        waiting: this.waiting.size,
        // Near the viewport but not yet mounted (test/e2e/scan.ts reads this: 0, or a later 'svl-mount', is settled).
        pending: this.unsettled,
        capped,
      },
    });
  }

  /** Fields described and sent to the background's classifier, not yet answered. */
  private classifying = 0;
  /** Classified fields waiting for their session (started a few per frame, like `pending`). */
  private ready: Classified[] = [];
  /** Bumped when the page's address changes: classifications asked for under the old address are dropped. */
  private generation = 0;

  /** Everything between a field coming near the viewport and its session (the scan's `pending`). */
  private get unsettled(): number {
    return this.pending.length + this.classifying + this.ready.length;
  }

  /**
   * Start sessions for classified fields, then describe fields near the viewport, until this frame's budget is
   * spent. The described fields go to the background's classifier in one message; their sessions start when it
   * answers (a later frame).
   */
  private drain(started = performance.now()): void {
    while (this.ready.length && performance.now() - started < MOUNT_BUDGET_MS) this.mount(this.ready.shift()!);
    let pageText: string | undefined;
    const buyerText = () => (pageText ??= buyerPageText());
    const batch: Described[] = [];
    while (this.pending.length && performance.now() - started < MOUNT_BUDGET_MS) {
      const { field, shared } = this.pending.shift()!;
      if (!field.element.isConnected) continue;
      const described = describeField(field.labelSource, shared.cache);
      if (offerBuyerField(field, described, this.controller.signal, buyerText)) continue;
      if (described.question) batch.push({ field, shared, described });
      if (batch.length === CLASSIFY_BATCH_MAX) break;
    }
    if (batch.length) this.classify(batch);
    if (this.pending.length || this.ready.length) {
      if (!this.drainFrame) {
        this.drainFrame = requestAnimationFrame(() => {
          this.drainFrame = 0;
          this.drain();
        });
      }
    } else if (this.mountStarted && !this.classifying) {
      // From the scan (or scroll) that brought fields near the viewport to the last of their overlays mounted.
      performance.measure(MOUNT_MEASURE, {
        start: this.mountStarted,
        detail: { fields: this.fieldsFound, socialValue: this.sessions.size, waiting: this.waiting.size },
      });
      this.mountStarted = 0;
    }
  }

  /** Ask the background to classify a batch of described fields; their sessions start in the frames after it answers. */
  private classify(batch: Described[]): void {
    const generation = this.generation;
    const { settings } = this.services;
    this.classifying += batch.length;
    void this.services
      .send('analysis:classify', {
        items: batch.map((item) => classifyItem(item.described)),
        tenderTitle: document.title.slice(0, ANALYSIS_TEXT_MAX.title),
        preferredModel: settings.modelPreference,
        portalHost: location.hostname,
      })
      .catch(unreachable)
      .then((reply) => {
        if (generation !== this.generation || this.controller.signal.aborted) return;
        this.classifying -= batch.length;
        // Unanswered (the extension was reloaded under the page): those fields get no badge, as on a page it never saw.
        if (reply.ok) batch.forEach((item, i) => this.ready.push({ ...item, detected: reply.classifications[i]! }));
        this.drain();
      });
  }

  /** Start the session of a classified field (nothing, for a field that is not social value or has gone). */
  private mount({ field, shared, described, detected }: Classified): void {
    if (!field.element.isConnected || this.sessions.has(field.element)) return;
    // A rich editor replaces its source textarea: if we picked up the textarea before the editor started, the
    // editor takes over (same question, same draft).
    const replaced = field.labelSource !== field.element ? this.sessions.get(field.labelSource) : undefined;
    if (replaced) {
      replaced.destroy();
      this.sessions.delete(field.labelSource);
    }
    const typed = this.services.typedBefore.has(field.element);
    const session = createSession(measured(field), described, shared.page, this.services, detected, typed);
    if (session) this.sessions.set(field.element, session);
  }

  private readonly watchedFrames = new WeakSet<HTMLIFrameElement>();

  /**
   * An iframe that may become an editor once it has loaded (TinyMCE and CKEditor 4 build their body on load, CKEditor
   * 4 only after fetching its plugins). No polling: its document is observed for the body or its editable flag to
   * appear, and the observer goes once the frame is an editor, unloads or the page stops. Two late looks after each
   * load cover editors that switch on designMode (no mutation to observe), then nothing more.
   */
  private watchFrame(frame: HTMLIFrameElement): void {
    if (this.watchedFrames.has(frame)) return;
    this.watchedFrames.add(frame);
    const signal = this.controller.signal;
    let observer: MutationObserver | undefined;
    const found = () => this.seen.has(frame) || !!iframeEditorBody(frame);
    const look = () => {
      if (signal.aborted || !frame.isConnected) return;
      if (found()) {
        observer?.disconnect();
        observer = undefined;
      }
      this.schedule(true);
    };
    const loaded = () => {
      observer?.disconnect();
      observer = undefined;
      look();
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument;
      } catch {
        return;
      }
      if (!doc || found()) return;
      observer = new MutationObserver(() => found() && look());
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['contenteditable', 'class', 'id'],
      });
      for (const delay of [300, 2_000]) setTimeout(() => !this.seen.has(frame) && found() && look(), delay);
    };
    frame.addEventListener('load', loaded, { signal });
    signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
    if (frame.contentDocument?.readyState === 'complete') loaded();
  }

  /** A same-document navigation: save what was typed, then describe every field afresh under the new address. */
  private restartForNewAddress(): void {
    this.href = location.href;
    for (const session of this.sessions.values()) session.destroy(); // destroy() flushes unsaved text first
    this.sessions.clear();
    this.pending = [];
    this.ready = [];
    this.classifying = 0;
    this.generation++;
    for (const anchor of this.waiting.keys()) this.near?.unobserve(anchor);
    this.waiting.clear();
    this.seen = new WeakSet();
    this.capped = false;
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
      fieldsWaiting: this.waiting.size + this.unsettled,
      ...(this.capped ? { fieldCap: SCAN_LIMITS.candidates } : {}),
    };
  }

  stop(): void {
    this.controller.abort();
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.drainFrame);
    clearTimeout(this.rescanTimer);
    clearTimeout(this.searchTimer);
    this.search = null;
    this.near?.disconnect();
    this.waiting.clear();
    this.pending = [];
    this.ready = [];
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
  }
}

/** A field found by a scan, with what that scan derived once for all its fields. */
interface Found {
  field: AnswerField;
  shared: Shared;
}
interface Shared {
  cache: DescribeCache;
  page: PageContext;
}
/** A found field with its description, and then with the background's classification of its question. */
interface Described extends Found {
  described: FieldDescription;
}
interface Classified extends Described {
  detected: Classification;
}

function isForeignElement(node: Node): boolean {
  return node instanceof Element && !node.localName.startsWith('svl-');
}

/** Is this mutation one that can add, remove, show or hide a question? Ours and editors' typing are not. */
function isRelevantMutation(record: MutationRecord): boolean {
  const target = record.target as Element;
  if (target.nodeType !== 1 || target.localName.startsWith('svl-') || (target as HTMLElement).isContentEditable)
    return false;
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
