import { FunctionError, type FunctionDefinition } from "../api.ts";
import type { CtyValue } from "../cty/values.ts";
import type {
  CallFunctionRequest,
  CallFunctionResponseInit,
  DynamicValue,
} from "../proto/types.generated.ts";
import type { Engine } from "./engine.ts";
import { dynamic } from "./toproto.ts";
import { fromDynamic } from "./values.ts";

/** A provider function's result, or the error the host shows against the argument at fault. */
export async function callFunction(
  engine: Engine,
  req: CallFunctionRequest,
): Promise<CallFunctionResponseInit> {
  const f = engine.def.functions?.[req.name];
  if (!f) return { error: { text: `unknown function ${req.name}` } };
  try {
    const values = req.arguments.map((arg, i) => argument(req.name, f, arg, i));
    const result = await f.call(values, engine.context("CallFunction", { function: req.name }));
    return { result: dynamic(result, f.returns) };
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
}

function argument(name: string, f: FunctionDefinition, arg: DynamicValue, i: number): CtyValue {
  const param = i < f.parameters.length ? f.parameters[i]! : f.variadic;
  if (!param) throw new FunctionError(`too many arguments: ${name} takes ${f.parameters.length}`, i);
  const value = fromDynamic(arg, param.type);
  if (value === null && !param.allowNull)
    throw new FunctionError(`argument ${param.name} must not be null`, i);
  return value;
}
