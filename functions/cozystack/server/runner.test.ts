import {
  Severity,
  type RunFunctionRequest,
  type RunFunctionResponse,
} from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import type { FunctionLogger, RunFunction } from "../handler.ts";
import { invoke } from "./runner.ts";

const SECRET = "s3cr3t-password-value";

function recorder() {
  const entries: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const at =
    (level: string) =>
    (fields: Record<string, unknown>, message: string): void =>
      void entries.push({ level, fields, message });
  const log: FunctionLogger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { log, entries };
}

const request: RunFunctionRequest = {
  meta: { tag: "tag-1", capabilities: [] },
  observed: undefined,
  desired: { composite: undefined, resources: {} },
  input: { password: SECRET },
  context: { k: "v" },
  extraResources: {},
  credentials: {},
  requiredResources: {},
  requiredSchemas: {},
};

const answer: RunFunctionResponse = {
  meta: { tag: "tag-1", ttl: { seconds: 60, nanos: 0 } },
  desired: { composite: undefined, resources: {} },
  results: [{ severity: Severity.SEVERITY_NORMAL, message: "ok" }],
  requirements: undefined,
  conditions: [],
};

describe("invoke", () => {
  it("returns the handler's response and logs the tag and duration at debug, not the request", async () => {
    const { log, entries } = recorder();
    const response = await invoke(() => answer, request, log);
    expect(response).toBe(answer);
    expect(entries).toEqual([
      {
        level: "debug",
        message: "RunFunction",
        fields: { tag: "tag-1", durationMs: expect.any(Number), results: { SEVERITY_NORMAL: 1 } },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(SECRET);
  });

  const failures: { reason: string; run: RunFunction; errorName: string }[] = [
    {
      reason: "a thrown Error",
      run: () => {
        throw new TypeError(`cannot use ${SECRET}`);
      },
      errorName: "TypeError",
    },
    {
      reason: "a rejected promise, should a handler ever be async",
      run: (() => Promise.reject(new RangeError(SECRET))) as unknown as RunFunction,
      errorName: "RangeError",
    },
    {
      reason: "a thrown non-Error value",
      run: () => {
        throw SECRET;
      },
      errorName: "string",
    },
  ];
  it.each(failures)(
    "$reason becomes one FATAL result without the error's text",
    async ({ run, errorName }) => {
      const { log, entries } = recorder();
      const response = await invoke(run, request, log);
      expect(response.results).toEqual([
        {
          severity: Severity.SEVERITY_FATAL,
          reason: "InternalError",
          message: expect.stringContaining(errorName),
        },
      ]);
      expect(response.results[0]!.message).toContain('"tag-1"');
      expect(response.meta?.tag).toBe("tag-1");
      expect(response.desired).toBe(request.desired);
      const failure = entries.find((e) => e.level === "error");
      expect(failure?.fields).toMatchObject({ tag: "tag-1", error: errorName });
      expect(JSON.stringify({ response, entries })).not.toContain(SECRET);
    },
  );

  it("logs where an Error was thrown", async () => {
    const { log, entries } = recorder();
    await invoke(
      function handlerThatThrows() {
        throw new Error(SECRET);
      },
      request,
      log,
    );
    const stack = entries.find((e) => e.level === "error")?.fields.stack as string[];
    expect(stack[0]).toMatch(/^at handlerThatThrows /);
  });
});
