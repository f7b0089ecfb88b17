import fc from "fast-check";
import {
  printable,
  Tally,
  type Finding,
  type FindingKind,
  type PathName,
  type PathResult,
} from "./report.ts";

/**
 * A fuzzed path whose inputs run synchronously: a generator, and a check that runs one
 * input, counts how it was refused, and returns a problem when the input broke the
 * code under test instead of being accepted or refused properly.
 */
export interface SyncPath<T> {
  name: PathName;
  arbitrary: fc.Arbitrary<T>;
  check(input: T, tally: Tally): string | undefined;
}

/**
 * A path whose inputs go to a server: `start` brings it up, `check` sends one input,
 * `probe` asks whether the server still serves properly (run after every batch), and
 * `notes` reports what was measured along the way (its memory, for one).
 */
export interface AsyncPath<T, C> {
  name: PathName;
  arbitrary: fc.Arbitrary<T>;
  start(): Promise<C>;
  check(context: C, input: T, tally: Tally): Promise<string | undefined>;
  probe(context: C): Promise<string | undefined>;
  notes(context: C): string[];
  /** After the last input: a problem seen only over the whole run (memory that kept growing). */
  verdict(context: C): Promise<string | undefined>;
  stop(context: C): Promise<void>;
}

export interface RunOptions {
  seed: number;
  runs: number;
  /** Inputs between two probes of an async path's server. */
  batch?: number;
}

/** A problem found by a check; fast-check shrinks the input that raised it. */
class Problem extends Error {
  override name = "Problem";
}

/** A problem that is a hang, not a crash: checks return `hang(...)` for an input that got no answer in time. */
export function hang(what: string): string {
  return `${HANG}${what}`;
}
const HANG = "hang: ";

/**
 * Runs `runs` generated inputs through the path. On the first problem fast-check shrinks
 * the input to a minimal one, which the finding carries with the seed that reproduces it.
 */
export function runSync<T>(path: SyncPath<T>, opts: RunOptions, onInput: () => void = () => {}): PathResult {
  const tally = new Tally();
  const started = performance.now();
  const result = fc.check(
    fc.property(path.arbitrary, (input) => {
      onInput();
      tally.input();
      const problem = path.check(input, tally);
      if (problem !== undefined) throw new Problem(problem);
    }),
    { seed: opts.seed, numRuns: opts.runs },
  );
  return {
    path: path.name,
    inputs: tally.inputs,
    errors: tally.errors,
    findings: result.failed ? [findingOf(result, opts.seed)] : [],
    milliseconds: performance.now() - started,
    notes: [],
  };
}

/** The same for a server: a failed probe is a finding too, and so is a rejection nobody handled. */
export async function runAsync<T, C>(path: AsyncPath<T, C>, opts: RunOptions): Promise<PathResult> {
  const tally = new Tally();
  const started = performance.now();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on("unhandledRejection", onRejection);
  const context = await path.start();
  const findings: Finding[] = [];
  try {
    const batch = opts.batch ?? 200;
    const result = await fc.check(
      fc.asyncProperty(path.arbitrary, async (input) => {
        tally.input();
        const problem = await path.check(context, input, tally);
        if (problem !== undefined) throw new Problem(problem);
        if (tally.inputs % batch === 0) {
          const broken = await path.probe(context);
          if (broken !== undefined)
            throw new Problem(`the server broke by the end of this input's batch: ${broken}`);
        }
      }),
      { seed: opts.seed, numRuns: opts.runs },
    );
    if (result.failed) findings.push(findingOf(result, opts.seed));
    const broken = await path.probe(context);
    if (broken !== undefined && !result.failed)
      findings.push({
        kind: "crash",
        problem: `the server broke by the end of the run: ${broken}`,
        seed: opts.seed,
        input: "(the last batch)",
      });
    const verdict = await path.verdict(context);
    if (verdict !== undefined)
      findings.push({ ...kindOf(verdict), seed: opts.seed, input: "(the whole run)" });
  } finally {
    process.off("unhandledRejection", onRejection);
  }
  for (const reason of rejections.slice(0, 3))
    findings.push({
      kind: "unhandled rejection",
      problem: String(reason),
      seed: opts.seed,
      input: "(not known: a rejection has no input)",
    });
  const notes = path.notes(context);
  await path.stop(context);
  return {
    path: path.name,
    inputs: tally.inputs,
    errors: tally.errors,
    findings,
    milliseconds: performance.now() - started,
    notes,
  };
}

/** The finding a failed fast-check run found, with its shrunk input. */
export function findingOf<T>(result: fc.RunDetails<[T]>, seed: number): Finding {
  const error = result.errorInstance;
  const problem =
    error instanceof Problem
      ? error.message
      : `the check itself threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  return {
    ...kindOf(problem),
    seed,
    input: result.counterexample ? printable(result.counterexample[0]) : "(none)",
  };
}

/** A problem made with `hang()` is a hang; any other is a crash. */
function kindOf(problem: string): { kind: FindingKind; problem: string } {
  return problem.startsWith(HANG)
    ? { kind: "hang", problem: problem.slice(HANG.length) }
    : { kind: "crash", problem };
}

/** What an escaped error was: its class name and message. */
export function describe(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: typeof error, message: String(error) };
}
