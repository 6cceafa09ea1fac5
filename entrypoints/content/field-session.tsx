import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Overlay, type OverlayModel } from '@/components/Overlay';
import type { PanelModel } from '@/components/GuidancePanel';
import type { Guidance } from '@/lib/guidance/build';
import { themeTitle } from '@/lib/knowledge/labels';
import type { Classification } from '@/lib/classifier';
import { applyCorrection, type Correction } from '@/lib/corrections';
import {
  CHAR_RULES,
  COUNT_RULES,
  countChars,
  countWords,
  disagreements,
  limitStatus,
  remainingMessage,
  type CharRuleId,
  type CountRuleId,
} from '@/lib/counting';
import { Autosave } from '@/lib/drafts/autosave';
import type { RevisionReason } from '@/lib/drafts/revision-reasons';
import type { EvidenceReport } from '@/lib/reminders/answer';
import { ANALYSIS_TEXT_MAX, unreachable, type FieldAdjust, type FieldRelay, type FocusedField } from '@/lib/messages';
import { CRITERION_IDS, THEME_IDS } from '@/lib/knowledge/ids';
import type { z } from 'zod';
import type { draftIdentitySchema, Failure } from '@/lib/messages';
import { matchesShortcut } from '@/lib/settings';
import { sessionRiskMinutes } from '@/lib/session-risk';
import { OverlayHost } from './overlay-host';
import type { AnswerField } from './answer-field';
import type { PageServices } from './services';

export type DraftIdentity = z.infer<typeof draftIdentitySchema>;

export { AUTOSAVE_DELAY_MS } from '@/lib/drafts/autosave';
/** Evidence analysis waits for a pause in typing: it is off the keystroke path. */
export const ANALYSIS_DELAY_MS = 700;
/** The side panel hears about new text after this pause in typing. */
export const DESCRIBE_DELAY_MS = 300;

export interface FieldSetup {
  id: string;
  field: AnswerField;
  identity: DraftIdentity;
  /** What the classifier said, before any correction by the user. */
  detected: Classification;
  correction: Correction | undefined;
  limit: OverlayModel['limit'];
  portalRules: { words: CountRuleId; chars: CharRuleId };
  rules: { words: CountRuleId; chars: CharRuleId };
  /** The field had input before its session started (typed while its question was being classified): save it. */
  typedBeforeStart?: boolean;
}

/** When the page was loaded: the last time the portal itself saved (a submit or navigation loads a new page). */
const PAGE_LOADED_AT = Date.now();

/**
 * One social value answer field: its badge and guidance panel, its live count, its evidence reminders, its
 * autosave and its restore offer. It reads the field; it writes the field only when the user clicks Restore.
 */
export class FieldSession {
  private readonly host: OverlayHost;
  private model: OverlayModel;
  private classification: Classification;
  private correction: Correction | undefined;
  private rules: FieldSetup['rules'];
  private analysisTimer: ReturnType<typeof setTimeout> | undefined;
  private savedDraftText: string | null = null;
  private typedSinceLoad = false;
  private readonly controller = new AbortController();

  constructor(
    private readonly setup: FieldSetup,
    private readonly services: PageServices,
  ) {
    setup.field.element.setAttribute('data-svl-field', setup.id);
    this.host = new OverlayHost(setup.id);
    this.correction = setup.correction;
    this.classification = applyCorrection(setup.detected, setup.correction);
    this.rules = setup.rules;
    this.model = {
      words: 0,
      chars: 0,
      limit: setup.limit,
      status: null,
      theme: themeTitle(this.classification.themeId),
      saved: { state: 'idle', at: null, error: null },
      restore: null,
      differs: false,
      sessionRiskMinutes: null,
      conflict: false,
      evidenceScore: null,
      panelOpen: false,
      panel: null,
      shortcut: services.settings.shortcut,
    };
    this.recount();
    // A field that already holds text gets its reminders after a moment, off the page's start-up path.
    if (setup.field.text().trim()) this.analysisTimer = setTimeout(() => this.analyse(), ANALYSIS_DELAY_MS);
    const signal = this.controller.signal;
    setup.field.onInput(() => this.onInput(), signal);
    setup.field.element.addEventListener('keydown', (event) => this.onKeyDown(event), { signal });
    // Every control in the overlay acts only on the user's own input: the event that reaches a control is recorded
    // on the way down (capture) and cleared on the way up, and each action checks it was trusted. A page script's
    // `click()` or dispatched `change` is not.
    for (const type of ['click', 'change', 'input', 'keydown'] as const) {
      this.host.container.addEventListener(type, (event) => (this.controlEvent = event), { capture: true, signal });
      this.host.container.addEventListener(type, () => (this.controlEvent = null), { signal });
    }
    setup.field.element.addEventListener(
      'focusin',
      () => {
        FieldSession.lastFocused = this;
        this.describe();
      },
      { signal },
    );
    browser.runtime.onMessage.addListener(this.onCommand);
    browser.runtime.onMessage.addListener(this.onInsert);
    void this.loadSavedDraft();
    if (setup.typedBeforeStart) this.onInput();
  }

