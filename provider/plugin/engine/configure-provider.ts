import { error } from "../diagnostics.ts";
import type { ConfigureProviderRequest, ConfigureProviderResponseInit } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { capabilitiesFrom, objectFrom } from "./fromproto.ts";
import { diagnostics } from "./toproto.ts";

/** Hand the provider block's configuration to the definition, once per provider process. */
export function configureProvider(
  engine: Engine,
  req: ConfigureProviderRequest,
): Promise<ConfigureProviderResponseInit> {
  const rpc = "ConfigureProvider";
  return guarded(engine, rpc, async () => {
    const def = engine.def;
    const config = objectFrom(req.config, engine.typeOf(def.schema));
    if (!config) return { diagnostics: diagnostics([error(`${rpc}: the host sent no configuration`)]) };
    const result = def.configure
      ? await def.configure(
          {
            config,
            terraformVersion: req.terraform_version,
            clientCapabilities: capabilitiesFrom(req.client_capabilities),
          },
          engine.context(rpc),
        )
      : {};
    return { diagnostics: diagnostics(result.diagnostics) };
  });
}
