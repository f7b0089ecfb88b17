import type { ProviderDefinition } from "../api.ts";
import type { Logger } from "../log.ts";
import type { ProviderCalls } from "../proto/types.generated.ts";
import type { ProviderHandlers } from "../serve.ts";
import type { CallContext, StreamHandler, UnaryHandler } from "../transport/grpc.ts";
import type { Message } from "../wire/protobuf.ts";
import { applyResourceChange } from "./apply-resource-change.ts";
import { callFunction } from "./call-function.ts";
import { configureProvider } from "./configure-provider.ts";
import { Engine } from "./engine.ts";
import { closeEphemeralResource } from "./close-ephemeral-resource.ts";
import { openEphemeralResource } from "./open-ephemeral-resource.ts";
import { renewEphemeralResource } from "./renew-ephemeral-resource.ts";
import { getFunctions } from "./get-functions.ts";
import { getMetadata } from "./get-metadata.ts";
import { getProviderSchema } from "./get-provider-schema.ts";
import { getResourceIdentitySchemas } from "./get-resource-identity-schemas.ts";
import { importResourceState } from "./import-resource-state.ts";
import { listResource } from "./list-resource.ts";
import { moveResourceState } from "./move-resource-state.ts";
import { planResourceChange } from "./plan-resource-change.ts";
import { readDataSource } from "./read-data-source.ts";
import { readResource } from "./read-resource.ts";
import { stopProvider } from "./stop-provider.ts";
import { upgradeResourceIdentity } from "./upgrade-resource-identity.ts";
import { upgradeResourceState } from "./upgrade-resource-state.ts";
import { validateDataResourceConfig } from "./validate-data-resource-config.ts";
import { validateEphemeralResourceConfig } from "./validate-ephemeral-resource-config.ts";
import { validateListResourceConfig } from "./validate-list-resource-config.ts";
import { validateProviderConfig } from "./validate-provider-config.ts";
import { validateResourceConfig } from "./validate-resource-config.ts";

type UnaryName = Exclude<keyof ProviderCalls, "ListResource">;
type Call<K extends UnaryName> = (
  engine: Engine,
  req: ProviderCalls[K]["request"],
) => Promise<ProviderCalls[K]["response"]>;

/** Every unary call of tfplugin6.Provider, each in its own file. */
const unaryCalls = {
  GetMetadata: getMetadata,
  GetProviderSchema: getProviderSchema,
  GetResourceIdentitySchemas: getResourceIdentitySchemas,
  GetFunctions: getFunctions,
  ValidateProviderConfig: validateProviderConfig,
  ConfigureProvider: configureProvider,
  ValidateResourceConfig: validateResourceConfig,
  ValidateDataResourceConfig: validateDataResourceConfig,
  ValidateEphemeralResourceConfig: validateEphemeralResourceConfig,
  ValidateListResourceConfig: validateListResourceConfig,
  UpgradeResourceState: upgradeResourceState,
  UpgradeResourceIdentity: upgradeResourceIdentity,
  ReadResource: readResource,
  PlanResourceChange: planResourceChange,
  ApplyResourceChange: applyResourceChange,
  ImportResourceState: importResourceState,
  MoveResourceState: moveResourceState,
  ReadDataSource: readDataSource,
  OpenEphemeralResource: openEphemeralResource,
  RenewEphemeralResource: renewEphemeralResource,
  CloseEphemeralResource: closeEphemeralResource,
  CallFunction: callFunction,
  StopProvider: stopProvider,
} satisfies { [K in UnaryName]?: Call<K> };

/** The generic engine: every tfplugin6 RPC, on top of the typed API in ../api.ts. */
export function createHandlers(def: ProviderDefinition, log: Logger): ProviderHandlers {
  const engine = new Engine(def, log);
  const handlers: ProviderHandlers = {};
  for (const [name, call] of Object.entries(unaryCalls)) {
    handlers[name] = unary(engine, call);
  }
  handlers.ListResource = stream(engine, listResource);
  return handlers;
}

// The router decodes each request with the descriptor of its RPC's input message, and the
// generated types were made from the same descriptors: this is the one place where the
// decoded message is taken as its type. (`never` accepts every call's request type.)
function unary(engine: Engine, call: (engine: Engine, req: never) => Promise<Message>): UnaryHandler {
  return (request) => call(engine, request as never);
}

function stream(
  engine: Engine,
  call: (engine: Engine, req: never, ctx: CallContext) => AsyncIterable<Message>,
): StreamHandler {
  return (request, ctx) => call(engine, request as never, ctx);
}
