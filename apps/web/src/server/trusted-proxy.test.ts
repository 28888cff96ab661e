import { describe, expect, it } from "vitest";
import { clientAddressFrom, isHttpsRequest, parseTrustedProxy, trustedHops } from "./trusted-proxy";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("parseTrustedProxy", () => {
  it("reads no proxy from an unset, empty, 0 or false setting", () => {
    for (const raw of [undefined, "", "  ", "0", "false", "off", "no"])
      expect(parseTrustedProxy(raw)).toBe(0);
  });
  it("reads a hop count, and true as one proxy", () => {
    expect(parseTrustedProxy("1")).toBe(1);
    expect(parseTrustedProxy(" 2 ")).toBe(2);
    expect(parseTrustedProxy("10")).toBe(10);
    expect(parseTrustedProxy("true")).toBe(1);
    expect(parseTrustedProxy("YES")).toBe(1);
  });
  it("refuses anything else, naming the setting", () => {
    for (const raw of ["-1", "11", "1.5", "abc", "10.0.0.1", "1,2"]) {
      expect(() => parseTrustedProxy(raw), raw).toThrow(/TRUSTED_PROXY/);
    }
  });
  it("follows the environment", () => {
    expect(trustedHops({ TRUSTED_PROXY: "2" })).toBe(2);
    expect(trustedHops({})).toBe(0);
  });
});

describe("clientAddressFrom", () => {
  const forged = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });

  it("with no trusted proxy, the socket's address Next.js wrote last, never a client-written entry", () => {
    expect(clientAddressFrom(forged, 0)).toBe("10.0.0.2");
    expect(clientAddressFrom(headers({ "x-forwarded-for": "127.0.0.1" }), 0)).toBe("127.0.0.1");
  });
  it("with N proxies, the N-th address from the right (what the outermost proxy saw)", () => {
    expect(clientAddressFrom(forged, 1)).toBe("10.0.0.2");
    expect(clientAddressFrom(forged, 2)).toBe("203.0.113.7");
  });
  it("a chain shorter than the proxies falls back to its leftmost entry", () => {
    expect(clientAddressFrom(headers({ "x-forwarded-for": "203.0.113.7" }), 3)).toBe("203.0.113.7");
  });
  it("ignores X-Real-IP and empty entries; unknown when there is nothing", () => {
    expect(clientAddressFrom(headers({ "x-real-ip": "1.2.3.4" }), 1)).toBe("unknown");
    expect(clientAddressFrom(headers({ "x-forwarded-for": " , 198.51.100.4 ,," }), 1)).toBe("198.51.100.4");
    expect(clientAddressFrom(headers({}), 0)).toBe("unknown");
  });
});

describe("isHttpsRequest", () => {
  const viaProxy = headers({ "x-forwarded-proto": "https" });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(isHttpsRequest(viaProxy, "http://app.example/", 0)).toBe(false);
    expect(isHttpsRequest(viaProxy, "http://app.example/", 1)).toBe(true);
  });
  it("takes the nearest proxy's value when several are listed", () => {
    expect(isHttpsRequest(headers({ "x-forwarded-proto": "https, http" }), "http://a/", 2)).toBe(false);
    expect(isHttpsRequest(headers({ "x-forwarded-proto": "http, HTTPS" }), "http://a/", 2)).toBe(true);
  });
  it("a direct HTTPS connection is HTTPS whatever the setting", () => {
    expect(isHttpsRequest(headers({}), new URL("https://app.example/"), 0)).toBe(true);
    expect(isHttpsRequest(headers({ "x-forwarded-proto": "http" }), "http://a/", 1)).toBe(false);
  });
});
