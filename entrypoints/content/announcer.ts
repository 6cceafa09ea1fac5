/**
 * The one polite live region the extension uses on a page, as the GOV.UK character count does: it speaks the
 * remaining count once typing has paused, and only while the field still has focus.
 */
/** How long typing must pause before the remaining count is spoken. */
export const ANNOUNCE_PAUSE_MS = 1000;

export class Announcer {
  private region: HTMLDivElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly pauseMs = ANNOUNCE_PAUSE_MS) {}

  /**
   * The region, added to the page the first time something may be said (not on every portal page's load). It is
   * in the page a full pause before its first words, so screen readers have registered it by then.
   */
  private liveRegion(): HTMLDivElement {
    if (this.region?.isConnected) return this.region;
    const host = document.createElement('svl-live');
    Object.assign(host.style, {
      position: 'fixed',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      top: '0',
      left: '0',
    });
    const shadow = host.attachShadow({ mode: 'open' });
    const region = document.createElement('div');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('role', 'status');
    shadow.append(region);
    document.body.append(host);
    this.region = region;
    return region;
  }

  /** Announce `message()` after a pause in typing, if `field` is still focused then. */
  afterPause(field: { isFocused(): boolean }, message: () => string): void {
    clearTimeout(this.timer);
    const region = this.liveRegion();
    this.timer = setTimeout(() => {
      if (field.isFocused()) {
        region.textContent = message();
      }
    }, this.pauseMs);
  }
}
