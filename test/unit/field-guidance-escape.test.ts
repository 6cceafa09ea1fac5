// @vitest-environment happy-dom
/**
 * The side panel's one key back: Escape closes the panel (returnToField) from the moment "Back to my answer" is shown.
 * The key listener used to be attached in a passive effect, which Preact runs after the next paint: an Escape pressed
 * between the render and that paint was lost (the e2e test "one key back" failed once so in CI).
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldGuidance, type FieldGuidanceServices } from '@/components/FieldGuidance';
import { classifyQuestion } from '@/lib/classifier';
import { CHAR_RULES, COUNT_RULES } from '@/lib/counting';
import type { FocusedFieldAt } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const question = 'Describe how you will create apprenticeships for local people through this contract.';
const field: FocusedFieldAt = {
  fieldId: 'f1',
  key: 'https://www.find-tender.service.gov.uk|q1',
  portalId: 'find-a-tender',
  portalHost: 'www.find-tender.service.gov.uk',
  question,
  text: 'We will hire 4 apprentices.',
  classification: classifyQuestion(question),
  corrected: false,
  limit: null,
  rules: { words: COUNT_RULES[0]!.id, chars: CHAR_RULES[0]!.id },
  tabId: 1,
  frameId: 0,
  at: 0,
};

function services(returnToField: () => void): FieldGuidanceServices {
  const send = (async (type: string) =>
    type === 'sidepanel:current'
      ? { ok: true, field }
      : { ok: false, error: 'not in this test' }) as unknown as FieldGuidanceServices['send'];
  return { send, onField: () => () => undefined, returnToField };
}

const root = document.createElement('div');
document.body.append(root);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  // Let the paint the test held back happen (Preact schedules its effect queue once until it drains), then unmount.
  vi.runAllTimers();
  render(null, root);
  vi.runAllTimers();
  vi.useRealTimers();
});

/**
 * Runs the page's timers one at a time (Preact's effects run after a paint, on a timer), settling promises after each,
 * and stops as soon as "Back to my answer" is in the panel: no later timer (no later paint) has run.
 */
async function untilShown(): Promise<void> {
  const settle = async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve();
  };
  await settle();
  for (let i = 0; i < 100 && !root.querySelector('[data-testid="sp-return"]'); i++) {
    vi.advanceTimersToNextTimer();
    await settle();
  }
}

describe('side panel guidance: Escape back to the answer', () => {
  it('works as soon as "Back to my answer" is rendered, before the next paint', async () => {
    const back = vi.fn();
    render(h(FieldGuidance, { services: services(back), settings: DEFAULT_SETTINGS }), root);
    await untilShown();
    expect(root.querySelector('[data-testid="sp-return"]')).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(back).toHaveBeenCalledTimes(1);
  });

  it('leaves other keys, and an Escape with a modifier, to the page', async () => {
    const back = vi.fn();
    render(h(FieldGuidance, { services: services(back), settings: DEFAULT_SETTINGS }), root);
    await untilShown();
    expect(root.querySelector('[data-testid="sp-return"]')).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    document.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    expect(back).not.toHaveBeenCalled();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(back).toHaveBeenCalledTimes(1);
  });
});
