import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromeFlags } from "@/src/analyzer/lighthouse/chrome-flags";
import { startEgressProxy, type EgressProxy } from "@/src/net/egress-proxy";
import type { ResolvedAddress } from "@/src/net/vet-url";
import { redirectTo, startFixtureSite, type FixtureSite } from "./fixture-site";

const chromium = "/usr/lib/chromium/chromium";

let site: FixtureSite;
let proxy: EgressProxy;
let profile: string;

async function lookup(hostname: string): Promise<ResolvedAddress[]> {
  const table: Record<string, string> = {
    "www.fixture.test": "127.0.0.1",
    "metadata-alias.fixture.test": "169.254.169.254",
    "secure.fixture.test": "192.168.1.1",
  };
  const address = table[hostname];
  if (!address) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return [{ address, family: 4 }];
}

const pixel = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** Each subresource reports whether it loaded into #results, which --dump-dom prints once the page has loaded. */
function page(port: number): string {
  const origin = `http://www.fixture.test:${port}`;
  const probe = (name: string, src: string) =>
    `<img alt="" src="${src}" onload="mark('${name}', 'loaded')" onerror="mark('${name}', 'blocked')">`;
  return `<!doctype html><html><head><title>egress</title><script>
const results = {};
function mark(name, outcome) {
  results[name] = outcome;
  document.getElementById("results").textContent = JSON.stringify(results, Object.keys(results).sort());
}
</script></head><body><pre id="results"></pre>
${probe("allowed", `${origin}/pixel.png`)}
${probe("private", "http://10.0.0.1/x.png")}
${probe("metadataName", "http://metadata-alias.fixture.test/latest/meta-data/x.png")}
${probe("redirectToMetadata", `${origin}/to-metadata.png`)}
${probe("httpsPrivate", "https://secure.fixture.test/x.png")}
</body></html>`;
}

beforeAll(async () => {
  site = await startFixtureSite({
    "/page": (_req, res, s) => res.writeHead(200, { "content-type": "text/html" }).end(page(s.port)),
    "/pixel.png": (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(pixel),
    "/to-metadata.png": redirectTo(() => "http://169.254.169.254/latest/meta-data/x.png"),
  });
  proxy = await startEgressProxy({ allowLoopback: true, lookup, timeoutMs: 5_000 });
  profile = await mkdtemp(join(tmpdir(), "arco-egress-chromium-"));
});

afterAll(async () => {
  await proxy?.close();
  await site?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

function dumpDom(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(chromium, [...chromeFlags(proxy.url), `--user-data-dir=${profile}`, "--dump-dom", url], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`chromium exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

describe("Chromium through the egress proxy", () => {
  it("loads allowed subresources and has every forbidden one refused by the proxy", async () => {
    // The page's own host name only resolves inside the proxy: Chromium cannot resolve anything itself.
    const dom = await dumpDom(`http://www.fixture.test:${site.port}/page`);
    const results = JSON.parse(/<pre id="results">(.*?)<\/pre>/s.exec(dom)?.[1]?.replaceAll("&quot;", '"') ?? "{}");
    expect(results).toEqual({
      allowed: "loaded",
      httpsPrivate: "blocked",
      metadataName: "blocked",
      private: "blocked",
      redirectToMetadata: "blocked",
    });
    expect([...proxy.refused].sort()).toEqual([
      "http://10.0.0.1/x.png",
      "http://169.254.169.254/latest/meta-data/x.png",
      "http://metadata-alias.fixture.test/latest/meta-data/x.png",
      "secure.fixture.test:443",
    ]);
    expect(site.seen).toEqual(
      expect.arrayContaining([
        `www.fixture.test:${site.port} /page`,
        `www.fixture.test:${site.port} /pixel.png`,
        `www.fixture.test:${site.port} /to-metadata.png`,
      ]),
    );
  }, 40_000);
});
