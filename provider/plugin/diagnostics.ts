import type { Message } from "./wire/protobuf.ts";
import type { AttributePathInit, DiagnosticInit } from "./proto/types.generated.ts";

/**
 * Diagnostics with attribute paths. A path step is an attribute name (string),
 * a list index (number), or a map key ({ key }).
 */
export type PathStep = string | number | { key: string };
export type AttributePath = readonly PathStep[];

export interface Diagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  path?: AttributePath;
}

export const error = (summary: string, detail?: string, path?: AttributePath): Diagnostic => ({
  severity: "error",
  summary,
  detail,
  path,
});
export const warning = (summary: string, detail?: string, path?: AttributePath): Diagnostic => ({
  severity: "warning",
  summary,
  detail,
  path,
});

export function hasErrors(diags: readonly Diagnostic[] | undefined): boolean {
  return (diags ?? []).some((d) => d.severity === "error");
}

export function pathMessage(path: AttributePath): AttributePathInit {
  return {
    steps: path.map((step) =>
      typeof step === "string"
        ? { attribute_name: step }
        : typeof step === "number"
          ? { element_key_int: BigInt(step) }
          : { element_key_string: step.key },
    ),
  };
}

export function pathFromMessage(msg: Message | undefined): AttributePath {
  const steps = ((msg?.steps as Message[] | undefined) ?? []).map((s): PathStep => {
    if (typeof s.attribute_name === "string") return s.attribute_name;
    if (typeof s.element_key_string === "string") return { key: s.element_key_string };
    return Number(s.element_key_int as bigint);
  });
  return steps;
}

export function diagnosticMessage(d: Diagnostic): DiagnosticInit {
  return {
    severity: d.severity === "error" ? 1 : 2,
    summary: d.summary,
    detail: d.detail ?? "",
    ...(d.path && d.path.length > 0 ? { attribute: pathMessage(d.path) } : {}),
  };
}

export function formatPath(path: AttributePath): string {
  return path
    .map((s, i) =>
      typeof s === "string"
        ? i === 0
          ? s
          : `.${s}`
        : typeof s === "number"
          ? `[${s}]`
          : `[${JSON.stringify(s.key)}]`,
    )
    .join("");
}
