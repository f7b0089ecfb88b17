import { describe, expect, it } from "vitest";
import { createLogger } from "./log.ts";

function capture(debug: boolean) {
  const chunks: string[] = [];
  const log = createLogger({ debug, destination: { write: (chunk: string) => void chunks.push(chunk) } });
  return {
    log,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    chunks,
  };
}

describe("createLogger", () => {
  it("writes one JSON object per line with level, time, msg and the fields", () => {
    const { log, lines, chunks } = capture(false);
    log.info({ address: "127.0.0.1:1" }, "serving");
    log.error({ error: "TypeError" }, "failed");
    expect(chunks.every((c) => c.endsWith("\n") && c.indexOf("\n") === c.length - 1)).toBe(true);
    const [info, error] = lines();
    expect(info).toEqual({ level: "info", time: expect.any(String), msg: "serving", address: "127.0.0.1:1" });
    expect(new Date(info.time).toISOString()).toBe(info.time);
    expect(error).toMatchObject({ level: "error", msg: "failed", error: "TypeError" });
  });

  const levels = [
    { reason: "without --debug, debug lines are dropped", debug: false, want: ["info", "warn"] },
    { reason: "with --debug, they are written", debug: true, want: ["debug", "info", "warn"] },
  ];
  it.each(levels)("$reason", ({ debug, want }) => {
    const { log, lines } = capture(debug);
    log.debug({}, "d");
    log.info({}, "i");
    log.warn({}, "w");
    expect(lines().map((l) => l.level)).toEqual(want);
  });
});
