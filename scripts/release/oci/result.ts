/** A step that can fail: the value, or what went wrong with enough context to act on it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** The values of all results, or every error at once (joined by "; "). */
export function all<T>(results: Result<T>[]): Result<T[]> {
  const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
  if (errors.length > 0) return fail(errors.join("; "));
  return ok(results.map((r) => (r as { ok: true; value: T }).value));
}
