/**
 * The autosave state machine of one answer field, without the DOM: what to save, when, one write at a time,
 * retry after a failed write, and the stored version this tab last saw (for conflict checks in the background).
 *
 * Timing: a save waits for a pause in typing (`delayMs`), but never longer than `maxWaitMs` after the first
 * unsaved edit, so someone typing steadily is still saved about once a second.
 */

export const AUTOSAVE_DELAY_MS = 500;
export const AUTOSAVE_MAX_WAIT_MS = 1000;
export const AUTOSAVE_RETRY_MS = 5000;

export type SaveOutcome = { ok: true; savedAt?: number; conflict?: boolean } | { ok: false; error: string };

/** What the field's badge shows about saving. */
export type SavedState =
  | { state: 'saving' }
  | { state: 'saved'; at: number; conflict: boolean }
  | { state: 'error'; error: string };

export interface AutosaveClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaveOptions {
  /**
   * Write `text`. `baseUpdatedAt` is the stored draft's updatedAt as this tab last saw it (null: none stored;
   * undefined: not known yet, no conflict check). A rejected promise counts as a failed write.
   */
  save(text: string, baseUpdatedAt: number | null | undefined): Promise<SaveOutcome>;
  /** Called on every state change, and with the text once it is stored. */
  onState(state: SavedState, text: string): void;
  /** Turns a rejected save into a message for the user. */
  describeError?(error: unknown): string;
  clock?: AutosaveClock;
  delayMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
}

const realClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Autosave {
  private pending: string | null = null;
  /** When the oldest unsaved edit was made (null: nothing unsaved). */
  private pendingSince: number | null = null;
  private timer: unknown = undefined;
  private inflight: Promise<void> | null = null;
  private base: number | null | undefined = undefined;
  /** The text known to be stored, and when (null: not known). */
  private stored: { text: string; at: number } | null = null;
  /** The state last reported (null: none yet). */
  private shown: SavedState['state'] | null = null;
  private disposed = false;
  private readonly clock: AutosaveClock;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.clock = options.clock ?? realClock;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    this.retryMs = options.retryMs ?? AUTOSAVE_RETRY_MS;
  }

  /**
   * The field's text changed. Text that differs from the stored text is reported as "saving" at once, so a
   * "saved" state never stands for older text while the write waits for a pause; typing back to the stored text
   * (with no write under way) is "saved" again and writes nothing.
   */
  edit(text: string): void {
    if (this.disposed) return;
    if (this.stored && text === this.stored.text && !this.inflight) {
      this.pending = null;
      this.pendingSince = null;
      this.cancelTimer();
      if (this.shown === 'saving') this.report({ state: 'saved', at: this.stored.at, conflict: false }, text);
      return;
    }
    const now = this.clock.now();
    this.pending = text;
    this.pendingSince ??= now;
    // An error stays on show until a write succeeds: the text is still not stored.
    if (this.shown !== 'saving' && this.shown !== 'error') this.report({ state: 'saving' }, text);
    const due = Math.min(now + this.delayMs, this.pendingSince + this.maxWaitMs);
    this.schedule(Math.max(0, due - now));
  }

  /** The stored draft as loaded (only used when no save has told us a newer one), with its text when known. */
  knowStored(updatedAt: number | null, text?: string): void {
    if (this.base !== undefined) return;
    this.base = updatedAt;
    if (updatedAt !== null && text !== undefined && this.stored === null) this.stored = { text, at: updatedAt };
  }

  /** True when newer text than the last write is waiting (a write that just landed is already out of date). */
  get unsaved(): boolean {
    return this.pending !== null;
  }

  /** True while text is waiting to be written or a write is under way. */
  get busy(): boolean {
    return this.pending !== null || this.inflight !== null;
  }

  /** Write any unsaved text now (pagehide, tab hidden, the timer), after any write already under way. */
  async flush(): Promise<void> {
    this.cancelTimer();
    // One save at a time per field: an overlapping second write would look like another tab to the conflict check.
    while (this.inflight) await this.inflight;
    const text = this.pending;
    if (text === null) return;
    this.pending = null;
    this.pendingSince = null;
    this.inflight = this.write(text).finally(() => {
      this.inflight = null;
    });
    await this.inflight;
  }

  /** Stop the timers; unsaved text is written once more (best effort) by the caller's flush. */
  dispose(): Promise<void> {
    const done = this.flush();
    this.disposed = true;
    this.cancelTimer();
    return done;
  }

  private async write(text: string): Promise<void> {
    if (this.shown !== 'saving') this.report({ state: 'saving' }, text);
    const outcome = await this.options.save(text, this.base).catch(
      (error: unknown): SaveOutcome => ({
        ok: false,
        error: this.options.describeError?.(error) ?? 'The draft could not be saved.',
      }),
    );
    if (outcome.ok) {
      if (outcome.savedAt !== undefined) this.base = outcome.savedAt;
      const at = outcome.savedAt ?? this.clock.now();
      this.stored = { text, at };
      this.report({ state: 'saved', at, conflict: !!outcome.conflict }, text);
      return;
    }
    // Keep the text and try again: nothing typed is dropped because storage failed once. Newer typing wins.
    if (this.pending === null) {
      this.pending = text;
      this.pendingSince = this.clock.now();
    }
    this.report({ state: 'error', error: outcome.error }, text);
    if (!this.disposed) this.schedule(this.retryMs);
  }

  private report(state: SavedState, text: string): void {
    this.shown = state.state;
    this.options.onState(state, text);
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
