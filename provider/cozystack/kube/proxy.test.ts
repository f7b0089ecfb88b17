import { describe, expect, it } from "vitest";
import { bypassed, proxyFor } from "./proxy.ts";

const server = (url: string) => new URL(url);

describe("NO_PROXY", () => {
  it.each([
    ["api.example.com", "443", "*", true],
    ["api.example.com", "443", "example.com", true],
    ["api.example.com", "443", ".example.com", true],
    ["example.com", "443", ".example.com", true],
    ["badexample.com", "443", "example.com", false],
    ["api.example.com", "6443", "api.example.com:6443", true],
    ["api.example.com", "443", "api.example.com:6443", false],
    ["10.1.2.3", "443", "10.0.0.0/8", true],
    ["11.1.2.3", "443", "10.0.0.0/8", false],
    ["fd00::5", "443", "fd00::/8", true],
    ["10.1.2.3", "443", " other.test , 10.1.2.3 ", true],
  ])("%s:%s with NO_PROXY=%j is bypassed: %s", (host, port, noProxy, expected) => {
    expect(bypassed(host, port, noProxy)).toBe(expected);
  });
});

describe("choosing a proxy", () => {
  const env = { HTTPS_PROXY: "http://proxy.corp:3128" };

  it("prefers the explicit proxy, then HTTPS_PROXY", () => {
    expect(proxyFor(server("https://api.corp:6443"), "http://other:8080", env)?.host).toBe("other:8080");
    expect(proxyFor(server("https://api.corp:6443"), undefined, env)?.host).toBe("proxy.corp:3128");
    expect(proxyFor(server("https://api.corp:6443"), undefined, {})).toBeUndefined();
  });

  it("never proxies loopback from the environment, and honours NO_PROXY", () => {
    expect(proxyFor(server("https://127.0.0.1:6443"), undefined, env)).toBeUndefined();
    expect(proxyFor(server("https://localhost:6443"), undefined, env)).toBeUndefined();
    expect(proxyFor(server("https://[::1]:6443"), undefined, env)).toBeUndefined();
    expect(
      proxyFor(server("https://api.corp:6443"), undefined, { ...env, NO_PROXY: ".corp" }),
    ).toBeUndefined();
    expect(proxyFor(server("https://127.0.0.1:6443"), "http://127.0.0.1:3128", env)?.port).toBe("3128");
  });

  it("refuses proxies it cannot tunnel through, without printing their credentials", () => {
    expect(() => proxyFor(server("https://api.corp"), "https://user:s3cret@proxy.corp", {})).toThrow(
      /only http:\/\/ proxies/,
    );
    let message = "";
    try {
      proxyFor(server("https://api.corp"), "socks5://user:s3cret@proxy.corp", {});
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("socks5://***@proxy.corp");
    expect(message).not.toContain("s3cret");
  });
});
