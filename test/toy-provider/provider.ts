import { createHash, randomBytes } from "node:crypto";
import { decodeJsonValue, encodeJsonValue } from "../../provider/plugin/cty/json.ts";
import { blockType, type Schema } from "../../provider/plugin/schema.ts";
import {
  BigDecimal,
  diag,
  FunctionError,
  isUnknown,
  t,
  unknown,
  valuesEqual,
  type CtyValue,
  type ObjectValue,
  type ProviderDefinition,
  type ResourceDefinition,
} from "../../provider/plugin/index.ts";
import { Store } from "./store.ts";

/**
 * A toy provider, not shipped, that exercises every RPC and value type of the
 * plugin bridge. Its "cloud" is a directory of JSON files (provider config
 * `store`, or $TOY_STORE).
 */
const thingSchema: Schema = {
  version: 1,
  block: {
    description: "A thing in the toy cloud.",
    attributes: {
      id: { type: t.string, computed: true, description: "Identifier, equal to the name." },
      name: { type: t.string, required: true, description: "Name; changing it replaces the thing." },
      size: { type: t.number, optional: true },
      big: { type: t.number, optional: true, description: "A number that may exceed 2^53." },
      ratio: { type: t.number, optional: true },
      enabled: { type: t.bool, optional: true, computed: true, description: "Defaults to false." },
      tags: { type: t.map(t.string), optional: true },
      items: { type: t.list(t.string), optional: true },
      uniq: { type: t.set(t.string), optional: true },
      pair: { type: t.tuple([t.string, t.number]), optional: true },
      obj: { type: t.object({ a: t.string, b: t.number }), optional: true },
      extra: { type: t.dynamic, optional: true },
      settings: {
        optional: true,
        nested: {
          nesting: "single",
          attributes: {
            mode: { type: t.string, optional: true },
            level: { type: t.number, optional: true, computed: true, description: "Defaults to 1." },
          },
        },
      },
      rules: {
        optional: true,
        nested: {
          nesting: "list",
          attributes: { port: { type: t.number, required: true }, proto: { type: t.string, optional: true } },
        },
      },
      secret: { type: t.string, optional: true, sensitive: true },
      password_wo: {
        type: t.string,
        optional: true,
        writeOnly: true,
        sensitive: true,
        description: "Sent to the cloud, never stored.",
      },
      password_wo_version: { type: t.number, optional: true },
      password_hash: {
        type: t.string,
        computed: true,
        description: "SHA-256 of the last password the cloud received.",
      },
      created_at: { type: t.string, computed: true },
    },
    blocks: {
      note: { nesting: "list", block: { attributes: { text: { type: t.string, required: true } } } },
    },
  },
};
const thingType = blockType(thingSchema.block);

const legacySchema: Schema = {
  version: 0,
  block: {
    attributes: { id: { type: t.string, computed: true }, title: { type: t.string, required: true } },
  },
};
const legacyType = blockType(legacySchema.block);

