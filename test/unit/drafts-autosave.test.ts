import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  AUTOSAVE_RETRY_MS,
  Autosave,
  type SaveOutcome,
  type SavedState,
} from '@/lib/drafts/autosave';

interface Call {
  text: string;
  base: number | null | undefined;
  resolve(outcome: SaveOutcome): void;
  reject(error: unknown): void;
}

/** An Autosave whose writes stay pending until the test settles them. */
function harness() {
  const calls: Call[] = [];
  const states: Array<SavedState & { text: string }> = [];
  const autosave = new Autosave({
    save: (text, base) =>
      new Promise<SaveOutcome>((resolve, reject) => {
        calls.push({ text, base, resolve, reject });
      }),
    onState: (state, text) => states.push({ ...state, text }),
    describeError: (error) => `failed: ${String(error)}`,
  });
  return { autosave, calls, states };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave timing', () => {
  it('saves after a pause in typing, not before', async () => {
    const { autosave, calls } = harness();
    autosave.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.text)).toEqual(['a']);
  });

  it('saves at least once per maximum wait while typing goes on', async () => {
    const { autosave, calls } = harness();
    let text = '';
    // 3 s of typing, a key every 100 ms: a pure debounce would never save.
    for (let t = 0; t < 3000; t += 100) {
      text += 'x';
      autosave.edit(text);
      await vi.advanceTimersByTimeAsync(100);
      calls.at(-1)?.resolve({ ok: true, savedAt: Date.now() });
    }
    expect(calls.length).toBeGreaterThanOrEqual(3);
    // The last save started no more than the maximum wait after the last key.
    const last = calls.at(-1)!.text.length;
    expect(text.length - last).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS / 100);
  });

  it('a pause after the maximum wait still saves the final text', async () => {
    const { autosave, calls } = harness();
    autosave.edit('one');
    await vi.advanceTimersByTimeAsync(400);
    autosave.edit('one two');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls.map((c) => c.text)).toEqual(['one two']);
  });
});

