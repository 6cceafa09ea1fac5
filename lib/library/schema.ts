import { z } from 'zod';
import type { EvidenceRow } from '../db';
import { CATEGORY_IDS, CRITERION_IDS, SCOT_CB_IDS, SCOT_FWF_IDS, WALES_GOAL_IDS } from '../knowledge/ids';

/**
 * One item in the evidence library: a short fact or paragraph a bid team has approved for reuse, with its figures,
 * the award criteria and technology categories it supports, an owner and a review-by date. Items travel in packs,
 * so this schema is also the pack format's evidence schema: it validates untrusted input.
 */
export const EVIDENCE_CRITERION_IDS = [...CRITERION_IDS, ...SCOT_CB_IDS, ...SCOT_FWF_IDS, ...WALES_GOAL_IDS] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const timestamp = z.number().int().min(0).max(8_640_000_000_000_000);

export const EvidenceItemSchema = z.strictObject({
  id: z.string().min(1).max(200),
  title: z.string().trim().min(1, 'a title').max(300),
  text: z.string().trim().min(1, 'the fact or paragraph').max(20_000),
  figures: z.array(z.string().trim().min(1).max(300)).max(50),
  criterionIds: z.array(z.enum(EVIDENCE_CRITERION_IDS)).max(60),
  categoryIds: z.array(z.enum(CATEGORY_IDS)).max(CATEGORY_IDS.length),
  owner: z.string().trim().max(200),
  reviewBy: isoDate.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

/** What the library form sends: an item without timestamps (and without an id when it is new). */
export const EvidenceDraftSchema = EvidenceItemSchema.omit({ createdAt: true, updatedAt: true, id: true }).extend({
  id: z.string().min(1).max(200).optional(),
});
export type EvidenceDraft = z.infer<typeof EvidenceDraftSchema>;

/** A readable reason from the first zod issue: "title: needs a title". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? issue.path.join('.') : 'item';
  return `${where}: ${issue.message}`;
}

/** A stored row as an item; ids this version does not know are dropped so the item stays valid. */
export function toEvidenceItem(e: EvidenceRow): EvidenceItem {
  const criteria = new Set<string>(EVIDENCE_CRITERION_IDS);
  const categories = new Set<string>(CATEGORY_IDS);
  return {
    id: e.id,
    title: e.title,
    text: e.text,
    figures: [...e.figures],
    criterionIds: e.criterionIds.filter((id) => criteria.has(id)) as EvidenceItem['criterionIds'],
    categoryIds: e.categoryIds.filter((id) => categories.has(id)) as EvidenceItem['categoryIds'],
    owner: e.owner,
    reviewBy: e.reviewBy,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
