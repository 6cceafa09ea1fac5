// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeField, type DescribeCache } from '@/entrypoints/content/find-fields';
import { editableText } from '@/entrypoints/content/editors';
import { PORTALS } from '@/lib/portals';
import { ROUTES } from '../fixtures/routes';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
const field = (selector: string) => document.querySelector(selector)!;

describe("editableText: an editor's own DOM as plain text", () => {
  const text = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    return editableText(div);
  };
  it('joins paragraphs with one line break and keeps empty paragraphs (Quill, CKEditor 5, TinyMCE)', () => {
    expect(text('<p>First point.</p><p><br></p><p>Second point.</p>')).toBe('First point.\n\nSecond point.');
    expect(text('<p>One</p><p><br data-cke-filler="true"></p><p>Two</p>')).toBe('One\n\nTwo');
    expect(text('<p>A</p><p></p><p>B</p>')).toBe('A\n\nB');
  });
  it('treats <br> inside a paragraph as a line break, but not a trailing one', () => {
    expect(text('<p>line one<br>line two</p>')).toBe('line one\nline two');
    expect(text('<p>only<br></p>')).toBe('only');
  });
  it('puts list items on their own lines and keeps inline formatting in the line', () => {
    expect(
      text('<p>We will:</p><ul><li>hire <strong>six</strong> apprentices</li><li>pay the Living Wage</li></ul>'),
    ).toBe('We will:\nhire six apprentices\npay the Living Wage');
  });
  it('reads bare text, turns non-breaking spaces into spaces and drops editor fillers and zero-width characters', () => {
    expect(text('plain text')).toBe('plain text');
    expect(text('<p>two&nbsp; spaces\u200B\u2060</p>')).toBe('two  spaces');
    expect(text('<p>x</p><div class="ck-fake-selection-container">widget</div><script>bad()</script>')).toBe('x');
    expect(text('<p><br></p>')).toBe('');
  });
});

describe('describeField: the question, hint and section for any markup', () => {
  it('reads label[for], the aria-describedby hint and the section heading', () => {
    page(`<h2>Social value</h2><div class="govuk-form-group"><label for="a">Describe how you will create jobs.</label>
      <div id="a-hint" class="govuk-hint">Maximum 500 words.</div><textarea id="a" aria-describedby="a-hint"></textarea></div>`);
    expect(describeField(field('#a'))).toMatchObject({
      question: 'Describe how you will create jobs.',
      hint: 'Maximum 500 words.',
      section: 'Social value',
    });
  });

  it("ignores a label-wrapper heading as the next field's section and reads markup limits", () => {
    page(`<h2>Quality</h2><h3 class="govuk-label-wrapper"><label for="a">First question about delivery?</label></h3><textarea id="a"></textarea>
      <div class="govuk-character-count" data-maxwords="250"><label for="b">Second question about staff wellbeing?</label><textarea id="b"></textarea></div>`);
    const b = describeField(field('#b'));
    expect(b.section).toBe('Quality');
    expect(b.markupWords).toBe(250);
  });

  it("reads wrapping labels, aria-labelledby and fieldset legends; skips editors' own accessible names", () => {
    page(`<label>Explain your carbon plan <textarea id="w"></textarea></label>
      <span id="t">How will you support local charities?</span><textarea id="l" aria-labelledby="t"></textarea>
      <fieldset><legend>Fair work commitments</legend><div contenteditable="true" id="ce" aria-label="Rich Text Editor. Editing area: main"></div></fieldset>`);
    expect(describeField(field('#w')).question).toBe('Explain your carbon plan');
    expect(describeField(field('#l')).question).toBe('How will you support local charities?');
    expect(describeField(field('#ce')).question).toBe('Fair work commitments');
  });

  it('reads a table layout: the question cell before the answer (not the number cell), or the row above', () => {
    page(`<table><tr><th colspan="3">3. Social Value</th></tr>
      <tr><td>3.1</td><td>Describe the apprenticeships you will offer. <span class="hint">Maximum 750 words.</span></td><td><textarea id="a" maxlength="6000"></textarea></td></tr>
      <tr><td colspan="2">Set out how you will cut waste from the contract.</td></tr><tr><td><textarea id="b"></textarea></td></tr></table>`);
    const a = describeField(field('#a'));
    expect(a.question).toMatch(/^Describe the apprenticeships you will offer\./);
    expect(a.section).toBe('3. Social Value');
    expect(a.markupChars).toBe(6000);
    expect(a.hint).toBe('');
    expect(describeField(field('#b')).question).toBe('Set out how you will cut waste from the contract.');
  });

  it('reads definition lists and falls back to the nearest preceding text, skipping toolbars', () => {
    page(`<dl><dt>2.1 How will you support small businesses?</dt><dd><textarea id="d"></textarea></dd></dl>
      <div><p>Tell us how you will improve green spaces nearby.</p><div role="toolbar">Bold Italic List</div>
      <div class="ql-container"><div class="ql-editor" id="q" contenteditable="true"></div></div></div>`);
    expect(describeField(field('#d')).question).toBe('2.1 How will you support small businesses?');
    expect(describeField(field('#q')).question).toBe('Tell us how you will improve green spaces nearby.');
  });

  it('works inside shadow roots: a generic "Response" label gives way to the question outside the inner root', () => {
    page(`<h2>Social Value</h2><atm-req></atm-req>`);
    const outer = field('atm-req').attachShadow({ mode: 'open' });
    outer.innerHTML = '<p class="req-text">Explain how you will support staff wellbeing.</p><x-input></x-input>';
    const inner = outer.querySelector('x-input')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<label for="i1">Response</label><textarea id="i1" maxlength="5000"></textarea>';
    const cache: DescribeCache = new WeakMap();
    const described = describeField(inner.querySelector('textarea')!, cache);
    expect(described.question).toBe('Explain how you will support staff wellbeing.');
    expect(described.section).toBe('Social Value');
    expect(described.markupChars).toBe(5000);
  });
});

describe('portal fixture expectations (data checked by test/e2e/detection.spec.ts)', () => {
  it('name existing fixture routes, and every expected selector count names a known selector', () => {
    const withFixtures = PORTALS.filter((portal) => portal.fixtures.length > 0);
    expect(withFixtures.length).toBeGreaterThanOrEqual(8);
    for (const portal of withFixtures) {
      for (const fixture of portal.fixtures) {
        expect(Object.keys(ROUTES), portal.id).toContain(fixture.route);
        expect(fixture.socialValue).toBeLessThanOrEqual(fixture.fields);
        for (const name of Object.keys(fixture.selectors))
          expect(portal.knownSelectors[name], `${portal.id}.${name}`).toBeTruthy();
      }
    }
  });
});

describe('hints in a container shared by several questions', () => {
  it('takes only the hint between the previous answer and this one (case-insensitive hint classes)', () => {
    page(`<form>
      <div class="QuestionText"><label for="a">4.1 Describe the placements you will offer young people.</label></div>
      <div class="GuidanceText">Maximum 500 words.</div>
      <textarea id="a"></textarea>
      <div class="QuestionText"><label for="b">5.1 Describe your service desk hours.</label></div>
      <div class="GuidanceText">Maximum 2,000 characters.</div>
      <textarea id="b"></textarea>
    </form>`);
    expect(describeField(field('#a')).hint).toBe('Maximum 500 words.');
    expect(describeField(field('#b')).hint).toBe('Maximum 2,000 characters.');
  });
});
