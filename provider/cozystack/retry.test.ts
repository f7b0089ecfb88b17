import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryDelay, type RetryAsk, type RetryDecision } from "./retry.ts";

const NOW = Date.parse("2026-12-01T10:00:00Z");

describe("the Retry-After header", () => {
  const cases: Array<[string, string | string[] | undefined, number | undefined]> = [
    ["delta-seconds, as kube-apiserver's in-flight limiter sends it", "1", 1],
    ["delta-seconds with blanks around", " 7 ", 7],
    ["zero: come back now", "0", 0],
    ["an HTTP date 30 s ahead", "Tue, 01 Dec 2026 10:00:30 GMT", 30],
    ["an HTTP date already past counts as now", "Tue, 01 Dec 2026 09:59:00 GMT", 0],
    ["absent", undefined, undefined],
    ["empty", "", undefined],
    ["garbage", "soon", undefined],
    ["a negative number is not delta-seconds", "-5", undefined],
    ["a fraction is not delta-seconds", "1.5", undefined],
    ["a date in another shape", "2026-12-01T10:00:30Z", undefined],
    ["the same value twice is that value", ["2", "2"], 2],
    ["two different values: neither is believed", ["2", "9"], undefined],
  ];
  it.each(cases)("%s", (_why, header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });
});

describe("the pause before the next attempt", () => {
  const ask = (over: Partial<RetryAsk>): RetryAsk => ({
    attempt: 1,
    retryAfterSeconds: undefined,
    now: NOW,
    deadline: NOW + 60_000,
    random: 0,
    ...over,
  });
  const cases: Array<[string, Partial<RetryAsk>, RetryDecision]> = [
    [
      "Retry-After seconds are waited, at least",
      { retryAfterSeconds: 1 },
      { retry: true, waitMs: 1000, basis: "retry-after" },
    ],
    [
      "Retry-After beats the backoff, whatever the attempt",
      { retryAfterSeconds: 2, attempt: 9 },
      { retry: true, waitMs: 2000, basis: "retry-after" },
    ],
    [
      "callers told the same Retry-After spread over up to a quarter more",
      { retryAfterSeconds: 4, random: 0.5 },
      { retry: true, waitMs: 4500, basis: "retry-after" },
    ],
    [
      "Retry-After 0 still pauses a little, instead of spinning",
      { retryAfterSeconds: 0 },
      { retry: true, waitMs: 100, basis: "retry-after" },
    ],
    [
      "no Retry-After (absent or garbage): backoff from 250 ms",
      { attempt: 1 },
      { retry: true, waitMs: 250, basis: "backoff" },
    ],
    ["the backoff doubles", { attempt: 3 }, { retry: true, waitMs: 1000, basis: "backoff" }],
    ["the backoff stops growing at 5 s", { attempt: 12 }, { retry: true, waitMs: 5000, basis: "backoff" }],
    [
      "a Retry-After that ends past the deadline is not waited for",
      { retryAfterSeconds: 120 },
      { retry: false, why: "the server asked to retry after 120 s, past the time left (60 s)" },
    ],
    [
      "a backoff that ends past the deadline is not waited for",
      { attempt: 12, deadline: NOW + 3_000 },
      { retry: false, why: "no time left for another attempt (3 s left)" },
    ],
    [
      "a deadline already past",
      { deadline: NOW - 1 },
      { retry: false, why: "no time left for another attempt (0 s left)" },
    ],
  ];
  it.each(cases)("%s", (_why, over, decision) => {
    expect(retryDelay(ask(over))).toEqual(decision);
  });

  it("never waits less than the server asked, however the spread falls", () => {
    for (const random of [0, 0.1, 0.5, 0.999])
      for (const seconds of [0, 1, 3]) {
        const decision = retryDelay(ask({ retryAfterSeconds: seconds, random }));
        expect(decision.retry && decision.waitMs).toBeGreaterThanOrEqual(seconds * 1000);
      }
  });
});
