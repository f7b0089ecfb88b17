import { typeToJSON } from "../../provider/plugin/cty/types.ts";
import type {
  FunctionDefinition,
  FunctionParameter,
  IdentitySchema,
  ProviderDefinition,
} from "../../provider/plugin/api.ts";
import type { AttributeSchema, BlockSchema, Schema } from "../../provider/plugin/schema.ts";

/**
 * A declared provider in the shape `tofu providers schema -json` prints, so a
 * test can compare what we declare with what the host actually understood.
 */
type Json = Record<string, unknown>;

const kind = (markdown?: boolean) => (markdown ? "markdown" : "plain");

/** `inNestedType`: OpenTofu drops deprecation messages of attributes inside nested types. */
function attributeJson(attr: AttributeSchema, inNestedType = false): Json {
  const out: Json = {};
  if (attr.nested) {
    // The host prints no "attributes" for an object with none (e.g. an empty settings object).
    const attributes = Object.entries(attr.nested.attributes);
    out.nested_type = {
      ...(attributes.length > 0
        ? { attributes: Object.fromEntries(attributes.map(([k, a]) => [k, attributeJson(a, true)])) }
        : {}),
      nesting_mode: attr.nested.nesting,
    };
  } else {
    out.type = typeToJSON(attr.type!);
  }
  if (attr.description) out.description = attr.description;
  out.description_kind = kind(attr.markdown);
  if (attr.required) out.required = true;
  if (attr.optional) out.optional = true;
  if (attr.computed) out.computed = true;
  if (attr.sensitive) out.sensitive = true;
  if (attr.writeOnly) out.write_only = true;
  if (attr.deprecated) {
    out.deprecated = true;
    if (!inNestedType) out.deprecation_message = attr.deprecated;
  }
  return out;
}

function blockJson(block: BlockSchema): Json {
  const out: Json = {};
  if (Object.keys(block.attributes).length > 0) {
    out.attributes = Object.fromEntries(
      Object.entries(block.attributes).map(([k, a]) => [k, attributeJson(a)]),
    );
  }
  if (block.blocks && Object.keys(block.blocks).length > 0) {
    out.block_types = Object.fromEntries(
      Object.entries(block.blocks).map(([k, b]) => [
        k,
        {
          nesting_mode: b.nesting,
          block: blockJson(b.block),
          ...(b.minItems ? { min_items: b.minItems } : {}),
          ...(b.maxItems ? { max_items: b.maxItems } : {}),
        },
      ]),
    );
  }
  if (block.description) out.description = block.description;
  out.description_kind = kind(block.markdown);
  if (block.deprecated) out.deprecated = true;
  return out;
}

const schemaJson = (s: Schema): Json => ({ version: s.version, block: blockJson(s.block) });

function parameterJson(p: FunctionParameter): Json {
  return {
    name: p.name,
    description: p.description ?? "",
    ...(p.allowNull ? { is_nullable: true } : {}),
    type: typeToJSON(p.type),
  };
}

function functionJson(f: FunctionDefinition): Json {
  return {
    description: f.description ?? "",
    summary: f.summary ?? "",
    return_type: typeToJSON(f.returns),
    ...(f.parameters.length > 0 ? { parameters: f.parameters.map(parameterJson) } : {}),
    ...(f.variadic ? { variadic_parameter: parameterJson(f.variadic) } : {}),
  };
}

function identityJson(i: IdentitySchema): Json {
  return {
    version: i.version,
    attributes: Object.fromEntries(
      Object.entries(i.attributes).map(([k, a]) => [
        k,
        {
          type: typeToJSON(a.type),
          ...(a.description ? { description: a.description } : {}),
          ...(a.requiredForImport ? { required_for_import: true } : {}),
          ...(a.optionalForImport ? { optional_for_import: true } : {}),
        },
      ]),
    ),
  };
}

export function providerSchemaJson(def: ProviderDefinition): Json {
  const map = <T>(record: Record<string, T> | undefined, f: (v: T) => Json) =>
    Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, f(v)]));
  const out: Json = {
    provider: schemaJson(def.schema),
    resource_schemas: map(def.resources, (r) => schemaJson(r.schema)),
    data_source_schemas: map(def.dataSources, (d) => schemaJson(d.schema)),
  };
  if (def.ephemeralResources && Object.keys(def.ephemeralResources).length > 0)
    out.ephemeral_resource_schemas = map(def.ephemeralResources, (e) => schemaJson(e.schema));
  if (def.functions && Object.keys(def.functions).length > 0)
    out.functions = map(def.functions, functionJson);
  const identities = Object.entries(def.resources ?? {}).filter(([, r]) => r.identity);
  if (identities.length > 0)
    out.resource_identity_schemas = Object.fromEntries(
      identities.map(([k, r]) => [k, identityJson(r.identity!)]),
    );
  return out;
}
