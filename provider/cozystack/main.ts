// terraform-provider-cozystack: answer the handshake first, load the model and
// the provider while the host connects.
import { enableCompileCache } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

// A host starts the provider several times per command; V8's code cache spares
// each start the parse and compile of the bundle (a cache failure only costs speed).
// The imports below are dynamic so that they load after the cache is on.
enableCompileCache(
  process.env.NODE_COMPILE_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "cozystack-iac", "compile-cache"),
);
const { servePlugin, readPrecomputed } = await import("../plugin/index.ts");
// A build leaves the definition-only answers (schema, metadata) next to the bundle.
await servePlugin(async () => (await import("./provider.ts")).cozystackProvider(), {
  ...(await import("./serving.ts")).serving,
  precomputed: readPrecomputed(join(import.meta.dirname, "precomputed")),
});
