import { describe, expect, it } from 'vitest';
import {
  hostMatches,
  PORTAL_INPUTS,
  PORTALS,
  portalForHost,
  portalMatchPatterns,
  readTenderReference,
} from '@/lib/portals';
import { portalSchema } from '@/lib/portals/schema';

describe('portal registry', () => {
  it('every definition passes its schema, and the registry equals what the schema returns (defaults included)', () => {
    expect(PORTALS.length).toBe(PORTAL_INPUTS.length);
    PORTAL_INPUTS.forEach((input, i) => expect(PORTALS[i]).toEqual(portalSchema.parse(input)));
  });

  it('has unique ids and only https match patterns, with no localhost or all-urls', () => {
    const ids = PORTALS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const patterns = portalMatchPatterns();
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(patterns.join(' ')).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>|\*:\/\//);
  });

  it('covers every portal family the product promises', () => {
    const expected = [
      'find-tender.service.gov.uk',
      'supplier-information.find-tender.service.gov.uk',
      'www.contractsfinder.service.gov.uk',
      'www.digitalmarketplace.service.gov.uk',
      'crowncommercialservice.bravosolution.co.uk',
      'homeoffice.app.jaggaer.com',
      'ministryofjusticecommercial.ukp.app.jaggaer.com',
      'www.publictendersscotland.publiccontractsscotland.gov.uk',
      'www.sell2wales.gov.wales',
      'atamis-1928.my.site.com',
      'atamis-ukparliament.my.site.com',
      'www.delta-esourcing.com',
      'procontract.due-north.com',
      'bristol.in-tendhost.co.uk',
      'etendersni.gov.uk',
      'uk.eu-supply.com',
    ];
    for (const host of expected) expect(portalForHost(host), host).toBeDefined();
  });

  it('does not claim lookalike or unlisted hosts', () => {
    for (const host of [
      'evilfind-tender.service.gov.uk',
      'find-tender.service.gov.uk.attacker.example',
      'someone-else.my.site.com',
      'atamis-1928.my.site.com.evil.example',
      'www.example-buyer-portal.co.uk',
      'localhost',
    ]) {
      expect(portalForHost(host), host).toBeUndefined();
    }
  });

  it('matches a wildcard host at any depth and the bare domain, as Chrome match patterns do', () => {
    expect(hostMatches('*.bravosolution.co.uk', 'bravosolution.co.uk')).toBe(true);
    expect(hostMatches('*.bravosolution.co.uk', 'a.b.bravosolution.co.uk')).toBe(true);
    expect(hostMatches('*.bravosolution.co.uk', 'xbravosolution.co.uk')).toBe(false);
    expect(hostMatches('www.sell2wales.gov.wales', 'sell2wales.gov.wales')).toBe(false);
  });

  it('reads tender references from the URL or page text', () => {
    const jaggaer = portalForHost('crowncommercialservice.bravosolution.co.uk')!;
    expect(
      readTenderReference(
        jaggaer,
        'https://x.bravosolution.co.uk/esop/toolkit/negotiation/rfq/detailRfqResponse.do?rfqId=rfq_51234&_ncp=1',
        [],
      ),
    ).toBe('rfq_51234');
    expect(
      readTenderReference(jaggaer, 'https://x.bravosolution.co.uk/esop/toolkit/', ['ITT itt_8812 - Cloud hosting']),
    ).toBe('itt_8812');
    const fts = portalForHost('www.find-tender.service.gov.uk')!;
    expect(readTenderReference(fts, 'https://www.find-tender.service.gov.uk/Notice/012345-2026', [])).toBe(
      '012345-2026',
    );
    expect(
      readTenderReference(fts, 'https://www.find-tender.service.gov.uk/answers', ['Quality questions']),
    ).toBeNull();
  });
});

describe('fixture routes', () => {
  it('serve one page per host and path (the server ignores the query)', async () => {
    const { ROUTES } = await import('../fixtures/routes');
    const places = Object.values(ROUTES).map((route) => {
      const url = new URL(route.url);
      return `${url.hostname}${url.pathname}`;
    });
    expect(new Set(places).size).toBe(places.length);
  });
});
