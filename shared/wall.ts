/**
 * The wall screen's settings (a team setting, kept with the other team settings): which
 * pages it shows in turn and for how long, how long each set of columns shows when the
 * day does not fit on one screen, and whether it goes blank outside operating hours.
 */
import { z } from 'zod';

/** Every page the wall knows (renderer/src/wall/pages.tsx). `oncall`: the rota (issue 11); `custody`: the hospital and jail logs (issue 10). */
export const WALL_PAGE_IDS = ['board', 'appointments', 'oncall', 'custody'] as const;
export type WallPageId = (typeof WALL_PAGE_IDS)[number];

export const WALL_PAGE_TITLES: Record<WallPageId, string> = {
  board: "Today's board",
  appointments: "Today's and tomorrow's appointments",
  oncall: "On call now and this week's rota",
  custody: 'In hospital / in jail',
};

export interface WallPageSetting {
  id: WallPageId;
  /** How long the page shows before the next one. */
  seconds: number;
}

export interface WallSettings {
  /** In the order shown; a single page stays on screen. */
  pages: WallPageSetting[];
  /** When the day's columns do not fit on one screen: seconds per set of columns. */
  columnPageSeconds: number;
  /** Blank outside the team's operating hours. */
  blankOutsideHours: boolean;
}

export const DEFAULT_WALL_SETTINGS: WallSettings = {
  pages: [
    { id: 'board', seconds: 60 },
    { id: 'appointments', seconds: 20 },
    { id: 'oncall', seconds: 15 },
    { id: 'custody', seconds: 15 },
  ],
  columnPageSeconds: 20,
  blankOutsideHours: true,
};

const seconds = (min: number, max: number) =>
  z
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be whole seconds' })
    .min(min, { error: `must be at least ${min} seconds` })
    .max(max, { error: `must be at most ${max} seconds` });

export const wallSettingsSchema = z.strictObject({
  pages: z
    .array(z.strictObject({ id: z.enum(WALL_PAGE_IDS, { error: 'is not a wall page' }), seconds: seconds(5, 3600) }))
    .min(1, { error: 'must name at least one page' })
    .refine((pages) => new Set(pages.map((p) => p.id)).size === pages.length, { error: 'name each page once' }),
  columnPageSeconds: seconds(5, 600),
  blankOutsideHours: z.boolean({ error: 'must be yes or no' }),
});

/** Stored settings as JSON; anything unreadable (an older or damaged value) gives the defaults. */
export function parseWallSettings(json: string | null | undefined): WallSettings {
  if (!json) return DEFAULT_WALL_SETTINGS;
  try {
    const parsed = wallSettingsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_WALL_SETTINGS;
  } catch {
    return DEFAULT_WALL_SETTINGS;
  }
}
