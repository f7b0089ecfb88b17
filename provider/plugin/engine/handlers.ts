import type {
  ClientCapabilities,
  ObjectValue,
  ProviderDefinition,
  RequestContext,
  ResourceDefinition,
} from "../api.ts";
import { FunctionError } from "../api.ts";
import { decodeJsonValue, fromPlainJson } from "../cty/json.ts";
import { t, typeToJSON, type CtyType } from "../cty/types.ts";
import { Dynamic, isWhollyKnown, Unknown, type CtyValue } from "../cty/values.ts";
import { diagnosticMessage, error, hasErrors, pathMessage, type Diagnostic } from "../diagnostics.ts";
import type { Logger } from "../log.ts";
import { blockType, schemaMessage, type Schema } from "../schema.ts";
import type { ProviderHandlers } from "../serve.ts";
import type { Message } from "../wire/protobuf.ts";
import {
  checkApplyAgainstPlan,
  checkPathExists,
  checkPlanAgainstConfig,
  markComputedNullsUnknown,
  nullWriteOnly,
} from "./rules.ts";
import { decodePrivate, encodePrivate, fromDynamic, toDynamic } from "./values.ts";

/**
 * The generic engine: every tfplugin6 RPC, implemented once on top of the typed
 * API in ../api.ts, with value decoding, diagnostics and the protocol's rules.
 */
const utf8 = new TextEncoder();
const typeBytes = (type: CtyType) => utf8.encode(JSON.stringify(typeToJSON(type)));

