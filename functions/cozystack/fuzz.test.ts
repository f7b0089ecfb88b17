import { RunFunctionResponse, Severity } from "@crossplane-org/function-sdk-typescript";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { composableKinds } from "./input.ts";
import { runFunction } from "./run.ts";
import { captureLog } from "./request.test-support.ts";
import {
  anyCase,
  badInputCase,
  badXrCase,
  copyOf,
  PATH,
  samples,
  validCase,
  type Case,
} from "./fuzz.test-support.ts";

/**
 * Generated RunFunctionRequests, valid and invalid, for every kind. Requests are shaped
 * as the gRPC decoder hands them over (Struct fields hold JSON values, bytes are
 * Buffers); everything inside them is fair game. The function must never throw, must
 * answer with an encodable response carrying the request's tag, and must refuse every
 * invalid request with exactly one FATAL result whose message starts with a field path.
 */

const RUNS = { valid: 2500, badInput: 2500, badXr: 2500, anything: 3000 };
let requests = 0;

// ---- the oracle ---------------------------------------------------------------------------

function check({ req, invalid }: Case): void {
  requests++;
  const { log } = captureLog();
  const rsp = runFunction(req, log, () => new Date("2026-12-01T10:00:00Z"));
  // The server must be able to send it.
  RunFunctionResponse.encode(rsp).finish();
  expect(rsp.meta?.tag).toBe(req.meta?.tag);
  expect(rsp.desired).toBeDefined();
  const fatal = rsp.results.filter((r) => r.severity === Severity.SEVERITY_FATAL);
  if (invalid === true) expect(fatal.length, JSON.stringify(req.input)).toBe(1);
  if (invalid === false) expect(fatal.map((r) => r.message)).toEqual([]);
  if (fatal.length > 0) {
    expect(rsp.results).toHaveLength(1);
    expect(fatal[0]!.message).toMatch(PATH);
    expect(rsp.desired).toEqual(copyOf(req.desired));
  } else {
    expect(rsp.desired!.resources.platform?.resource).toBeDefined();
  }
}

describe("RunFunction under generated requests", () => {
  it("has valid samples for every kind", () => {
    expect(new Set(samples.map((s) => s.decl.kind)).size).toBe(composableKinds.length);
  });

  it("composes every valid request", () => {
    fc.assert(fc.property(validCase, check), { numRuns: RUNS.valid });
  }, 60_000);

  it("refuses every broken input with one FATAL naming the field", () => {
    fc.assert(fc.property(badInputCase, check), { numRuns: RUNS.badInput });
  }, 60_000);

  it("refuses every broken XR or spec with one FATAL naming the field", () => {
    fc.assert(fc.property(badXrCase, check), { numRuns: RUNS.badXr });
  }, 60_000);

  it("never throws on anything else, and names a field whenever it refuses", () => {
    fc.assert(fc.property(anyCase, check), { numRuns: RUNS.anything });
  }, 60_000);

  afterAll(() => {
    expect(requests).toBeGreaterThanOrEqual(10_000);
  });
});
