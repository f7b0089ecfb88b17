import { describe, expect, it } from "vitest";
import type { HostFs } from "./libraries.ts";
import { CA_CERTIFICATES, planRuntime, RUNTIME_CONFIG, type PlanEntry } from "./runtime.ts";

/** A host with a merged /usr: /lib is a link, the libraries and certificates are files. */
function host(overrides: Record<string, "dir" | "file" | { link: string }> = {}): HostFs {
  const nodes: Record<string, "dir" | "file" | { link: string }> = {
    "/lib": { link: "usr/lib" },
    "/usr": "dir",
    "/usr/lib": "dir",
    "/usr/lib/x86_64-linux-gnu": "dir",
    "/usr/lib/x86_64-linux-gnu/libc.so.6": "file",
    "/etc": "dir",
    "/etc/ssl": "dir",
    "/etc/ssl/certs": "dir",
    [CA_CERTIFICATES]: "file",
    ...overrides,
  };
  return {
    kind: (p) => {
      const n = nodes[p];
      return n === undefined ? "missing" : n === "dir" ? "directory" : n === "file" ? "file" : "symlink";
    },
    readlink: (p) => (nodes[p] as { link: string }).link,
    mode: (p) => (p.includes("libc") ? 0o755 : 0o644),
  };
}

const byPath = (entries: PlanEntry[]) => new Map(entries.map((e) => [e.path, e]));

describe("planRuntime", () => {
  const plan = planRuntime(["/lib/x86_64-linux-gnu/libc.so.6"], host());
  if (!plan.ok) throw new Error(plan.error);
  const system = byPath(plan.value.system);

  it.each([
    { path: "/usr/bin/node", expected: { type: "file", mode: 0o755, source: { from: "node" } } },
    { path: "/lib", expected: { type: "symlink", target: "usr/lib" } },
    { path: "/usr/lib/x86_64-linux-gnu/libc.so.6", expected: { type: "file", mode: 0o755 } },
    { path: CA_CERTIFICATES, expected: { type: "file", mode: 0o644 } },
    { path: "/tmp", expected: { type: "directory", mode: 0o1777 } },
    { path: "/etc/passwd", expected: { type: "file", mode: 0o644 } },
  ])("holds $path", ({ path, expected }) => {
    expect(system.get(path)).toMatchObject(expected);
  });

  it("names the nonroot user 65532 in passwd and group", () => {
    const text = (path: string) => {
      const e = system.get(path);
      return e?.type === "file" && e.source.from === "text" ? e.source.text : "";
    };
    expect(text("/etc/passwd")).toMatch(/^nonroot:x:65532:65532:/m);
    expect(text("/etc/group")).toMatch(/^nonroot:x:65532:$/m);
  });

  it("lists parents before children, each path once", () => {
    const paths = plan.value.system.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const [i, path] of paths.entries()) {
      const parent = path.slice(0, path.lastIndexOf("/"));
      if (parent !== "") expect(paths.indexOf(parent), path).toBeLessThan(i);
    }
  });

  it("puts the bundle alone in the function layer", () => {
    expect(plan.value.function.map((e) => e.path)).toEqual(["/function", "/function/function-cozystack.mjs"]);
  });

  it("starts node on the bundle as 65532 with the certificates directory Crossplane mounts", () => {
    expect(RUNTIME_CONFIG).toMatchObject({
      Entrypoint: ["/usr/bin/node", "--max-semi-space-size=2", "/function/function-cozystack.mjs"],
      User: "65532:65532",
      ExposedPorts: { "9443/tcp": {} },
    });
    expect(RUNTIME_CONFIG.Env).toContain("TLS_SERVER_CERTS_DIR=/tls/server");
  });

  it.each([
    {
      why: "a host where /usr/bin is a link clashes with the directory node goes in",
      fs: host({ "/usr/bin": { link: "/bin" }, "/bin": "dir", "/bin/libx.so": "file" }),
      libraries: ["/usr/bin/libx.so"],
      error: /\/usr\/bin is both directory and symlink/,
    },
    {
      why: "a library that is not there",
      fs: host(),
      libraries: ["/lib/x86_64-linux-gnu/libmissing.so.1"],
      error: /libmissing\.so\.1 .* missing/,
    },
  ])("refuses $why", ({ fs, libraries, error }) => {
    const result = planRuntime(libraries, fs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
