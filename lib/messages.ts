import { z } from 'zod';

/**
 * Every message between the extension's parts. Each is a zod-validated type; the background rejects anything
 * else. Page content (question text, answers) travels only inside the extension, never to a network.
 */
const text = z.string().max(1_000_000);
const shortText = z.string().max(10_000);

export const draftIdentitySchema = z.object({
  key: z.string().min(1).max(2_000),
  portalId: z.string().min(1).max(100),
  tenderRef: shortText.nullable(),
  tenderTitle: shortText.nullable(),
  question: shortText,
  url: z.string().max(4_000),
});

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft:save'), draft: draftIdentitySchema, text }),
  z.object({ type: z.literal('draft:load'), key: z.string().min(1).max(2_000) }),
  /** Before replacing a field's text on the user's request, keep what was there as a revision. */
  z.object({ type: z.literal('draft:keep-revision'), key: z.string().min(1).max(2_000), text, reason: z.string().max(100) }),
  z.object({ type: z.literal('drafts:count') }),
]);
export type Message = z.infer<typeof messageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export interface StoredDraftView {
  key: string;
  text: string;
  updatedAt: number;
}

export type Response =
  | { ok: true; draft?: StoredDraftView | null; count?: number; savedAt?: number }
  | { ok: false; error: string };

/** Messages the popup sends to the content script of the active tab. */
export const tabMessageSchema = z.object({ type: z.literal('page:status') });
export interface PageStatus {
  portal: string | null;
  fieldsFound: number;
  socialValueFields: number;
  paused: boolean;
}
