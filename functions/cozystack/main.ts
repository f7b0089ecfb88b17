// The function-cozystack process: the gRPC server around the composition logic.
import { runFunction } from "./run.ts";
import { serve } from "./server/serve.ts";

await serve(runFunction);
