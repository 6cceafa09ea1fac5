import overlayCss from '@/components/overlay.css?inline';

/**
 * One host element per field, appended to <body> (never inside the portal's own layout), holding an open shadow
 * root. It is `position: fixed`, so it never changes the page's layout or document size; it sits just above the
 * field's top-right corner (below the field when there is no room above), clear of the field's own controls.
 */
export class OverlayHost {
  readonly element: HTMLElement;
  readonly container: HTMLDivElement;

  constructor(fieldId: string) {
    this.element = document.createElement('svl-overlay');
    this.element.setAttribute('data-svl-for', fieldId);
    Object.assign(this.element.style, {
      position: 'fixed',
      top: '0',
      left: '0',
      zIndex: '2147483646',
      pointerEvents: 'none',
      visibility: 'hidden',
      margin: '0',
      padding: '0',
      border: '0',
    });
    const shadow = this.element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = overlayCss;
    this.container = document.createElement('div');
    shadow.append(style, this.container);
    document.body.append(this.element);
  }

  /** Align with the field; hidden while the field is not on screen. */
  place(field: Element): void {
    const rect = field.getBoundingClientRect();
    const visible =
      rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight && field.isConnected;
    if (!visible) {
      this.element.style.visibility = 'hidden';
      return;
    }
    this.element.style.maxWidth = `${Math.max(rect.width, 160)}px`;
    const own = this.element.getBoundingClientRect();
    const above = rect.top - own.height - 4;
    const top = above >= 0 ? above : rect.bottom + 4;
    const left = Math.max(0, Math.min(rect.right - own.width, window.innerWidth - own.width));
    this.element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    this.element.style.visibility = 'visible';
  }

  remove(): void {
    this.element.remove();
  }
}
