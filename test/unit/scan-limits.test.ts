// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openShadowRoots, scanFields } from '@/entrypoints/content/find-fields';

describe('scanFields limits: a page with more fields than the extension examines', () => {
  const fill = (textareas: number) => {
    document.body.innerHTML = Array.from(
      { length: textareas },
      (_, i) => `<div><textarea id="t${i}"></textarea></div>`,
    ).join('');
  };

  it('says it stopped when the page has more candidate fields than the limit', () => {
    fill(30);
    expect(scanFields(document, { candidates: 10, elements: 1_000_000 }).capped).toBe(true);
    expect(scanFields(document, { candidates: 30, elements: 1_000_000 }).capped).toBe(false);
  });

  it('says it stopped when the page has more elements than the limit', () => {
    fill(5);
    expect(scanFields(document, { candidates: 100, elements: 8 }).capped).toBe(true);
    expect(scanFields(document, { candidates: 100, elements: 1_000 }).capped).toBe(false);
  });

  it('looks for shadow roots only within the element limit', () => {
    document.body.innerHTML = '<div></div><div></div><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<textarea></textarea>';
    expect(openShadowRoots(document)).toHaveLength(1);
    expect(openShadowRoots(document, 3)).toHaveLength(0);
  });
});
