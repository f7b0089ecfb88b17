// terraform-provider-cozystack as a single executable: this entry runs once, at
// build time, inside V8's snapshot builder (scripts/release/executable.ts). The model,
// the provider definition and the definition-only answers are made here and land in the
// start-up snapshot, with the code of the calls every host process makes already
// compiled (./warm-up.ts). A process the host starts finds them in its heap.
//
// The snapshot may hold objects and functions only. Everything else happens in the
// deserialize main function, in the process the host started: the transport's
// node:http2 and node:tls (the bundle loads them on first use; see
// scripts/release/bundle.ts), the AutoMTLS key and certificate, the socket, timers,
// signal handlers, and every read of the environment.
import { startupSnapshot } from "node:v8";
import { precompute, servePlugin } from "../plugin/index.ts";
import { cozystackProvider } from "./provider.ts";
import { serving } from "./serving.ts";
import { warmUp } from "./warm-up.ts";

// process.env is Node's live view of the environment, not a copy: read when a call
// needs it, it shows the environment of the process the host started.
const definition = cozystackProvider(process.env);

// The snapshot is taken once the event loop is empty, so this promise is settled in it.
// A failure fails the build (an unhandled rejection), never a user's run.
const ready = warmUp(() => cozystackProvider(process.env)).then(() => precompute(definition));

async function serve(): Promise<void> {
  await servePlugin(definition, { ...serving, precomputed: await ready });
}

if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.setDeserializeMainFunction(() => void serve());
else void serve();
