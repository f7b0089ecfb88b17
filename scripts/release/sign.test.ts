import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawayKey, publicKey, signDetached, stopAgent, type Signer } from "./sign.ts";

/** Signatures are checked with gpgv against the exported public key alone, as a host would. */
const dir = mkdtempSync(join(tmpdir(), "sign-test-"));
const home = join(dir, "gnupg");
let signer: Signer;

beforeAll(() => {
  signer = createThrowawayKey(home);
});
afterAll(() => {
  stopAgent(home);
  rmSync(dir, { recursive: true, force: true });
});

/** gpgv with a keyring made from the armoured public key only. */
function verify(armor: string, file: string, signature: string): { ok: boolean; output: string } {
  const keyring = join(dir, `keyring-${Math.random()}.gpg`);
  // Their own home, so neither touches the signer's keyring nor ~/.gnupg.
  const env = { ...process.env, GNUPGHOME: join(dir, "verifier") };
  mkdirSync(env.GNUPGHOME, { recursive: true, mode: 0o700 });
  execFileSync("gpg", ["--batch", "--dearmor", "--output", keyring], { input: armor, env });
  try {
    const output = execFileSync("gpgv", ["--keyring", keyring, signature, file], {
      encoding: "utf8",
      stdio: "pipe",
      env,
    });
    return { ok: true, output };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: Buffer }).stderr ?? error) };
  }
}

describe("gpg signing", () => {
  it("makes a binary detached signature that verifies with the exported public key", () => {
    const file = join(dir, "SHA256SUMS");
    writeFileSync(file, `${"a".repeat(64)}  x.zip\n`);
    signDetached(signer, file, `${file}.sig`);
    const key = publicKey(signer);
    expect(key.asciiArmor).toMatch(/^-----BEGIN PGP PUBLIC KEY BLOCK-----/);
    expect(verify(key.asciiArmor, file, `${file}.sig`)).toEqual({ ok: true, output: expect.any(String) });
    // Binary, not armoured: hosts read detached signatures in binary form.
    const packets = execFileSync("gpg", ["--list-packets", `${file}.sig`], {
      encoding: "utf8",
      env: { ...process.env, GNUPGHOME: home },
    });
    expect(packets).toContain(`keyid ${key.keyId}`);
  });

  it("does not verify a changed document", () => {
    const file = join(dir, "doc");
    writeFileSync(file, "original\n");
    signDetached(signer, file, `${file}.sig`);
    writeFileSync(file, "changed\n");
    const result = verify(publicKey(signer).asciiArmor, file, `${file}.sig`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/BAD signature/);
  });

  it("reports the primary key's long ID in upper case, as hosts print it", () => {
    expect(publicKey(signer).keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(publicKey(signer).keyId).toBe(signer.key);
  });

  it("names the key and the cause when gpg fails", () => {
    expect(() =>
      signDetached({ key: "nobody@example.test", gnupgHome: home }, join(dir, "doc"), join(dir, "x.sig")),
    ).toThrow(/gpg could not sign .* with key nobody@example\.test: .+/);
    expect(() => publicKey({ key: "nobody@example.test", gnupgHome: home })).toThrow(
      /gpg could not find secret key/,
    );
  });
});
