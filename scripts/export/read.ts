import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { formatPath, type PathSegment } from "../../schemas/core/paths.ts";
import { validateObject } from "../../schemas/core/validate.ts";
import { KubeError, resourcePath, type KubeObject } from "../../provider/cozystack/kube/client.ts";
import { minimalSpec } from "./minimal.ts";

/** One platform object the model accepts, with the part of its spec a declaration must say. */
export interface FoundObject {
  decl: KindDeclaration;
  name: string;
  namespace: string;
  /** The spec as the server returned it (defaults filled in), platform names. */
  spec: Record<string, unknown>;
  /** Fields that differ from the model's defaults, platform names. */
  minimal: Record<string, unknown>;
}

/** What an export could not take, each naming its object (and field), or a kind it skipped and why. */
export interface ExportNote {
  /** A problem makes the export fail (its output is still written); a note does not. */
  severity: "problem" | "note";
  message: string;
}

export interface Listing {
  objects: FoundObject[];
  notes: ExportNote[];
}

/** The calls an export makes: the provider's Kubernetes client has them. */
export interface Reader {
  get(path: string): Promise<KubeObject>;
  list(path: string): Promise<{ items: KubeObject[] }>;
}

export class ExportError extends Error {
  override name = "ExportError";
}

/**
 * Every object of every kind in the namespace, through the model. A kind the
 * platform manages (Info) is skipped with a note; an object the model refuses is
 * named with its fields, and the others are still taken.
 */
export async function readNamespace(
  reader: Reader,
  kinds: readonly KindDeclaration[],
  namespace: string,
): Promise<Listing> {
  const visible = await checkNamespace(reader, namespace);
  const notes: ExportNote[] = [];
  const objects: FoundObject[] = [];
  let forbidden = 0;
  for (const decl of kinds) {
    if (decl.managedBy !== undefined) {
      notes.push({
        severity: "note",
        message: `${decl.kind}: skipped, ${decl.managedBy} (not managed as code)`,
      });
      continue;
    }
    let items: KubeObject[];
    try {
      items = (await reader.list(resourcePath(decl.group, decl.version, decl.plural, namespace))).items;
    } catch (error) {
      if (error instanceof KubeError && error.status === 403) forbidden++;
      notes.push({
        severity: "problem",
        message: `${decl.kind}: cannot list ${decl.plural}: ${describe(error)}`,
      });
      continue;
    }
    for (const item of sortByName(items)) {
      const found = accept(decl, item, namespace);
      if ("problem" in found) notes.push({ severity: "problem", message: found.problem });
      else objects.push(found);
    }
  }
  // A tenant user may not read namespaces, and is refused every list in one that is not theirs
  // or does not exist: the API server cannot tell them which.
  const listed = kinds.filter((k) => k.managedBy === undefined).length;
  if (!visible && listed > 0 && forbidden === listed)
    throw new ExportError(
      `cannot list anything in namespace ${JSON.stringify(namespace)}: it does not exist, or these credentials have no access to it`,
    );
  return { objects, notes };
}

/**
 * An unknown namespace is an error of its own. A user who may not read namespaces goes on
 * to list (false: the namespace could not be seen).
 */
async function checkNamespace(reader: Reader, namespace: string): Promise<boolean> {
  try {
    await reader.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}`);
    return true;
  } catch (error) {
    if (error instanceof KubeError && error.status === 404)
      throw new ExportError(`namespace ${JSON.stringify(namespace)} does not exist`);
    if (error instanceof KubeError && error.status === 403) return false;
    throw new ExportError(`cannot read namespace ${JSON.stringify(namespace)}: ${describe(error)}`);
  }
}

function accept(
  decl: KindDeclaration,
  item: KubeObject,
  namespace: string,
): FoundObject | { problem: string } {
  const name = item.metadata.name;
  const spec = (item.spec ?? {}) as Record<string, unknown>;
  const checked = validateObject(decl, { name, namespace, spec });
  if (!checked.ok) {
    const where = checked.problems.map((p) => `${fieldOf(decl, p.path)}: ${p.message}`);
    return { problem: `${decl.kind} ${namespace}/${name} not exported: ${where.join("; ")}` };
  }
  return { decl, name, namespace, spec, minimal: minimalSpec(decl.fields, spec) };
}

/** A problem's field as users write it: `spec.users["alice"].password`, `metadata.name`. */
function fieldOf(decl: KindDeclaration, path: readonly PathSegment[]): string {
  return path[0] === "spec" ? formatPath(decl.fields, path.slice(1), "spec") : path.join(".");
}

function sortByName(items: readonly KubeObject[]): KubeObject[] {
  return [...items].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
