import { z } from 'zod';
import { COUNT_RULE_IDS } from '../counting';

/**
 * A portal definition: which hosts it lives on, how to read the tender reference from a page, and how its
 * answer fields count. Definitions are data: one file per portal in this folder, validated by this schema.
 */
export const hostPatternSchema = z
  .string()
  .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a host, or *. followed by a host (no scheme, port or path)');

export const portalSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Match-pattern hosts, https only. `*.example.com` matches example.com and every subdomain. */
  hosts: z.array(hostPatternSchema).min(1),
  /** Regular expressions (source text) tried in order on the URL, then the page title and main heading. */
  tenderReference: z.array(z.string()).default([]),
  /** The counting rule the portal's own fields follow, as far as we know it. */
  countRule: z.enum(COUNT_RULE_IDS),
  /** Whether the form posts line breaks as CRLF, so a server-side character limit counts each as two. */
  crlf: z.boolean(),
  /**
   * Optional selectors known for this portal's markup (name -> CSS selector). Never required: the generic
   * detector finds fields without them. Each is checked against the fixture pages below (expected counts).
   */
  knownSelectors: z.record(z.string(), z.string()).default({}),
  /**
   * Fixture pages modelled on this portal (route names in test/fixtures/routes.ts) and what must be found there:
   * answer fields, social value fields, and how many elements each known selector matches (open shadow roots
   * included). Checked by test/e2e/detection.spec.ts in the style of Refined GitHub's tested selectors.
   */
  fixtures: z
    .array(
      z.object({
        route: z.string(),
        fields: z.number().int().min(0),
        socialValue: z.number().int().min(0),
        selectors: z.record(z.string(), z.number().int().min(0)).default({}),
      }),
    )
    .default([]),
  notes: z.string(),
  source: z.string(),
  verification: z.enum(['verified', 'secondary', 'unconfirmed']),
});

export type PortalInput = z.input<typeof portalSchema>;
export type Portal = z.output<typeof portalSchema>;
