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
/** The full badge goes beside a field only with this much room to its right; otherwise a 24 px marker. */
const MIN_BESIDE_WIDTH = 240;

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
   * Align with the field without covering anything of the page's: beside the field's bottom-right corner when the
   * window has room to its right, otherwise inside the field's bottom-right corner (clear of its scrollbar and
   * resize handle), never below it where the portal's own buttons and counters sit. When the field's bottom is off
   * screen, pinned to the bottom of its visible part. Anchored by its right edge, so a count that grows or shrinks
   * needs no new measurement. Hidden while the field is not on screen.
   */
  place(field: Element, panelOpen = false): void {
    this.apply(this.measure(field), panelOpen);
  }

  /** Read phase: the field's box (and, once, the badge's height). Read every overlay before writing any. */
  measure(field: Element): DOMRect | null {
    if (!field.isConnected) return null;
    if (!this.height) {
      const own = this.element.getBoundingClientRect();
      this.height = own.height;
    }
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
    const viewportWidth = document.documentElement.clientWidth;
    const room = viewportWidth - rect.right;
    const beside = room >= MIN_BESIDE_WIDTH + 12;
    const style = this.element.style;
    if (this.element.hasAttribute('data-compact') === beside) {
      // The badge changes shape: measure its height again next time.
      this.element.toggleAttribute('data-compact', !beside);
      this.height = 0;
    }
    let top: number;
    if (beside) {
      // Beside the field, anchored by its left edge 8 px right of the field: a count that grows, a note or a wrap
      // grows away from the field, never into it.
      const height = this.height || BADGE_HEIGHT;
      const bottom = Math.min(rect.bottom, window.innerHeight);
      top = Math.max(rect.top + 2, bottom - height);
      style.left = `${Math.round(rect.right + 8)}px`;
      style.right = 'auto';
      style.maxWidth = `${Math.max(room - 16, MIN_BESIDE_WIDTH - 16)}px`;
      style.transform = `translateY(${Math.round(top)}px)`;
    } else {
      // No room beside: a 24 x 24 marker inside the field's top-right corner, clear of its scrollbar (the full
      // badge's facts are in the guidance it opens). A restore offer, shown only while the field is empty, grows
      // leftwards from it and covers no text.
      top = Math.max(rect.top + 2, 0);
      const right = viewportWidth - rect.right + 18;
      style.left = 'auto';
      style.right = '0';
      style.maxWidth = `${Math.max(rect.width - 28, 24)}px`;
      style.transform = `translate(${-Math.round(right)}px, ${Math.round(top)}px)`;
    }
    style.visibility = 'visible';
    const height = this.height || BADGE_HEIGHT;
    this.element.toggleAttribute('data-panel-up', panelOpen && top + height + 320 > window.innerHeight && top > window.innerHeight / 2);
  }

  /** The badge's size may have changed (new status, a note, a wrap): measure again at the next placement. */
  remeasure(): void {
    this.height = 0;
  }

  remove(): void {
    this.element.remove();
  }
}
