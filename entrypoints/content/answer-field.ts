/**
 * An answer field of any kind, behind one interface: a plain textarea now; contenteditable editors and editors
 * inside iframes implement the same contract. The overlay, the counter and autosave only ever use this.
 */
export interface AnswerField {
  readonly kind: 'textarea' | 'contenteditable' | 'iframe-editor';
  /** The element that carries `data-svl-field` and is the field's identity on the page. */
  readonly element: HTMLElement;
  /** The visible editing box the overlay aligns with (for an iframe editor, the iframe). */
  readonly anchor: Element;
  /** The element whose label, hint and surroundings describe the question (an editor's source textarea). */
  readonly labelSource: Element;
  /** The answer as plain text, paragraphs separated by "\n". */
  text(): string;
  /**
   * Replace the answer, only ever on the user's explicit request. Resolves false when the editor cannot be written
   * safely (it did not end up holding the text); the caller then offers copy-to-clipboard instead.
   */
  setText(text: string): Promise<boolean>;
  /** Call `listener` after every change the user makes, until `signal` aborts. */
  onInput(listener: () => void, signal: AbortSignal): void;
  isFocused(): boolean;
  focus(): void;
}

/** Set a textarea's value the way typing does, so frameworks and GOV.UK's counter see the change. */
export function setNativeValue(field: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

export function textareaField(textarea: HTMLTextAreaElement): AnswerField {
  return {
    kind: 'textarea',
    element: textarea,
    anchor: textarea,
    labelSource: textarea,
    text: () => textarea.value,
    async setText(text) {
      setNativeValue(textarea, text);
      return true;
    },
    onInput(listener, signal) {
      textarea.addEventListener('input', listener, { signal });
    },
    isFocused: () => (textarea.getRootNode() as Document | ShadowRoot).activeElement === textarea,
    focus: () => textarea.focus(),
  };
}
