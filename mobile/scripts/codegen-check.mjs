// Fails when src/gql/ is not what the committed schema.graphql and the app's documents
// generate: run `npm run codegen` after changing either, and commit the result.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const kept = mkdtempSync(join(tmpdir(), "junlite-gql-"));
cpSync("src/gql", kept, { recursive: true });
try {
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts", "--silent"], { stdio: "inherit" });
  const stale = readdirSync("src/gql").filter(
    (name) => readFileSync(join("src/gql", name), "utf8") !== readFileSync(join(kept, name), "utf8"),
  );
  if (stale.length > 0) {
    console.error(`codegen-check: src/gql/ is stale (${stale.join(", ")}): run npm run codegen and commit it`);
    process.exit(1);
  }
  console.log("codegen-check: src/gql/ matches schema.graphql");
} finally {
  cpSync(kept, "src/gql", { recursive: true });
  rmSync(kept, { recursive: true, force: true });
}
