import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const font = (weight: number) =>
  require.resolve(
    `@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-${weight}-normal.woff2`,
  );

/** Every file served under /assets/ (and copied by the static export): type and source. */
export const STATIC_ASSETS: Record<string, { type: string; file: string | URL }> = {
  "base.css": {
    type: "text/css; charset=utf-8",
    file: new URL("./assets/base.css", import.meta.url),
  },
  "webauthn.js": {
    type: "text/javascript; charset=utf-8",
    file: new URL("./assets/webauthn.js", import.meta.url),
  },
  "public.css": {
    type: "text/css; charset=utf-8",
    file: new URL("../public/assets/public.css", import.meta.url),
  },
  "print.css": {
    type: "text/css; charset=utf-8",
    file: new URL("../public/assets/print.css", import.meta.url),
  },
  "fonts/noto-sans-georgian-400.woff2": { type: "font/woff2", file: font(400) },
  "fonts/noto-sans-georgian-700.woff2": { type: "font/woff2", file: font(700) },
};

const cache = new Map<string, Buffer>();

/** An asset's bytes (read once, kept in memory: the whole set is under 100 KB). */
export function assetBytes(name: string): { type: string; body: Buffer } | null {
  // Own keys only: "toString" or "constructor" must be a 404, not an inherited function.
  if (!Object.hasOwn(STATIC_ASSETS, name)) return null;
  const asset = STATIC_ASSETS[name]!;
  let body = cache.get(name);
  if (!body) {
    body = readFileSync(asset.file);
    cache.set(name, body);
  }
  return { type: asset.type, body };
}
