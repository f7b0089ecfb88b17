import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { KindDeclaration } from "../schemas/core/kind.ts";
import { kinds } from "../schemas/kinds/index.ts";
import { resolveTarget } from "../provider/cozystack/connection.ts";
import { KubeClient } from "../provider/cozystack/kube/client.ts";
import { createLogger } from "../provider/plugin/log.ts";
import { exportCrossplane } from "./export/crossplane.ts";
import { exportHcl } from "./export/hcl.ts";
import { readNamespace } from "./export/read.ts";

/**
 * `npm run export -- --namespace tenant-x [--format hcl|crossplane] [--out DIR] [--kubeconfig PATH]`
 *
 * Writes the services of a tenant namespace as code: OpenTofu/Terraform resources with
 * import blocks, or Crossplane XRs. The kubeconfig is found as the provider finds it
 * (--kubeconfig, else KUBE_CONFIG_PATH, else KUBECONFIG). Exit 0: everything exported;
 * 1: something was not (the rest is still written, each problem named on stderr); 2: bad usage.
 */
const USAGE =
  "usage: npm run export -- --namespace <tenant-namespace> [--format hcl|crossplane] [--out DIR] [--kubeconfig PATH] [--context NAME] [--debug]";

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        namespace: { type: "string", short: "n" },
        format: { type: "string", default: "hcl" },
        out: { type: "string" },
        kubeconfig: { type: "string" },
        context: { type: "string" },
        debug: { type: "boolean", default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = values.format;
  if (format !== "hcl" && format !== "crossplane") {
    console.error(`--format must be hcl or crossplane, not ${JSON.stringify(format)}\n${USAGE}`);
    return 2;
  }
  const target = await resolveTarget(
    { configPath: values.kubeconfig, configContext: values.context },
    process.env,
  );
  const namespace = values.namespace ?? target.namespace;
  if (!namespace) {
    console.error(`--namespace is required (the kubeconfig's context names none)\n${USAGE}`);
    return 2;
  }
  // The client's retry lines (throttling) are the provider's JSON log; here they are shown only with --debug.
  const client = new KubeClient({
    ...target,
    log: values.debug ? createLogger("export") : createLogger("export", () => {}),
  });
  try {
    const { objects, notes } = await readNamespace(client, kinds as readonly KindDeclaration[], namespace);
    const rendered = format === "hcl" ? renderHcl(objects) : renderCrossplane(objects);
    const file = `cozystack-${namespace}.${format === "hcl" ? "tf" : "yaml"}`;
    if (values.out) {
      mkdirSync(values.out, { recursive: true });
      writeFileSync(join(values.out, file), rendered.text);
      console.error(`wrote ${objects.length} object(s) to ${join(values.out, file)}`);
    } else {
      process.stdout.write(rendered.text);
    }
    for (const line of rendered.notes) console.error(line);
    for (const note of notes)
      console.error(`${note.severity === "problem" ? "error" : "note"}: ${note.message}`);
    return notes.some((n) => n.severity === "problem") ? 1 : 0;
  } finally {
    client.close();
  }
}

function renderHcl(objects: Parameters<typeof exportHcl>[0]): { text: string; notes: string[] } {
  const { text, secrets } = exportHcl(objects);
  return {
    text,
    notes: secrets.map(
      (s) =>
        `secret: ${s.address} ${s.path.join(".")} is var.${s.variable}; give it (TF_VAR_${s.variable}) before planning`,
    ),
  };
}

function renderCrossplane(objects: Parameters<typeof exportCrossplane>[0]): {
  text: string;
  notes: string[];
} {
  const { text, secrets } = exportCrossplane(objects);
  return {
    text,
    notes: secrets.map(
      (s) => `secret: ${s} left out; set it in the XR before applying, or the composed object loses it`,
    ),
  };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Connection, kubeconfig and export errors say what went wrong in their message.
    console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
