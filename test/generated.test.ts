import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderKindsIndex } from "../scripts/generate-index.ts";

const root = join(import.meta.dirname, "..");

describe("generated files", () => {
  it("schemas/kinds/index.ts lists every declaration (run `npm run generate` when this fails)", () => {
    const dir = join(root, "schemas", "kinds");
    expect(readFileSync(join(dir, "index.ts"), "utf8")).toBe(renderKindsIndex(dir));
  });
});
