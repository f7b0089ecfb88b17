// Entry point of the toy provider binary (see test/support/tofu.ts for the launcher).
import { servePlugin } from "../../provider/plugin/index.ts";
import { toyProvider } from "./provider.ts";

await servePlugin(toyProvider(), { networkVariable: "TOY_PLUGIN_NETWORK" });
