/**
 * Finding answer fields and the question each one asks, on markup we have never seen. Generic rules only:
 * labels, ARIA, GOV.UK form groups, fieldsets, tables, definition lists and the nearest preceding text.
 */

/** Attributes by which a page opts a field (or a whole form) out of writing assistants, ours included. */
const OPT_OUT_SELECTOR = [
  '[data-svl="off"]',
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
  '[data-enable-grammarly="false"]',
  '[data-lt-active="false"]',
  '[data-ms-editor="false"]',
].join(',');

export interface FieldDescription {
  question: string;
  hint: string;
  section: string;
  /** Limits the markup states (maxlength, GOV.UK data-maxwords/data-maxlength, Digital Marketplace data attribute). */
  markupWords: number | null;
  markupChars: number | null;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function textOfIds(root: Document | ShadowRoot, ids: string | null, exclude?: Element): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => (id ? root.getElementById?.(id) ?? null : null))
    .filter((el): el is HTMLElement => !!el && el !== exclude && !el.closest('svl-overlay'))
    .map((el) => clean(el.textContent))
    .filter(Boolean)
    .join(' ');
}

/** Is this a field someone writes an answer in? Visible, editable, multi-line, not opted out. */
export function isAnswerField(el: HTMLTextAreaElement): boolean {
  if (el.disabled || el.readOnly) return false;
  if (el.closest(OPT_OUT_SELECTOR)) return false;
  if (el.getClientRects().length === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

export function findAnswerFields(root: Document | ShadowRoot = document): HTMLTextAreaElement[] {
  return [...root.querySelectorAll('textarea')].filter(isAnswerField);
}

function ownLabel(el: HTMLTextAreaElement, root: Document | ShadowRoot): string {
  if (el.id) {
    const escaped = CSS.escape(el.id);
    const label = root.querySelector(`label[for="${escaped}"]`);
    if (label) return clean(label.textContent);
  }
  const wrapping = el.closest('label');
  if (wrapping) return clean(wrapping.textContent);
  const labelledBy = textOfIds(root, el.getAttribute('aria-labelledby'));
  if (labelledBy) return labelledBy;
  const ariaLabel = clean(el.getAttribute('aria-label'));
  if (ariaLabel) return ariaLabel;
  const group = el.closest('.govuk-form-group, fieldset');
  const legend = group?.querySelector('legend, .govuk-fieldset__legend, h1, h2, h3');
  if (legend) return clean(legend.textContent);
  return '';
}

/** Text in the cell before the answer, the row before it, or the <dt> before a <dd>. */
function layoutLabel(el: HTMLTextAreaElement): string {
  const cell = el.closest('td, th');
  if (cell) {
    let previous = cell.previousElementSibling;
    while (previous) {
      const text = clean(previous.textContent);
      if (text.length > 3) return text;
      previous = previous.previousElementSibling;
    }
    const row = cell.closest('tr');
    const previousRow = row?.previousElementSibling;
    if (previousRow && !previousRow.querySelector('textarea')) return clean(previousRow.textContent);
  }
  const dd = el.closest('dd');
  if (dd) {
    let previous = dd.previousElementSibling;
    while (previous && previous.tagName !== 'DT') previous = previous.previousElementSibling;
    if (previous) return clean(previous.textContent);
  }
  return '';
}

/** The nearest heading or paragraph before the field inside the same container, a few levels up at most. */
function precedingText(el: HTMLTextAreaElement): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    let previous = node.previousElementSibling;
    while (previous) {
      if (!previous.matches('script, style, svl-overlay, input, select, button')) {
        const text = clean(previous.textContent);
        if (text.length > 10) return text;
      }
      previous = previous.previousElementSibling;
    }
  }
  return '';
}

function hintText(el: HTMLTextAreaElement, root: Document | ShadowRoot, question: string): string {
  const parts = [textOfIds(root, el.getAttribute('aria-describedby'))];
  const group = el.closest('.govuk-form-group, .question, fieldset');
  group?.querySelectorAll('.govuk-hint, .hint, .question-advice, .dm-question-advice').forEach((hint) => {
    parts.push(clean(hint.textContent));
  });
  const seen = new Set<string>();
  return parts
    .filter((part) => part && part !== question && !seen.has(part) && seen.add(part))
    .join(' ');
}

/** The section or envelope heading the field sits under ("Social Value", "Technical envelope"). */
function sectionText(el: HTMLTextAreaElement, root: Document | ShadowRoot, question: string): string {
  const headings = [...root.querySelectorAll('h1, h2, h3, legend, caption, [role="heading"]')];
  let best = '';
  for (const heading of headings) {
    if (!(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    const text = clean(heading.textContent);
    if (text && text !== question && !question.includes(text)) best = text;
  }
  return best;
}

function number(value: string | null | undefined): number | null {
  if (!value) return null;
  const parsed = Number.parseInt(value.replace(/[,\s]/g, ''), 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

export function describeField(el: HTMLTextAreaElement): FieldDescription {
  const root = el.getRootNode() as Document | ShadowRoot;
  const question = ownLabel(el, root) || layoutLabel(el) || precedingText(el);
  const counter = el.closest('[data-maxwords], [data-maxlength]');
  return {
    question,
    hint: hintText(el, root, question),
    section: sectionText(el, root, question),
    markupWords: number(el.getAttribute('data-max-length-in-words')) ?? number(counter?.getAttribute('data-maxwords')),
    markupChars:
      number(counter?.getAttribute('data-maxlength')) ?? (el.maxLength > 0 ? el.maxLength : null),
  };
}
