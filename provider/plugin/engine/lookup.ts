import { error } from "../diagnostics.ts";
import type { DiagnosticInit } from "../proto/types.generated.ts";
import { diagnostics } from "./toproto.ts";

export type Found<T> = { ok: true; value: T } | { ok: false; response: { diagnostics: DiagnosticInit[] } };

/**
 * The definition a call names, or the answer the host gets when there is none: every
 * call that takes a type name starts here.
 */
export function lookUp<T>(kind: string, table: Record<string, T> | undefined, name: string): Found<T> {
  const value = table?.[name];
  if (value !== undefined) return { ok: true, value };
  return {
    ok: false,
    response: {
      diagnostics: diagnostics([error(`Unknown ${kind} type`, `This provider has no ${kind} "${name}".`)]),
    },
  };
}
