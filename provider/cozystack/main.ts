// terraform-provider-cozystack: answer the handshake first, load the model and
// the provider while the host connects.
import { servePlugin } from "../plugin/index.ts";

await servePlugin(async () => (await import("./provider.ts")).cozystackProvider(), "provider.cozystack");
