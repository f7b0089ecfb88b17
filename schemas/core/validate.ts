import type { z } from "zod";
import type { KindDeclaration } from "./kind.ts";
import type { FieldNode } from "./ir.ts";
import { formatPath, toTerraformPath } from "./paths.ts";
import { nodeAt, type PathSegment } from "./walk.ts";

/** One thing wrong with an input, located both as the platform and as Terraform names it. */
export interface Problem {
  /** Path under the object, e.g. ["spec", "users", "alice", "password"] or ["metadata", "name"]. */
  path: PathSegment[];
  /** The same location in Terraform attribute names, e.g. ["users", "alice", "password"] or ["name"]. */
  tfPath: PathSegment[];
  message: string;
}

export interface ObjectInput {
  name: string;
  namespace?: string;
  spec: unknown;
}

export type Validation<S> = { ok: true; spec: S; problems: [] } | { ok: false; problems: Problem[] };

/**
 * Check a whole object and report every problem at once. On success `spec` has
 * the model's defaults applied.
 */
export function validateObject<S extends z.ZodObject>(
  decl: KindDeclaration<S>,
  input: ObjectInput,
): Validation<z.output<S>> {
  const problems: Problem[] = decl.names({ name: input.name, namespace: input.namespace }).map((message) => ({
    path: ["metadata", "name"],
    tfPath: ["name"],
    message,
  }));
  if (decl.onlyIn !== undefined && input.namespace !== undefined && input.namespace !== decl.onlyIn) {
    problems.push({
      path: ["metadata", "namespace"],
      tfPath: ["namespace"],
      message: `must be "${decl.onlyIn}": ${decl.kind} only installs there`,
    });
  }
  const parsed = decl.spec.safeParse(input.spec ?? {}, { reportInput: true });
  if (!parsed.success) {
    problems.push(...parsed.error.issues.flatMap((issue) => fromZodIssue(decl, issue)));
  } else if (decl.crossField) {
    for (const p of decl.crossField({ name: input.name, namespace: input.namespace, spec: parsed.data })) {
      // ["metadata", "name"] or ["metadata", "namespace"]: the object's own attributes.
      const isMetadata = p.path[0] === "metadata";
      problems.push({
        path: isMetadata ? [...p.path] : ["spec", ...p.path],
        tfPath: isMetadata ? [p.path[1] ?? "name"] : toTerraformPath(decl.fields, p.path),
        message: p.message,
      });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, spec: parsed.data, problems: [] };
}

function fromZodIssue(decl: KindDeclaration, issue: z.core.$ZodIssue): Problem[] {
  const base = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const path = [...base, key];
      return {
        path: ["spec", ...path],
        tfPath: toTerraformPath(decl.fields, path),
        message: `unknown field "${key}"${suggestion(decl, base, key)}`,
      };
    });
  }
  // A rejected secret must not be echoed back: problems name the field, never its value.
  const secret = isSensitive(decl.fields, base);
  const message = secret ? messageFor({ ...issue, input: REDACTED } as z.core.$ZodIssue) : messageFor(issue);
  return [{ path: ["spec", ...base], tfPath: toTerraformPath(decl.fields, base), message }];
}

const REDACTED = Symbol("redacted");

function isSensitive(root: FieldNode, path: readonly PathSegment[]): boolean {
  return nodeAt(root, path)?.sensitive ?? false;
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `is required (${issue.expected})`
        : `must be ${article(issue.expected)}, got ${describe(issue.input)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(issue.input)}`;
    case "too_small":
      return issue.origin === "array" || issue.origin === "string"
        ? `must have at least ${issue.minimum} ${issue.origin === "string" ? "characters" : "items"}`
        : `must be at least ${issue.minimum}, got ${describe(issue.input)}`;
    case "too_big":
      return issue.origin === "array" || issue.origin === "string"
        ? `must have at most ${issue.maximum} ${issue.origin === "string" ? "characters" : "items"}`
        : `must be at most ${issue.maximum}, got ${describe(issue.input)}`;
    case "invalid_format":
      return issue.message.startsWith("must")
        ? `${issue.message}, got ${describe(issue.input)}`
        : `has an invalid format: ${issue.message}`;
    case "invalid_union":
      return issue.message.startsWith("must")
        ? `${issue.message}, got ${describe(issue.input)}`
        : "matches none of the accepted forms";
    case "invalid_key":
      return `has an invalid key: ${issue.issues.map((i) => i.message).join("; ")}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  const named: Record<string, string> = {
    int: "an integer",
    number: "a number",
    object: "an object",
    array: "a list",
    record: "a map",
  };
  return named[type] ?? `a ${type}`;
}

function describe(input: unknown): string {
  if (input === REDACTED) return "a value that is not shown because it is sensitive";
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "an object";
  if (typeof input === "string")
    return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  return `${typeof input} ${String(input)}`;
}

/** "did you mean" for the common mistake of using Terraform's snake_case on the platform side. */
function suggestion(decl: KindDeclaration, parent: readonly PathSegment[], key: string): string {
  const node = nodeAt(decl.fields, parent);
  if (node?.type !== "object") return "";
  const match = Object.values(node.properties).find(
    (p) => p.tfName === key || p.name.toLowerCase() === key.toLowerCase(),
  );
  return match ? ` (did you mean "${match.name}"?)` : "";
}

export function formatProblem(
  decl: KindDeclaration,
  problem: Problem,
  style: "platform" | "terraform" = "platform",
): string {
  if (style === "terraform")
    return `${formatPath(decl.fields, problem.tfPath, "", "terraform")}: ${problem.message}`;
  const [head, ...rest] = problem.path;
  const where = head === "spec" ? formatPath(decl.fields, rest, "spec") : problem.path.join(".");
  return `${where}: ${problem.message}`;
}