export function toyProvider(): ProviderDefinition {
  let store: Store | undefined;
  const cloud = () => {
    store ??= new Store(process.env.TOY_STORE ?? "/tmp/toy-store");
    return store;
  };
  const load = (name: string): ObjectValue | undefined => {
    const json = cloud().get("thing", name);
    return json ? (decodeJsonValue(json, thingType) as ObjectValue) : undefined;
  };
  const save = (value: ObjectValue) =>
    cloud().put("thing", String(value.name), encodeJsonValue(value, thingType));

  const thing: ResourceDefinition = {
    schema: thingSchema,
    identity: {
      version: 0,
      attributes: { name: { type: t.string, requiredForImport: true, description: "The thing's name." } },
    },
    validate({ config, clientCapabilities }) {
      const diagnostics = [];
      if (
        config.password_wo !== null &&
        !isUnknown(config.password_wo) &&
        !clientCapabilities.writeOnlyAttributesAllowed
      ) {
        diagnostics.push(
          diag.error("Write-only attributes need OpenTofu >= 1.11", "Use `secret` instead.", ["password_wo"]),
        );
      }
      if (typeof config.size === "number" && config.size < 0)
        diagnostics.push(diag.error("Invalid size", "size must not be negative.", ["size"]));
      return { diagnostics };
    },
    upgradeState({ version, json }) {
      // Version 0 called the size `count`.
      const old = json as Record<string, unknown>;
      if (version === 0 && "count" in old) {
        const { count, ...rest } = old;
        return { state: decodeJsonValue(JSON.stringify({ ...rest, size: count }), thingType) as ObjectValue };
      }
      return { state: decodeJsonValue(JSON.stringify(old), thingType) as ObjectValue };
    },
    async plan({ prior, proposed, config }) {
      const planned: ObjectValue = { ...proposed };
      if (config.enabled === null) planned.enabled = false;
      const settings = planned.settings ?? null;
      const configured = (config.settings ?? null) as ObjectValue | null;
      if (
        settings &&
        configured &&
        !isUnknown(settings) &&
        !isUnknown(configured) &&
        (configured.level ?? null) === null
      ) {
        planned.settings = { ...(settings as ObjectValue), level: 1 };
      }
      if (!prior) {
        planned.id = proposed.name ?? null;
      } else if (!valuesEqual(prior.password_wo_version ?? null, config.password_wo_version ?? null)) {
        // A new version means a new password reaches the cloud: its hash is known after apply.
        planned.password_hash = config.password_wo === null ? null : unknown;
      }
      const name = proposed.name ?? null;
      return {
        planned,
        requiresReplace: prior ? [["name"]] : [],
        identity: typeof name === "string" ? { name } : undefined,
      };
    },
    async create({ planned, config }) {
      const state: ObjectValue = {
        ...planned,
        id: planned.name ?? null,
        created_at: new Date(0).toISOString(),
        password_hash: config.password_wo === null ? null : hash(String(config.password_wo)),
      };
      save(state);
      return { state, private: { generation: 1 }, identity: { name: state.name ?? null } };
    },
    async update({ prior, planned, config, private: priv }) {
      const state: ObjectValue = { ...planned };
      if (isUnknown(planned.password_hash))
        state.password_hash = config.password_wo === null ? null : hash(String(config.password_wo));
      else state.password_hash = prior.password_hash ?? null;
      save(state);
      const generation = ((priv as { generation?: number } | undefined)?.generation ?? 0) + 1;
      return { state, private: { generation }, identity: { name: state.name ?? null } };
    },
    async read({ state }) {
      const current = load(String(state.name));
      return { state: current ?? null, identity: current ? { name: current.name ?? null } : undefined };
    },
    async delete({ prior }) {
      cloud().delete("thing", String(prior.name));
      return {};
    },
    async import({ id, identity }) {
      const name = identity?.name ? String(identity.name) : id;
      const current = load(name);
      if (!current)
        return { diagnostics: [diag.error("Cannot import", `no thing named ${JSON.stringify(name)}`)] };
      return { resources: [{ state: current, identity: { name } }] };
    },
    async move({ sourceType, sourceJson }) {
      if (sourceType !== "toy_legacy")
        return { diagnostics: [diag.error("Cannot move", `toy_thing cannot take state from ${sourceType}`)] };
      const title = String((sourceJson as { title: string }).title);
      const moved = load(title);
      if (!moved) return { diagnostics: [diag.error("Cannot move", `no thing named ${title}`)] };
      return { state: moved, identity: { name: title } };
    },
  };

  const legacy: ResourceDefinition = {
    schema: legacySchema,
    async plan({ proposed }) {
      return { planned: { ...proposed, id: proposed.title ?? null } };
    },
    async create({ planned }) {
      // A legacy thing is stored as a thing, so that `moved` can find it.
      save(
        decodeJsonValue(
          JSON.stringify({
            id: planned.title,
            name: planned.title,
            enabled: false,
            created_at: new Date(0).toISOString(),
            note: [],
          }),
          thingType,
        ) as ObjectValue,
      );
      cloud().put("legacy", String(planned.title), encodeJsonValue(planned, legacyType));
      return { state: planned };
    },
    async update({ planned }) {
      return { state: planned };
    },
    async read({ state }) {
      return { state: cloud().get("legacy", String(state.title)) ? state : null };
    },
    async delete({ prior }) {
      cloud().delete("legacy", String(prior.title));
      cloud().delete("thing", String(prior.title));
      return {};
    },
  };

  return {
    name: "provider.toy",
    schema: {
      version: 0,
      block: {
        attributes: {
          store: { type: t.string, optional: true, description: "Directory of the toy cloud." },
          token: { type: t.string, optional: true, sensitive: true },
        },
      },
    },
    configure({ config }) {
      if (typeof config.store === "string") store = new Store(config.store);
      return {};
    },
    resources: { toy_thing: thing, toy_legacy: legacy },
    dataSources: {
      toy_thing: {
        schema: dataSourceSchema(),
        async read({ config }) {
          const current = load(String(config.name));
          if (!current)
            return {
              diagnostics: [diag.error("Not found", `no thing named ${String(config.name)}`, ["name"])],
            };
          return { state: current };
        },
      },
    },
    ephemeralResources: {
      toy_token: {
        schema: {
          version: 0,
          block: {
            attributes: {
              name: { type: t.string, required: true },
              token: { type: t.string, computed: true, sensitive: true },
            },
          },
        },
        async open({ config }) {
          const token = `tok-${randomBytes(6).toString("hex")}`;
          cloud().event(`open ${String(config.name)}`);
          return {
            result: { name: config.name ?? null, token },
            private: { name: config.name },
            renewAt: new Date(Date.now() + 3600_000),
          };
        },
        async renew({ private: priv }) {
          cloud().event(`renew ${(priv as { name: string }).name}`);
          return { private: priv };
        },
        async close({ private: priv }) {
          cloud().event(`close ${(priv as { name: string }).name}`);
          return {};
        },
      },
    },
    functions: {
      add: {
        summary: "Adds two numbers exactly.",
        parameters: [
          { name: "a", type: t.number },
          { name: "b", type: t.number },
        ],
        returns: t.number,
        call: ([a, b]) => addExact(a ?? null, b ?? null),
      },
      upper: {
        summary: "Upper-cases a string.",
        parameters: [{ name: "s", type: t.string }],
        returns: t.string,
        call: ([s]) => String(s).toUpperCase(),
      },
      echo: {
        summary: "Returns its argument.",
        parameters: [{ name: "v", type: t.dynamic }],
        returns: t.dynamic,
        call: ([v]) => v ?? null,
      },
      sum: {
        summary: "Sums any number of numbers.",
        parameters: [],
        variadic: { name: "n", type: t.number },
        returns: t.number,
        call: (args) => args.reduce<CtyValue>((acc, n) => addExact(acc, n), 0),
      },
      fail: {
        summary: "Always fails, naming its argument.",
        parameters: [{ name: "why", type: t.string }],
        returns: t.string,
        call: ([why]) => {
          throw new FunctionError(`failed as asked: ${String(why)}`, 0);
        },
      },
    },
    listResources: {
      toy_thing: {
        schema: { version: 0, block: { attributes: { prefix: { type: t.string, optional: true } } } },
        async *list({ config, includeResource, limit }) {
          let n = 0;
          for (const json of cloud().list("thing")) {
            const value = decodeJsonValue(json, thingType) as ObjectValue;
            if (typeof config.prefix === "string" && !String(value.name).startsWith(config.prefix)) continue;
            if (limit > 0 && n++ >= limit) return;
            yield {
              identity: { name: value.name ?? null },
              displayName: `thing ${String(value.name)}`,
              resource: includeResource ? value : undefined,
            };
          }
        },
      },
    },
  };
}

