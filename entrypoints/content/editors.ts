import type { AnswerField } from './answer-field';

/**
 * Rich-text editors behind the AnswerField contract: contenteditable editors (CKEditor 5, Quill, ProseMirror,
 * Salesforce rich text, TinyMCE inline) and editors whose editing area is a same-origin iframe (TinyMCE classic,
 * CKEditor 4). We read the editor's own DOM; we never add nodes inside it. Writing happens only on an explicit
 * user action, through the browser's editing commands, so the editor's model sees an ordinary edit.
 */

/** Block-level tags: each starts a new line in the plain text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
/** Editor furniture inside an editable that is not the user's text. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const SKIP_CLASS = /\b(ck-widget__type-around|ck-fake-selection-container|ql-clipboard|ql-cursor)\b/;
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;

/**
 * The text of an editable area as the user sees it: one line per paragraph (block), `<br>` as a line break,
 * an empty paragraph (`<p><br></p>`, `<p></p>`) as an empty line, non-breaking spaces as spaces.
 * Reads the DOM only (no layout, unlike innerText), so it is cheap to call on every keystroke.
 */
export function editableText(root: Node): string {
  const lines: string[] = [];
  let current: string | null = null;
  const endLine = () => {
    if (current !== null) lines.push(current);
    current = null;
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current = (current ?? '') + (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (
        SKIP.has(tag) ||
        SKIP_CLASS.test(el.getAttribute('class') ?? '') ||
        el.getAttribute('data-mce-bogus') === 'all'
      ) {
        continue;
      }
      if (tag === 'br') {
        lines.push(current ?? '');
        current = null;
      } else if (BLOCKS.has(tag)) {
        endLine();
        const before = lines.length;
        visit(el);
        endLine();
        if (lines.length === before && tag !== 'ul' && tag !== 'ol' && tag !== 'table' && tag !== 'dl') lines.push('');
      } else {
        visit(el);
      }
    }
  };
  visit(root);
  endLine();
  return lines
    .join('\n')
    .replace(INVISIBLE, '')
    .replace(/\u00A0/g, ' ');
}

/**
 * Replace a rich editor's content through the editor's own code, so its model (not just its DOM) holds the text:
 * select everything in the editable, then hand the text to the editor as a paste, which CKEditor 5, Quill and
 * TinyMCE all take through their clipboard pipelines. Editors that ignore the paste (do not prevent its default)
 * get the browser's insertText command instead. Either way the result is read back after the editor has had time to re-render; anything but the text
 * we meant to put there counts as a failure (the caller then offers the clipboard instead).
 */
async function insertThroughEditor(
  doc: Document,
  editable: HTMLElement,
  text: string,
  read: () => string,
): Promise<boolean> {
  const settled = () => new Promise((resolve) => setTimeout(resolve, 150));
  // Editors learn of a new selection from the (asynchronous) selectionchange event: give them a moment.
  const selectAll = async (): Promise<boolean> => {
    editable.focus();
    const selection =
      (
        editable.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null })
      ).getSelection?.() ?? doc.getSelection();
    if (!selection) return false;
    selection.selectAllChildren(editable);
    await new Promise((resolve) => setTimeout(resolve, 30));
    return true;
  };
  try {
    if (!(await selectAll())) return false;
    const before = read();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    editable.dispatchEvent(paste);
    // An editor that takes the paste changes its content, some (TinyMCE) only after a delay, and not every one
    // cancels the event: wait for a change before deciding, and never put the text in a second time.
    const wait = paste.defaultPrevented ? 1500 : 600;
    for (let waited = 0; waited < wait; waited += 50) {
      const now = read();
      if (normalise(now) === normalise(text)) return true;
      if (now !== before) {
        await settled();
        return normalise(read()) === normalise(text);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (paste.defaultPrevented) return normalise(read()) === normalise(text);
    if (!(await selectAll())) return false;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0 && !doc.execCommand('insertParagraph')) return false;
      if (lines[i] && !doc.execCommand('insertText', false, lines[i])) return false;
    }
    await settled();
    return normalise(read()) === normalise(text);
  } catch {
    return false;
  }
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The focused element inside `root`'s tree, looking through shadow roots. */
function isFocusWithin(el: Element): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !!active && (active === el || el.contains(active));
}

