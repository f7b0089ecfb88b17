import { error } from "../diagnostics.ts";
import type { ListResourceEventInit, ListResourceRequest } from "../proto/types.generated.ts";
import type { CallContext } from "../transport/grpc.ts";
import type { Engine } from "./engine.ts";
import { objectFrom } from "./fromproto.ts";
import { nullWriteOnly } from "./rules.ts";
import { diagnostics, dynamic, identityData } from "./toproto.ts";

/** The objects a list block finds, streamed one event each; a failure ends the stream with a diagnostic. */
export async function* listResource(
  engine: Engine,
  req: ListResourceRequest,
  call: CallContext,
): AsyncIterable<ListResourceEventInit> {
  const name = req.type_name;
  const l = engine.def.listResources?.[name];
  const r = engine.def.resources?.[name];
  const fail = (summary: string, detail: string) => ({
    diagnostic: diagnostics([error(summary, detail)])[0],
  });
  if (!l) {
    yield fail("Unknown list resource type", `This provider cannot list "${name}".`);
    return;
  }
  const config = objectFrom(req.config, engine.typeOf(l.schema));
  if (!config) {
    yield fail(`Listing ${name} failed`, "the host sent no configuration");
    return;
  }
  const ctx = engine.context("ListResource", { type: name });
  const signal = AbortSignal.any([ctx.signal, call.signal]);
  try {
    const items = l.list(
      { config, includeResource: req.include_resource_object, limit: Number(req.limit) },
      { ...ctx, signal },
    );
    for await (const item of items) {
      if (item.diagnostic) {
        yield { diagnostic: diagnostics([item.diagnostic])[0] };
        continue;
      }
      yield {
        identity: identityData(item.identity, engine.identityType(r)),
        display_name: item.displayName,
        ...(item.resource && r
          ? {
              resource_object: dynamic(nullWriteOnly(r.schema.block, item.resource), engine.typeOf(r.schema)),
            }
          : {}),
      };
    }
  } catch (e) {
    yield fail(`Listing ${name} failed`, e instanceof Error ? e.message : String(e));
  }
}
