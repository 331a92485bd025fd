/**
 * The flags that make headless Chromium work on a server (no sandbox as root in containers, no GPU) and
 * quiet (no sync, updates or background traffic, which this machine's closed network would refuse).
 */
export const headlessChromeFlags: readonly string[] = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * WebRTC sends UDP of its own (STUN and TURN requests, then the peer-to-peer traffic), which an HTTP proxy
 * cannot carry, so a page could reach any address around the proxy. This policy leaves WebRTC nothing but
 * the proxy (TURN over TCP, through CONNECT, vetted like any request) and gathers no host candidate, so the
 * page does not learn the server's addresses either. It is the command-line form of the
 * `webrtc.ip_handling_policy` preference, which outranks the profile's. Chromium silently ignores switches
 * it does not know (`--force-webrtc-ip-handling-policy`, often quoted, is one in current versions), so a test
 * has the page send a real STUN request to prove this one still works.
 */
export const webRtcConfinementFlags: readonly string[] = ["--webrtc-ip-handling-policy=disable_non_proxied_udp"];

/**
 * Chromium's command line for one analysis: the headless flags, and the confinement to the egress proxy:
 * every request goes through the proxy (`<-loopback>` removes Chrome's implicit loopback bypass, so even
 * 127.0.0.1 targets are vetted), Chrome's own resolver answers NOTFOUND for every name but the proxy's
 * address (so neither a redirect, a subresource, a DNS prefetch, a STUN server's name nor a rebinding DNS
 * answer can take it anywhere the proxy did not check), QUIC is off (HTTP/3 and WebTransport would be UDP),
 * and WebRTC is held to the proxy too.
 */
export function chromeFlags(proxyUrl: string): string[] {
  return [
    ...headlessChromeFlags,
    `--proxy-server=${proxyUrl}`,
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ...webRtcConfinementFlags,
  ];
}
