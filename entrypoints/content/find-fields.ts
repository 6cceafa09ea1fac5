/**
 * Finding answer fields and the question each one asks, on markup we have never seen. Generic rules only:
 * labels, ARIA, GOV.UK form groups, fieldsets, tables, definition lists and the nearest preceding text.
 * Fields may be textareas, contenteditable editors or same-origin iframe editors, in the document or inside
 * open shadow roots; the question may sit outside the shadow root that holds the field.
 */
import type { AnswerField } from './answer-field';
import { textareaField } from './answer-field';
import { contentEditableField, iframeEditorBody, iframeEditorField } from './editors';
import { cleanText as clean } from '@/lib/text';

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

function textOfIds(root: Document | ShadowRoot, ids: string | null, exclude?: Element): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => (id ? (root.getElementById?.(id) ?? null) : null))
    .filter((el): el is HTMLElement => !!el && el !== exclude && !el.closest('svl-overlay'))
    .map((el) => clean(el.textContent))
    .filter(Boolean)
    .join(' ');
}

/** The parent element, stepping out of a shadow root to its host. */
function parentComposed(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** `closest()` that keeps looking past shadow-root boundaries. */
export function closestComposed(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
  } else {
    if (el.getClientRects().length === 0) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
  }
  const rect = el.getBoundingClientRect();
  return rect.width >= 4 && rect.height >= 4;
}

/** Personal-detail textareas (name, address, dates) that are not answers, by their autocomplete token. */
const PERSONAL_AUTOCOMPLETE =
  /\b(name|given-name|family-name|email|tel|bday|street-address|address-line\d|postal-code|organization|username|current-password|new-password|one-time-code)\b/;

/** Is this a field someone writes an answer in? Visible, editable, multi-line, not opted out. */
export function isAnswerField(el: HTMLTextAreaElement): boolean {
  if (el.disabled || el.readOnly) return false;
  if (closestComposed(el, OPT_OUT_SELECTOR)) return false;
  if (PERSONAL_AUTOCOMPLETE.test(el.getAttribute('autocomplete') ?? '')) return false;
  return isShown(el);
}

/** An editing host (the outermost contenteditable element) that is a multi-line text box, not opted out. */
export function isEditableAnswer(el: HTMLElement): boolean {
  if (!el.isContentEditable || el.parentElement?.isContentEditable) return false;
  if (
    el.matches(
      '.ql-clipboard, [role="searchbox"], [role="combobox"], [role="spinbutton"], [aria-multiline="false"], [aria-readonly="true"], [aria-disabled="true"]',
    )
  ) {
    return false;
  }
  if (closestComposed(el, OPT_OUT_SELECTOR)) return false;
  return isShown(el);
}

/**
 * A walk over every element under a root, collecting open shadow roots (nested ones included, in document order),
 * that can stop at a deadline and go on later: on a page with tens of thousands of elements it is the costliest part
 * of a scan (each element the walk touches gets a wrapper in the extension's world), so the page controller walks in
 * slices between the page's own tasks (issue 14). Tree walkers, not a list of every element up front: a slice costs
 * what it walks, not what the page holds.
 */
export class ShadowRootSearch {
  private readonly stack: TreeWalker[];
  private budget: number;
  private found: ShadowRoot[] = [];
  /** Elements walked so far outside shadow roots: what `getElementsByTagName('*')` counts, once the walk is done. */
  elements = 0;
  /** The walk stopped at its element limit with elements left: the page holds more than a scan examines. */
  exceeded = false;

  constructor(root: Document | ShadowRoot = document, maxElements = Number.POSITIVE_INFINITY) {
    this.stack = [walkerOf(root)];
    this.budget = maxElements;
  }

