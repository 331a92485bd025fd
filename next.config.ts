import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The analysis job loads Lighthouse's locale files, axe-core and its trace engine from node_modules at run
  // time, and chrome-launcher spawns Chromium: both must stay plain Node packages, not bundled code.
  serverExternalPackages: ["lighthouse", "chrome-launcher"],
  async headers() {
    return [
      {
        // The emailed-link page signs in with one click: no other site may frame it to borrow that click, and
        // its address (which carries the link's token) is never sent on as a Referer.
        source: "/auth/confirm",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

export default nextConfig;
