import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { header, providerDir, SOURCE } from "../support/provider.ts";
import { cliPath, Workdir } from "../support/tofu.ts";

/** Every shipped example passes `tofu validate` with the real OpenTofu and our provider. */
const root = join(import.meta.dirname, "..", "..");
const resources = readdirSync(join(root, "examples", "resources"));

describe("examples", () => {
  it.each(resources)("examples/resources/%s validates", async (type) => {
    const work = new Workdir({
      bin: cliPath("tofu"),
      providers: [{ source: SOURCE, dir: await providerDir() }],
    });
    work.write({
      "main.tf": header + readFileSync(join(root, "examples", "resources", type, "resource.tf"), "utf8"),
    });
    const result = await work.run(["validate", "-no-color"]);
    expect(
      result.stderr.replace(/Warning: Provider development overrides[\s\S]*?releases\.\n/, "").trim(),
    ).toBe("");
    expect(result.code).toBe(0);
  });

  it("examples/quickstart validates", async () => {
    const work = new Workdir({
      bin: cliPath("tofu"),
      providers: [{ source: SOURCE, dir: await providerDir() }],
    });
    work.write({ "main.tf": readFileSync(join(root, "examples", "quickstart", "main.tf"), "utf8") });
    const result = await work.run(["validate", "-no-color"]);
    expect(result.code, result.stderr).toBe(0);
  });
});
