import { classifyQuestion } from '@/lib/classifier';
import { parseLimits } from '@/lib/limits';
import { draftKey } from '@/lib/draft-key';
import { readTenderReference, type Portal } from '@/lib/portals';
import type { PageStatus } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { themeLabel } from '@/components/theme-label';
import { describeField, findAnswerFields } from './find-fields';
import { FieldSession, type Send } from './field-session';
import { Announcer } from './announcer';
import { textareaField } from './answer-field';

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
    // New questions (wizards, "add another"): one observer, work batched to the next frame, our own nodes ignored.
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => [...record.addedNodes, ...record.removedNodes].some(isForeignElement))) this.schedule(true);
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
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
    for (const [field, session] of this.sessions) {
      if (!field.isConnected) {
        session.destroy();
        this.sessions.delete(field);
      }
    }
    const fields = findAnswerFields();
    this.fieldsFound = fields.length;
    const tenderRef = readTenderReference(this.portal, location.href, [document.title, headingText()]);
    for (const textarea of fields) {
      if (this.seen.has(textarea)) continue;
      this.seen.add(textarea);
      const field = textareaField(textarea);
      const described = describeField(textarea);
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
          field,
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
  return node instanceof Element && !node.tagName.startsWith('SVL-');
}

function headingText(): string {
  return (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
