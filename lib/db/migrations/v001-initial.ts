import type { Migration } from './types';

/** Version 1: tenders, questions, drafts, revisions. */
export const v001: Migration = {
  version: 1,
  stores: {
    tenders: '&id, portalId, lastSeen',
    questions: '&fingerprint, tenderId',
    drafts: '&key, tenderId, portalId, updatedAt',
    revisions: '++id, draftKey, savedAt',
  },
};