/** The data source shows a thing as stored: everything computed but the name it is looked up by. */
function dataSourceSchema(): Schema {
  const attributes = Object.fromEntries(
    Object.entries(thingSchema.block.attributes)
      .filter(([name, a]) => name !== "password_wo" && !a.writeOnly)
      .map(([name, a]) => [
        name,
        name === "name"
          ? { type: t.string, required: true }
          : { ...a, optional: false, required: false, computed: true },
      ]),
  );
  return {
    version: 0,
    block: {
      attributes: {
        ...attributes,
        note: {
          computed: true,
          nested: { nesting: "list", attributes: { text: { type: t.string, computed: true } } },
        },
      },
    },
  };
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function addExact(a: CtyValue, b: CtyValue): CtyValue {
  const asBig = (v: CtyValue) =>
    typeof v === "bigint" ? v : typeof v === "number" && Number.isInteger(v) ? BigInt(v) : undefined;
  const x = asBig(a);
  const y = asBig(b);
  if (x !== undefined && y !== undefined) {
    const sum = x + y;
    return sum >= BigInt(Number.MIN_SAFE_INTEGER) && sum <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(sum)
      : sum;
  }
  if (a instanceof BigDecimal || b instanceof BigDecimal)
    throw new FunctionError("add supports integers and floats, not long decimals");
  return Number(a) + Number(b);
}
