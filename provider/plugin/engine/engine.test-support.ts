import type { ObjectValue, ProviderDefinition, ResourceDefinition } from "../api.ts";
import type { CtyType } from "../cty/types.ts";
import { t } from "../cty/types.ts";
import type { CtyValue } from "../cty/values.ts";
import { error } from "../diagnostics.ts";
import { createLogger } from "../log.ts";
import type { DiagnosticInit, DynamicValue, DynamicValueInit } from "../proto/types.generated.ts";
import { blockType, type Schema } from "../schema.ts";
import { Engine } from "./engine.ts";
import { encodePrivate, fromDynamic, toDynamic } from "./values.ts";

/**
 * A small in-memory provider for the RPC files' unit tests: one resource ("box", with an
 * identity and a write-only attribute), a data source, an ephemeral resource, a list
 * resource and a function. Each call it receives is recorded; a name of "fail" makes the
 * definition answer with an error, a name of "throw" makes it throw.
 */
export const boxSchema: Schema = {
  version: 2,
  block: {
    attributes: {
      name: { type: t.string, required: true },
      size: { type: t.number, optional: true },
      id: { type: t.string, computed: true },
      token_wo: { type: t.string, optional: true, writeOnly: true },
    },
  },
};
export const boxType = blockType(boxSchema.block);
export const identityType = t.object({ id: t.string });
export const configSchema: Schema = {
  version: 0,
  block: { attributes: { region: { type: t.string, optional: true } } },
};
export const configType = blockType(configSchema.block);

export interface Recorded {
  calls: { name: string; req: unknown }[];
}

function outcome(name: CtyValue | undefined) {
  if (name === "throw") throw new Error("boom");
  return name === "fail" ? { diagnostics: [error("refused", `${String(name)} is refused`)] } : {};
}

export function box(recorded: Recorded): ResourceDefinition {
  const record = (name: string, req: unknown) => recorded.calls.push({ name, req });
  return {
    schema: boxSchema,
    identity: { version: 0, attributes: { id: { type: t.string, requiredForImport: true } } },
    validate: (req) => (record("validate", req), outcome(req.config.name)),
    upgradeState: (req) => {
      record("upgradeState", req);
      const json = req.json;
      const name = typeof json === "object" && json !== null && "label" in json ? String(json.label) : "?";
      return { state: { name, size: null, id: name, token_wo: null } };
    },
    read: async (req) => {
      record("read", req);
      if (req.state.name === "gone") return { state: null };
      return {
        ...outcome(req.state.name),
        state: { ...req.state, size: 1 },
        identity: { id: String(req.state.id) },
      };
    },
    plan: async (req) => {
      record("plan", req);
      const o = outcome(req.config.name);
      return { ...o, requiresReplace: req.prior && req.prior.name !== req.config.name ? [["name"]] : [] };
    },
    create: async (req) => {
      record("create", req);
      const o = outcome(req.planned.name);
      if (o.diagnostics) return o;
      return {
        state: { ...req.planned, id: String(req.planned.name) },
        private: { v: 1 },
        identity: { id: String(req.planned.name) },
      };
    },
    update: async (req) => (record("update", req), { ...outcome(req.planned.name), state: req.planned }),
    delete: async (req) => (record("delete", req), outcome(req.prior.name)),
    import: async (req) => {
      record("import", req);
      const id = req.id || String(req.identity?.id);
      return { resources: [{ state: { name: id, size: null, id, token_wo: "x" }, identity: { id } }] };
    },
    move: async (req) => {
      record("move", req);
      if (req.sourceType === "fail") return { diagnostics: [error("refused")] };
      return {
        state: { name: "moved", size: null, id: "moved", token_wo: "x" },
        private: { from: req.sourceType },
      };
    },
  };
}

export function toyDefinition(recorded: Recorded = { calls: [] }): ProviderDefinition {
  const record = (name: string, req: unknown) => recorded.calls.push({ name, req });
  return {
    name: "toy",
    schema: configSchema,
    validateConfig: (req) => (record("validateConfig", req), outcome(req.config.region)),
    configure: (req) => (record("configure", req), outcome(req.config.region)),
    resources: { toy_box: box(recorded) },
    dataSources: {
      toy_lookup: {
        schema: boxSchema,
        read: async (req) => {
          record("dataRead", req);
          return {
            ...outcome(req.config.name),
            state: { ...req.config, id: req.config.name === "half" ? null : "found" },
          };
        },
      },
    },
    ephemeralResources: {
      toy_token: {
        schema: configSchema,
        open: async (req) => (
          record("open", req),
          { result: { region: "opened" }, private: { n: 1 }, renewAt: new Date(1_500) }
        ),
        renew: async (req) => (record("renew", req), { private: { n: 2 } }),
        close: async (req) => (record("close", req), {}),
      },
    },
    listResources: {
      toy_box: {
        schema: configSchema,
        async *list(req) {
          record("list", req);
          yield {
            identity: { id: "a" },
            displayName: "A",
            resource: { name: "a", size: null, id: "a", token_wo: "x" },
          };
          if (req.config.region === "throw") throw new Error("lost the connection");
          yield { identity: { id: "b" }, displayName: "B", diagnostic: error("b is odd") };
        },
      },
    },
    functions: {
      double: {
        parameters: [{ name: "n", type: t.number }],
        returns: t.number,
        call: ([n]) => (typeof n === "number" ? n * 2 : null),
      },
    },
  };
}

export function engineFor(def: ProviderDefinition = toyDefinition()): Engine {
  return new Engine(
    def,
    createLogger("test", () => {}),
  );
}

/** A value as the host sends it (as the codec decodes a DynamicValue). */
export function sent(value: CtyValue, type: CtyType): DynamicValue {
  return { msgpack: toDynamic(value, type).msgpack, json: new Uint8Array() };
}

/** The value an answer carries. */
export function received(value: DynamicValueInit | undefined, type: CtyType): CtyValue {
  return fromDynamic(value, type);
}

export function box1(name: string, extra: Partial<ObjectValue> = {}): ObjectValue {
  return { name, size: null, id: null, token_wo: null, ...extra };
}

export const noPrivate: Uint8Array = encodePrivate(undefined);

/** The summaries of an answer's diagnostics, for short assertions. */
export function summaries(diags: readonly DiagnosticInit[] | undefined): string[] {
  return (diags ?? []).map((d) => `${d.severity === 1 ? "error" : "warning"}: ${d.summary ?? ""}`);
}
