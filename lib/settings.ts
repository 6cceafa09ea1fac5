import { z } from 'zod';
import { CATEGORY_IDS } from './knowledge/ids';

/** The user's settings, kept in the extension's storage.local and validated on every read. */
export const settingsSchema = z.object({
  category: z.enum(CATEGORY_IDS).default('software'),
  organisationSize: z.enum(['micro', 'small', 'medium', 'large']).default('small'),
  /** Portal ids switched off by the user. */
  disabledPortals: z.array(z.string()).default([]),
  /** Global pause: the extension does nothing on any page. */
  paused: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
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

export function isPortalEnabled(settings: Settings, portalId: string): boolean {
  return !settings.paused && !settings.disabledPortals.includes(portalId);
}
