import overlayCss from '@/components/overlay.css?inline';

/**
 * One host element per field, appended to <body> (never inside the portal's own layout), holding an open shadow
 * root. It is `position: fixed`, so it never changes the page's layout or document size.
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

  /**
   * Align with the field: just below its bottom-right corner, clear of the resize handle and of the text being
   * typed (above the field when there is no room below). The panel opens downwards, or upwards near the bottom
   * of the window. Hidden while the field is not on screen.
   */
  place(field: Element, panelOpen = false): void {
    const rect = field.getBoundingClientRect();
    const visible =
      field.isConnected && rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
    if (!visible) {
      this.element.style.visibility = 'hidden';
      return;
    }
    this.element.style.maxWidth = `${Math.max(rect.width, 200)}px`;
    const own = this.element.getBoundingClientRect();
    // Below the field when its bottom is on screen; otherwise pinned inside the visible part of the field, at the
    // bottom of the window, so it never covers the question or hint above.
    const below = rect.bottom + 4;
    const inside = below + own.height > window.innerHeight;
    const top = inside ? Math.max(rect.top + 4, Math.min(rect.bottom, window.innerHeight) - own.height - 6) : below;
    // Inside the field, keep clear of its scrollbar.
    const right = inside ? rect.right - 20 : rect.right;
    const left = Math.max(0, Math.min(right - own.width, window.innerWidth - own.width));
    this.element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    this.element.style.visibility = 'visible';
    this.element.toggleAttribute('data-panel-up', panelOpen && top + own.height + 320 > window.innerHeight && top > window.innerHeight / 2);
  }

  remove(): void {
    this.element.remove();
  }
}
