// `npm run bench`: builds pkg/ if needed, then runs every bench/*.mjs in its own
// Node process (each compares lendkit with a named peer in that same process and
// prints ratios). Benchmarks are never part of `npm test`.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { build, readSize } from "./build.mjs";
import { root } from "./lib.mjs";
import { ensureNodeModules, ensureRust } from "./toolchain.mjs";

await ensureRust();
await ensureNodeModules();
await build();
const modules = readSize().modules ?? {};
console.log(
  `\nwasm modules: ${Object.entries(modules)
    .map(([name, m]) => `${name} ${(m.raw / 1024).toFixed(1)} KB raw, ${(m.gzip / 1024).toFixed(1)} KB gzip, ${(m.brotli / 1024).toFixed(1)} KB br`)
    .join("; ")}`,
);

const dir = join(root, "bench");
const only = process.argv.slice(2);
const benches = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".mjs") && (only.length === 0 || only.some((o) => f.includes(o))))
      .sort()
  : [];
if (benches.length === 0) console.log("no benchmarks in bench/");
let failed = false;
for (const file of benches) {
  console.log(`\n== bench/${file}`);
  const r = spawnSync(process.execPath, [join(dir, file)], { stdio: "inherit", cwd: root });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