/**
 * Call `listener` whenever the editable's content changes, by typing, undo, toolbar or paste: editors such as
 * CKEditor 5 cancel the native edit and render their model, so no `input` event reaches the page. One observer on
 * the editable only (its records come batched per microtask), never on the page.
 */
function watchEditable(target: Node, listener: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const observer = new MutationObserver(() => listener());
  observer.observe(target, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** The visible box of a contenteditable editor: Quill's container carries the border, others the editable. */
function editorBox(editable: HTMLElement): Element {
  if (editable.classList.contains('ql-editor') && editable.parentElement?.classList.contains('ql-container')) {
    return editable.parentElement;
  }
  return editable;
}

/** The hidden source element a framework editor replaced, which carries the label (CKEditor 5 inserts after it). */
function sourceElementOf(editable: HTMLElement): Element | null {
  const ck = editable.closest('.ck-editor');
  const before = ck?.previousElementSibling;
  if (before && (before.localName === 'textarea' || before.getAttribute('data-ckeditor-source') !== null))
    return before;
  return null;
}

export function contentEditableField(editable: HTMLElement): AnswerField {
  return {
    kind: 'contenteditable',
    element: editable,
    anchor: editorBox(editable),
    labelSource: sourceElementOf(editable) ?? editable,
    text: () => editableText(editable),
    setText: (text) => insertThroughEditor(editable.ownerDocument, editable, text, () => editableText(editable)),
    onInput: (listener, signal) => watchEditable(editable, listener, signal),
    isFocused: () => isFocusWithin(editable),
    focus: () => editable.focus(),
  };
}

/** The editable body of a same-origin editor iframe, or null when it is not (yet) an editor or not reachable. */
export function iframeEditorBody(iframe: HTMLIFrameElement): HTMLElement | null {
  let doc: Document | null = null;
  try {
    doc = iframe.contentDocument;
  } catch {
    return null;
  }
  const body = doc?.body;
  if (!doc || !body) return null;
  if (body.isContentEditable || doc.designMode === 'on' || body.matches('#tinymce, .mce-content-body, .cke_editable')) {
    return body;
  }
  return null;
}

/** The textarea a TinyMCE (`{id}_ifr`) or CKEditor 4 (`cke_{name}`) iframe editor stands in for. */
function iframeSource(iframe: HTMLIFrameElement): Element | null {
  const root = iframe.getRootNode() as Document | ShadowRoot;
  const tiny = /^(.+)_ifr$/.exec(iframe.id);
  if (tiny?.[1]) {
    const source = root.getElementById?.(tiny[1]);
    if (source) return source;
  }
  // CKEditor 4: the editor's outer box is `#cke_{name}`; boxes inside it have ids like `cke_1_contents`.
  for (let box = iframe.closest('[id^="cke_"]'); box; box = box.parentElement?.closest('[id^="cke_"]') ?? null) {
    const name = box.id.slice(4);
    const source = root.getElementById?.(name) ?? root.querySelector?.(`textarea[name="${CSS.escape(name)}"]`);
    if (source) return source;
  }
  return null;
}

export function iframeEditorField(iframe: HTMLIFrameElement, body: HTMLElement): AnswerField {
  const doc = body.ownerDocument;
  return {
    kind: 'iframe-editor',
    element: iframe,
    anchor: iframe,
    labelSource: iframeSource(iframe) ?? iframe,
    text: () => editableText(body),
    async setText(text) {
      if (!body.isConnected || !(body.isContentEditable || doc.designMode === 'on')) return false;
      iframe.contentWindow?.focus();
      return insertThroughEditor(doc, body, text, () => editableText(body));
    },
    onInput: (listener, signal) => watchEditable(body, listener, signal),
    isFocused: () => (iframe.getRootNode() as Document | ShadowRoot).activeElement === iframe && doc.hasFocus(),
    focus() {
      iframe.contentWindow?.focus();
      body.focus();
    },
  };
}
