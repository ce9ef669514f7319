// The console's first load, gzipped: the scripts and styles dist/index.html loads and
// everything they import statically (not the lazily loaded screens). Run after `vite build`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = "dist";
const html = readFileSync(join(dist, "index.html"), "utf8");
const pending = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const seen = new Map();
while (pending.length > 0) {
  const file = pending.pop();
  if (seen.has(file)) continue;
  const text = readFileSync(join(dist, file), "utf8");
  seen.set(file, gzipSync(text).length);
  if (!file.endsWith(".js")) continue;
  // Static imports only: `import … from "./x.js"` and `import "./x.js"`, never `import("./x.js")`.
  for (const match of text.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    pending.push(`assets/${match[1]}`);
  }
}
const rows = [...seen].sort((a, b) => b[1] - a[1]);
for (const [file, size] of rows) console.log(`${(size / 1024).toFixed(1).padStart(8)} kB  ${file}`);
const total = rows.reduce((sum, [, size]) => sum + size, 0);
console.log(`${(total / 1024).toFixed(1).padStart(8)} kB  first load, gzipped (${rows.length} files)`);
