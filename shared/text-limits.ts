/** How long a free-text note may be: the forms count toward it, the API refuses beyond it. Kept apart from the zod schemas (shared/schemas.ts) so that the board's first chunk does not load zod. */
export const NOTE_MAX = 2000;
