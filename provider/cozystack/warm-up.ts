import {
  type ProviderDefinition,
  encodeJsonValue,
  encodeMsgpack,
  type CtyType,
  BigDecimal,
  Dynamic,
  isUnknown,
  unknown,
  type CtyValue,
  createHandlers,
  fromDynamic,
  createLogger,
  descriptors,
  blockType,
  type UnaryHandler,
  ProtoCodec,
  type Message,
} from "../plugin/index.ts";

/**
 * The calls a host makes in every provider process of `validate` and `plan`, run once
 * on a throwaway provider while the start-up snapshot is built. V8 compiles a function
 * the first time it runs and the snapshot keeps what was compiled (zod's generated
 * parsers too), so a process started from it answers its first call without compiling
 * the model, the engine and the codecs first. Nothing of the throwaway provider stays:
 * it has its own session, and no call reaches the network (its configuration is unknown,
 * so it never resolves a cluster).
 */
export async function warmUp(make: () => ProviderDefinition): Promise<void> {
  const def = make();
  const handlers = createHandlers(
    def,
    createLogger("warm-up", () => {}),
  );
  const codec = new ProtoCodec(descriptors);
  const methods = descriptors.services[".tfplugin6.Provider"]!;
  // Each call goes through the protobuf codec both ways, as the transport would send it.
  const rpc = async (name: string, request: Message): Promise<Message> => {
    const method = methods.find((m) => m.name === name)!;
    const decoded = codec.decode(method.input, codec.encode(method.input, request));
    const handler = handlers[name] as UnaryHandler;
    const response = (await handler(decoded, {
      signal: new AbortController().signal,
      onFinished: () => {},
    })) as Message;
    return codec.decode(method.output, codec.encode(method.output, response));
  };

  const providerType = blockType(def.schema.block);
  await rpc("ValidateProviderConfig", { config: dynamic({}, providerType) });
  await rpc("ConfigureProvider", {
    terraform_version: "warm-up",
    config: dynamic({ host: unknown }, providerType),
    client_capabilities: { deferral_allowed: true, write_only_attributes_allowed: true },
  });
  for (const [typeName, resource] of Object.entries(def.resources ?? {})) {
    const type = blockType(resource.schema.block);
    const config = { name: "warm-up", namespace: "tenant-warm-up" };
    await rpc("ValidateResourceConfig", {
      type_name: typeName,
      config: dynamic(config, type),
      client_capabilities: { write_only_attributes_allowed: true },
    });
    const created = await rpc("PlanResourceChange", {
      type_name: typeName,
      prior_state: dynamic(null, type),
      proposed_new_state: dynamic(config, type),
      config: dynamic(config, type),
    });
    // The state a refresh starts from: the planned create with its unknowns settled.
    const planned = fromDynamic(created.planned_state as Message | undefined, type);
    if (planned === null) continue;
    const state = settle(planned);
    await rpc("UpgradeResourceState", {
      type_name: typeName,
      version: BigInt(resource.schema.version),
      raw_state: { json: new TextEncoder().encode(encodeJsonValue(state, type)) },
    });
    await rpc("PlanResourceChange", {
      type_name: typeName,
      prior_state: dynamic(state, type),
      proposed_new_state: dynamic(state, type),
      config: dynamic(config, type),
    });
  }
  for (const [typeName, source] of Object.entries(def.dataSources ?? {})) {
    await rpc("ValidateDataResourceConfig", {
      type_name: typeName,
      config: dynamic({ name: "warm-up" }, blockType(source.schema.block)),
    });
  }
  def.stop?.();
}

function dynamic(value: CtyValue, type: CtyType): Message {
  return { msgpack: encodeMsgpack(value, type) };
}

/** The value with every unknown made null, as a stored state holds it. */
function settle(value: CtyValue): CtyValue {
  if (isUnknown(value)) return null;
  if (value instanceof Dynamic) return new Dynamic(value.type, settle(value.value));
  if (Array.isArray(value)) return value.map(settle);
  if (value !== null && typeof value === "object" && !(value instanceof BigDecimal))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, settle(v)]));
  return value;
}
