/**
 * When to try a refused call again, and after how long. One policy for every path:
 * the client's own retry of throttled requests (429) and the platform's retry of
 * conflicts, server errors and lost connections (withRetries). Pure, so that a table
 * can hold it to what a server may send.
 */

/** The longest pause between attempts when the server names none. */
export const MAX_BACKOFF_MS = 5_000;
const FIRST_BACKOFF_MS = 250;
/** A server may say 0; coming back at once would only spin. */
const MIN_WAIT_MS = 100;

export interface RetryAsk {
  /** 1 for the first retry, 2 for the second, … */
  attempt: number;
  /** What the server asked for in Retry-After, in seconds (see parseRetryAfter), if anything usable. */
  retryAfterSeconds: number | undefined;
  now: number;
  /** No attempt may start after this (epoch milliseconds). */
  deadline: number;
  /** A number in [0, 1): spreads the callers a server told to come back at the same moment. */
  random: number;
}

export type RetryDecision =
  { retry: true; waitMs: number; basis: "retry-after" | "backoff" } | { retry: false; why: string };

/**
 * The pause before the next attempt. A server's Retry-After is honoured as a minimum:
 * every caller it throttled hears the same number, so up to a quarter more is added at
 * random, or they would all come back in the same instant and be throttled again. Without
 * one, the pause doubles from 250 ms up to 5 s, with the same spread. A pause that would
 * end past the deadline is not taken: the caller reports the last error instead.
 */
export function retryDelay(ask: RetryAsk): RetryDecision {
  const fromServer = ask.retryAfterSeconds !== undefined;
  const base = fromServer
    ? Math.max(ask.retryAfterSeconds! * 1000, MIN_WAIT_MS)
    : Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, ask.attempt - 1), MAX_BACKOFF_MS);
  const waitMs = Math.round(base + base * 0.25 * Math.min(Math.max(ask.random, 0), 1));
  if (ask.now + waitMs > ask.deadline) {
    const left = Math.max(0, Math.round((ask.deadline - ask.now) / 1000));
    return {
      retry: false,
      why: fromServer
        ? `the server asked to retry after ${ask.retryAfterSeconds} s, past the time left (${left} s)`
        : `no time left for another attempt (${left} s left)`,
    };
  }
  return { retry: true, waitMs, basis: fromServer ? "retry-after" : "backoff" };
}

/**
 * A Retry-After header in seconds: delta-seconds, or an HTTP date counted from `now`
 * (a date already past is 0). Anything else, or a header given twice with different
 * values, is no usable answer: undefined, and the caller backs off on its own.
 */
export function parseRetryAfter(header: string | string[] | undefined, now: number): number | undefined {
  const values = Array.isArray(header) ? [...new Set(header.map((h) => h.trim()))] : [header?.trim()];
  if (values.length !== 1) return undefined;
  const text = values[0];
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names the weekday first; Date.parse alone takes far too much for one.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
