import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { hostMatchPattern, portalForHost, withDefaults, type Portal } from './portals';

/**
 * Sites beyond the portal list. The user switches Social Value Lens on for one origin at a time from the popup;
 * the browser asks them to grant that origin's permission, and the content script is registered there only.
 */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;
const ORIGIN_MAX = 300;
export const siteOriginSchema = lazySchema(() =>
  z.string().check(z.maxLength(ORIGIN_MAX), z.regex(ORIGIN, 'an origin such as https://tenders.example.org')),
);

/** The origin of a page address, or null for anything that is not an http(s) page (chrome://, file:, about:). */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    // The schema's own test, without building the schema: every portal page asks this at start.
    return parsed.origin.length <= ORIGIN_MAX && ORIGIN.test(parsed.origin) ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The permission and match pattern for one origin: `https://host/*` (any port, as match patterns do). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return hostMatchPattern(url.hostname, url.protocol);
}

/** How a page is covered: a listed portal, a site the user added, or neither. */
export function coverage(
  url: string | undefined,
  extraSites: readonly string[],
): 'portal' | 'added' | 'none' | 'unsupported' {
  const origin = siteOrigin(url);
  if (!origin) return 'unsupported';
  if (portalForHost(new URL(origin).hostname)) return 'portal';
  return extraSites.includes(origin) ? 'added' : 'none';
}

/** The portal definition used on a site the user added: generic detection, GOV.UK-style counting. */
export function addedSitePortal(origin: string): Portal {
  const host = new URL(origin).hostname;
  return withDefaults({
    id: `site-${host.replace(/\./g, '-')}`,
    name: host,
    hosts: [host],
    tenderReference: [],
    countRule: 'govuk',
    crlf: false,
    notes: 'A site the user switched Social Value Lens on for.',
    source: 'the user',
    verification: 'unconfirmed',
  });
}
