import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ProviderDefinition } from "./api.ts";
import { createHandlers } from "./engine/server.ts";
import { createLogger } from "./log.ts";
import { descriptors } from "./proto/descriptors.generated.ts";
import type { UnaryHandler } from "./transport/grpc.ts";
import { ProtoCodec } from "./wire/protobuf.ts";

/**
 * Responses that depend only on the provider definition, encoded once at build
 * time. A host starts a provider process just to read its schema on every
 * command; served from here, that process never builds the definition.
 */
export type PrecomputedResponses = Record<string, Uint8Array>;

/** The RPCs whose answers are a pure function of the definition (their requests carry nothing). */
export const DEFINITION_ONLY_RPCS = [
  "GetMetadata",
  "GetProviderSchema",
  "GetResourceIdentitySchemas",
  "GetFunctions",
] as const;

export async function precompute(def: ProviderDefinition): Promise<PrecomputedResponses> {
  const handlers = createHandlers(
    def,
    createLogger("precompute", () => {}),
  );
  const codec = new ProtoCodec(descriptors);
  const methods = descriptors.services[".tfplugin6.Provider"]!;
  const out: PrecomputedResponses = {};
  for (const name of DEFINITION_ONLY_RPCS) {
    const handler = handlers[name] as UnaryHandler | undefined;
    const method = methods.find((m) => m.name === name);
    if (!handler || !method) continue;
    const response = await handler({}, { signal: new AbortController().signal, onFinished: () => {} });
    out[name] = codec.encode(method.output, response as Parameters<ProtoCodec["encode"]>[1]);
  }
  return out;
}

const EXTENSION = ".pb";

export function writePrecomputed(dir: string, responses: PrecomputedResponses): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(responses))
    writeFileSync(join(dir, `${name}${EXTENSION}`), bytes);
}

/** What a build left next to the bundle; nothing when run from sources. */
export function readPrecomputed(dir: string): PrecomputedResponses {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return {};
  }
  const known = new Set<string>(DEFINITION_ONLY_RPCS);
  return Object.fromEntries(
    names
      .filter((file) => file.endsWith(EXTENSION) && known.has(file.slice(0, -EXTENSION.length)))
      .map((file) => [file.slice(0, -EXTENSION.length), new Uint8Array(readFileSync(join(dir, file)))]),
  );
}
