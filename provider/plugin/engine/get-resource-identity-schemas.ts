import type { IdentitySchema } from "../api.ts";
import type {
  GetResourceIdentitySchemasResponseInit,
  ResourceIdentitySchemaInit,
} from "../proto/types.generated.ts";
import type { Engine } from "./engine.ts";
import { typeBytes } from "./toproto.ts";

/** The identity schema of each resource that has one. */
export async function getResourceIdentitySchemas(
  engine: Engine,
): Promise<GetResourceIdentitySchemasResponseInit> {
  const identities: Record<string, ResourceIdentitySchemaInit> = {};
  for (const [name, r] of Object.entries(engine.def.resources ?? {})) {
    if (r.identity) identities[name] = identitySchemaMessage(r.identity);
  }
  return { identity_schemas: identities, diagnostics: [] };
}

function identitySchemaMessage(identity: IdentitySchema): ResourceIdentitySchemaInit {
  return {
    version: BigInt(identity.version),
    identity_attributes: Object.entries(identity.attributes).map(([name, a]) => ({
      name,
      type: typeBytes(a.type),
      required_for_import: Boolean(a.requiredForImport),
      optional_for_import: Boolean(a.optionalForImport),
      description: a.description ?? "",
    })),
  };
}
