import type { SvlDatabase } from '../db';
import { EvidenceDraftSchema, firstIssue, toEvidenceItem, type EvidenceItem } from './schema';

/** The evidence library in the database (background only). */
export async function listEvidence(db: SvlDatabase): Promise<EvidenceItem[]> {
  return (await db.evidence.toArray()).map(toEvidenceItem);
}

export function newEvidenceId(now = Date.now()): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `ev-${now.toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/** Add or update an item; validation failures come back as words, and nothing is written. */
export async function saveEvidence(
  db: SvlDatabase,
  input: unknown,
  now = Date.now(),
): Promise<{ ok: true; item: EvidenceItem } | { ok: false; error: string }> {
  const parsed = EvidenceDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: `The evidence item was not saved (${firstIssue(parsed.error)}).` };
  const draft = parsed.data;
  return db.transaction('rw', db.evidence, async () => {
    const existing = draft.id ? await db.evidence.get(draft.id) : undefined;
    const item: EvidenceItem = {
      ...draft,
      id: draft.id ?? newEvidenceId(now),
      figures: [...new Set(draft.figures)],
      criterionIds: [...new Set(draft.criterionIds)],
      categoryIds: [...new Set(draft.categoryIds)],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.evidence.put(item);
    return { ok: true as const, item };
  });
}

export async function deleteEvidence(db: SvlDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.evidence, async () => {
    if (!(await db.evidence.get(id))) return false;
    await db.evidence.delete(id);
    return true;
  });
}
