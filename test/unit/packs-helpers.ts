import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SvlDatabase } from '@/lib/db';
import { handleMessage } from '@/lib/messages/router';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/packs');
export function fixture(name: 'v1' | 'v2'): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.pack.json`), 'utf8')) as Record<string, unknown>;
}
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [name, content] of Object.entries(files))
    z[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(z);
}

/** Seed drafts through the real message handler (as an extension page: the keys here carry no origin). */
export async function seedDrafts(
  db: SvlDatabase,
  tenders: number,
  perTender: number,
  text = (t: number, q: number) => `Answer ${q} for tender ${t}: we will hire ${t + q} apprentices locally.`,
) {
  for (let t = 0; t < tenders; t++) {
    for (let q = 0; q < perTender; q++) {
      const answer = await handleMessage(
        db,
        {
          type: 'draft:save',
          draft: {
            key: `find-tender|ref-${t}|${q + 1}-k${t}x${q}`,
            portalId: 'find-tender',
            tenderRef: `ref-${t}`,
            tenderTitle: `Tender ${t}`,
            question: `${q + 1}. Describe how you will support local employment and skills. Maximum 500 words.`,
            url: `https://www.find-tender.service.gov.uk/Notice/${t}`,
          },
          text: text(t, q),
        },
        { extensionPage: true },
      );
      if (!answer.ok) throw new Error(answer.error);
    }
  }
}

/** Everything in the database, for "exactly as it was" comparisons. */
export async function dump(db: SvlDatabase) {
  return {
    tenders: await db.tenders.toArray(),
    questions: await db.questions.toArray(),
    drafts: await db.drafts.toArray(),
    revisions: await db.revisions.toArray(),
    evidence: await db.evidence.toArray(),
  };
}
