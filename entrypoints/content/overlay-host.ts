import overlayCss from '@/components/overlay.css?inline';

/**
 * One host element per field, appended to <body> (never inside the portal's own layout), holding an open shadow
 * root. It is `position: fixed`, so it never changes the page's layout or document size.
 */
/** One parsed stylesheet shared by every overlay on the page (adopted, not copied into each shadow root). */
let sharedSheet: CSSStyleSheet | null = null;
function overlaySheet(): CSSStyleSheet | null {
  if (sharedSheet) return sharedSheet;
  try {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(overlayCss);
  } catch {
    sharedSheet = null; // no constructable stylesheets: fall back to a <style> per root
  }
  return sharedSheet;
}

/** Estimated badge height until the first measurement. */
const BADGE_HEIGHT = 26;

export class OverlayHost {
  readonly element: HTMLElement;
  readonly container: HTMLDivElement;
  private height = 0;

  constructor(fieldId: string) {
    this.element = document.createElement('svl-overlay');
    this.element.setAttribute('data-svl-for', fieldId);
    Object.assign(this.element.style, {
      position: 'fixed',
      top: '0',
      right: '0',
      zIndex: '2147483646',
      pointerEvents: 'none',
      visibility: 'hidden',
      margin: '0',
      padding: '0',
      border: '0',
    });
    const shadow = this.element.attachShadow({ mode: 'open' });
    const sheet = overlaySheet();
    if (sheet) shadow.adoptedStyleSheets = [sheet];
    else {
      const style = document.createElement('style');
      style.textContent = overlayCss;
      shadow.append(style);
    }
    this.container = document.createElement('div');
    shadow.append(this.container);
    document.body.append(this.element);
  }

  /**
   * Align with the field: just below its bottom-right corner, clear of the resize handle and of the text being
   * typed. When the field's bottom is off screen, pinned inside the visible part of the field at the bottom of the
   * window, so it never covers the question or hint above. Anchored by its right edge, so a count that grows or
   * shrinks never needs a new measurement. Hidden while the field is not on screen.
   */
  place(field: Element, panelOpen = false): void {
    this.apply(this.measure(field), panelOpen);
  }

  /** Read phase: the field's box (and, once, the badge's height). Read every overlay before writing any. */
  measure(field: Element): DOMRect | null {
    if (!field.isConnected) return null;
    if (!this.height) this.height = this.element.getBoundingClientRect().height;
    return field.getBoundingClientRect();
  }

  /** Write phase: position from a box measured in the same frame. */
  apply(rect: DOMRect | null, panelOpen = false): void {
    const visible =
      rect !== null &&
      rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
    if (!visible) {
      if (this.element.style.visibility !== 'hidden') this.element.style.visibility = 'hidden';
      return;
    }
    const height = this.height || BADGE_HEIGHT;
    const viewportWidth = document.documentElement.clientWidth;
    const below = rect.bottom + 4;
    const inside = below + height > window.innerHeight;
    const top = inside ? Math.max(rect.top + 4, Math.min(rect.bottom, window.innerHeight) - height - 6) : below;
    // Inside the field, keep clear of its scrollbar.
    const right = Math.max(0, viewportWidth - rect.right + (inside ? 20 : 0));
    const style = this.element.style;
    style.maxWidth = `${Math.max(rect.width, 200)}px`;
    style.transform = `translate(${-Math.round(right)}px, ${Math.round(top)}px)`;
    style.visibility = 'visible';
    this.element.toggleAttribute('data-panel-up', panelOpen && top + height + 320 > window.innerHeight && top > window.innerHeight / 2);
  }

  /** The badge's height changed (it wrapped onto another line): measure again at the next placement. */
  remeasure(): void {
    this.height = 0;
  }

  remove(): void {
    this.element.remove();
  }
}