  /** Walk until done (true) or past `deadline` (a `performance.now()` time; false: call again to go on). */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    let sinceCheck = 0;
    while (this.stack.length) {
      const top = this.stack[this.stack.length - 1]!;
      const el = top.nextNode() as Element | null;
      if (!el) {
        this.stack.pop();
        continue;
      }
      if (this.budget-- <= 0) {
        this.exceeded = true;
        break;
      }
      if (this.stack.length === 1) this.elements++;
      const shadow = el.shadowRoot;
      if (shadow && !el.localName.startsWith('svl-')) {
        this.found.push(shadow);
        this.stack.push(walkerOf(shadow));
      }
      if (++sinceCheck === 64) {
        sinceCheck = 0;
        if (performance.now() >= deadline) return false;
      }
    }
    this.stack.length = 0;
    return true;
  }

  /** The roots found since the last call. */
  take(): ShadowRoot[] {
    const found = this.found;
    this.found = [];
    return found;
  }
}

function walkerOf(root: Document | ShadowRoot): TreeWalker {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
}

/** Every open shadow root under `root`, nested ones included, in document order (at most `maxElements` looked at). */
export function openShadowRoots(
  root: Document | ShadowRoot = document,
  maxElements = Number.POSITIVE_INFINITY,
): ShadowRoot[] {
  const search = new ShadowRootSearch(root, maxElements);
  search.step();
  return search.take();
}

/**
 * How much of a page one scan examines. Real questionnaires have tens to a few hundred answer fields; a hostile or
 * broken page with tens of thousands must not freeze the tab, so a scan stops there and the popup says so.
 */
export const SCAN_LIMITS = { candidates: 2_000, elements: 200_000 };

export interface FieldScan {
  fields: AnswerField[];
  /** Open shadow roots searched (the page observes them for later changes). */
  shadowRoots: ShadowRoot[];
  /** Same-origin iframes whose document may still become an editor (not loaded or not yet editable). */
  pendingFrames: HTMLIFrameElement[];
  /** The scan stopped at a limit (SCAN_LIMITS): the page has more fields than were examined. */
  capped: boolean;
}

/**
 * Every answer field on the page: textareas, contenteditable editors and same-origin iframe editors, in the
 * document and in every open shadow root. Iframe documents are read from this frame, so one overlay layer
 * serves the page.
 */
export function scanFields(
  doc: Document = document,
  limits = SCAN_LIMITS,
  /**
   * What the caller's walk (ShadowRootSearch) found already: the open shadow roots to search as well, and how many
   * elements the document holds. Without it, both are found now.
   */
  known?: { roots: ShadowRoot[]; elements: number },
): FieldScan {
  const shadowRoots = known?.roots ?? openShadowRoots(doc, limits.elements);
  const fields: AnswerField[] = [];
  const pendingFrames: HTMLIFrameElement[] = [];
  let budget = limits.candidates;
  let capped = (known?.elements ?? doc.getElementsByTagName('*').length) > limits.elements;
  for (const root of [doc, ...shadowRoots]) {
    const candidates = root.querySelectorAll<HTMLTextAreaElement | HTMLElement | HTMLIFrameElement>(
      'textarea, [contenteditable], iframe',
    );
    if (candidates.length > budget) capped = true;
    for (let i = 0; i < candidates.length && budget > 0; i++, budget--) {
      const el = candidates[i]!;
      if (el instanceof HTMLTextAreaElement) {
        if (isAnswerField(el)) fields.push(textareaField(el));
      } else if (el instanceof HTMLIFrameElement) {
        if (closestComposed(el, OPT_OUT_SELECTOR)) continue;
        const body = iframeEditorBody(el);
        if (!body) {
          if (sameOrigin(el)) pendingFrames.push(el);
          continue;
        }
        if (!body.matches(OPT_OUT_SELECTOR) && isShown(el)) fields.push(iframeEditorField(el, body));
      } else if (isEditableAnswer(el)) {
        fields.push(contentEditableField(el));
      }
    }
  }
  return { fields, shadowRoots, pendingFrames, capped };
}

function sameOrigin(iframe: HTMLIFrameElement): boolean {
  try {
    return !!iframe.contentDocument;
  } catch {
    return false;
  }
}

/** Accessible names editors give their editing area, which say nothing about the question. */
const EDITOR_NAME = /rich text (editor|area)|editing area|^editor\b|wysiwyg/i;

