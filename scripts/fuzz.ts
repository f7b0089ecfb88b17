// npm run fuzz: generated and damaged inputs through the value codecs, the tfplugin6
// request decoding, the provider's gRPC server and the Crossplane function (test/fuzz).
import { parseOptions, USAGE } from "../test/fuzz/options.ts";
import { runFuzz, summary } from "../test/fuzz/run.ts";

const parsed = parseOptions(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`fuzz: ${parsed.message}\n${USAGE}`);
  process.exit(2);
}
const { options } = parsed;
process.stdout.write(`fuzz: seed ${options.seed}, paths ${options.paths.join(", ")}\n`);
const report = await runFuzz(options, (text) => process.stdout.write(`${text}\n`));
process.stdout.write(`${summary(report)}\n`);
process.exit(report.failed ? 1 : 0);
