import { render } from 'preact';
import { Overlay, type OverlayModel } from '@/components/Overlay';
import { countChars, countWords, limitStatus, remainingMessage, type CharRuleId, type CountRuleId } from '@/lib/counting';
import type { Message, Response } from '@/lib/messages';
import type { z } from 'zod';
import type { draftIdentitySchema } from '@/lib/messages';
import type { Announcer } from './announcer';
import { OverlayHost } from './overlay-host';
import type { AnswerField } from './answer-field';

export type DraftIdentity = z.infer<typeof draftIdentitySchema>;
export type Send = (message: Message) => Promise<Response>;

export const AUTOSAVE_DELAY_MS = 500;
const RETRY_MS = 5000;

export interface FieldSetup {
  id: string;
  field: AnswerField;
  identity: DraftIdentity;
  theme: string;
  limit: OverlayModel['limit'];
  wordRule: CountRuleId;
  charRule: CharRuleId;
}

/**
 * One social value answer field: its overlay, its live count, its autosave and its restore offer.
 * It reads the field; it writes the field only when the user clicks Restore.
 */
export class FieldSession {
  private readonly host: OverlayHost;
  private model: OverlayModel;
  private pendingText: string | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private savedDraftText: string | null = null;
  private readonly controller = new AbortController();

  constructor(
    private readonly setup: FieldSetup,
    private readonly send: Send,
    private readonly announcer: Announcer,
  ) {
    setup.field.element.setAttribute('data-svl-field', setup.id);
    this.host = new OverlayHost(setup.id);
    this.model = {
      words: 0,
      chars: 0,
      limit: setup.limit,
      status: null,
      theme: setup.theme,
      saved: { state: 'idle', at: null, error: null },
      restore: null,
      differs: false,
    };
    this.recount();
    const signal = this.controller.signal;
    setup.field.onInput(() => this.onInput(), signal);
    void this.loadSavedDraft();
  }

  get field(): AnswerField {
    return this.setup.field;
  }

  place(): void {
    this.host.place(this.setup.field.anchor);
  }

  private render(): void {
    render(<Overlay model={this.model} actions={{ onRestore: () => void this.restore() }} />, this.host.container);
    this.place();
  }

  private recount(): void {
    const text = this.setup.field.text();
    const words = countWords(text, this.setup.wordRule);
    const chars = countChars(text, this.setup.charRule);
    const limit = this.setup.limit;
    const status = limit ? limitStatus(limit.unit === 'words' ? words : chars, limit.value, limit.unit) : null;
    this.model = { ...this.model, words, chars, status };
    this.render();
  }

  private onInput(): void {
    this.recount();
    const text = this.setup.field.text();
    if (this.model.restore && text.trim() !== '') this.model = { ...this.model, restore: null, differs: true };
    if (this.model.status) {
      const status = this.model.status;
      this.announcer.afterPause(this.setup.field, () => remainingMessage(status));
    }
    this.pendingText = text;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Write any unsaved text now (on pagehide, when the tab is hidden, or after the autosave delay). */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    const text = this.pendingText;
    if (text === null) return;
    this.pendingText = null;
    this.setSaved({ state: 'saving', at: this.model.saved.at, error: null });
    const response = await this.send({ type: 'draft:save', draft: this.setup.identity, text }).catch(
      (error: unknown): Response => ({ ok: false, error: disconnectedMessage(error) }),
    );
    if (response.ok) {
      this.savedDraftText = text;
      this.setSaved({ state: 'saved', at: response.savedAt ?? Date.now(), error: null });
    } else {
      // Keep the text in memory and try again: nothing typed is dropped because storage failed once.
      if (this.pendingText === null) this.pendingText = text;
      this.setSaved({ state: 'error', at: this.model.saved.at, error: response.error });
      this.saveTimer = setTimeout(() => void this.flush(), RETRY_MS);
    }
  }

  private setSaved(saved: OverlayModel['saved']): void {
    this.model = { ...this.model, saved };
    this.render();
  }

  private async loadSavedDraft(): Promise<void> {
    const response = await this.send({ type: 'draft:load', key: this.setup.identity.key }).catch(
      (error: unknown): Response => ({ ok: false, error: disconnectedMessage(error) }),
    );
    if (!response.ok) {
      this.setSaved({ state: 'error', at: null, error: response.error });
      return;
    }
    const draft = response.draft;
    if (!draft || draft.text.trim() === '') return;
    this.savedDraftText = draft.text;
    const current = this.setup.field.text();
    if (current.trim() === '') {
      this.model = {
        ...this.model,
        restore: { words: countWords(draft.text, this.setup.wordRule), updatedAt: draft.updatedAt },
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
   * Put the saved draft back, on the user's click. Sets the value through the native setter and fires the
   * events a portal's own counter listens for. If text appeared in the field meanwhile, it is kept as a
   * revision first, so nothing is lost.
   */
  private async restore(): Promise<void> {
    const text = this.savedDraftText;
    const field = this.setup.field;
    if (text === null) return;
    const current = field.text();
    if (current.trim() !== '' && current !== text) {
      await this.send({ type: 'draft:keep-revision', key: this.setup.identity.key, text: current, reason: 'before-restore' });
    }
    field.setText(text);
    this.model = { ...this.model, restore: null, differs: false };
    this.recount();
    field.focus();
  }

  destroy(): void {
    void this.flush();
    this.controller.abort();
    render(null, this.host.container);
    this.host.remove();
  }
}

function disconnectedMessage(error: unknown): string {
  return /context invalidated|Receiving end does not exist/i.test(String(error))
    ? 'Social Value Lens was updated or restarted: reload the page to keep saving drafts. Your text is still in the field.'
    : 'The draft could not be saved. Your text is kept in this tab.';
}
