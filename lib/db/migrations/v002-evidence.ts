import type { Migration } from './types';

/** Version 2: the evidence library; drafts indexed by submission state. No rows change. */
export const v002: Migration = {
  version: 2,
  stores: {
    drafts: '&key, tenderId, portalId, updatedAt, submittedAt',
    evidence: '&id, updatedAt, reviewBy',
  },
};
