import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderKindsIndex } from "../scripts/generate-index.ts";
import { generatedDocs } from "../scripts/generate-docs.ts";
import { DESCRIPTORS_FILE, renderDescriptors } from "../scripts/generate-proto.ts";

const root = join(import.meta.dirname, "..");

describe("generated files", () => {
  it("schemas/kinds/index.ts lists every declaration (run `npm run generate` when this fails)", () => {
    const dir = join(root, "schemas", "kinds");
    expect(readFileSync(join(dir, "index.ts"), "utf8")).toBe(renderKindsIndex(dir));
  });

  it("the protocol descriptors match the .proto files (run `npm run generate` when this fails)", () => {
    expect(readFileSync(DESCRIPTORS_FILE, "utf8")).toBe(renderDescriptors());
  });

  it.each(Object.entries(generatedDocs()))(
    "%s is up to date with the model (run `npm run generate` when this fails)",
    (file, text) => {
      expect(readFileSync(join(root, file), "utf8")).toBe(text);
    },
  );
});
