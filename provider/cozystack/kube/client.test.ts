import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTls, type TlsMaterial } from "../../../test/support/tls.ts";
import { createLogger } from "../../plugin/index.ts";
import { KubeClient, KubeError } from "./client.ts";

/**
 * The client against a loopback HTTPS server that answers from a script: how it treats
 * 429 Too Many Requests (retried, any verb, after the server's Retry-After, logged),
 * other errors (handed up), its patience running out, and close() cutting a wait short.
 */
type Answer = { status: number; retryAfter?: string; body?: unknown };

let tls: TlsMaterial;
let dir: string;
let server: Server;
let port: number;
let script: Answer[] = [];
let seen: Array<{ method: string; body: string }> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kube-client-test-"));
  tls = makeTls(dir, "kube-client-test-ca");
  server = createServer(
    { cert: tls.server.cert, key: tls.server.key },
    (req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({ method: req.method ?? "", body: Buffer.concat(chunks).toString() });
        const answer = script.shift() ?? { status: 200, body: { ok: true } };
        res.writeHead(answer.status, {
          "Content-Type": "application/json",
          ...(answer.retryAfter !== undefined ? { "Retry-After": answer.retryAfter } : {}),
        });
        res.end(JSON.stringify(answer.body ?? { message: "Too many requests, please try again later." }));
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function clientWith(opts: { throttleBudgetMs?: number } = {}) {
  const lines: Array<Record<string, unknown>> = [];
  const client = new KubeClient({
    server: `https://127.0.0.1:${port}`,
    ca: tls.ca.toString(),
    ...opts,
    log: createLogger("test", (line) => lines.push(JSON.parse(line) as Record<string, unknown>)),
  });
  return { client, lines };
}

const throttled = (retryAfter?: string): Answer => ({ status: 429, retryAfter });

describe("a throttled request (429)", () => {
  it("is sent again after the server's Retry-After, each retry logged with status and wait", async () => {
    script = [throttled("0"), throttled("0"), { status: 200, body: { items: [] } }];
    seen = [];
    const { client, lines } = clientWith();
    expect(await client.get("/api/v1/namespaces")).toEqual({ items: [] });
    client.close();
    expect(seen).toHaveLength(3);
    expect(lines.map((l) => [l["@level"], l["@message"], l.status, l.retry_after_s, l.attempt])).toEqual([
      ["debug", "throttled by the API server; retrying", 429, 0, 1],
      ["debug", "throttled by the API server; retrying", 429, 0, 2],
    ]);
    for (const line of lines) expect(line.wait_ms).toBeGreaterThanOrEqual(100);
  });

  it("is retried for a create too, the same body sent again: the server handled nothing", async () => {
    script = [throttled("0"), { status: 201, body: { metadata: { name: "cache" } } }];
    seen = [];
    const { client } = clientWith();
    await client.create("/apis/x/v1/namespaces/a/things", { metadata: { name: "cache" } }, "me");
    client.close();
    expect(seen.map((s) => s.method)).toEqual(["POST", "POST"]);
    expect(seen[0]!.body).toBe(seen[1]!.body);
  });

  it("without a usable Retry-After, backs off on its own", async () => {
    script = [throttled("soon"), { status: 200, body: {} }];
    seen = [];
    const { client, lines } = clientWith();
    await client.get("/api");
    client.close();
    expect(lines[0]).toMatchObject({ status: 429, retry_after_s: null, basis: "backoff" });
  });

  it("fails with the 429, carrying Retry-After, once the client's patience is spent", async () => {
    script = [throttled("7")];
    seen = [];
    const { client, lines } = clientWith({ throttleBudgetMs: 1000 });
    const failure = await client.get("/api").catch((e: unknown) => e);
    client.close();
    expect(failure).toBeInstanceOf(KubeError);
    expect(failure).toMatchObject({ status: 429, retryAfterSeconds: 7 });
    expect(seen).toHaveLength(1);
    expect(lines[0]).toMatchObject({ "@message": "throttled by the API server; giving up", status: 429 });
  });

  it("says, when it gives up after retrying, how long it was throttled and why it stopped", async () => {
    script = [throttled("0"), throttled("0"), throttled("0"), throttled("0")];
    seen = [];
    const { client } = clientWith({ throttleBudgetMs: 250 });
    const failure = await client.get("/api").catch((e: unknown) => e);
    client.close();
    expect(failure).toBeInstanceOf(KubeError);
    expect((failure as KubeError).message).toMatch(
      /^GET \/api: 429 Too many requests, please try again later\. \(still throttled after \d+ attempts over \d+ s: the server asked to retry after 0 s, past the time left \(\d+ s\)\)$/,
    );
  });

  it("stops waiting when the client is closed (the host's stop), failing with the 429", async () => {
    script = [throttled("60")];
    seen = [];
    const { client, lines } = clientWith();
    const pending = client.get("/api").catch((e: unknown) => e);
    while (lines.length === 0) await new Promise((r) => setTimeout(r, 10));
    client.close();
    expect(await pending).toMatchObject({ status: 429, retryAfterSeconds: 60 });
    expect(seen).toHaveLength(1);
  });
});

describe("other errors", () => {
  const cases: Array<[string, Answer]> = [
    [
      "a server error is the caller's to retry (withRetries)",
      { status: 503, retryAfter: "2", body: { message: "busy" } },
    ],
    ["a conflict needs a fresh read first", { status: 409, body: { message: "conflict" } }],
    ["a refusal is final", { status: 403, body: { message: "forbidden" } }],
  ];
  it.each(cases)("%s: not retried here", async (_why, answer) => {
    script = [answer];
    seen = [];
    const { client, lines } = clientWith();
    const failure = await client.get("/api").catch((e: unknown) => e);
    client.close();
    expect(failure).toMatchObject({
      status: answer.status,
      retryAfterSeconds: answer.retryAfter ? Number(answer.retryAfter) : undefined,
    });
    expect(seen).toHaveLength(1);
    expect(lines).toEqual([]);
  });
});
