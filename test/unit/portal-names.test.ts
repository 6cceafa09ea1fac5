import { describe, expect, it } from 'vitest';
import { portalName } from '@/lib/portals/names';
import { PORTALS } from '@/lib/portals';

describe('portal names', () => {
  it('names every listed portal, never by its id', () => {
    expect(portalName('find-tender')).toMatch(/^Find a Tender/);
    for (const portal of PORTALS) expect(portalName(portal.id)).toBe(portal.name);
  });
  it('shows an unknown id as it is', () => {
    expect(portalName('site:tenders.example.org')).toBe('site:tenders.example.org');
  });
});
