/**
 * The runtime image's layers from the plan (runtime.ts): entries become tar entries,
 * root-owned, their bytes read from where each Source points.
 */
import { readFileSync } from "node:fs";
import { layerOf, type Layer } from "./blob.ts";
import { sortEntries, type TarEntry } from "./tar.ts";
import type { PlanEntry, RuntimePlan, Source } from "./runtime.ts";
import { all, fail, ok, type Result } from "./result.ts";

/** The files behind the plan's sources. */
export interface Inputs {
  /** The node binary of the npm package NODE. */
  node: string;
  /** The function bundle (dist/function/function-cozystack.mjs). */
  bundle: string;
}

function bytesOf(source: Source, inputs: Inputs): Result<Buffer> {
  if (source.from === "text") return ok(Buffer.from(source.text));
  const file = source.from === "host" ? source.path : inputs[source.from];
  try {
    return ok(readFileSync(file));
  } catch (error) {
    return fail(`cannot read ${file} for the image: ${(error as Error).message}`);
  }
}

/** Tar entries of plan entries, relative paths, sorted. */
export function tarEntriesOf(entries: PlanEntry[], inputs: Inputs): Result<TarEntry[]> {
  const converted = entries.map((entry): Result<TarEntry> => {
    const path = entry.path.replace(/^\/+/, "");
    if (entry.type !== "file") return ok({ ...entry, path });
    const data = bytesOf(entry.source, inputs);
    return data.ok ? ok({ type: "file", path, mode: entry.mode, data: data.value }) : data;
  });
  const done = all(converted);
  return done.ok ? ok(sortEntries(done.value)) : done;
}

export interface RuntimeLayers {
  system: Layer;
  function: Layer;
}

export async function runtimeLayers(
  plan: RuntimePlan,
  inputs: Inputs,
  mtime: number,
): Promise<Result<RuntimeLayers>> {
  const system = tarEntriesOf(plan.system, inputs);
  if (!system.ok) return system;
  const fn = tarEntriesOf(plan.function, inputs);
  if (!fn.ok) return fn;
  const [systemLayer, functionLayer] = await Promise.all([
    layerOf(system.value, mtime),
    layerOf(fn.value, mtime),
  ]);
  if (!systemLayer.ok) return systemLayer;
  if (!functionLayer.ok) return functionLayer;
  return ok({ system: systemLayer.value, function: functionLayer.value });
}