export function createHandlers(def: ProviderDefinition, log: Logger): ProviderHandlers {
  let stop = new AbortController();
  const ctx = (rpc: string, extra: Record<string, unknown> = {}): RequestContext => ({
    log: log.with({ rpc, ...extra }),
    signal: stop.signal,
  });
  const resources = def.resources ?? {};
  const dataSources = def.dataSources ?? {};
  const ephemerals = def.ephemeralResources ?? {};
  const functions = def.functions ?? {};
  const lists = def.listResources ?? {};
  const types = new Map<Schema, CtyType>();
  const typeOf = (schema: Schema) => {
    let type = types.get(schema);
    if (!type) types.set(schema, (type = blockType(schema.block)));
    return type;
  };

  const diagnostics = (diags: readonly Diagnostic[] | undefined) => (diags ?? []).map(diagnosticMessage);
  /** Run a handler body; unexpected exceptions become error diagnostics instead of failed RPCs. */
  const guarded = async <R extends Message>(
    rpc: string,
    body: () => Promise<R>,
    field = "diagnostics",
  ): Promise<R> => {
    try {
      return await body();
    } catch (e) {
      log.error("unexpected error", { rpc, error: e instanceof Error ? e.message : String(e) });
      return {
        [field]: [
          diagnosticMessage(error(`Unexpected error in ${rpc}`, e instanceof Error ? e.message : String(e))),
        ],
      } as unknown as R;
    }
  };
  const unknownType = (kind: string, name: string): Message => ({
    diagnostics: [
      diagnosticMessage(error(`Unknown ${kind} type`, `This provider has no ${kind} "${name}".`)),
    ],
  });
  const caps = (msg: Message | undefined): ClientCapabilities => ({
    deferralAllowed: Boolean(msg?.deferral_allowed),
    writeOnlyAttributesAllowed: Boolean(msg?.write_only_attributes_allowed),
  });
  const resource = (name: string): ResourceDefinition | undefined => resources[name];

  const functionMessage = (name: string): Message => {
    const f = functions[name]!;
    const param = (p: (typeof f.parameters)[number]) => ({
      name: p.name,
      type: typeBytes(p.type),
      allow_null_value: Boolean(p.allowNull),
      allow_unknown_values: Boolean(p.allowUnknown),
      description: p.description ?? "",
      description_kind: 0,
    });
    return {
      parameters: f.parameters.map(param),
      ...(f.variadic ? { variadic_parameter: param(f.variadic) } : {}),
      return: { type: typeBytes(f.returns) },
      summary: f.summary ?? "",
      description: f.description ?? "",
      description_kind: 0,
      deprecation_message: f.deprecated ?? "",
    };
  };

  const schemas = (record: Record<string, { schema: Schema }>) =>
    Object.fromEntries(Object.entries(record).map(([name, r]) => [name, schemaMessage(r.schema)]));

  const capabilities = {
    plan_destroy: true,
    get_provider_schema_optional: true,
    move_resource_state: true,
    generate_resource_config: false,
  };

  return {
    GetMetadata: async () => ({
      server_capabilities: capabilities,
      diagnostics: [],
      resources: Object.keys(resources).map((type_name) => ({ type_name })),
      data_sources: Object.keys(dataSources).map((type_name) => ({ type_name })),
      ephemeral_resources: Object.keys(ephemerals).map((type_name) => ({ type_name })),
      list_resources: Object.keys(lists).map((type_name) => ({ type_name })),
      functions: Object.keys(functions).map((name) => ({ name })),
    }),

    GetProviderSchema: async () => ({
      provider: schemaMessage(def.schema),
      resource_schemas: schemas(resources),
      data_source_schemas: schemas(dataSources),
      ephemeral_resource_schemas: schemas(ephemerals),
      list_resource_schemas: schemas(lists),
      functions: Object.fromEntries(Object.keys(functions).map((n) => [n, functionMessage(n)])),
      server_capabilities: capabilities,
      diagnostics: [],
    }),

    GetResourceIdentitySchemas: async () => ({
      identity_schemas: Object.fromEntries(
        Object.entries(resources)
          .filter(([, r]) => r.identity)
          .map(([name, r]) => [
            name,
            {
              version: BigInt(r.identity!.version),
              identity_attributes: Object.entries(r.identity!.attributes).map(([attr, a]) => ({
                name: attr,
                type: typeBytes(a.type),
                required_for_import: Boolean(a.requiredForImport),
                optional_for_import: Boolean(a.optionalForImport),
                description: a.description ?? "",
              })),
            },
          ]),
      ),
      diagnostics: [],
    }),

    ValidateProviderConfig: (req) =>
      guarded("ValidateProviderConfig", async () => {
        const config = fromDynamic(req.config as Message, typeOf(def.schema)) as ObjectValue;
        const result = def.validateConfig
          ? await def.validateConfig({ config }, ctx("ValidateProviderConfig"))
          : {};
        return { diagnostics: diagnostics(result.diagnostics) };
      }),

    ConfigureProvider: (req) =>
      guarded("ConfigureProvider", async () => {
        const config = fromDynamic(req.config as Message, typeOf(def.schema)) as ObjectValue;
        const result = def.configure
          ? await def.configure(
              {
                config,
                terraformVersion: String(req.terraform_version ?? ""),
                clientCapabilities: caps(req.client_capabilities as Message),
              },
              ctx("ConfigureProvider"),
            )
          : {};
        return { diagnostics: diagnostics(result.diagnostics) };
      }),

    ValidateResourceConfig: (req) =>
      guarded("ValidateResourceConfig", async () => {
        const name = String(req.type_name);
        const r = resource(name);
        if (!r) return unknownType("resource", name);
        const config = fromDynamic(req.config as Message, typeOf(r.schema)) as ObjectValue;
        const clientCapabilities = caps(req.client_capabilities as Message);
        const result = r.validate
          ? await r.validate({ config, clientCapabilities }, ctx("ValidateResourceConfig", { type: name }))
          : {};
        return { diagnostics: diagnostics(result.diagnostics) };
      }),

    ValidateDataResourceConfig: (req) =>
      guarded("ValidateDataResourceConfig", async () => {
        const name = String(req.type_name);
        const d = dataSources[name];
        if (!d) return unknownType("data source", name);
        const config = fromDynamic(req.config as Message, typeOf(d.schema)) as ObjectValue;
        const result = d.validate
          ? await d.validate({ config }, ctx("ValidateDataResourceConfig", { type: name }))
          : {};
        return { diagnostics: diagnostics(result.diagnostics) };
      }),

    ValidateEphemeralResourceConfig: (req) =>
      guarded("ValidateEphemeralResourceConfig", async () => {
        const name = String(req.type_name);
        const e = ephemerals[name];
        if (!e) return unknownType("ephemeral resource", name);
        const config = fromDynamic(req.config as Message, typeOf(e.schema)) as ObjectValue;
        const result = e.validate
          ? await e.validate({ config }, ctx("ValidateEphemeralResourceConfig", { type: name }))
          : {};
        return { diagnostics: diagnostics(result.diagnostics) };
      }),

    ValidateListResourceConfig: (req) =>
      guarded("ValidateListResourceConfig", async () => {
        const name = String(req.type_name);
        const l = lists[name];
        if (!l) return unknownType("list resource", name);
        const config = fromDynamic(req.config as Message, typeOf(l.schema)) as ObjectValue;
        const result = l.validate
          ? await l.validate({ config }, ctx("ValidateListResourceConfig", { type: name }))
          : {};
        return { diagnostics: diagnostics(result.diagnostics) };
      }),

    UpgradeResourceState: (req) =>
      guarded("UpgradeResourceState", async () => {
        const name = String(req.type_name);
        const r = resource(name);
        if (!r) return unknownType("resource", name);
        const type = typeOf(r.schema);
        const version = Number(req.version as bigint);
        const raw = (req.raw_state as Message | undefined)?.json as Uint8Array | undefined;
        if (!raw || raw.length === 0)
          return {
            diagnostics: [
              diagnosticMessage(
                error(
                  "Cannot upgrade state",
                  "The stored state has no JSON form (flatmap state is not supported).",
                ),
              ),
            ],
          };
        if (version > r.schema.version) {
          return {
            diagnostics: [
              diagnosticMessage(
                error(
                  "State is newer than this provider",
                  `The state was written by schema version ${version}; this provider knows version ${r.schema.version}. Upgrade the provider.`,
                ),
              ),
            ],
          };
        }
        let state: ObjectValue | undefined;
        let diags: Diagnostic[] = [];
        if (version < r.schema.version && r.upgradeState) {
          const result = await r.upgradeState(
            { version, json: JSON.parse(new TextDecoder().decode(raw)) },
            ctx("UpgradeResourceState", { type: name }),
          );
          state = result.state;
          diags = result.diagnostics ?? [];
        } else {
          state = decodeLenient(raw, type) as ObjectValue;
        }
        if (hasErrors(diags) || !state) return { diagnostics: diagnostics(diags) };
        return {
          upgraded_state: toDynamic(nullWriteOnly(r.schema.block, state), type),
          diagnostics: diagnostics(diags),
        };
      }),

    UpgradeResourceIdentity: (req) =>
      guarded("UpgradeResourceIdentity", async () => {
        const name = String(req.type_name);
        const r = resource(name);
        if (!r?.identity) return unknownType("resource identity", name);
        const type = identityType(r);
        const raw = (req.raw_identity as Message | undefined)?.json as Uint8Array | undefined;
        const identity = raw && raw.length > 0 ? decodeLenient(raw, type) : null;
        return { upgraded_identity: { identity_data: toDynamic(identity, type) }, diagnostics: [] };
      }),

    ReadResource: (req) =>
      guarded("ReadResource", async () => {
        const name = String(req.type_name);
        const r = resource(name);
        if (!r) return unknownType("resource", name);
        const type = typeOf(r.schema);
        const state = fromDynamic(req.current_state as Message, type) as ObjectValue | null;
        if (!state) return { new_state: toDynamic(null, type), diagnostics: [] };
        const identity = r.identity
          ? (fromDynamic(
              (req.current_identity as Message | undefined)?.identity_data as Message,
              identityType(r),
            ) as ObjectValue | null)
          : null;
        const result = await r.read(
          { state, private: decodePrivate(req.private as Uint8Array), identity: identity ?? undefined },
          ctx("ReadResource", { type: name }),
        );
        if (hasErrors(result.diagnostics))
          return {
            new_state: toDynamic(state, type),
            private: req.private,
            diagnostics: diagnostics(result.diagnostics),
          };
        const newState = result.state ? nullWriteOnly(r.schema.block, result.state) : null;
        return {
          new_state: toDynamic(newState, type),
          private: encodePrivate(result.private ?? decodePrivate(req.private as Uint8Array)),
          ...(r.identity && result.identity && newState
            ? { new_identity: { identity_data: toDynamic(result.identity, identityType(r)) } }
            : {}),
          diagnostics: diagnostics(result.diagnostics),
        };
      }),

    PlanResourceChange: (req) =>
      guarded("PlanResourceChange", async () => {
        const name = String(req.type_name);
        const r = resource(name);
        if (!r) return unknownType("resource", name);
        const type = typeOf(r.schema);
        const prior = fromDynamic(req.prior_state as Message, type) as ObjectValue | null;
        const proposed = fromDynamic(req.proposed_new_state as Message, type) as ObjectValue | null;
        const config = fromDynamic(req.config as Message, type) as ObjectValue | null;
        if (!proposed || !config) {
          // Destroy: nothing to decide, the host deletes on apply.
          return {
            planned_state: toDynamic(null, type),
            planned_private: req.prior_private ?? new Uint8Array(),
            diagnostics: [],
          };
        }
        const priorPrivate = decodePrivate(req.prior_private as Uint8Array);
        const base = prior ? proposed : markComputedNullsUnknown(r.schema.block, config, proposed);
        const result = r.plan
          ? await r.plan(
              {
                prior,
                proposed: base,
                config,
                private: priorPrivate,
                clientCapabilities: caps(req.client_capabilities as Message),
              },
              ctx("PlanResourceChange", { type: name }),
            )
          : {};
        const diags = [...(result.diagnostics ?? [])];
        if (hasErrors(diags)) return { diagnostics: diagnostics(diags) };
        const planned = nullWriteOnly(r.schema.block, result.planned ?? base);
        diags.push(...checkPlanAgainstConfig(r.schema.block, config, planned, prior));
        for (const path of result.requiresReplace ?? []) {
          if (!checkPathExists(r.schema.block, path)) {
            diags.push(
              error(
                "Provider produced an invalid response",
                `RequiresReplace names ${JSON.stringify(path)}, which is not an attribute of ${name}. This is a bug in the provider.`,
              ),
            );
          }
        }
        if (hasErrors(diags)) return { diagnostics: diagnostics(diags) };
        return {
          planned_state: toDynamic(planned, type),
          requires_replace: prior ? (result.requiresReplace ?? []).map(pathMessage) : [],
          planned_private: encodePrivate(result.private ?? priorPrivate),
          ...(r.identity && result.identity
            ? { planned_identity: { identity_data: toDynamic(result.identity, identityType(r)) } }
            : {}),
          diagnostics: diagnostics(diags),
        };
      }),

    ApplyResourceChange: (req) =>
      guarded("ApplyResourceChange", async () => {
        const name = String(req.type_name);
        const r = resource(name);
        if (!r) return unknownType("resource", name);
        const type = typeOf(r.schema);
        const prior = fromDynamic(req.prior_state as Message, type) as ObjectValue | null;
        const planned = fromDynamic(req.planned_state as Message, type) as ObjectValue | null;
        const config = fromDynamic(req.config as Message, type) as ObjectValue | null;
        const privateData = decodePrivate(req.planned_private as Uint8Array);
        const c = ctx("ApplyResourceChange", { type: name });
        if (!planned) {
          const result = await r.delete({ prior: prior!, private: privateData }, c);
          if (hasErrors(result.diagnostics))
            return {
              new_state: toDynamic(prior, type),
              private: req.planned_private,
              diagnostics: diagnostics(result.diagnostics),
            };
          return { new_state: toDynamic(null, type), diagnostics: diagnostics(result.diagnostics) };
        }
        const result = prior
          ? await r.update({ prior, planned, config: config ?? planned, private: privateData }, c)
          : await r.create({ planned, config: config ?? planned, private: privateData }, c);
        const diags = [...(result.diagnostics ?? [])];
        if (!result.state) {
          // Failed before anything exists (create) or before anything changed (update): keep what there was.
          if (!hasErrors(diags))
            diags.push(
              error(
                "Provider produced an invalid response",
                `${name}: apply returned no state and no error. This is a bug in the provider.`,
              ),
            );
          return {
            new_state: toDynamic(prior, type),
            private: req.planned_private,
            diagnostics: diagnostics(diags),
          };
        }
        const state = nullWriteOnly(r.schema.block, result.state);
        if (!hasErrors(diags)) diags.push(...checkApplyAgainstPlan(r.schema.block, planned, state));
        return {
          // A broken result is still recorded, unknowns as null, so nothing created is orphaned.
          new_state: toDynamic(isWhollyKnown(state) ? state : (unknownsToNull(state) as ObjectValue), type),
          private: encodePrivate(result.private ?? privateData),
          ...(r.identity && result.identity
            ? { new_identity: { identity_data: toDynamic(result.identity, identityType(r)) } }
            : {}),
          diagnostics: diagnostics(diags),
        };
      }),

    ImportResourceState: (req) =>
      guarded("ImportResourceState", async () => {
        const name = String(req.type_name);
        const r = resource(name);
        if (!r) return unknownType("resource", name);
        if (!r.import)
          return {
            diagnostics: [diagnosticMessage(error("Import not supported", `${name} cannot be imported.`))],
          };
        const identity = r.identity
          ? (fromDynamic(
              (req.identity as Message | undefined)?.identity_data as Message,
              identityType(r),
            ) as ObjectValue | null)
          : null;
        const result = await r.import(
          { id: String(req.id ?? ""), identity: identity ?? undefined },
          ctx("ImportResourceState", { type: name }),
        );
        const type = typeOf(r.schema);
        return {
          imported_resources: (result.resources ?? []).map((res) => ({
            type_name: name,
            state: toDynamic(nullWriteOnly(r.schema.block, res.state), type),
            private: encodePrivate(res.private),
            ...(r.identity && res.identity
              ? { identity: { identity_data: toDynamic(res.identity, identityType(r)) } }
              : {}),
          })),
          diagnostics: diagnostics(result.diagnostics),
        };
      }),

    MoveResourceState: (req) =>
      guarded("MoveResourceState", async () => {
        const name = String(req.target_type_name);
        const r = resource(name);
        if (!r) return unknownType("resource", name);
        if (!r.move) {
          return {
            diagnostics: [
              diagnosticMessage(
                error(
                  "Move not supported",
                  `${name} cannot take state moved from ${String(req.source_type_name)}.`,
                ),
              ),
            ],
          };
        }
        const rawState = (req.source_state as Message | undefined)?.json as Uint8Array | undefined;
        const rawIdentity = (req.source_identity as Message | undefined)?.json as Uint8Array | undefined;
        const result = await r.move(
          {
            sourceProvider: String(req.source_provider_address ?? ""),
            sourceType: String(req.source_type_name ?? ""),
            sourceVersion: Number(req.source_schema_version as bigint),
            sourceJson:
              rawState && rawState.length > 0 ? JSON.parse(new TextDecoder().decode(rawState)) : null,
            sourcePrivate: decodePrivate(req.source_private as Uint8Array),
            sourceIdentityJson:
              rawIdentity && rawIdentity.length > 0
                ? JSON.parse(new TextDecoder().decode(rawIdentity))
                : undefined,
          },
          ctx("MoveResourceState", { type: name }),
        );
        if (hasErrors(result.diagnostics) || !result.state)
          return { diagnostics: diagnostics(result.diagnostics) };
        return {
          target_state: toDynamic(nullWriteOnly(r.schema.block, result.state), typeOf(r.schema)),
          target_private: encodePrivate(result.private),
          ...(r.identity && result.identity
            ? { target_identity: { identity_data: toDynamic(result.identity, identityType(r)) } }
            : {}),
          diagnostics: diagnostics(result.diagnostics),
        };
      }),

    ReadDataSource: (req) =>
      guarded("ReadDataSource", async () => {
        const name = String(req.type_name);
        const d = dataSources[name];
        if (!d) return unknownType("data source", name);
        const type = typeOf(d.schema);
        const config = fromDynamic(req.config as Message, type) as ObjectValue;
        const result = await d.read({ config }, ctx("ReadDataSource", { type: name }));
        const diags = [...(result.diagnostics ?? [])];
        if (hasErrors(diags) || !result.state) return { diagnostics: diagnostics(diags) };
        if (!isWhollyKnown(result.state))
          diags.push(
            error(
              "Provider produced an invalid response",
              `${name}: a data source result must be wholly known.`,
            ),
          );
        return { state: toDynamic(result.state, type), diagnostics: diagnostics(diags) };
      }),

    OpenEphemeralResource: (req) =>
      guarded("OpenEphemeralResource", async () => {
        const name = String(req.type_name);
        const e = ephemerals[name];
        if (!e) return unknownType("ephemeral resource", name);
        const type = typeOf(e.schema);
        const config = fromDynamic(req.config as Message, type) as ObjectValue;
        const result = await e.open(
          { config, clientCapabilities: caps(req.client_capabilities as Message) },
          ctx("OpenEphemeralResource", { type: name }),
        );
        if (hasErrors(result.diagnostics) || !result.result)
          return { diagnostics: diagnostics(result.diagnostics) };
        return {
          result: toDynamic(result.result, type),
          ...(result.private !== undefined ? { private: encodePrivate(result.private) } : {}),
          ...(result.renewAt ? { renew_at: timestamp(result.renewAt) } : {}),
          diagnostics: diagnostics(result.diagnostics),
        };
      }),

    RenewEphemeralResource: (req) =>
      guarded("RenewEphemeralResource", async () => {
        const name = String(req.type_name);
        const e = ephemerals[name];
        if (!e) return unknownType("ephemeral resource", name);
        if (!e.renew) return { diagnostics: [] };
        const result = await e.renew(
          { private: decodePrivate(req.private as Uint8Array) },
          ctx("RenewEphemeralResource", { type: name }),
        );
        return {
          ...(result.private !== undefined ? { private: encodePrivate(result.private) } : {}),
          ...(result.renewAt ? { renew_at: timestamp(result.renewAt) } : {}),
          diagnostics: diagnostics(result.diagnostics),
        };
      }),

    CloseEphemeralResource: (req) =>
      guarded("CloseEphemeralResource", async () => {
        const name = String(req.type_name);
        const e = ephemerals[name];
        if (!e) return unknownType("ephemeral resource", name);
        const result = e.close
          ? await e.close(
              { private: decodePrivate(req.private as Uint8Array) },
              ctx("CloseEphemeralResource", { type: name }),
            )
          : {};
        return { diagnostics: diagnostics(result.diagnostics) };
      }),

    GetFunctions: async () => ({
      functions: Object.fromEntries(Object.keys(functions).map((n) => [n, functionMessage(n)])),
      diagnostics: [],
    }),

    CallFunction: async (req) => {
      const name = String(req.name);
      const f = functions[name];
      if (!f) return { error: { text: `unknown function ${name}` } };
      const args = (req.arguments as Message[]) ?? [];
      try {
        const values = args.map((arg, i) => {
          const param = i < f.parameters.length ? f.parameters[i]! : f.variadic;
          if (!param) throw new FunctionError(`too many arguments: ${name} takes ${f.parameters.length}`, i);
          const value = fromDynamic(arg, param.type);
          if (value === null && !param.allowNull)
            throw new FunctionError(`argument ${param.name} must not be null`, i);
          return value;
        });
        const result = await f.call(values, ctx("CallFunction", { function: name }));
        return { result: toDynamic(result, f.returns) };
      } catch (e) {
        if (e instanceof FunctionError)
          return {
            error: {
              text: e.message,
              ...(e.argument !== undefined ? { function_argument: BigInt(e.argument) } : {}),
            },
          };
        return { error: { text: e instanceof Error ? e.message : String(e) } };
      }
    },

    ListResource: async function* (req, rpcCtx) {
      const name = String(req.type_name);
      const l = lists[name];
      const r = resources[name];
      if (!l) {
        yield {
          diagnostic: diagnosticMessage(
            error("Unknown list resource type", `This provider cannot list "${name}".`),
          ),
        };
        return;
      }
      const config = fromDynamic(req.config as Message, typeOf(l.schema)) as ObjectValue;
      const listCtx = ctx("ListResource", { type: name });
      const signal = AbortSignal.any([listCtx.signal, rpcCtx.signal]);
      try {
        for await (const item of l.list(
          { config, includeResource: Boolean(req.include_resource_object), limit: Number(req.limit ?? 0n) },
          { ...listCtx, signal },
        )) {
          if (item.diagnostic) {
            yield { diagnostic: diagnosticMessage(item.diagnostic) };
            continue;
          }
          yield {
            identity: { identity_data: toDynamic(item.identity, r?.identity ? identityType(r) : t.dynamic) },
            display_name: item.displayName,
            ...(item.resource && r
              ? { resource_object: toDynamic(nullWriteOnly(r.schema.block, item.resource), typeOf(r.schema)) }
              : {}),
          };
        }
      } catch (e) {
        yield {
          diagnostic: diagnosticMessage(
            error(`Listing ${name} failed`, e instanceof Error ? e.message : String(e)),
          ),
        };
      }
    },

    StopProvider: async () => {
      stop.abort(new Error("the host asked the provider to stop"));
      stop = new AbortController();
      try {
        await def.stop?.();
        return { Error: "" };
      } catch (e) {
        return { Error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

function identityType(r: ResourceDefinition): CtyType {
  return t.object(Object.fromEntries(Object.entries(r.identity!.attributes).map(([k, a]) => [k, a.type])));
}

/** Read stored JSON, dropping attributes the schema no longer has, as hosts do at an equal version. */
function decodeLenient(raw: Uint8Array, type: CtyType): CtyValue {
  try {
    return decodeJsonValue(raw, type);
  } catch {
    const parsed = JSON.parse(new TextDecoder().decode(raw)) as unknown;
    return fromPlainJson(prune(parsed, type), type);
  }
}

function prune(value: unknown, type: CtyType): unknown {
  if (value === null || typeof value !== "object") return value;
  if (type.kind === "object" && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.keys(type.attributes).map((k) => [
        k,
        prune((value as Record<string, unknown>)[k] ?? null, type.attributes[k]!),
      ]),
    );
  }
  if ((type.kind === "list" || type.kind === "set") && Array.isArray(value))
    return value.map((v) => prune(v, type.element));
  if (type.kind === "map" && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, prune(v, type.element)]),
    );
  }
  return value;
}

function unknownsToNull(value: CtyValue): CtyValue {
  if (value instanceof Unknown) return null;
  if (value instanceof Dynamic) return new Dynamic(value.type, unknownsToNull(value.value));
  if (Array.isArray(value)) return value.map(unknownsToNull);
  if (value !== null && typeof value === "object" && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unknownsToNull(v)]));
  }
  return value;
}

function timestamp(date: Date): Message {
  const ms = date.getTime();
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 };
}
