import { createSocket, type Socket } from "node:dgram";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch } from "chrome-launcher";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromeFlags, webRtcConfinementFlags } from "@/src/analyzer/lighthouse/chrome-flags";
import { stopChrome } from "@/src/analyzer/lighthouse/stop-chrome";
import { startEgressProxy, type EgressProxy } from "@/src/net/egress-proxy";
import { startFixtureSite, type FixtureSite } from "../net/fixture-site.ts";

/**
 * WebRTC's UDP cannot go through the egress proxy, so with the analysis's flags it must not go at all. The
 * page below asks for a STUN server on loopback (the only network these tests may use), and a UDP socket
 * listens there: a STUN Binding Request arriving is a packet that left Chromium around the proxy. Chromium
 * is started as an analysis starts it (chrome-launcher's defaults, then the analysis's flags).
 */

const chromium = "/usr/lib/chromium/chromium";
/**
 * WebRTC ignores the loopback interface unless told otherwise, so on a machine whose only network is loopback
 * nothing would be sent even without the confinement. With this, loopback counts as a network: the control
 * below sends its STUN request everywhere, and the confined case is held to the stricter standard.
 */
const loopbackAsNetwork = "--allow-loopback-in-peer-connection";
/** Far longer than either outcome takes (the first STUN request, or the end of candidate gathering). */
const OUTCOME_TIMEOUT_MS = 10_000;
/** After gathering ended, any STUN request would already have been sent: a little slack for its delivery. */
const SETTLE_MS = 300;

let stun: Socket;
let datagrams: Buffer[];
let proxy: EgressProxy;
let site: FixtureSite;
let onDatagram: (() => void) | undefined;
let onReport: ((report: unknown) => void) | undefined;

function probePage(stunPort: number): string {
  return `<!doctype html><html><head><link rel="icon" href="data:,"><title>webrtc</title></head><body><script>
const candidates = [];
const report = () => fetch("/report?" + new URLSearchParams({ candidates: JSON.stringify(candidates) }));
const peer = new RTCPeerConnection({ iceServers: [{ urls: "stun:127.0.0.1:${stunPort}" }] });
peer.createDataChannel("probe");
peer.onicecandidate = (event) => { if (event.candidate) candidates.push(event.candidate.candidate); };
peer.onicegatheringstatechange = () => { if (peer.iceGatheringState === "complete") report(); };
peer.createOffer().then((offer) => peer.setLocalDescription(offer));
</script></body></html>`;
}

beforeAll(async () => {
  datagrams = [];
  stun = createSocket("udp4");
  stun.on("message", (message) => {
    datagrams.push(message);
    onDatagram?.();
  });
  await new Promise<void>((resolve) => stun.bind(0, "127.0.0.1", resolve));
  const stunPort = stun.address().port;
  site = await startFixtureSite({
    "/webrtc": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(probePage(stunPort)),
    "/report": (req, res) => {
      const candidates = new URL(req.url ?? "", "http://x").searchParams.get("candidates") ?? "null";
      res.writeHead(204).end();
      onReport?.({ gathering: "complete", candidates: JSON.parse(candidates) });
    },
  });
  // Resolves no name: Chromium's own background requests are answered 502 instead of waiting on DNS.
  proxy = await startEgressProxy({
    allowLoopback: true,
    timeoutMs: 5_000,
    lookup: async () => {
      throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    },
  });
});

afterAll(async () => {
  await proxy?.close();
  await site?.close();
  await new Promise<void>((resolve) => (stun ? stun.close(() => resolve()) : resolve()));
});

type Outcome = "datagram" | { gathering: "complete"; candidates: string[] };

/** Opens the probe page in a Chromium with these flags and answers with whatever comes first. */
async function probe(flags: string[]): Promise<Outcome> {
  datagrams.length = 0;
  const profile = await mkdtemp(join(tmpdir(), "arco-webrtc-probe-"));
  let timer: NodeJS.Timeout | undefined;
  const outcome = new Promise<Outcome>((resolve, reject) => {
    onDatagram = () => resolve("datagram");
    onReport = (report) => resolve(report as Outcome);
    timer = setTimeout(() => reject(new Error("neither a datagram nor the page's report arrived")), OUTCOME_TIMEOUT_MS);
  });
  const chrome = await launch({
    chromePath: chromium,
    userDataDir: profile,
    chromeFlags: flags,
    startingUrl: `${site.origin}/webrtc`,
    handleSIGINT: false,
    logLevel: "silent",
    envVars: { HOME: profile, TMPDIR: profile },
  });
  try {
    const first = await outcome;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return first;
  } finally {
    clearTimeout(timer);
    onDatagram = undefined;
    onReport = undefined;
    await stopChrome(chrome);
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** RFC 8489: a Binding Request is message type 0x0001, with the magic cookie at bytes 4 to 7. */
function isStunBindingRequest(message: Buffer): boolean {
  return message.length >= 20 && message.readUInt16BE(0) === 0x0001 && message.readUInt32BE(4) === 0x2112a442;
}

describe("WebRTC in the analysis's Chromium", () => {
  it("sends no UDP: the page's STUN request never leaves, and no candidate is gathered", async () => {
    const outcome = await probe([...chromeFlags(proxy.url), loopbackAsNetwork]);
    expect(outcome).toEqual({ gathering: "complete", candidates: [] });
    expect(datagrams).toEqual([]);
    // The page and its report went through the proxy, which is how the report could arrive at all.
    expect(site.seen).toEqual(expect.arrayContaining([`127.0.0.1:${site.port} /webrtc`]));
  }, 20_000);

  it("would send the STUN request without the WebRTC flags (so the test above can fail)", async () => {
    const unconfined = chromeFlags(proxy.url).filter((flag) => !webRtcConfinementFlags.includes(flag));
    const outcome = await probe([...unconfined, loopbackAsNetwork]);
    expect(outcome).toBe("datagram");
    expect(datagrams.some(isStunBindingRequest)).toBe(true);
  }, 20_000);
});
