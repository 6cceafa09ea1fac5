/**
 * The session-risk nudge. Portals time out on inactivity measured by requests to the server, and typing sends
 * none: someone who has typed for a long time since the page last loaded (the portal's own save or a navigation)
 * may lose the session when they next submit. Worked out locally from two timestamps; the portal is never pinged.
 */
export function sessionRiskMinutes(input: {
  pageLoadedAt: number;
  now: number;
  /** Has the user typed into a social value field on this page? */
  typed: boolean;
  thresholdMinutes: number;
}): number | null {
  if (!input.typed) return null;
  const minutes = Math.floor((input.now - input.pageLoadedAt) / 60_000);
  return minutes >= input.thresholdMinutes ? minutes : null;
}
