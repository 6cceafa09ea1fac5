/**
 * The one polite live region the extension uses on a page, as the GOV.UK character count does: it speaks the
 * remaining count once typing has paused, and only while the field still has focus.
 */
/** How long typing must pause before the remaining count is spoken. */
export const ANNOUNCE_PAUSE_MS = 1000;

export class Announcer {
  private readonly region: HTMLDivElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly pauseMs = ANNOUNCE_PAUSE_MS) {
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
    this.region = document.createElement('div');
    this.region.setAttribute('aria-live', 'polite');
    this.region.setAttribute('role', 'status');
    shadow.append(this.region);
    document.body.append(host);
  }

  /** Announce `message()` after a pause in typing, if `field` is still focused then. */
  afterPause(field: { isFocused(): boolean }, message: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (field.isFocused()) {
        this.region.textContent = message();
      }
    }, this.pauseMs);
  }
}
