// Writes a gzipped copy beside each built script and style (dist/assets/x.js.gz), which the API
// sends to browsers that accept gzip: compressed once here, not on every request.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";

const assets = join("dist", "assets");
let before = 0;
let after = 0;
for (const name of readdirSync(assets)) {
  if (!/\.(js|css|svg|json)$/.test(name)) continue;
  const content = readFileSync(join(assets, name));
  const compressed = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  if (compressed.length >= content.length) continue;
  writeFileSync(join(assets, `${name}.gz`), compressed);
  before += content.length;
  after += compressed.length;
}
console.log(`compress-assets: ${(before / 1024).toFixed(0)} kB of scripts and styles, ${(after / 1024).toFixed(0)} kB gzipped`);
