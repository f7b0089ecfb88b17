// The checksums hosts compare a provider package against: the archive's SHA-256 (the
// SHA256SUMS line and the lock file's zh: hash) and the package contents' h1: hash.
import { createHash } from "node:crypto";

export function sha256Hex(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** `zh:` + the archive's SHA-256: what hosts record for an archive they checked whole. */
export function zipHash(archive: Buffer): string {
  return `zh:${sha256Hex(archive)}`;
}

/**
 * `h1:`, Go's module hash ("dirhash" Hash1), which OpenTofu and Terraform use for a package
 * whether packed or unpacked: the SHA-256 of lines `<sha256 hex>  <path>\n`, one per file
 * in byte order of path, in standard base64. `files` maps archive paths to contents.
 */
export function packageHash(files: ReadonlyMap<string, Buffer>): string {
  const names = [...files.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const summary = createHash("sha256");
  for (const name of names) {
    if (name.includes("\n")) throw new Error(`h1 hash: file name ${JSON.stringify(name)} holds a newline`);
    summary.update(`${sha256Hex(files.get(name)!)}  ${name}\n`);
  }
  return `h1:${summary.digest("base64")}`;
}

/** A SHA256SUMS document as `sha256sum` writes it and hosts parse it: `<hex>  <file>`, sorted by file. */
export function sha256Sums(files: ReadonlyMap<string, Buffer>): string {
  return [...files.keys()]
    .sort()
    .map((name) => {
      if (/[\s]/.test(name))
        throw new Error(`SHA256SUMS: file name ${JSON.stringify(name)} holds white space`);
      return `${sha256Hex(files.get(name)!)}  ${name}\n`;
    })
    .join("");
}

/** The lines of a SHA256SUMS document as file → hex digest, for reading one back. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const [index, line] of text.split("\n").entries()) {
    if (line === "") continue;
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (!match)
      throw new Error(`SHA256SUMS line ${index + 1} is not "<sha256>  <file>": ${JSON.stringify(line)}`);
    sums.set(match[2]!, match[1]!);
  }
  return sums;
}