/** Labels that name the box, not the question ("Response", "Your answer"): the question is elsewhere. */
const GENERIC_LABEL =
  /^(your |supplier |bidder )?(response|answer|reply|text|comments?|details|free text)( here)?\s*[:*]?\s*\*?$/i;

function ownLabel(el: Element, root: Document | ShadowRoot, cache?: DescribeCache): string {
  const label = ownLabelText(el, root, cache);
  return GENERIC_LABEL.test(label) ? '' : label;
}

function ownLabelText(el: Element, root: Document | ShadowRoot, cache?: DescribeCache): string {
  if (el.id) {
    const label = labelFor(root, el.id, cache);
    if (label) return clean(label.textContent);
  }
  const wrapping = el.closest('label');
  if (wrapping) return clean(wrapping.textContent);
  const labelledBy = textOfIds(root, el.getAttribute('aria-labelledby'));
  if (labelledBy && !EDITOR_NAME.test(labelledBy)) return labelledBy;
  const ariaLabel = clean(el.getAttribute('aria-label'));
  if (ariaLabel && !EDITOR_NAME.test(ariaLabel)) return ariaLabel;
  const group = closestComposed(el, '.govuk-form-group, fieldset');
  const legend = group?.querySelector('legend, .govuk-fieldset__legend, h1, h2, h3');
  if (legend) return clean(legend.textContent);
  return '';
}

/** A table cell's text reads as a question (not just a number like "2.1" or a status). */
const questionLike = (text: string) => text.length > 12 && /[a-z]{3,}/i.test(text) && /\s/.test(text);

/** Text in the cell before the answer, the row before it, or the <dt> before a <dd>. */
function layoutLabel(el: Element): string {
  const cell = closestComposed(el, 'td, th');
  if (cell) {
    let fallback = '';
    for (let previous = cell.previousElementSibling; previous; previous = previous.previousElementSibling) {
      const text = clean(previous.textContent);
      if (questionLike(text)) return text;
      if (!fallback && text.length > 3) fallback = text;
    }
    if (fallback) return fallback;
    const row = cell.closest('tr');
    const previousRow = row?.previousElementSibling;
    if (previousRow && !previousRow.querySelector('textarea, [contenteditable], iframe'))
      return clean(previousRow.textContent);
  }
  const dd = closestComposed(el, 'dd');
  if (dd) {
    let previous = dd.previousElementSibling;
    while (previous && previous.tagName !== 'DT') previous = previous.previousElementSibling;
    if (previous) return clean(previous.textContent);
  }
  return '';
}

const NOT_TEXT =
  'script, style, svl-overlay, input, select, button, textarea, [role="toolbar"], .ql-toolbar, .ck-toolbar, [hidden]';

/** The nearest heading or paragraph before the field inside the same container, a few levels up at most. */
function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = parentComposed(node)) {
    let previous = node.previousElementSibling;
    while (previous) {
      if (!previous.matches(NOT_TEXT)) {
        const text = clean(previous.textContent);
        if (text.length > 10) return text;
      }
      previous = previous.previousElementSibling;
    }
  }
  return '';
}

const HINT_SELECTOR =
  '.govuk-hint, .hint, .question-advice, .dm-question-advice, [class*="hint" i], [class*="guidance" i], [class*="help-text" i]';
const ANSWER_LIKE = 'textarea, iframe, [contenteditable="true"], [contenteditable=""]';

