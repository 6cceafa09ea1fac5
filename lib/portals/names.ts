import { PORTALS } from './index';

const NAMES: ReadonlyMap<string, string> = new Map(PORTALS.map((portal) => [portal.id, portal.name]));

/**
 * The name a person reads for a portal id ("find-tender" → "Find a Tender (and supplier information)").
 * An id we do not list (a site the user added, a draft imported from a newer version) is shown as it is.
 */
export function portalName(id: string): string {
  return NAMES.get(id) ?? id;
}
