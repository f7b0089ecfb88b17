// terraform-provider-cozystack: serve the provider over the plugin protocol.
import { servePlugin } from "../plugin/index.ts";
import { cozystackProvider } from "./provider.ts";

await servePlugin(cozystackProvider());
