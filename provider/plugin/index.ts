/**
 * The plugin bridge: serve any provider written against ./api.ts over the
 * Terraform plugin protocol 6, to OpenTofu and Terraform. No Cozystack here.
 */
import type { ProviderDefinition } from "./api.ts";
import { createHandlers } from "./engine/server.ts";
import type { Logger } from "./log.ts";
import type { PrecomputedResponses } from "./precompute.ts";
import { descriptors } from "./proto/descriptors.generated.ts";
import { serve, type ProviderHandlers, type ServeOptions } from "./serve.ts";
import { Encoded, GrpcError, Status, type StreamHandler, type UnaryHandler } from "./transport/grpc.ts";
import type { Message } from "./wire/protobuf.ts";

export type * from "./api.ts";
export { FunctionError } from "./api.ts";
export * as diag from "./diagnostics.ts";
export { t } from "./cty/types.ts";
export type { CtyType } from "./cty/types.ts";
export {
  BigDecimal,
  Dynamic,
  Unknown,
  isUnknown,
  isWhollyKnown,
  unknown,
  valuesEqual,
} from "./cty/values.ts";
export type { CtyValue } from "./cty/values.ts";
export type { AttributeSchema, BlockSchema, Schema } from "./schema.ts";
export { precompute, readPrecomputed, writePrecomputed, type PrecomputedResponses } from "./precompute.ts";

// Whoever drives the engine in-process (a build-time warm-up, tests) needs the codec's
// pieces too; they are exported here so that no provider reaches into the bridge's files.
export { error, warning, type AttributePath, type Diagnostic, type PathStep } from "./diagnostics.ts";
export { blockType } from "./schema.ts";
export { createLogger, type Logger } from "./log.ts";
export { encodeJsonValue } from "./cty/json.ts";
export { encodeMsgpack } from "./cty/msgpack.ts";
export { createHandlers } from "./engine/server.ts";
export { fromDynamic } from "./engine/values.ts";
export { descriptors } from "./proto/descriptors.generated.ts";
export { ProtoCodec, type Message } from "./wire/protobuf.ts";
export type { UnaryHandler } from "./transport/grpc.ts";

export type DefinitionSource = ProviderDefinition | (() => ProviderDefinition | Promise<ProviderDefinition>);

/**
 * Serve a provider. Pass a function (typically a dynamic import) to load the
 * definition only after the handshake: the host sees the plugin ready at once,
 * and the definition loads while it connects.
 *
 * With `precomputed` responses (made at build time by `precompute`), the calls
 * they answer need no definition at all: a host process that only asks for the
 * schema never loads it, so the definition is loaded on the first other call.
 */
export interface ServePluginOptions extends Pick<
  ServeOptions,
  "networkVariable" | "certificateOrganization"
> {
  /** Logger module name; the definition's name by default. */
  name?: string;
  precomputed?: PrecomputedResponses;
}

export function servePlugin(source: DefinitionSource, options: ServePluginOptions = {}): Promise<void> {
  const { precomputed = {}, ...transport } = options;
  const name = options.name ?? (typeof source === "function" ? "provider" : source.name);
  return serve({ ...transport, name, provider: (log) => lazyHandlers(source, log, precomputed) });
}

function lazyHandlers(
  source: DefinitionSource,
  log: Logger,
  precomputed: PrecomputedResponses,
): ProviderHandlers {
  let handlers: Promise<ProviderHandlers> | undefined;
  const load = () => {
    if (handlers) return handlers;
    const started = performance.now();
    handlers = Promise.resolve(typeof source === "function" ? source() : source).then((def) => {
      const made = createHandlers(def, log);
      log.debug("provider definition loaded", { duration_ms: Math.round(performance.now() - started) });
      return made;
    });
    return handlers;
  };
  if (Object.keys(precomputed).length === 0) {
    setImmediate(
      () => void load().catch((e: unknown) => log.error("loading the provider failed", { error: String(e) })),
    );
  }
  const out: ProviderHandlers = {};
  for (const method of descriptors.services[".tfplugin6.Provider"]!) {
    const ready = precomputed[method.name];
    if (ready && !method.serverStreaming) {
      out[method.name] = (() => new Encoded(ready)) as UnaryHandler;
      continue;
    }
    out[method.name] = method.serverStreaming
      ? (async function* (req: Message, ctx) {
          const h = (await load())[method.name] as StreamHandler | undefined;
          if (!h)
            throw new GrpcError(Status.UNIMPLEMENTED, `${method.name} is not implemented by this provider`);
          yield* h(req, ctx);
        } as StreamHandler)
      : ((async (req: Message, ctx) => {
          const h = (await load())[method.name] as UnaryHandler | undefined;
          if (!h)
            throw new GrpcError(Status.UNIMPLEMENTED, `${method.name} is not implemented by this provider`);
          return h(req, ctx);
        }) as UnaryHandler);
  }
  return out;
}
