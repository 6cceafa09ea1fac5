import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { CHAR_RULE_IDS, COUNT_RULE_IDS } from './counting';
import { CATEGORY_IDS, MODEL_IDS } from './knowledge/ids';
import { RelevanceOverridesSchema } from './knowledge/relevance-schema';
import { siteOriginSchema } from './sites';

/** Keyboard shortcuts the user can pick for "open guidance for the focused field" (clear of portal and editor keys). */
export const SHORTCUTS = ['Alt+Shift+G', 'Alt+Shift+L', 'Ctrl+Shift+Y'] as const;

/** The user's settings, kept in the extension's storage.local and validated on every read. */
export const settingsSchema = lazySchema(() =>
  z.object({
    category: z._default(z.enum(CATEGORY_IDS), 'software'),
    organisationSize: z._default(z.enum(['micro', 'small', 'medium', 'large']), 'small'),
    /** Portal ids switched off by the user. */
    disabledPortals: z._default(z.array(z.string()), []),
    /** Global pause: the extension does nothing on any page. */
    paused: z._default(z.boolean(), false),
    /** Which Social Value Model to assume: chosen from the page's evidence and date, or always one model. */
    modelPreference: z._default(z.enum(['auto', ...MODEL_IDS]), 'auto'),
    shortcut: z._default(z.enum(SHORTCUTS), 'Alt+Shift+G'),
    /** Counting rules the user chose per portal, overriding the portal definition's. */
    countRules: z._default(
      z.record(
        z.string(),
        z.object({ words: z.optional(z.enum(COUNT_RULE_IDS)), chars: z.optional(z.enum(CHAR_RULE_IDS)) }),
      ),
      {},
    ),
    /** Warn when someone has typed this long without the portal page saving or navigating (its session may expire). */
    sessionNudgeMinutes: z._default(z.int().check(z.gte(5), z.lte(240)), 20),
    /** The user's or team's own relevance ratings, overriding ours per category and criterion. */
    relevanceOverrides: z._default(RelevanceOverridesSchema, {}),
    /** Origins beyond the portal list the user switched Social Value Lens on for (permission granted per origin). */
    extraSites: z._default(z.array(siteOriginSchema).check(z.maxLength(200)), []),
  }),
);
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ settingsSchema.parse({});
export const SETTINGS_KEY = 'settings';

/** Read settings from whatever storage returned; anything malformed falls back to defaults, field by field. */
export function parseSettings(raw: unknown): Settings {
  const result = settingsSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const partial: Record<string, unknown> = typeof raw === 'object' && raw ? { ...raw } : {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') delete partial[field];
  }
  return settingsSchema.safeParse(partial).data ?? DEFAULT_SETTINGS;
}

/** Does a keydown event match a shortcut such as "Alt+Shift+G"? */
export function matchesShortcut(
  event: { key: string; code?: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean },
  shortcut: (typeof SHORTCUTS)[number],
): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1)!.toLowerCase();
  const pressed = (event.code?.startsWith('Key') ? event.code.slice(3) : event.key).toLowerCase();
  return (
    pressed === key &&
    event.altKey === parts.includes('Alt') &&
    event.shiftKey === parts.includes('Shift') &&
    event.ctrlKey === parts.includes('Ctrl') &&
    !event.metaKey
  );
}

export function isPortalEnabled(settings: Settings, portalId: string): boolean {
  return !settings.paused && !settings.disabledPortals.includes(portalId);
}
