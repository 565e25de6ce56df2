/** Problems found while checking an import, in plain words. */
import type { z } from 'zod';
import type { ImportPlan } from '../import';

/**
 * A schema's complaints as sentences: `labels` names each field as the sentence
 * starts ("The initials “D1”"), the schema says what is wrong ("must be 1 to 4 letters");
 * fields in `alreadySaid` were reported in other words already.
 */
export function problemsOf(error: z.ZodError, labels: Record<string, string>, alreadySaid: readonly string[] = []): string[] {
  return error.issues.filter((issue) => !alreadySaid.includes(String(issue.path[0]))).map((issue) => {
    const key = String(issue.path[0] ?? '');
    return `${labels[key] ?? key} ${issue.message}.`;
  });
}

/** At most this many problems are spelled out in the message that refuses an import. */
const PROBLEMS_SPELLED_OUT = 10;

/** Why an import was refused: how many rows, and the first problems by row. */
export function refusalMessage(plan: ImportPlan<unknown>): string {
  const rows = new Set(plan.problems.map((p) => p.row)).size;
  const listed = plan.problems.slice(0, PROBLEMS_SPELLED_OUT).map((p) => (p.row ? `Row ${p.row}: ${p.message}` : p.message));
  const more = plan.problems.length - listed.length;
  return (
    `Nothing was imported: ${rows === 1 ? '1 row has' : `${rows} rows have`} problems. ` +
    listed.join(' ') +
    (more > 0 ? ` …and ${more} more.` : '')
  );
}
