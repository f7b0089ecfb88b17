import { describe, expect, it } from "vitest";
import { parseFlags, usage, type ParsedFlags } from "./flags.ts";

const defaults = { address: "0.0.0.0:9443", insecure: false, tlsServerCertsDir: "/tls/server", debug: false };

describe("parseFlags", () => {
  const cases: { reason: string; argv: string[]; env?: Record<string, string>; want: ParsedFlags }[] = [
    { reason: "no flags: Crossplane's defaults", argv: [], want: { kind: "serve", flags: defaults } },
    {
      reason: "--address as a separate value",
      argv: ["--address", "127.0.0.1:0"],
      want: { kind: "serve", flags: { ...defaults, address: "127.0.0.1:0" } },
    },
    {
      reason: "--address=value form",
      argv: ["--address=[::]:9443"],
      want: { kind: "serve", flags: { ...defaults, address: "[::]:9443" } },
    },
    {
      reason: "--insecure and --debug are booleans",
      argv: ["--insecure", "--debug"],
      want: { kind: "serve", flags: { ...defaults, insecure: true, debug: true } },
    },
    { reason: "-d is --debug", argv: ["-d"], want: { kind: "serve", flags: { ...defaults, debug: true } } },
    {
      reason: "the env variable Crossplane sets is read when the flag is absent",
      argv: [],
      env: { TLS_SERVER_CERTS_DIR: "/certs" },
      want: { kind: "serve", flags: { ...defaults, tlsServerCertsDir: "/certs" } },
    },
    {
      reason: "the flag wins over the env variable",
      argv: ["--tls-server-certs-dir", "/flag"],
      env: { TLS_SERVER_CERTS_DIR: "/env" },
      want: { kind: "serve", flags: { ...defaults, tlsServerCertsDir: "/flag" } },
    },
    {
      reason: "an empty env variable counts as unset",
      argv: [],
      env: { TLS_SERVER_CERTS_DIR: "" },
      want: { kind: "serve", flags: defaults },
    },
    {
      reason: "--tls-certs-dir, the Go functions' name, is an alias",
      argv: ["--tls-certs-dir=/go"],
      want: { kind: "serve", flags: { ...defaults, tlsServerCertsDir: "/go" } },
    },
    { reason: "--help", argv: ["--help"], want: { kind: "help" } },
    { reason: "-h, even with other flags", argv: ["--insecure", "-h"], want: { kind: "help" } },
  ];
  it.each(cases)("$reason", ({ argv, env, want }) => {
    expect(parseFlags(argv, env ?? {})).toEqual(want);
  });

  const errors: { reason: string; argv: string[]; mentions: string }[] = [
    { reason: "an unknown flag is named", argv: ["--port", "1"], mentions: "--port" },
    { reason: "a positional argument is refused", argv: ["serve"], mentions: "serve" },
    { reason: "a string flag needs a value", argv: ["--address"], mentions: "--address" },
    { reason: "a boolean flag takes no value", argv: ["--insecure=yes"], mentions: "--insecure" },
    { reason: "an empty address", argv: ["--address="], mentions: "--address" },
    {
      reason: "an empty certificate directory",
      argv: ["--tls-server-certs-dir="],
      mentions: "--tls-server-certs-dir",
    },
    {
      reason: "the flag and its alias together",
      argv: ["--tls-server-certs-dir=/a", "--tls-certs-dir=/b"],
      mentions: "not both",
    },
  ];
  it.each(errors)("usage error: $reason", ({ argv, mentions }) => {
    const parsed = parseFlags(argv, {});
    expect(parsed.kind).toBe("usage-error");
    expect(parsed.kind === "usage-error" && parsed.message).toContain(mentions);
  });
});

describe("usage", () => {
  it("names every flag parseFlags accepts", () => {
    const text = usage("function-cozystack");
    for (const flag of [
      "--address",
      "--insecure",
      "--tls-server-certs-dir",
      "--tls-certs-dir",
      "--debug",
      "-d",
      "--help",
    ]) {
      expect(text).toContain(flag);
    }
    expect(text).toContain("TLS_SERVER_CERTS_DIR");
  });
});
