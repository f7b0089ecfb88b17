import { describe, expect, it } from "vitest";
import { cliPath, providerLauncher, Workdir } from "../support/tofu.ts";
import { providerSchemaJson } from "../support/schema-json.ts";
import { toyProvider } from "../toy-provider/provider.ts";
import { TOY_ENTRY } from "./harness.ts";

describe("the schema OpenTofu reads back", () => {
  it("equals the schema the toy provider declares", async () => {
    const launcher = providerLauncher("toy", TOY_ENTRY);
    const work = new Workdir({
      bin: cliPath("tofu"),
      providers: [{ source: "example.test/test/toy", dir: launcher.dir }],
    });
    work.write({
      "main.tf":
        'terraform {\n  required_providers {\n    toy = { source = "example.test/test/toy" }\n  }\n}\n',
    });
    const printed = JSON.parse((await work.ok(["providers", "schema", "-json"])).stdout) as {
      provider_schemas: Record<string, unknown>;
    };
    expect(printed.provider_schemas["example.test/test/toy"]).toEqual(providerSchemaJson(toyProvider()));
  });
});
