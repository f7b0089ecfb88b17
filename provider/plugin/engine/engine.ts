import type { ProviderDefinition, RequestContext, ResourceDefinition } from "../api.ts";
import { t, type CtyType } from "../cty/types.ts";
import { error } from "../diagnostics.ts";
import type { Logger } from "../log.ts";
import { blockType, type Schema } from "../schema.ts";
import type { DiagnosticInit } from "../proto/types.generated.ts";
import { diagnostics } from "./toproto.ts";

/**
 * What every call shares: the definition, the log, the stop signal and the schema types,
 * computed once per schema. Each RPC is a function of the engine and its request.
 */
export class Engine {
  readonly def: ProviderDefinition;
  readonly log: Logger;
  private stopping = new AbortController();
  private readonly types = new Map<Schema, CtyType>();

  constructor(def: ProviderDefinition, log: Logger) {
    this.def = def;
    this.log = log;
  }

  /** The context handed to the definition: the log tagged with the call, and the stop signal. */
  context(rpc: string, extra: Record<string, unknown> = {}): RequestContext {
    return { log: this.log.with({ rpc, ...extra }), signal: this.stopping.signal };
  }

  /** Abort every running call, and start afresh for the calls that come after. */
  stopCalls(): void {
    this.stopping.abort(new Error("the host asked the provider to stop"));
    this.stopping = new AbortController();
  }

  typeOf(schema: Schema): CtyType {
    let type = this.types.get(schema);
    if (!type) this.types.set(schema, (type = blockType(schema.block)));
    return type;
  }

  /** The object type of a resource's identity (dynamic for a resource without one). */
  identityType(resource: ResourceDefinition | undefined): CtyType {
    const attributes = resource?.identity?.attributes;
    if (!attributes) return t.dynamic;
    return t.object(Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, a.type])));
  }
}

/**
 * Run a call's body; an unexpected exception becomes an error diagnostic for the host
 * to show, instead of a failed RPC it would report as a crashed plugin.
 */
export async function guarded<R extends { diagnostics?: readonly DiagnosticInit[] }>(
  engine: Engine,
  rpc: string,
  body: () => Promise<R>,
): Promise<R | { diagnostics: DiagnosticInit[] }> {
  try {
    return await body();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    engine.log.error("unexpected error", { rpc, error: message });
    return { diagnostics: diagnostics([error(`Unexpected error in ${rpc}`, message)]) };
  }
}
