import overlayCss from '@/components/overlay.css?inline';

/**
 * One host element per field, holding an open shadow root, inside one layer appended to <body> (never inside the
 * portal's own layout). The layer is `position: fixed` over the viewport with layout and size containment: it never
 * changes the page's layout or document size, and adding, changing or removing an overlay lays out the layer alone,
 * not the portal's page (on a 300-question page, a layout of the whole page each time sessions started was most of
 * the extension's main-thread time; issue 14). Contained, the layer is the containing block of the hosts, which are
 * `position: fixed` too: it covers the viewport exactly (inset 0), so their coordinates are the viewport's.
 */
let layer: HTMLElement | null = null;
function overlayLayer(): HTMLElement {
  if (!layer) {
    layer = document.createElement('svl-overlays');
    Object.assign(layer.style, {
      position: 'fixed',
      inset: '0',
      contain: 'layout size style',
      zIndex: '2147483646',
      pointerEvents: 'none',
      margin: '0',
      padding: '0',
      border: '0',
      display: 'block',
    });
  }
  // A page that replaced its body (or removed the layer) gets it back with the next overlay.
  if (!layer.isConnected) document.body.append(layer);
  return layer;
}

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
/** The in-page panel's width, and the least it may shrink to beside a field before it goes below the field. */
const PANEL_WIDTH = 460;
const MIN_PANEL_WIDTH = 300;
const MIN_PANEL_HEIGHT = 160;
/** How much room below the field the panel asks the page to scroll for. */
const PANEL_ROOM_BELOW = 340;

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
    overlayLayer().append(this.element);
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

  /** The window's layout width, read in the read phase: reading it among another overlay's writes forces a layout. */
  private viewportWidth = 0;

  /**
   * Read phase: the field's box, the window's width (and, once, the badge's height). Read every overlay before
   * writing any.
   */
  measure(field: Element): DOMRect | null {
    if (!field.isConnected) return null;
    this.viewportWidth = document.documentElement.clientWidth;
    if (!this.height) {
      const own = this.element.getBoundingClientRect();
      this.height = own.height;
    }
    return field.getBoundingClientRect();
  }

  /** Write phase: position from a box measured in the same frame. */
  apply(rect: DOMRect | null, panelOpen = false): void {
    const visible =
      rect !== null && rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
    if (!visible) {
      if (this.element.style.visibility !== 'hidden') this.element.style.visibility = 'hidden';
      return;
    }
    const viewportWidth = this.viewportWidth;
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
      // With the panel open the host is positioned without a transform, so the panel can be placed in the viewport.
      style.top = panelOpen ? `${Math.round(top)}px` : '0';
      style.transform = panelOpen ? 'none' : `translateY(${Math.round(top)}px)`;
    } else {
      // No room beside: a 24 x 24 marker inside the field's top-right corner, clear of its scrollbar (the full
      // badge's facts are in the guidance it opens). A restore offer, shown only while the field is empty, grows
      // leftwards from it and covers no text.
      top = Math.max(rect.top + 2, 0);
      const right = viewportWidth - rect.right + 18;
      style.left = 'auto';
      style.maxWidth = `${Math.max(rect.width - 28, 24)}px`;
      style.right = panelOpen ? `${Math.round(right)}px` : '0';
      style.top = panelOpen ? `${Math.round(top)}px` : '0';
      style.transform = panelOpen ? 'none' : `translate(${-Math.round(right)}px, ${Math.round(top)}px)`;
    }
    style.visibility = 'visible';
    this.element.toggleAttribute('data-panel-fixed', panelOpen);
    // Every host shares one z-index, so a later one (the next field's marker) would paint over an open panel:
    // the host with its panel open sits one above the rest.
    style.zIndex = panelOpen ? '2147483647' : '2147483646';
    if (panelOpen) this.placePanel(rect, viewportWidth);
  }

  /**
   * Before the in-page panel opens (on the user's request): when it fits neither beside the field nor below it,
   * scroll the page just enough for it to fit below, keeping the field's top in view. Nothing moves otherwise.
   */
  makeRoomForPanel(field: Element): void {
    const rect = field.getBoundingClientRect();
    if (document.documentElement.clientWidth - rect.right - 16 >= MIN_PANEL_WIDTH) return;
    const shortBy = rect.bottom + 8 + PANEL_ROOM_BELOW - window.innerHeight;
    const by = Math.min(shortBy, Math.max(0, rect.top - 8));
    if (by > 0) window.scrollBy(0, by);
  }

  /**
   * The in-page guidance panel (the fallback where the browser has no side panel) goes beside the field, never over
   * it or its question: to its right when the window has room (questions sit above a field or to its left, as in a
   * Jaggaer table), else below it. Only when the window has room for neither does it take the window's bottom strip.
   */
  private placePanel(rect: DOMRect, viewportWidth: number): void {
    const viewportHeight = window.innerHeight;
    const right = viewportWidth - rect.right - 16;
    let box: { left: number; top: number; width: number; maxHeight: number };
    if (right >= MIN_PANEL_WIDTH) {
      box = { left: rect.right + 8, top: 8, width: Math.min(PANEL_WIDTH, right), maxHeight: viewportHeight - 16 };
    } else {
      const width = Math.min(PANEL_WIDTH, viewportWidth - 16);
      const below = Math.min(rect.bottom + 8, viewportHeight - MIN_PANEL_HEIGHT - 8);
      box = {
        left: Math.max(8, Math.min(rect.left, viewportWidth - width - 8)),
        top: below,
        width,
        maxHeight: viewportHeight - below - 8,
      };
    }
    const style = this.element.style;
    style.setProperty('--svl-panel-left', `${Math.round(box.left)}px`);
    style.setProperty('--svl-panel-top', `${Math.round(box.top)}px`);
    style.setProperty('--svl-panel-width', `${Math.round(box.width)}px`);
    style.setProperty('--svl-panel-max-height', `${Math.round(box.maxHeight)}px`);
  }

  /** The badge's size may have changed (new status, a note, a wrap): measure again at the next placement. */
  remeasure(): void {
    this.height = 0;
  }

  remove(): void {
    this.element.remove();
  }
}
