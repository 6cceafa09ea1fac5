import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { REVISION_REASONS, type RevisionReason } from '../drafts/revision-reasons';
import { shortText } from './views';

/**
 * What the side panel and a portal field say to each other (through the background). The content script
 * describes the focused field with what the page already shows (its question, the user's own text, the
 * classification); the side panel, an extension page the portal cannot script, asks for text to be inserted or a
 * choice applied, and the background relays that to the one tab and frame the field was described from.
 */
const key = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(2_000)));
const text = lazySchema(() => z.string().check(z.maxLength(1_000_000)));
const id = lazySchema(() => z.string().check(z.maxLength(100)));
const fieldId = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(100)));
const index = lazySchema(() => z.int().check(z.nonnegative()));
const ruleId = lazySchema(() => z.string().check(z.maxLength(40)));

export const classificationSchema = lazySchema(() =>
  z.object({
    socialValue: z.boolean(),
    confidence: z.number().check(z.gte(0), z.lte(1)),
    model: z.nullable(id),
    modelReason: z.string().check(z.maxLength(1_000)),
    themeId: z.nullable(id),
    themeIds: z.array(id).check(z.maxLength(20)),
    secondaryThemeIds: z.array(id).check(z.maxLength(20)),
    nativeId: z.nullable(id),
    outcomeId: z.nullable(id),
    criterionIds: z.array(id).check(z.maxLength(60)),
    toms: z.boolean(),
    why: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(50)),
  }),
);

/** The focused social value field, as its content script describes it. */
export const focusedFieldSchema = lazySchema(() =>
  z.object({
    fieldId,
    key,
    portalId: z.string().check(z.minLength(1), z.maxLength(100)),
    /** The page's host name: framework notices (a Digital Marketplace declaration) depend on it. */
    portalHost: z.optional(z.string().check(z.maxLength(253))),
    question: shortText,
    /** The user's own answer in the field (the same text the autosave stores). */
    text,
    classification: classificationSchema,
    corrected: z.boolean(),
    limit: z.nullable(z.object({ unit: z.enum(['words', 'chars']), value: index })),
    rules: z.object({ words: ruleId, chars: ruleId }),
  }),
);
export type FocusedField = z.infer<typeof focusedFieldSchema>;
/** A focused field with where it lives (set by the background from the sender, never by the content script). */
export const focusedFieldAtSchema = lazySchema(() =>
  z.extend(focusedFieldSchema, { tabId: index, frameId: index, at: z.number() }),
);
export type FocusedFieldAt = z.infer<typeof focusedFieldAtSchema>;

/** A correction of the theme (null: as detected), or the counting rules, chosen in the side panel. */
export const fieldAdjustSchema = lazySchema(() =>
  z.union([
    z.strictObject({
      correction: z.nullable(
        z.strictObject({ themeId: id, criterionIds: z.array(id).check(z.maxLength(60)), notSocialValue: z.boolean() }),
      ),
    }),
    z.strictObject({ rules: z.strictObject({ words: ruleId, chars: ruleId }) }),
  ]),
);
export type FieldAdjust = z.infer<typeof fieldAdjustSchema>;

/** Where in a tab a described field lives, and which field: the side panel names it back on insert or adjust. */
export const fieldTargetSchema = lazySchema(() => z.strictObject({ tabId: index, frameId: index, fieldId, key }));

export const insertModeSchema = lazySchema(() => z.enum(['append', 'replace']));
/** Why the field's earlier text is kept as a revision before an insert (the one list of reasons). */
export const revisionReasonSchema = lazySchema(() =>
  z.enum(Object.keys(REVISION_REASONS) as [RevisionReason, ...RevisionReason[]]),
);

/** Background → the content script of one tab and frame: insert into a field (only ever relayed from the side panel). */
export const fieldInsertSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('svl:insert'),
    fieldId,
    key,
    text,
    mode: insertModeSchema,
    reason: revisionReasonSchema,
  }),
);
/** Background → the content script of one tab and frame: a correction or count rule chosen in the side panel. */
export const fieldAdjustRelaySchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('svl:adjust'),
    fieldId,
    key,
    adjust: fieldAdjustSchema,
  }),
);
export type FieldRelay = z.infer<typeof fieldInsertSchema> | z.infer<typeof fieldAdjustRelaySchema>;

/** Background → side panel: the focused field changed (broadcast to extension pages only). */
export const sidePanelUpdateSchema = lazySchema(() =>
  z.object({ type: z.literal('sidepanel:update'), field: focusedFieldAtSchema }),
);
export type SidePanelUpdate = z.infer<typeof sidePanelUpdateSchema>;

/**
 * Background → side panel: the guidance shortcut was pressed at `at` (epoch ms). A panel that was already open then
 * takes the keyboard; the panel this press opened loads later and ignores it, so opening never moves the cursor.
 */
export const sidePanelKeySchema = lazySchema(() =>
  z.strictObject({ type: z.literal('sidepanel:key'), at: z.number().check(z.nonnegative()) }),
);
export type SidePanelKey = z.infer<typeof sidePanelKeySchema>;

/** What a content script answers a relayed insert or adjust. */
export const relayReplySchema = lazySchema(() =>
  z.union([
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(1_000)) }),
  ]),
);
