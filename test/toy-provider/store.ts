import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The toy provider's "cloud": JSON files in a directory, shared by every provider process of a test. */
export class Store {
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }
  private file(kind: string, id: string) {
    return join(this.dir, `${kind}--${id}.json`);
  }
  get(kind: string, id: string): string | undefined {
    const f = this.file(kind, id);
    return existsSync(f) ? readFileSync(f, "utf8") : undefined;
  }
  put(kind: string, id: string, json: string): void {
    const f = this.file(kind, id);
    writeFileSync(`${f}.tmp`, json);
    renameSync(`${f}.tmp`, f);
  }
  delete(kind: string, id: string): void {
    rmSync(this.file(kind, id), { force: true });
  }
  list(kind: string): string[] {
    return readdirSync(this.dir)
      .filter((f) => f.startsWith(`${kind}--`) && f.endsWith(".json"))
      .sort()
      .map((f) => readFileSync(join(this.dir, f), "utf8"));
  }
  /** A log the tests read, e.g. to see that an ephemeral resource was closed. */
  event(line: string): void {
    writeFileSync(join(this.dir, "events.log"), `${line}\n`, { flag: "a" });
  }
}
