import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { specFromTerraform } from "../schemas/core/convert.ts";
import type { KindDeclaration } from "../schemas/core/kind.ts";
import { smallestPresetFor } from "../schemas/core/presets.ts";
import { parseQuantity } from "../schemas/core/quantity.ts";
import { kinds } from "../schemas/kinds/index.ts";
import { crossplaneFiles, GENERATED_DIRS } from "../functions/generate/files.ts";
import { DEFAULT_OPTIONS } from "../functions/generate/options.ts";
import { quickstartObjects } from "../functions/generate/quickstart.ts";

const root = join(import.meta.dirname, "..");
const expected = crossplaneFiles(DEFAULT_OPTIONS);

function committedYaml(): string[] {
  return GENERATED_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
      .map((e) => relative(root, join(e.parentPath, e.name))),
  ).sort();
}

describe("generated Crossplane files", () => {
  it.each(Object.entries(expected))(
    "%s is up to date with the model (run `npm run generate` when this fails)",
    (file, text) => {
      expect(readFileSync(join(root, file), "utf8")).toBe(text);
    },
  );

  it("no committed YAML in the generated directories is left over from an older model", () => {
    expect(committedYaml()).toEqual(Object.keys(expected).sort());
  });
});

// ---- examples/crossplane/quickstart equals examples/quickstart/main.tf -----------------------
// A reader for the few HCL forms the quickstart uses: literals, objects, lists, references to
// other resources' names and connection outputs, var/local, and the resources_preset function.

type Value = string | number | boolean | Value[] | { [key: string]: Value };
type Token = { t: "str" | "num" | "id" | "punct"; v: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w.:-]*)|([{}[\]=,()])/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== "") {
    if (m[1] !== undefined) out.push({ t: "str", v: m[1] });
    else if (m[2] !== undefined) out.push({ t: "num", v: m[2] });
    else if (m[3] !== undefined) out.push({ t: "id", v: m[3] });
    else if (m[4] !== undefined) out.push({ t: "punct", v: m[4] });
  }
  return out;
}

class Reader {
  private pos = 0;
  private readonly toks: Token[];
  private readonly resolve: (ref: string) => Value;
  constructor(text: string, resolve: (ref: string) => Value) {
    this.toks = tokens(text);
    this.resolve = resolve;
  }
  private next(): Token {
    const tok = this.toks[this.pos++];
    if (!tok) throw new Error("unexpected end of HCL");
    return tok;
  }
  private peek(v: string): boolean {
    return this.toks[this.pos]?.v === v;
  }
  value(): Value {
    const tok = this.next();
    if (tok.t === "str")
      return tok.v.replace(/\$\{([^}]+)\}/g, (_, ref: string) => String(this.resolve(ref)));
    if (tok.t === "num") return Number(tok.v);
    if (tok.v === "true" || tok.v === "false") return tok.v === "true";
    if (tok.v === "{") return this.body("}");
    if (tok.v === "[") {
      const items: Value[] = [];
      while (!this.peek("]")) {
        items.push(this.value());
        if (this.peek(",")) this.next();
      }
      this.next();
      return items;
    }
    if (tok.t === "id" && this.peek("(")) {
      this.next();
      const args: Value[] = [];
      while (!this.peek(")")) {
        args.push(this.value());
        if (this.peek(",")) this.next();
      }
      this.next();
      return call(tok.v, args);
    }
    if (tok.t === "id") return this.resolve(tok.v);
    throw new Error(`unexpected ${tok.v}`);
  }
  /** `key = value` pairs up to `end`. */
  body(end: string): Record<string, Value> {
    const out: Record<string, Value> = {};
    while (!this.peek(end)) {
      const key = this.next().v;
      if (this.next().v !== "=") throw new Error(`expected = after ${key}`);
      out[key] = this.value();
      if (this.peek(",")) this.next();
    }
    this.next();
    return out;
  }
}

function call(name: string, args: Value[]): Value {
  if (name !== "provider::cozystack::resources_preset") throw new Error(`unknown function ${name}`);
  const [cpu, memory] = args.map((a) => parseQuantity(a as string) ?? NaN) as [number, number];
  return smallestPresetFor(cpu, memory)!.preset;
}

/** Blocks `<keyword> "a" "b" {` ... `\n}` at the top level of the file. */
function blocks(text: string, keyword: string): Array<{ labels: string[]; body: string }> {
  const re = new RegExp(`^${keyword}((?: "[^"]*")*) \\{\\n([\\s\\S]*?)\\n\\}`, "gm");
  return [...text.matchAll(re)].map((m) => ({
    labels: [...m[1]!.matchAll(/"([^"]*)"/g)].map((l) => l[1]!),
    body: m[2]!,
  }));
}

interface TfObject {
  decl: KindDeclaration;
  name: string;
  namespace: string;
  spec: Record<string, unknown>;
  attributes: string[];
}

function terraformQuickstart(): TfObject[] {
  const text = readFileSync(join(root, "examples", "quickstart", "main.tf"), "utf8");
  const resources = new Map<string, TfObject>();
  const variables = new Map(blocks(text, "variable").map((b) => [b.labels[0]!, b.body]));
  const locals = blocks(text, "locals")[0]?.body ?? "";
  const resolve = (ref: string): Value => {
    const [head, second, ...rest] = ref.split(".");
    // Only a variable's default matters here; its type and description are not values.
    if (head === "var") return /default\s*=\s*"([^"]*)"/.exec(variables.get(second!) ?? "")![1]!;
    if (head === "local") return new Reader(`${locals}\n}`, resolve).body("}")[second!]!;
    const target = resources.get(`${head}.${second}`);
    if (!target) throw new Error(`unknown reference ${ref}`);
    if (rest[0] === "name") return target.name;
    const field = target.decl.outputs.fields[rest[1]!]!;
    const source = {
      name: target.name,
      namespace: target.namespace,
      release: target.name,
      spec: target.spec,
    };
    return field.derive(source) as Value;
  };
  for (const block of blocks(text, "resource")) {
    const [type, label] = block.labels as [string, string];
    const decl = (kinds as readonly KindDeclaration[]).find((k) => k.tfType === type)!;
    const { name, namespace, ...attrs } = new Reader(`${block.body}\n}`, resolve).body("}");
    resources.set(`${type}.${label}`, {
      decl,
      name: name as string,
      namespace: namespace as string,
      spec: specFromTerraform(decl.fields, attrs),
      attributes: Object.keys(attrs),
    });
  }
  return [...resources.values()];
}

describe("examples/crossplane/quickstart", () => {
  const terraform = terraformQuickstart();
  const crossplane = quickstartObjects();

  it("has the same objects as the Terraform quickstart, in the same order", () => {
    expect(terraform.length).toBeGreaterThan(5);
    expect(crossplane.map((o) => [o.decl.kind, o.namespace, o.name])).toEqual(
      terraform.map((o) => [o.decl.kind, o.namespace, o.name]),
    );
  });

  it.each(terraform.map((o) => [`${o.decl.kind} ${o.name}`, o] as const))(
    "%s has the same spec as in main.tf",
    (_, tf) => {
      const fields = tf.decl.fields.type === "object" ? Object.values(tf.decl.fields.properties) : [];
      // Every Terraform attribute is a spec field, so nothing is dropped on the way.
      expect(tf.attributes.filter((a) => !fields.some((f) => f.tfName === a))).toEqual([]);
      const xr = crossplane.find((o) => o.decl === tf.decl && o.name === tf.name)!;
      expect(xr.spec).toEqual(tf.spec);
    },
  );
});
