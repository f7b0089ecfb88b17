import type { StopProviderResponseInit } from "../proto/types.generated.ts";
import type { Engine } from "./engine.ts";

/** Abort every running call, then let the definition release what it holds. */
export async function stopProvider(engine: Engine): Promise<StopProviderResponseInit> {
  engine.stopCalls();
  try {
    await engine.def.stop?.();
    return { Error: "" };
  } catch (e) {
    return { Error: e instanceof Error ? e.message : String(e) };
  }
}
