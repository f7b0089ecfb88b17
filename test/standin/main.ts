// Run the platform stand-in as a process: node test/standin/main.ts <platform.json> [readyAfterMs]
// Logs are JSON lines on stderr.
import { readFileSync } from "node:fs";
import { StandIn } from "./controller.ts";

const [file, readyAfter] = process.argv.slice(2);
if (!file) {
  console.error("usage: node test/standin/main.ts <platform.json> [readyAfterMs]");
  process.exit(2);
}
const info = JSON.parse(readFileSync(file, "utf8")) as { server: string; token: string; ca: string };
const standIn = new StandIn({
  target: { server: info.server, token: info.token, ca: info.ca },
  readyAfterMs: readyAfter ? Number(readyAfter) : 500,
  log: (event) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...event })}\n`),
});
await standIn.start();
process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), msg: "stand-in running" })}\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    standIn.stop();
    process.exit(0);
  });
}