/** Is `hint` after the answer field before `el` (if any) and before `el`, in `container`'s document order? */
function belongsBefore(hint: Element, el: Element, container: Element): boolean {
  if (!(hint.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
  let previous: Element | undefined;
  for (const field of container.querySelectorAll(ANSWER_LIKE)) {
    if (field === el || field.contains(el)) break;
    if (field.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) previous = field;
  }
  return !previous || !!(previous.compareDocumentPosition(hint) & Node.DOCUMENT_POSITION_FOLLOWING);
}

function hintText(el: Element, root: Document | ShadowRoot, question: string): string {
  const parts = [textOfIds(root, el.getAttribute('aria-describedby'))];
  const group = closestComposed(el, '.govuk-form-group, .question, fieldset, tr, dd, li');
  const container = group ?? parentComposed(el);
  for (const hint of container?.querySelectorAll(HINT_SELECTOR) ?? []) {
    // Without a question group, a shared container holds other questions' hints too: take only those between the
    // previous answer field and this one.
    if (!group && !belongsBefore(hint, el, container!)) continue;
    parts.push(clean(hint.textContent));
  }
  const seen = new Set<string>();
  return parts
    .filter((part) => part && part !== question && !question.includes(part) && !seen.has(part) && seen.add(part))
    .join(' ');
}

const SECTION_SELECTOR = 'h1, h2, h3, legend, caption, [role="heading"], tr > th[colspan]';

/**
 * What one scan reads once per document or shadow root and reuses for every field: its section headings in
 * document order, and its labels by `for` (one pass instead of a document-wide query per field).
 */
interface RootIndex {
  headings?: Element[];
  labels?: Map<string, Element>;
}
export type DescribeCache = WeakMap<Node, RootIndex>;

function indexOf(root: Document | ShadowRoot, cache?: DescribeCache): RootIndex {
  let index = cache?.get(root);
  if (!index) {
    index = {};
    cache?.set(root, index);
  }
  return index;
}

function headingsOf(root: Document | ShadowRoot, cache?: DescribeCache): Element[] {
  const index = indexOf(root, cache);
  // A heading that wraps a label or a field is that field's question, not a section.
  index.headings ??= [...root.querySelectorAll(SECTION_SELECTOR)].filter(
    (heading) => !heading.querySelector('label, textarea, input, [contenteditable]'),
  );
  return index.headings;
}

/** The first `label[for=id]` in the root, as a document-wide query would find it. */
function labelFor(root: Document | ShadowRoot, id: string, cache?: DescribeCache): Element | null {
  if (!cache) return root.querySelector(`label[for="${CSS.escape(id)}"]`);
  const index = indexOf(root, cache);
  if (!index.labels) {
    index.labels = new Map();
    for (const label of root.querySelectorAll('label[for]')) {
      const target = label.getAttribute('for')!;
      if (!index.labels.has(target)) index.labels.set(target, label);
    }
  }
  return index.labels.get(id) ?? null;
}

/** The section or envelope heading the field sits under ("Social Value", "Technical envelope"). */
function sectionText(el: Element, question: string, cache?: DescribeCache): string {
  let node: Element | null = el;
  while (node) {
    const root = node.getRootNode() as Document | ShadowRoot;
    const headings = headingsOf(root, cache);
    // The last heading before the field: binary search in document order.
    let low = 0;
    let high = headings.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (headings[mid]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) {
        last = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    for (let i = last; i >= 0; i--) {
      const text = clean(headings[i]!.textContent);
      if (text && text !== question && !question.includes(text)) return text;
    }
    node = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return '';
}

function number(value: string | null | undefined): number | null {
  if (!value) return null;
  const parsed = Number.parseInt(value.replace(/[,\s]/g, ''), 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

/**
 * The question a field asks, its hint and its section, from the element that carries the label: a textarea, an
 * editor's hidden source textarea or the editable itself (an AnswerField's `labelSource`). Works inside shadow
 * roots. Pass one `cache` for all fields of a scan.
 */
export function describeField(el: Element, cache?: DescribeCache): FieldDescription {
  const root = el.getRootNode() as Document | ShadowRoot;
  const question = ownLabel(el, root, cache) || layoutLabel(el) || precedingText(el);
  const counter = closestComposed(el, '[data-maxwords], [data-maxlength]');
  const maxLength = el instanceof HTMLTextAreaElement && el.maxLength > 0 ? el.maxLength : null;
  return {
    question,
    hint: hintText(el, root, question),
    section: sectionText(el, question, cache),
    markupWords: number(el.getAttribute('data-max-length-in-words')) ?? number(counter?.getAttribute('data-maxwords')),
    markupChars: number(counter?.getAttribute('data-maxlength')) ?? maxLength,
  };
}
