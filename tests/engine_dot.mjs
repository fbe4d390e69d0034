// engine_dot.mjs: the program compiled to WebAssembly, under node, against
// the program: for each command, the DOT both write, laid out by Graphviz's
// `dot`, gives the same nodes, edges and positions (-Tplain, lines sorted),
// and the JSON rows are the same.  Prints "ok NAME" / "not ok NAME".
//
//     node tests/engine_dot.mjs ENGINE.js SNAPSHOT CYBERMAP DATA
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [enginePath, snapshot, cybermap, data] = process.argv.slice(2);
const CybermapEngine = createRequire(import.meta.url)(enginePath);
let out = [];
const engine = await CybermapEngine({ print: (s) => out.push(s), printErr: () => {} });
engine.FS.writeFile("/map.snapshot", readFileSync(snapshot));
const run = (args) => { out = []; engine.callMain(["--color", "never", ...args]); return out.join("\n") + "\n"; };
const native = (args) => execFileSync(cybermap, ["-d", data, "-q", ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
const plain = (dot) => execFileSync("dot", ["-Tplain"], { input: dot, encoding: "utf8" }).split("\n").sort().join("\n");

const commands = [
  ["path", "us.cisa", "jp.npa"], ["notify", "healthcare", "--country", "us"],
  ["--lang", "ja", "notify", "finance", "--country", "jp", "--as-of", "2022-07-20"],
  ["counterpart", "jp.npa"], ["--lang", "ja", "reach", "jp", "--reverse", "--via", "part_of"],
  ["history", "jp.nco"],
];
let failed = 0;
for (const asked of commands) {
  // a fixed day: the program in the suite has SOURCE_DATE_EPOCH, the engine not
  const args = asked.includes("--as-of") ? asked : [...asked, "--as-of", "2026-11-25"];
  const name = args.join(" ");
  const same = plain(run([...args, "-f", "dot"])) === plain(native([...args, "-f", "dot"]));
  const rows = JSON.stringify(JSON.parse(run([...args, "-f", "json"])).rows) ===
    JSON.stringify(JSON.parse(native([...args, "-f", "json"])).rows);
  console.log(`${same ? "ok" : "not ok"} engine: the chart of '${name}' lays out as the program's`);
  console.log(`${rows ? "ok" : "not ok"} engine: the rows of '${name}' are the program's`);
  failed += !same + !rows;
}
process.exit(failed ? 1 : 0);
