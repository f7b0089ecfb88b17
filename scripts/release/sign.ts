// Signing a release's SHA256SUMS with GnuPG, and the public key a registry hands to hosts.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

export interface Signer {
  /** A key ID, fingerprint or user ID that names a secret key in the keyring. */
  key: string;
  /** The keyring's directory; unset means gpg's own default (`$GNUPGHOME` or `~/.gnupg`). */
  gnupgHome?: string;
}

/** The public half as a registry's `signing_keys.gpg_public_keys` entry carries it. */
export interface PublicKey {
  /** The primary key's long ID, upper-case hex, as hosts print it after verifying. */
  keyId: string;
  asciiArmor: string;
}

function gpg(signer: Pick<Signer, "gnupgHome">, args: string[], what: string): string {
  const env = signer.gnupgHome ? { ...process.env, GNUPGHOME: signer.gnupgHome } : process.env;
  try {
    return execFileSync("gpg", ["--batch", "--no-tty", ...args], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`gpg could not ${what}: ${stderr || String(error)}`, { cause: error });
  }
}

/**
 * Write a binary detached signature of `file` to `signatureFile`. Hosts check it with
 * OpenPGP's detached-signature verification, which reads the binary form, not armour.
 */
export function signDetached(signer: Signer, file: string, signatureFile: string): void {
  rmSync(signatureFile, { force: true });
  gpg(
    signer,
    ["--local-user", signer.key, "--output", signatureFile, "--detach-sign", file],
    `sign ${file} with key ${signer.key}`,
  );
}

export function publicKey(signer: Signer): PublicKey {
  const listing = gpg(
    signer,
    ["--with-colons", "--list-secret-keys", signer.key],
    `find secret key ${signer.key}`,
  );
  const primaries = listing.split("\n").filter((line) => line.startsWith("sec:"));
  if (primaries.length !== 1) {
    throw new Error(`gpg key "${signer.key}" names ${primaries.length} secret keys; give its fingerprint`);
  }
  const keyId = primaries[0]!.split(":")[4]!.toUpperCase();
  const asciiArmor = gpg(signer, ["--armor", "--export", keyId], `export public key ${keyId}`);
  return { keyId, asciiArmor };
}

/**
 * A new Ed25519 signing key without a passphrase, in `gnupgHome` (created if absent).
 * For tests and trial registries only: a real release signs with a key kept offline.
 */
export function createThrowawayKey(
  gnupgHome: string,
  userId = "cozystack-iac test <test@example.test>",
): Signer {
  // gpg refuses, or warns about, a home other users can read.
  mkdirSync(gnupgHome, { recursive: true, mode: 0o700 });
  gpg(
    { gnupgHome },
    [
      "--passphrase",
      "",
      "--pinentry-mode",
      "loopback",
      "--quick-generate-key",
      userId,
      "ed25519",
      "sign",
      "1d",
    ],
    "create a throwaway key",
  );
  const { keyId } = publicKey({ key: userId, gnupgHome });
  return { key: keyId, gnupgHome };
}

/** Stop the gpg-agent that gpg started for a throwaway keyring, before its directory goes. */
export function stopAgent(gnupgHome: string): void {
  execFileSync("gpgconf", ["--kill", "gpg-agent"], {
    env: { ...process.env, GNUPGHOME: gnupgHome },
    stdio: "ignore",
  });
}
