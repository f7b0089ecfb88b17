import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTls, type TlsMaterial } from "../../test/support/tls.ts";
import { contentType, fileFor, serveStatic, type StaticServer } from "./serve.ts";

const dir = mkdtempSync(join(tmpdir(), "serve-test-"));
const root = join(dir, "root");
mkdirSync(join(root, "v1", "x", "download", "linux"), { recursive: true });
writeFileSync(join(root, "v1", "x", "download", "linux", "amd64"), '{"os":"linux"}\n');
writeFileSync(join(root, "index.json"), "{}\n");
writeFileSync(join(dir, "secret"), "outside the root\n");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("contentType", () => {
  it.each([
    { path: "/a/index.json", want: "application/json", reason: "mirror indexes" },
    {
      path: "/v1/providers/n/t/versions",
      want: "application/json",
      reason: "registry answers have no extension",
    },
    {
      path: "/v1/providers/n/t/1.0.0/download/linux/amd64",
      want: "application/json",
      reason: "a download answer",
    },
    { path: "/p_1.0.0_linux_amd64.zip", want: "application/zip", reason: "archives" },
    {
      path: "/p_1.0.0_SHA256SUMS",
      want: "text/plain; charset=utf-8",
      reason: "the checksums are text, not JSON",
    },
    { path: "/p_1.0.0_SHA256SUMS.sig", want: "application/pgp-signature", reason: "the detached signature" },
    { path: "/a.tar", want: "application/octet-stream", reason: "anything else" },
  ])("$path: $reason", ({ path, want }) => expect(contentType(path)).toBe(want));
});

describe("fileFor", () => {
  it.each([
    { path: "/index.json", found: true, reason: "a file" },
    { path: "/index.json?x=1", found: true, reason: "a query is ignored" },
    { path: "/v1/x/download/linux/amd64", found: true, reason: "an extension-less file" },
    { path: "/v1/x", found: false, reason: "a directory" },
    { path: "/missing", found: false, reason: "no such file" },
    { path: "/../secret", found: false, reason: "a path above the root" },
    { path: "/%2e%2e/secret", found: false, reason: "an encoded path above the root" },
    { path: "/%E0%A4%A", found: false, reason: "a malformed escape" },
  ])("$path: $reason", ({ path, found }) => {
    expect(fileFor(root, path) !== undefined).toBe(found);
  });
});

describe("serveStatic", () => {
  let tls: TlsMaterial;
  let server: StaticServer;
  beforeAll(async () => {
    tls = makeTls(join(dir, "tls"), "serve-test-ca");
    server = await serveStatic({ root, cert: tls.server.cert, key: tls.server.key });
  });
  afterAll(() => server.close());

  function get(path: string, method = "GET"): Promise<{ status: number; type?: string; body: string }> {
    return new Promise((done, fail) => {
      const req = request(new URL(path, server.url), { method, ca: tls.ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          done({
            status: res.statusCode!,
            type: res.headers["content-type"],
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
      req.on("error", fail);
      req.end();
    });
  }

  it("serves files over HTTPS for localhost, trusted through the test CA", async () => {
    expect(server.url).toMatch(/^https:\/\/localhost:\d+\/$/);
    expect(await get("/v1/x/download/linux/amd64")).toEqual({
      status: 200,
      type: "application/json",
      body: '{"os":"linux"}\n',
    });
  });

  it("answers 404 for what is not a file under the root, 405 for other methods, and logs each request", async () => {
    expect((await get("/../secret")).status).toBe(404);
    expect((await get("/index.json", "POST")).status).toBe(405);
    expect((await get("/index.json", "HEAD")).status).toBe(200);
    expect(server.requests.slice(-3)).toEqual(["404 /secret", "405 /index.json", "200 /index.json"]);
  });
});
