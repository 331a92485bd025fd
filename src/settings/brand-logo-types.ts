/** Raster images only: an SVG is active content a browser would run scripts in. The bucket refuses others too. */
export const brandLogoTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export const brandLogoMaxBytes = 512 * 1024;
