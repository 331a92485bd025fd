import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The analysis job loads Lighthouse's locale files, axe-core and its trace engine from node_modules at run
  // time, and chrome-launcher spawns Chromium: both must stay plain Node packages, not bundled code.
  serverExternalPackages: ["lighthouse", "chrome-launcher"],
};

export default nextConfig;
