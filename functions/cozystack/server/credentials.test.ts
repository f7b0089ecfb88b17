import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTls, type TlsMaterial } from "../../../test/support/tls.ts";
import { serverCredentials } from "./credentials.ts";

let root: string;
let tls: TlsMaterial;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "fn-credentials-"));
  tls = makeTls(join(root, "pki"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the server directory with one file replaced or removed. */
function serverDirWith(
  name: string,
  change: { file: string; from?: string; content?: string; remove?: boolean },
) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const file of ["tls.crt", "tls.key", "ca.crt"]) {
    if (change.remove && file === change.file) continue;
    copyFileSync(join(tls.serverDir, file), join(dir, file));
  }
  if (change.from) copyFileSync(change.from, join(dir, change.file));
  if (change.content !== undefined) writeFileSync(join(dir, change.file), change.content);
  return dir;
}

describe("serverCredentials", () => {
  it("plain text with --insecure, whatever the directory holds", () => {
    expect(serverCredentials({ insecure: true, tlsServerCertsDir: "/nonexistent" })).toMatchObject({
      ok: true,
      mode: "insecure",
    });
  });

  it("mutual TLS from a directory laid out as Crossplane mounts it", () => {
    expect(serverCredentials({ insecure: false, tlsServerCertsDir: tls.serverDir })).toMatchObject({
      ok: true,
      mode: "mtls",
    });
  });

  const broken = [
    {
      reason: "a missing directory names the file and the ways out",
      dir: () => join(root, "missing"),
      mentions: ["missing/tls.key", "ENOENT", "TLS_SERVER_CERTS_DIR", "--insecure"],
    },
    {
      reason: "a missing CA: client certificates could not be verified",
      dir: () => serverDirWith("no-ca", { file: "ca.crt", remove: true }),
      mentions: ["no-ca/ca.crt", "ENOENT"],
    },
    {
      reason: "a key that does not belong to the certificate",
      dir: () => serverDirWith("wrong-key", { file: "tls.key", from: join(tls.clientDir, "tls.key") }),
      mentions: ["wrong-key", "unusable"],
    },
    {
      reason: "a CA file that is not PEM",
      dir: () => serverDirWith("bad-ca", { file: "ca.crt", content: "not a certificate" }),
      mentions: ["bad-ca", "unusable"],
    },
  ];
  it.each(broken)("an error value: $reason", ({ dir, mentions }) => {
    const result = serverCredentials({ insecure: false, tlsServerCertsDir: dir() });
    expect(result.ok).toBe(false);
    for (const text of mentions) expect(!result.ok && result.error).toContain(text);
  });
});
