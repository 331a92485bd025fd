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
 * Chromium's command line for one analysis: the headless flags, and the confinement to the egress proxy:
 * every request goes through the proxy (`<-loopback>` removes Chrome's implicit loopback bypass, so even
 * 127.0.0.1 targets are vetted), and Chrome's own resolver answers NOTFOUND for every name but the proxy's
 * address, so neither a redirect, a subresource nor a rebinding DNS answer can take it anywhere the proxy did
 * not check.
 */
export function chromeFlags(proxyUrl: string): string[] {
  return [
    ...headlessChromeFlags,
    `--proxy-server=${proxyUrl}`,
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  ];
}
