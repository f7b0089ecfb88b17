import { describe, expect, it } from "vitest";
import { materialize, parseLdd, type HostEntry, type HostFs } from "./libraries.ts";

const NODE_LDD = `\tlinux-vdso.so.1 (0x00007ffd6b3f2000)
\tlibdl.so.2 => /lib/x86_64-linux-gnu/libdl.so.2 (0x00007f37e4d9d000)
\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f37e4a00000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f37e481e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f37e4db5000)
`;

describe("parseLdd", () => {
  it.each([
    {
      why: "libraries and the loader, without the vDSO",
      output: NODE_LDD,
      expected: [
        "/lib/x86_64-linux-gnu/libdl.so.2",
        "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/lib64/ld-linux-x86-64.so.2",
      ],
    },
    { why: "a static program needs nothing", output: "\tstatically linked\n", expected: [] },
    { why: "ldd's answer for a non-ELF file", output: "\tnot a dynamic executable\n", expected: [] },
  ])("$why", ({ output, expected }) => {
    expect(parseLdd(output)).toEqual({ ok: true, value: expected });
  });

  it.each([
    {
      why: "a library ldd did not find is named",
      output: `${NODE_LDD}\tlibfoo.so.1 => not found\n`,
      error: /libfoo\.so\.1/,
    },
    {
      why: "output without paths is not trusted",
      output: "\tlinux-vdso.so.1 (0x00007ffd6b3f2000)\n",
      error: /no library paths/,
    },
  ])("$why", ({ output, error }) => {
    const result = parseLdd(output);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

/** A merged-/usr Debian as ldd's paths see it. */
function fakeFs(nodes: Record<string, { link: string } | "dir" | "file">): HostFs {
  return {
    kind: (path) => {
      const node = nodes[path];
      if (node === undefined) return "missing";
      return node === "dir" ? "directory" : node === "file" ? "file" : "symlink";
    },
    readlink: (path) => (nodes[path] as { link: string }).link,
    mode: () => 0o644,
  };
}

const DEBIAN = fakeFs({
  "/lib": { link: "usr/lib" },
  "/lib64": { link: "usr/lib64" },
  "/usr": "dir",
  "/usr/lib": "dir",
  "/usr/lib64": "dir",
  "/usr/lib64/ld-linux-x86-64.so.2": { link: "/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" },
  "/usr/lib/x86_64-linux-gnu": "dir",
  "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2": "file",
  "/usr/lib/x86_64-linux-gnu/libstdc++.so.6": { link: "libstdc++.so.6.0.30" },
  "/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30": "file",
  "/loop": { link: "/loop" },
  "/usr/lib/x86_64-linux-gnu/libc.so.6": "file",
});

const describeEntry = (e: HostEntry) =>
  e.type === "symlink" ? `${e.path} -> ${e.target}` : `${e.type} ${e.path}`;

describe("materialize", () => {
  it("reproduces the loader's chain: the /lib64 link, its link into /lib, the /lib link, the file", () => {
    const into = new Map<string, HostEntry>();
    expect(materialize("/lib64/ld-linux-x86-64.so.2", into, DEBIAN)).toEqual({
      ok: true,
      value: "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
    });
    expect([...into.values()].map(describeEntry).sort()).toEqual([
      "/lib -> usr/lib",
      "/lib64 -> usr/lib64",
      "/usr/lib64/ld-linux-x86-64.so.2 -> /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
      "directory /usr",
      "directory /usr/lib",
      "directory /usr/lib/x86_64-linux-gnu",
      "directory /usr/lib64",
      "file /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
    ]);
  });

  it("keeps a library's soname link beside the versioned file", () => {
    const into = new Map<string, HostEntry>();
    materialize("/lib/x86_64-linux-gnu/libstdc++.so.6", into, DEBIAN);
    expect(into.get("/usr/lib/x86_64-linux-gnu/libstdc++.so.6")).toEqual({
      type: "symlink",
      path: "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
      target: "libstdc++.so.6.0.30",
    });
    expect(into.get("/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30")?.type).toBe("file");
  });

  it.each([
    { why: "a missing file", path: "/lib/x86_64-linux-gnu/libnope.so", error: /libnope\.so.*missing/ },
    {
      why: "a file used as a directory",
      path: "/usr/lib/x86_64-linux-gnu/libc.so.6/x",
      error: /a file, not a directory/,
    },
    { why: "a link loop", path: "/loop/x", error: /too many symbolic links/ },
  ])("refuses $why", ({ path, error }) => {
    const result = materialize(path, new Map(), DEBIAN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
