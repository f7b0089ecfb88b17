import type { GetMetadataResponseInit, ServerCapabilitiesInit } from "../proto/types.generated.ts";
import type { Engine } from "./engine.ts";

/** What this engine can do, the same in every answer that carries it. */
export const serverCapabilities: ServerCapabilitiesInit = {
  plan_destroy: true,
  get_provider_schema_optional: true,
  move_resource_state: true,
  generate_resource_config: false,
};

/** The names of everything the provider offers, without schemas. */
export async function getMetadata(engine: Engine): Promise<GetMetadataResponseInit> {
  const def = engine.def;
  const typeNames = (table: Record<string, unknown> | undefined) =>
    Object.keys(table ?? {}).map((type_name) => ({ type_name }));
  return {
    server_capabilities: serverCapabilities,
    diagnostics: [],
    resources: typeNames(def.resources),
    data_sources: typeNames(def.dataSources),
    ephemeral_resources: typeNames(def.ephemeralResources),
    list_resources: typeNames(def.listResources),
    functions: Object.keys(def.functions ?? {}).map((name) => ({ name })),
  };
}
