// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openShadowRoots, scanFields, ShadowRootSearch } from '@/entrypoints/content/find-fields';

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

  it("counts the document's elements as it walks, and says when it stopped at the limit with elements left", () => {
    document.body.innerHTML = '<div></div><div></div><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<textarea></textarea>';
    const whole = new ShadowRootSearch(document);
    expect(whole.step()).toBe(true);
    expect(whole.exceeded).toBe(false);
    // Elements inside shadow roots are walked but not counted, as getElementsByTagName('*') does not see them.
    expect(whole.elements).toBe(document.getElementsByTagName('*').length);
    const capped = new ShadowRootSearch(document, 3);
    capped.step();
    expect(capped.exceeded).toBe(true);
    expect(capped.take()).toEqual([]);
  });

  it('finds, walking in slices that stop at a deadline, the same roots in the same order as one walk', () => {
    const hosts = Array.from({ length: 200 }, (_, i) => `<section><p>${i}</p><div id="h${i}"></div></section>`);
    document.body.innerHTML = hosts.join('');
    for (let i = 0; i < 200; i++) {
      const shadow = document.getElementById(`h${i}`)!.attachShadow({ mode: 'open' });
      shadow.innerHTML =
        i % 5 === 0 ? '<div><span id="inner"></span></div><textarea></textarea>' : '<textarea></textarea>';
      // Every fifth root holds another root inside it: nested roots follow their host's root, in document order.
      if (i % 5 === 0)
        shadow.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<textarea></textarea>';
    }
    const whole = openShadowRoots(document);
    expect(whole).toHaveLength(240);

    const search = new ShadowRootSearch(document);
    const found: ShadowRoot[] = [];
    let slices = 0;
    // A deadline already past: each slice stops at its first check (every 64 elements), so the walk takes several.
    while (!search.step(0)) {
      found.push(...search.take());
      slices++;
    }
    found.push(...search.take());
    expect(slices).toBeGreaterThan(0);
    expect(found).toEqual(whole);
    // A finished walk stays finished.
    expect(search.step(0)).toBe(true);
    expect(search.take()).toEqual([]);
  });
});
