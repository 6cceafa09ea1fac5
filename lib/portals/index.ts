import type { Portal, PortalInput } from './schema';
import { findTender } from './find-tender';
import { contractsFinder } from './contracts-finder';
import { digitalMarketplace } from './digital-marketplace';
import { jaggaer } from './jaggaer';
import { atamis } from './atamis';
import { delta } from './delta';
import { procontract } from './procontract';
import { inTend } from './in-tend';
import { publicContractsScotland } from './public-contracts-scotland';
import { sell2wales } from './sell2wales';
import { etendersNi } from './etendersni';
import { euSupply } from './eu-supply';

export type { Portal } from './schema';

/** The portal definitions as written, one file each (test/unit/portals.test.ts validates them with `portalSchema`). */
export const PORTAL_INPUTS: readonly PortalInput[] = [
  findTender,
  contractsFinder,
  digitalMarketplace,
  jaggaer,
  atamis,
  delta,
  procontract,
  inTend,
  publicContractsScotland,
  sell2wales,
  etendersNi,
  euSupply,
];

/**
 * A definition with its defaults filled in, as `portalSchema` would return it. No zod here: this runs on every portal
 * page, and bundled data is validated by the unit tests (which check this equals `portalSchema.parse`).
 */
export function withDefaults(input: PortalInput): Portal {
  return {
    ...input,
    tenderReference: input.tenderReference ?? [],
    knownSelectors: input.knownSelectors ?? {},
    fixtures: (input.fixtures ?? []).map((f) => ({ ...f, selectors: f.selectors ?? {} })),
  };
}

/** Every portal we support. This list is the registry; the manifest's match patterns are generated from it. */
export const PORTALS: readonly Portal[] = PORTAL_INPUTS.map(withDefaults);

/** Does `hostname` match a match-pattern host (`*.x` matches x and its subdomains, as Chrome's match patterns do)? */
export function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern;
}

export function portalForHost(hostname: string): Portal | undefined {
  return PORTALS.find((portal) => portal.hosts.some((pattern) => hostMatches(pattern, hostname)));
}

/** The match pattern (and permission) for one host: `https://host/*`, any port, as match patterns do. The one place. */
export function hostMatchPattern(host: string, scheme = 'https:'): string {
  return `${scheme}//${host}/*`;
}

/** Content-script match patterns for the manifest: https only, one per portal host. */
export function portalMatchPatterns(): string[] {
  return [...new Set(PORTALS.flatMap((portal) => portal.hosts.map((host) => hostMatchPattern(host))))];
}

/**
 * The tender reference a page shows, read with the portal's patterns from the URL, then from page text
 * (title, main heading, breadcrumbs). Null when none can be read.
 */
export function readTenderReference(portal: Portal, url: string, pageTexts: readonly string[]): string | null {
  for (const source of portal.tenderReference) {
    const pattern = new RegExp(source);
    for (const text of [url, ...pageTexts]) {
      const found = pattern.exec(text);
      if (found) return (found[1] ?? found[0]).trim();
    }
  }
  return null;
}