describe('autosave transitions', () => {
  it('a key while a save is in flight waits for that save, then writes the newer text', async () => {
    const { autosave, calls, states } = harness();
    autosave.edit('first');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(1);
    expect(autosave.busy).toBe(true);
    autosave.edit('first second');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect(calls).toHaveLength(1); // never two writes at once
    expect(autosave.unsaved).toBe(true);
    calls[0]!.resolve({ ok: true, savedAt: 2_000_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.text)).toEqual(['first', 'first second']);
    expect(calls[1]!.base).toBe(2_000_000); // the second write knows what the first stored
    calls[1]!.resolve({ ok: true, savedAt: 2_000_100 });
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.busy).toBe(false);
    expect(states.map((s) => s.state)).toEqual(['saving', 'saved', 'saving', 'saved']);
  });

  it('new typing after a save reports "saving" at once, not the old "saved" until the write starts', async () => {
    const { autosave, calls, states } = harness();
    autosave.edit('first');
    expect(states.map((s) => s.state)).toEqual(['saving']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    calls[0]!.resolve({ ok: true, savedAt: 10 });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ state: 'saved', at: 10, text: 'first' });
    autosave.edit('first more');
    // No timer has run: the badge must already stop saying "Saved".
    expect(calls).toHaveLength(1);
    expect(states.at(-1)).toMatchObject({ state: 'saving', text: 'first more' });
    autosave.edit('first more again');
    expect(states.map((s) => s.state)).toEqual(['saving', 'saved', 'saving']); // reported once, not per key
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    calls[1]!.resolve({ ok: true, savedAt: 20 });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.map((s) => s.state)).toEqual(['saving', 'saved', 'saving', 'saved']);
  });

  it('typing back to the stored text says "saved" again and writes nothing', async () => {
    const { autosave, calls, states } = harness();
    autosave.knowStored(100, 'as loaded');
    autosave.edit('as loaded!');
    expect(states.at(-1)).toMatchObject({ state: 'saving' });
    autosave.edit('as loaded');
    expect(states.at(-1)).toMatchObject({ state: 'saved', at: 100, text: 'as loaded' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS * 2);
    expect(calls).toHaveLength(0);
    expect(autosave.busy).toBe(false);
  });

  it('an error stays reported while newer text waits for its retry', async () => {
    const { autosave, calls, states } = harness();
    autosave.edit('x');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    calls[0]!.resolve({ ok: false, error: 'disk full' });
    await vi.advanceTimersByTimeAsync(0);
    autosave.edit('xy');
    expect(states.at(-1)).toMatchObject({ state: 'error', error: 'disk full' });
  });

  it('a failed write keeps the text and retries after the retry delay', async () => {
    const { autosave, calls, states } = harness();
    autosave.edit('keep me');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    calls[0]!.resolve({ ok: false, error: 'disk full' });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ state: 'error', error: 'disk full' });
    expect(autosave.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.text)).toEqual(['keep me', 'keep me']);
    calls[1]!.resolve({ ok: true, savedAt: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ state: 'saved', at: 5, text: 'keep me' });
  });

  it('a rejected write (extension restarted) is reported with the described message and retried', async () => {
    const { autosave, calls, states } = harness();
    autosave.edit('abc');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    calls[0]!.reject(new Error('context invalidated'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ state: 'error', error: 'failed: Error: context invalidated' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS);
    expect(calls).toHaveLength(2);
  });

  it('text typed after a failed write replaces the failed text and is saved on the typing schedule', async () => {
    const { autosave, calls } = harness();
    autosave.edit('old');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    autosave.edit('newer');
    calls[0]!.resolve({ ok: false, error: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    autosave.edit('newest');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls.map((c) => c.text)).toEqual(['old', 'newest']);
  });

  it('a conflict from another tab is reported and the next write uses the new stored version', async () => {
    const { autosave, calls, states } = harness();
    autosave.knowStored(100);
    autosave.knowStored(999); // only the first load counts
    autosave.edit('mine');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls[0]!.base).toBe(100);
    calls[0]!.resolve({ ok: true, savedAt: 300, conflict: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ state: 'saved', at: 300, conflict: true });
    autosave.edit('mine again');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls[1]!.base).toBe(300);
  });

  it('before the stored draft is known, no conflict base is sent; after a save, a late load does not override it', async () => {
    const { autosave, calls } = harness();
    autosave.edit('early');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls[0]!.base).toBeUndefined();
    calls[0]!.resolve({ ok: true, savedAt: 42 });
    await vi.advanceTimersByTimeAsync(0);
    autosave.knowStored(7);
    autosave.edit('later');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls[1]!.base).toBe(42);
  });

  it('pagehide flush writes unsaved text at once, without waiting for the pause', async () => {
    const { autosave, calls } = harness();
    autosave.edit('unsaved');
    const done = autosave.flush();
    expect(calls.map((c) => c.text)).toEqual(['unsaved']);
    calls[0]!.resolve({ ok: true, savedAt: 1 });
    await done;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS * 2);
    expect(calls).toHaveLength(1); // the timer was cancelled: no second write of the same text
  });

  it('a flush during a write waits for it, then writes the newer text', async () => {
    const { autosave, calls } = harness();
    autosave.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    autosave.edit('ab');
    const done = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ ok: true, savedAt: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.text)).toEqual(['a', 'ab']);
    calls[1]!.resolve({ ok: true, savedAt: 2 });
    await done;
    expect(autosave.busy).toBe(false);
  });

  it('flush with nothing unsaved writes nothing', async () => {
    const { autosave, calls } = harness();
    await autosave.flush();
    expect(calls).toHaveLength(0);
  });

  it('dispose writes unsaved text once and schedules nothing more, even after a failure', async () => {
    const { autosave, calls } = harness();
    autosave.edit('last words');
    const done = autosave.dispose();
    calls[0]!.resolve({ ok: false, error: 'gone' });
    await done;
    autosave.edit('ignored');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS * 2);
    expect(calls.map((c) => c.text)).toEqual(['last words']);
  });

  it('uses an injected clock', async () => {
    let now = 0;
    const timers: Array<{ fn: () => void; at: number }> = [];
    const saved: string[] = [];
    const autosave = new Autosave({
      save: async (text) => {
        saved.push(text);
        return { ok: true, savedAt: now };
      },
      onState: () => undefined,
      clock: {
        now: () => now,
        setTimeout: (fn, ms) => timers.push({ fn, at: now + ms }),
        clearTimeout: () => undefined,
      },
      delayMs: 10,
      maxWaitMs: 20,
    });
    autosave.edit('a');
    now = 5;
    autosave.edit('ab');
    expect(timers.map((t) => t.at)).toEqual([10, 15]);
    now = 15;
    timers[1]!.fn();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['ab']);
  });
});