  place(): void {
    cancelAnimationFrame(this.placeFrame);
    this.placeFrame = 0;
    this.host.place(this.setup.field.anchor, this.model.panelOpen);
  }

  /** Read phase of a page-wide placement (see PageController). */
  measure(): DOMRect | null {
    return this.host.measure(this.setup.field.anchor);
  }

  /** Write phase of a page-wide placement. */
  apply(rect: DOMRect | null): void {
    this.host.apply(rect, this.model.panelOpen);
  }

  private placeFrame = 0;
  private lastLineKey = '';

  /**
   * Position on the next frame, once: reading the field's box right after a DOM write would force an extra
   * layout on every keystroke. Only needed when the badge may have changed its height.
   */
  private schedulePlace(): void {
    if (this.services.requestPlacement) {
      this.services.requestPlacement();
      return;
    }
    if (this.placeFrame) return;
    this.placeFrame = requestAnimationFrame(() => {
      this.placeFrame = 0;
      this.host.place(this.setup.field.anchor, this.model.panelOpen);
    });
  }

  /** The event being dispatched to one of the overlay's controls right now, if any. */
  private controlEvent: Event | null = null;
  /** The session whose field last had focus: where the browser command opens guidance. */
  static lastFocused: FieldSession | null = null;

  /** Run an overlay action only inside a trusted event on its controls (a real click, key or choice). */
  private trusted<A extends unknown[]>(action: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      if (this.controlEvent?.isTrusted === true) action(...args);
    };
  }

  private actions = {
    onRestore: this.trusted(() => void this.restore()),
    // The badge opens guidance in the browser's side panel (focus stays in the field); where the browser cannot
    // open it from here (no side panel, or Firefox outside a browser command), the in-page panel instead.
    onToggle: this.trusted(() => (this.model.panelOpen ? this.closePanel(false) : this.openGuidance())),
    onClose: this.trusted(() => this.closePanel(true)),
    onCorrect: this.trusted((correction: Correction | null) => this.correct(correction)),
    // The evidence library and other tenders' drafts are not in the page: they live in the extension's side panel.
    onCopyEvidence: () => undefined,
    onInsertEvidence: () => undefined,
    onFindSimilar: this.trusted(() => void this.openSidePanel(false)),
    onUseSimilar: () => undefined,
    onRules: this.trusted((words: CountRuleId, chars: CharRuleId) => {
      this.rules = { words, chars };
      this.services.saveRules(this.setup.identity.portalId, words, chars);
      this.recount();
      this.describe();
    }),
  };

  /** The browser command (the guidance shortcut), relayed by the background to the active tab's content script. */
  private readonly onCommand = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'svl:command') return undefined;
    const { element, anchor } = this.setup.field;
    const active = document.activeElement;
    const focused = active !== null && (element === active || element.contains(active) || anchor === active);
    if (focused || (FieldSession.lastFocused === this && !document.querySelector('[data-svl-field]:focus'))) {
      this.describe();
      // The background opened the side panel (focus stays in the field); without one, the in-page panel.
      if ((raw as { sidePanel?: unknown }).sidePanel === true) return undefined;
      if (this.model.panelOpen) this.closePanel(true);
      else this.openPanel();
    }
    return undefined;
  };

  /** Ask the background to open the side panel, inside a trusted click or key (the browser wants a gesture). */
  private async openSidePanel(byKey: boolean): Promise<boolean> {
    this.describe();
    const answer = await this.services.send('sidepanel:open', byKey ? { key: true } : {}).catch(() => null);
    return answer?.ok === true && answer.opened;
  }

  /** A correction or count rule chosen in the side panel (relayed by the background after the user's choice there). */
  private adjust(adjust: FieldAdjust): { ok: true } | Failure {
    if ('rules' in adjust) {
      const words = COUNT_RULES.find((r) => r.id === adjust.rules.words)?.id;
      const chars = CHAR_RULES.find((r) => r.id === adjust.rules.chars)?.id;
      if (!words || !chars) return { ok: false, error: 'Unknown counting rule.' };
      this.rules = { words, chars };
      this.services.saveRules(this.setup.identity.portalId, words, chars);
      this.recount();
      this.describe();
      return { ok: true };
    }
    const c = adjust.correction;
    if (c && c.themeId !== 'multiple' && !(THEME_IDS as readonly string[]).includes(c.themeId))
      return { ok: false, error: 'Unknown theme.' };
    this.correct(
      c
        ? {
            themeId: c.themeId as Correction['themeId'],
            criterionIds: c.criterionIds.filter((id): id is Correction['criterionIds'][number] =>
              (CRITERION_IDS as readonly string[]).includes(id),
            ),
            notSocialValue: c.notSocialValue,
          }
        : null,
    );
    return { ok: true };
  }

  /**
   * Guidance on the user's request: the side panel if the browser opens it, else the in-page panel beside the field.
   * `byKey`: the guidance key, which also takes the keyboard into a side panel that is already open.
   */
  private openGuidance(byKey = false): void {
    // The request leaves now, still inside the user's click or key (the browser wants a gesture to open the panel).
    void this.openSidePanel(byKey).then((opened) => {
      if (!opened && !this.model.panelOpen) this.openPanel();
    });
  }

  private describeTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Describe this field to the side panel (through the background): its question and the user's own text, the
   * classification and the count settings, all of which the page already has. Nothing comes back into the page.
   */
  private describe(): void {
    clearTimeout(this.describeTimer);
    this.describeTimer = undefined;
    const field: FocusedField = {
      fieldId: this.setup.id,
      key: this.setup.identity.key,
      portalId: this.setup.identity.portalId,
      portalHost: location.hostname,
      question: this.setup.identity.question,
      text: this.setup.field.text(),
      classification: this.classification,
      corrected: this.correction !== undefined,
      limit: this.setup.limit,
      rules: this.rules,
    };
    void this.services.send('sidepanel:field', { field }).catch(() => undefined);
  }

  /** After a pause in typing, tell the side panel the new text (its reminders and count tick as you write). */
  private describeSoon(): void {
    if (FieldSession.lastFocused !== this) return;
    clearTimeout(this.describeTimer);
    this.describeTimer = setTimeout(() => this.describe(), DESCRIBE_DELAY_MS);
  }

  /**
   * Text from the side panel, relayed by the background after the user's click there (an extension page, which the
   * portal cannot script). Only this extension's background can send it; the page has no way to. What was in the
   * field is kept as a revision first.
   */
  private readonly onInsert = (
    raw: unknown,
    sender: { id?: string; tab?: unknown },
    sendResponse: (answer: { ok: true } | Failure) => void,
  ): boolean => {
    // Only this extension's background sends these (no tab: not a content script), and only after validating the
    // side panel's request with the relay schemas (lib/messages/side-panel.ts): this script checks it is the
    // addressee and what kind of relay it is, and carries no validator of its own (issue 14).
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return false;
    if (typeof raw !== 'object' || raw === null) return false;
    const relay = raw as FieldRelay;
    if (relay.fieldId !== this.setup.id || relay.key !== this.setup.identity.key) return false;
    if (relay.type === 'svl:adjust' && typeof relay.adjust === 'object' && relay.adjust !== null) {
      sendResponse(this.adjust(relay.adjust));
      return false;
    }
    if (relay.type !== 'svl:insert' || typeof relay.text !== 'string') return false;
    const { text, mode, reason } = relay;
    const current = this.setup.field.text();
    const next = mode === 'replace' || current.trim() === '' ? text : `${current.replace(/\s+$/, '')}\n\n${text}`;
    void this.replaceText(next, reason, { text, what: 'the text' }).then(
      (done) => {
        if (!done) {
          sendResponse({
            ok: false,
            error: 'This editor cannot be filled safely: the text is on your clipboard to paste.',
          });
          return;
        }
        this.model = { ...this.model, restore: null };
        this.render();
        this.autosave.edit(next);
        this.describe();
        sendResponse({ ok: true });
      },
      (error: unknown) => sendResponse({ ok: false, error: disconnectedMessage(error) }),
    );
    // The answer follows (a revision is kept first): keep the channel open for it.
    return true;
  };

  private render(): void {
    render(<Overlay model={this.model} actions={this.actions} />, this.host.container);
    // The badge is anchored by its right edge: a new count needs no new position. Anything that can change its
    // height (saved state, restore offer, notes, the panel) does.
    const m = this.model;
    const lineKey = `${m.panelOpen}|${m.saved.state}|${m.saved.error}|${!!m.restore}|${m.differs}|${m.conflict}|${m.sessionRiskMinutes}|${!!m.evidenceScore}`;
    if (lineKey !== this.lastLineKey) {
      this.lastLineKey = lineKey;
      this.host.remeasure();
      this.schedulePlace();
    }
  }

  private panelModel(guidance: Guidance): PanelModel {
    const { words, chars } = this.model;
    const limit = this.setup.limit;
    const wordsLabel = COUNT_RULES.find((r) => r.id === this.rules.words)?.label ?? this.rules.words;
    const charsLabel = CHAR_RULES.find((r) => r.id === this.rules.chars)?.label ?? this.rules.chars;
    return {
      guidance,
      evidence: this.lastEvidence,
      rules: { ...this.rules, portalWords: this.setup.portalRules.words, portalChars: this.setup.portalRules.chars },
      counts: { words, chars },
      disagreements: limit
        ? disagreements(
            this.setup.field.text(),
            limit.unit === 'words' ? this.rules.words : this.rules.chars,
            limit.value,
          )
        : [],
      chosenLabel: `${wordsLabel} / ${charsLabel.toLowerCase()}`,
      limitText: this.model.status ? remainingMessage(this.model.status) : null,
      corrected: this.correction !== undefined,
    };
  }

  /** Count on every keystroke (cheap, see counting bench); `text` when the caller has just read the field. */
  private recount(text = this.setup.field.text()): void {
    const words = countWords(text, this.rules.words);
    const chars = countChars(text, this.rules.chars);
    const limit = this.setup.limit;
    const status = limit ? limitStatus(limit.unit === 'words' ? words : chars, limit.value, limit.unit) : null;
    this.model = { ...this.model, words, chars, status };
    this.refreshPanel();
  }

  /** Answers to earlier analysis requests are dropped: only the latest text's reminders are shown. */
  private analysisSeq = 0;

  /**
   * Evidence reminders and the panel's guidance, worked out by the background after a typing pause (never on the
   * keystroke path, and none of the knowledge base or reminder rules loaded into the portal page).
   */
  private analyse(): void {
    clearTimeout(this.analysisTimer);
    const text = this.setup.field.text().slice(0, ANALYSIS_TEXT_MAX.answer);
    const seq = ++this.analysisSeq;
    const { settings } = this.services;
    void this.services
      .send('analysis:field', {
        classification: this.classification,
        category: settings.category,
        overrides: settings.relevanceOverrides,
        text,
        withGuidance: this.guidance === null,
      })
      .catch(unreachable)
      .then((reply) => {
        if (seq !== this.analysisSeq || this.controller.signal.aborted || !reply.ok) return;
        this.guidance ??= reply.guidance;
        const report = reply.evidence;
        const applicable = report ? report.checks.filter((c) => c.applicable) : [];
        this.lastEvidence = report;
        this.model = {
          ...this.model,
          evidenceScore:
            report && text.trim() ? { met: applicable.filter((c) => c.met).length, of: applicable.length } : null,
        };
        this.refreshPanel();
      });
  }

  private lastEvidence: EvidenceReport | null = null;
  /** The guidance for the current classification (from the background; null until it answers, or after a correction). */
  private guidance: Guidance | null = null;

  private refreshPanel(): void {
    if (this.model.panelOpen && this.guidance) this.model = { ...this.model, panel: this.panelModel(this.guidance) };
    this.render();
  }

  private onInput(): void {
    this.typedSinceLoad = true;
    const text = this.setup.field.text(); // read once: for a rich editor this walks the editor's DOM
    this.recount(text);
    if (this.model.restore && text.trim() !== '') this.model = { ...this.model, restore: null, differs: true };
    if (this.model.status) {
      const status = this.model.status;
      this.services.announcer.afterPause(this.setup.field, () => remainingMessage(status));
    }
    this.updateSessionRisk();
    this.autosave.edit(text);
    // Typing means the field has focus (an editor in an iframe may not send the page a focusin).
    if (FieldSession.lastFocused !== this) {
      FieldSession.lastFocused = this;
      this.describe();
    } else this.describeSoon();
    clearTimeout(this.analysisTimer);
    this.analysisTimer = setTimeout(() => this.analyse(), ANALYSIS_DELAY_MS);
  }

  private updateSessionRisk(): void {
    const risk = sessionRiskMinutes({
      pageLoadedAt: PAGE_LOADED_AT,
      now: Date.now(),
      typed: this.typedSinceLoad,
      thresholdMinutes: this.services.settings.sessionNudgeMinutes,
    });
    if (risk !== this.model.sessionRiskMinutes) this.model = { ...this.model, sessionRiskMinutes: risk };
  }

  private onKeyDown(event: KeyboardEvent): void {
    // The shortcut is a browser command (which a page cannot send); a trusted keydown on the field still opens
    // guidance where the command is unbound. A page's synthetic keydown does nothing.
    if (!event.isTrusted) return;
    if (matchesShortcut(event, this.services.settings.shortcut)) {
      event.preventDefault();
      this.openGuidance(true);
    } else if (event.key === 'Escape' && this.model.panelOpen) {
      this.closePanel(false);
    }
  }

  private openPanel(): void {
    this.host.makeRoomForPanel(this.setup.field.anchor);
    this.model = { ...this.model, panelOpen: true };
    // Opening is the user's request: bring the reminders up to date now rather than after the typing pause.
    clearTimeout(this.analysisTimer);
    this.analyse();
    this.refreshPanel();
  }

  /** Close the panel; when it had focus, give focus back to the field. */
  private closePanel(returnFocus: boolean): void {
    this.model = { ...this.model, panelOpen: false };
    this.render();
    if (returnFocus) this.setup.field.focus();
  }

  private correct(correction: Correction | null): void {
    this.correction = correction ?? undefined;
    this.classification = applyCorrection(this.setup.detected, this.correction);
    this.guidance = null;
    this.services.saveCorrection(this.setup.identity.key, correction);
    const theme = this.classification.socialValue
      ? themeTitle(this.classification.themeId)
      : 'Not social value (your correction)';
    this.model = { ...this.model, theme };
    this.describe();
    this.refreshPanel();
    // The guidance and the reminders follow the corrected theme.
    this.analyse();
  }

  /** Write any unsaved text now (on pagehide, when the tab is hidden, or from the autosave timers). */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** Save / retry / in-flight / conflict: see lib/drafts/autosave.ts. */
  private readonly autosave = new Autosave({
    save: (text, baseUpdatedAt) =>
      this.services
        .send('draft:save', {
          draft: this.setup.identity,
          text,
          ...(baseUpdatedAt !== undefined ? { baseUpdatedAt } : {}),
        })
        .then((r) =>
          r.ok
            ? { ok: true as const, savedAt: r.savedAt, conflict: r.conflict }
            : { ok: false as const, error: r.error },
        ),
    describeError: disconnectedMessage,
    onState: (s, text) => {
      if (s.state === 'saving') return this.setSaved({ state: 'saving', at: this.model.saved.at, error: null });
      if (s.state === 'error') return this.setSaved({ state: 'error', at: this.model.saved.at, error: s.error });
      this.savedDraftText = text;
      // Another tab changed this answer since this one last saw it: both texts are revisions now; say so until reload.
      if (s.conflict) this.model = { ...this.model, conflict: true };
      // "Saved" only once everything typed is stored: a part-way save during steady typing still says "saving".
      this.setSaved({ state: this.autosave.unsaved ? 'saving' : 'saved', at: s.at, error: null });
    },
  });

  private setSaved(saved: OverlayModel['saved']): void {
    this.model = { ...this.model, saved };
    this.render();
  }

  private async loadSavedDraft(): Promise<void> {
    const response = await this.services
      .send('draft:load', { key: this.setup.identity.key, question: this.setup.identity.question })
      .catch((error: unknown): Failure => ({ ok: false, error: disconnectedMessage(error) }));
    if (!response.ok) {
      this.setSaved({ state: 'error', at: null, error: response.error });
      return;
    }
    const draft = response.draft;
    // A fuzzy match is another question's draft: this question has none stored yet.
    this.autosave.knowStored(
      draft && !draft.match ? draft.updatedAt : null,
      draft && !draft.match ? draft.text : undefined,
    );
    if (!draft || draft.text.trim() === '') return;
    this.savedDraftText = draft.text;
    const current = this.setup.field.text();
    if (current.trim() === '') {
      this.model = {
        ...this.model,
        restore: {
          words: countWords(draft.text, this.rules.words),
          updatedAt: draft.updatedAt,
          fuzzy: draft.match ? { score: draft.match.score, question: draft.match.question } : null,
        },
        saved: { state: 'saved', at: draft.updatedAt, error: null },
      };
    } else if (current !== draft.text) {
      this.model = { ...this.model, differs: true };
    } else {
      this.model = { ...this.model, saved: { state: 'saved', at: draft.updatedAt, error: null } };
    }
    this.render();
  }

  /**
   * Replace the field's text, only ever on the user's click. What was there is kept as a revision first, and the
   * field's own editing path fires the events a portal's counter or editor listens for. An editor that cannot be
   * written safely gets `fallback` on the clipboard instead, and the user is told.
   */
  private async replaceText(
    next: string,
    reason: RevisionReason,
    fallback: { text: string; what: string },
  ): Promise<boolean> {
    const field = this.setup.field;
    const current = field.text();
    if (current.trim() !== '' && current !== next) {
      await this.services.send('draft:keep-revision', { key: this.setup.identity.key, text: current, reason });
    }
    if (!(await field.setText(next))) {
      await navigator.clipboard?.writeText(fallback.text).catch(() => undefined);
      const error = `This editor cannot be filled safely: ${fallback.what} is on your clipboard to paste.`;
      this.setSaved({ state: 'error', at: this.model.saved.at, error });
      return false;
    }
    this.recount(next);
    return true;
  }

  /** Put the saved draft (or, on request, another question's draft) back into the field. */
  private async restore(text = this.savedDraftText): Promise<void> {
    if (text === null || !(await this.replaceText(text, 'before-restore', { text, what: 'the draft' }))) return;
    this.model = { ...this.model, restore: null, differs: false, panelOpen: false };
    this.render();
    this.setup.field.focus();
  }

  destroy(): void {
    cancelAnimationFrame(this.placeFrame);
    void this.flush();
    clearTimeout(this.analysisTimer);
    this.controller.abort();
    browser.runtime.onMessage.removeListener(this.onCommand);
    browser.runtime.onMessage.removeListener(this.onInsert);
    clearTimeout(this.describeTimer);
    if (FieldSession.lastFocused === this) FieldSession.lastFocused = null;
    render(null, this.host.container);
    this.host.remove();
  }
}

function disconnectedMessage(error: unknown): string {
  return /context invalidated|Receiving end does not exist/i.test(String(error))
    ? 'Social Value Lens was updated or restarted: reload the page to keep saving drafts. Your text is still in the field.'
    : 'The draft could not be saved. Your text is kept in this tab.';
}
