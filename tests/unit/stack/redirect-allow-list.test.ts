import { describe, expect, it } from "vitest";
import { isRedirectAllowed } from "../../../supabase/local/auth/redirect-allow-list.ts";
import { resolveRedirect } from "../../../supabase/local/auth/redirects.ts";
import { loadConfig } from "../../../supabase/local/config.ts";

// The project's own settings: site_url http://127.0.0.1:3000 and the additional_redirect_urls globs.
const config = loadConfig().auth;

describe("the local Auth's redirect_to allow-list (GoTrue's IsRedirectURLValid)", () => {
  it.each([
    "http://127.0.0.1:3000",
    "http://127.0.0.1:3000/auth/callback?next=%2Fapp",
    "HTTP://127.0.0.1:3000/auth/callback",
    "http://127.0.0.1:3100/auth/callback",
    "http://127.0.0.1:3000/app#section",
    "http://localhost:3000",
    "http://localhost:3000/auth/callback/deep",
    "http://127.0.0.1:3000\\@evil.example/",
    "http://[::1]:4000/cb",
    "http://127.0.0.2/cb",
    "https://127.0.0.1:3000/auth/callback",
  ])("accepts %j", (url) => {
    expect(isRedirectAllowed(config, url)).toBe(true);
  });

  it.each([
    // Other schemes on the site's host.
    "javascript://127.0.0.1:3000/%0aalert(document.cookie)",
    "JavaScript://127.0.0.1:3000/%0aalert(1)",
    "javascript:alert(1)//127.0.0.1:3000",
    "data:text/html,<script>alert(1)</script>",
    "data://127.0.0.1:3000/text/html,hi",
    "ftp://127.0.0.1:3000/",
    "ftp://localhost:3000/",
    "file://127.0.0.1/etc/passwd",
    "ws://127.0.0.1:3000/",
    "vbscript://127.0.0.1:3000/",
    // Other hosts, and hosts dressed up as the site.
    "https://evil.example/steal",
    "http://localhost:4000/auth/callback",
    "http://127.0.0.1:3000@evil.example/",
    "http://evil.example\\@127.0.0.1:3000/",
    "http://127.0.0.1:3000.evil.example/",
    "http://127.0.0.1.evil.example:3000/",
    "http:/\\evil.example",
    "http:\\\\evil.example",
    "//evil.example/",
    "\\\\evil.example",
    "evil.example",
    "/relative/path",
    // Whitespace and control characters that clients strip or the URL parser drops.
    " http://127.0.0.1:3000/",
    "\thttp://127.0.0.1:3000/",
    "http://127.0.0.1:3000/\n",
    "http://evil.example\t/",
    "http://127.0.0.1:3000/ x",
    // Obfuscated or private addresses.
    "http://3232235777/",
    "http://192.168.1.1/",
    "http://10.0.0.1:3000/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/",
    "myapp://2130706433/",
    "https://3232235777/%zz",
    "http://ex_ample.com/",
    "",
  ])("refuses %j", (url) => {
    expect(isRedirectAllowed(config, url)).toBe(false);
  });

  it("falls back to the site URL (then a valid Referer) for anything refused", () => {
    expect(resolveRedirect(config, "javascript://127.0.0.1:3000/%0aalert(1)")).toBe(config.site_url);
    expect(resolveRedirect(config, "ftp://127.0.0.1:3000/", "http://127.0.0.1:3000/sign-in")).toBe(
      "http://127.0.0.1:3000/sign-in",
    );
  });

  it("lets the allow-list admit a custom scheme, as mobile deep links need", () => {
    const withApp = { ...config, additional_redirect_urls: ["com.arco.app://callback/**"] };
    expect(isRedirectAllowed(withApp, "com.arco.app://callback/signed-in")).toBe(true);
    expect(isRedirectAllowed(withApp, "com.arco.evil://callback/signed-in")).toBe(false);
  });
});
