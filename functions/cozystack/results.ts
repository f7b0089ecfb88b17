import {
  Severity,
  Status,
  Target,
  type Condition,
  type Result,
} from "@crossplane-org/function-sdk-typescript";

/**
 * Results and conditions, built here because the SDK has no builders for reasons or
 * targets. Every message passes through `redact` before it leaves the function.
 */

/** A located problem: `where` is a field path such as `input.target.type` or `spec.replicas`. */
export interface Problem {
  where: string;
  message: string;
}

export const problem = (where: string, message: string): Problem => ({ where, message });

/** A path as users write it: `input.overrides.labels["app.kubernetes.io/name"]`, `items[0]`. */
export function joinPath(segments: ReadonlyArray<string | number>): string {
  return segments
    .map((s, i) =>
      typeof s === "number"
        ? `[${s}]`
        : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)
          ? i === 0
            ? s
            : `.${s}`
          : `[${JSON.stringify(s)}]`,
    )
    .join("");
}

export const formatProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => `${p.where}: ${p.message}`).join("; ");

/** Decoding that either yields a value or the problems found, each with its path. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const decoded = <T>(value: T): Decoded<T> => ({ ok: true, value });
export const failed = <T>(...problems: Problem[]): Decoded<T> => ({ ok: false, problems });

/** The reason of a refusal of what Crossplane observed (rather than of the user's input). */
export const MALFORMED_OBSERVED = "MalformedObserved";

export function fatal(problems: readonly Problem[], reason = "InvalidInput"): Result {
  return {
    severity: Severity.SEVERITY_FATAL,
    message: formatProblems(problems),
    reason,
    target: Target.TARGET_COMPOSITE,
  };
}

/** A failure that is no one's input: its details go to the log, not to the XR. */
export function internalError(): Result {
  return {
    severity: Severity.SEVERITY_FATAL,
    message: "function-cozystack failed unexpectedly; see the function's log",
    reason: "InternalError",
    target: Target.TARGET_COMPOSITE,
  };
}

export function warning(reason: string, message: string): Result {
  return {
    severity: Severity.SEVERITY_WARNING,
    message,
    reason,
    target: Target.TARGET_COMPOSITE_AND_CLAIM,
  };
}

const CONDITION_STATUS = {
  True: Status.STATUS_CONDITION_TRUE,
  False: Status.STATUS_CONDITION_FALSE,
  Unknown: Status.STATUS_CONDITION_UNKNOWN,
} as const;

/** Kubernetes condition reasons: a letter, then letters, digits, '_', ',' or ':'. */
const REASON = /^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$/;

/** A condition for the XR and its claim; a reason the API would refuse becomes `fallbackReason`. */
export function condition(
  type: string,
  status: keyof typeof CONDITION_STATUS,
  reason: string,
  message: string,
  fallbackReason: string,
): Condition {
  return {
    type,
    status: CONDITION_STATUS[status],
    reason: REASON.test(reason) && reason.length <= 1024 ? reason : fallbackReason,
    message,
    target: Target.TARGET_COMPOSITE_AND_CLAIM,
  };
}

const REDACTED = "(a secret value, not shown)";

/**
 * Replace every occurrence of a known secret in a text. Values shorter than four
 * characters are left alone: they would match ordinary words and say little.
 */
export function redact(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}
