import type { FunctionDefinition, FunctionParameter } from "../api.ts";
import type {
  FunctionInit,
  FunctionParameterInit,
  GetFunctionsResponseInit,
} from "../proto/types.generated.ts";
import type { Engine } from "./engine.ts";
import { typeBytes } from "./toproto.ts";

/** Every function's signature, by name. */
export async function getFunctions(engine: Engine): Promise<GetFunctionsResponseInit> {
  return { functions: functionMessages(engine.def.functions), diagnostics: [] };
}

export function functionMessages(
  functions: Record<string, FunctionDefinition> | undefined,
): Record<string, FunctionInit> {
  return Object.fromEntries(Object.entries(functions ?? {}).map(([name, f]) => [name, functionMessage(f)]));
}

function functionMessage(f: FunctionDefinition): FunctionInit {
  return {
    parameters: f.parameters.map(parameterMessage),
    ...(f.variadic ? { variadic_parameter: parameterMessage(f.variadic) } : {}),
    return: { type: typeBytes(f.returns) },
    summary: f.summary ?? "",
    description: f.description ?? "",
    description_kind: 0,
    deprecation_message: f.deprecated ?? "",
  };
}

function parameterMessage(p: FunctionParameter): FunctionParameterInit {
  return {
    name: p.name,
    type: typeBytes(p.type),
    allow_null_value: Boolean(p.allowNull),
    allow_unknown_values: Boolean(p.allowUnknown),
    description: p.description ?? "",
    description_kind: 0,
  };
}
