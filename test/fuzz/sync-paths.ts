import type { SyncPath } from "./property.ts";
import type { PathName } from "./report.ts";

/** The synchronous paths by name, loaded on demand (each pulls in its own code under test). */
export const syncPaths: Partial<Record<PathName, () => Promise<SyncPath<unknown>>>> = {
  cty: async () => (await import("./cty.ts")).ctyPath as SyncPath<unknown>,
  proto: async () => (await import("./proto.ts")).protoPath as SyncPath<unknown>,
  function: async () => (await import("./function.ts")).functionPath as SyncPath<unknown>,
};
