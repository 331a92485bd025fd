import { describe, expect, it } from "vitest";
import { classifyAddress } from "@/src/net/classify-address";
import { isForbiddenAddress } from "@/src/net/is-forbidden-address";
import { parseIpAddress } from "@/src/net/parse-ip-address";

describe("parseIpAddress", () => {
  it.each([
    ["93.184.215.14", "93.184.215.14"],
    ["::", "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0"],
    ["::1", "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1"],
    ["2001:DB8::ff00:42:8329", "32.1.13.184.0.0.0.0.0.0.255.0.0.66.131.41"],
    ["::ffff:10.0.0.1", "0.0.0.0.0.0.0.0.0.0.255.255.10.0.0.1"],
    ["fe80::1%eth0", "254.128.0.0.0.0.0.0.0.0.0.0.0.0.0.1"],
    ["1:2:3:4:5:6:7:8", "0.1.0.2.0.3.0.4.0.5.0.6.0.7.0.8"],
  ])("reads %s", (text, bytes) => {
    expect(parseIpAddress(text)?.bytes.join(".")).toBe(bytes);
  });

  // A resolver never returns these; URL parsing has already folded the numeric forms. Unreadable means refused.
  it.each([
    "0177.0.0.1",
    "0x7f.0.0.1",
    "127.1",
    "2130706433",
    "256.0.0.1",
    "1.2.3.4.5",
    "1:2:3:4:5:6:7:8:9",
    "1::2::3",
    "12345::1",
    "1.2.3.4::",
    ":1:2:3:4:5:6:7",
    "example.com",
    "",
  ])("refuses to read %j", (text) => {
    expect(parseIpAddress(text)).toBeNull();
    expect(classifyAddress(text).category).toBe("invalid");
    expect(isForbiddenAddress(text, { allowLoopback: true })).toBe(true);
  });
});

describe("classifyAddress at range edges", () => {
  it.each([
    ["9.255.255.255", null],
    ["10.0.0.0", "private"],
    ["10.255.255.255", "private"],
    ["11.0.0.0", null],
    ["100.63.255.255", null],
    ["100.64.0.0", "cgnat"],
    ["172.15.255.255", null],
    ["172.16.0.0", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.0", null],
    ["192.0.1.255", null],
    ["192.88.99.1", "reserved"],
    ["198.17.255.255", null],
    ["198.18.0.0", "benchmarking"],
    ["198.20.0.0", null],
    ["223.255.255.255", null],
    ["224.0.0.0", "multicast"],
    ["239.255.255.255", "multicast"],
    ["240.0.0.0", "reserved"],
    ["255.255.255.254", "reserved"],
    ["1fff:ffff::1", "reserved"],
    ["2000::1", null],
    ["2001:1ff:ffff::1", "reserved"],
    ["2001:200::1", null],
    ["2001:2::1", "benchmarking"],
    ["3ffe::1", null],
    ["3fff:fff::1", "documentation"],
    ["4000::", "reserved"],
    ["fbff::1", "reserved"],
    ["febf::1", "link_local"],
    ["fec0::1", "reserved"],
    ["100::1", "reserved"],
    ["5f00::1", "reserved"],
  ])("%s is %s", (address, category) => {
    expect(classifyAddress(address).category).toBe(category);
  });

  it("names the IPv4 address carried in mapped, NAT64 and 6to4 forms", () => {
    expect(classifyAddress("::ffff:192.168.1.1")).toEqual({ category: "private", embeddedIn: "ipv4_mapped" });
    expect(classifyAddress("64:ff9b::100.64.0.1")).toEqual({ category: "cgnat", embeddedIn: "nat64" });
    expect(classifyAddress("2002:a9fe:a9fe::1")).toEqual({ category: "metadata", embeddedIn: "6to4" });
    expect(classifyAddress("2002:5db8:d70e::1")).toEqual({ category: null, embeddedIn: "6to4" });
  });
});

describe("isForbiddenAddress", () => {
  it.each([
    ["127.0.0.1", false, true],
    ["127.0.0.1", true, false],
    ["::1", true, false],
    ["::ffff:127.0.0.1", true, false],
    ["64:ff9b::127.0.0.1", true, true],
    ["2002:7f00:1::", true, true],
    ["10.0.0.1", true, true],
    ["169.254.169.254", true, true],
    ["fd00:ec2::254", true, true],
    ["93.184.215.14", false, false],
    ["2606:4700::1111", false, false],
  ])("%s with allowLoopback=%s → forbidden %s", (address, allowLoopback, forbidden) => {
    expect(isForbiddenAddress(address, { allowLoopback })).toBe(forbidden);
  });
});
