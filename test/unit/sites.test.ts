import { describe, expect, it } from 'vitest';
import { portalSchema } from '@/lib/portals/schema';
import { addedSitePortal, coverage, originPattern, siteOrigin } from '@/lib/sites';
import { MESSAGES } from '@/lib/messages/table';
import { parseSettings } from '@/lib/settings';

describe('sites beyond the portal list', () => {
  it('reads the origin of http(s) pages only', () => {
    expect(siteOrigin('https://tenders.example.org/path?q=1')).toBe('https://tenders.example.org');
    expect(siteOrigin('http://intranet.local:8080/x')).toBe('http://intranet.local:8080');
    for (const url of ['chrome://extensions', 'file:///etc/passwd', 'about:blank', 'not a url', undefined]) {
      expect(siteOrigin(url)).toBeNull();
    }
  });

  it('asks for exactly one origin, never a wildcard host', () => {
    expect(originPattern('https://tenders.example.org')).toBe('https://tenders.example.org/*');
    expect(originPattern('http://intranet.local:8080')).toBe('http://intranet.local/*');
  });

  it('tells listed portals, added sites and other pages apart', () => {
    const added = ['https://tenders.example.org'];
    expect(coverage('https://crowncommercialservice.bravosolution.co.uk/esop/', added)).toBe('portal');
    expect(coverage('https://tenders.example.org/q/1', added)).toBe('added');
    expect(coverage('https://other.example.org/', added)).toBe('none');
    expect(coverage('chrome://newtab', added)).toBe('unsupported');
  });

  it('gives an added site a generic portal definition with its own id', () => {
    const portal = addedSitePortal('https://tenders.example.org');
    expect(portal).toMatchObject({ id: 'site-tenders-example-org', countRule: 'govuk', verification: 'unconfirmed' });
    expect(portalSchema.parse(portal)).toEqual(portal); // a valid definition, built without zod at run time
  });

  it('keeps only well-formed origins in settings', () => {
    expect(parseSettings({ extraSites: ['https://ok.example.org'] }).extraSites).toEqual(['https://ok.example.org']);
    expect(parseSettings({ extraSites: ['javascript:alert(1)'] }).extraSites).toEqual([]);
  });

  it('validates the sync message', () => {
    expect(MESSAGES['sites:sync'].schema.safeParse({ tabId: 3 }).success).toBe(true);
    expect(MESSAGES['sites:sync'].schema.safeParse({ tabId: -1 }).success).toBe(false);
  });
});
