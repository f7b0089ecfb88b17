import { isWhollyKnown } from "../cty/values.ts";
import { error, hasErrors } from "../diagnostics.ts";
import type { ReadDataSourceRequest, ReadDataSourceResponseInit } from "../proto/types.generated.ts";
import { guarded, type Engine } from "./engine.ts";
import { objectFrom } from "./fromproto.ts";
import { lookUp } from "./lookup.ts";
import { diagnostics, dynamic } from "./toproto.ts";

/** A data source's result, which the protocol requires to be wholly known. */
export function readDataSource(
  engine: Engine,
  req: ReadDataSourceRequest,
): Promise<ReadDataSourceResponseInit> {
  const rpc = "ReadDataSource";
  return guarded(engine, rpc, async () => {
    const name = req.type_name;
    const found = lookUp("data source", engine.def.dataSources, name);
    if (!found.ok) return found.response;
    const d = found.value;
    const type = engine.typeOf(d.schema);
    const config = objectFrom(req.config, type);
    if (!config) return { diagnostics: diagnostics([error(`${rpc}: the host sent no configuration`)]) };
    const result = await d.read({ config }, engine.context(rpc, { type: name }));
    const diags = [...(result.diagnostics ?? [])];
    if (hasErrors(diags) || !result.state) return { diagnostics: diagnostics(diags) };
    if (!isWhollyKnown(result.state))
      diags.push(
        error("Provider produced an invalid response", `${name}: a data source result must be wholly known.`),
      );
    return { state: dynamic(result.state, type), diagnostics: diagnostics(diags) };
  });
}
