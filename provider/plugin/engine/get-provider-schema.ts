import type { GetProviderSchemaResponseInit, SchemaInit } from "../proto/types.generated.ts";
import { schemaMessage, type Schema } from "../schema.ts";
import type { Engine } from "./engine.ts";
import { functionMessages } from "./get-functions.ts";
import { serverCapabilities } from "./get-metadata.ts";

/** The schemas of the provider and of everything it offers. */
export async function getProviderSchema(engine: Engine): Promise<GetProviderSchemaResponseInit> {
  const def = engine.def;
  return {
    provider: schemaMessage(def.schema),
    resource_schemas: schemas(def.resources),
    data_source_schemas: schemas(def.dataSources),
    ephemeral_resource_schemas: schemas(def.ephemeralResources),
    list_resource_schemas: schemas(def.listResources),
    functions: functionMessages(def.functions),
    server_capabilities: serverCapabilities,
    diagnostics: [],
  };
}

function schemas(table: Record<string, { schema: Schema }> | undefined): Record<string, SchemaInit> {
  return Object.fromEntries(Object.entries(table ?? {}).map(([name, r]) => [name, schemaMessage(r.schema)]));
}
