import localFont from "next/font/local";

/** Inter, self-hosted from the npm package (no request to a font CDN, so it also works offline). */
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "optional",
  variable: "--font-inter",
});
