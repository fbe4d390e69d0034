// ask.mjs: LANG/ask.html in headless Chromium, against the command line.
//
//     node tests/browser/ask.mjs SITEDIR OUTDIR CYBERMAP DATA
//
// Every answer the page gives is compared with `CYBERMAP -d DATA ... -f json`
// (the rows, not the pictures): who to notify for every sector of both
// countries, today and as of 2022-07-20; path, counterpart and function on a
// fixed list; every view in both languages.  Also: the date control changes
// the answer, pan and zoom change the chart, switching language keeps the
// question, no request leaves the site's folder, no console error.  Prints
// "ok NAME" / "not ok NAME" lines; timings and sizes go to OUTDIR/measure.json,
// screenshots of each view (both languages, desktop and phone) to OUTDIR.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [siteArg, outArg, cybermap, data] = process.argv.slice(2);
const site = resolve(siteArg), out = resolve(outArg);
mkdirSync(out, { recursive: true });
const today = new Date().toISOString().slice(0, 10);

function cli(args) {
  try {
    return JSON.parse(execFileSync(cybermap, ["-d", data, "-q", ...args, "-f", "json"],
      { encoding: "utf8", maxBuffer: 64 << 20 }));
  } catch (e) {
    return { status: e.status };
  }
}

let failures = 0;
function report(ok, name, detail) {
  console.log(`${ok ? "ok" : "not ok"} ${name}${ok || !detail ? "" : ` -- ${detail}`}`);
  if (!ok) failures++;
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const errors = [], outside = [];
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
page.on("pageerror", (e) => errors.push(String(e)));
const siteUrl = pathToFileURL(site).href;
page.on("request", (r) => {
  const u = r.url();
  if (!u.startsWith(siteUrl + "/") && !u.startsWith("data:") && !u.startsWith("blob:"))
    outside.push(u);
});

const url = (lang, command) => `${siteUrl}/${lang}/ask.html#${encodeURIComponent(command)}`;
let loaded = null;

// Opens the page on a command and waits for its answer (a new load only when
// the language changes: otherwise the fragment changes, as a reader's click).
async function ask(lang, command) {
  if (loaded !== lang) {
    const started = Date.now();
    await page.goto(url(lang, command));
    await page.waitForSelector("#ask[data-ready]", { timeout: 30000 });
    if (lang === "en" && !measures.firstAnswerMs)
      measures.firstAnswerMs = Date.now() - started;
    loaded = lang;
  } else {
    const before = await page.getAttribute("#ask", "data-answered");
    await page.evaluate((h) => { location.hash = h; }, "#" + encodeURIComponent(command));
    await page.waitForFunction((b) => document.getElementById("ask").getAttribute("data-answered") !== b,
      before, { timeout: 30000 });
  }
  return page.evaluate(() => window.cybermapAnswer);
}

// Waits for the chart of the latest answer (not one left from before).
async function chartDrawn() {
  await page.waitForFunction(() => {
    const chart = document.querySelector(".chart");
    return chart.getAttribute("data-drawn") === document.getElementById("ask").getAttribute("data-answered");
  }, null, { timeout: 30000 });
}

function sameRows(got, want) {
  return JSON.stringify(got && got.data ? got.data.rows : null) === JSON.stringify(want.rows || null);
}

const measures = { answersMs: [] };

// ---- who to notify: every sector of both countries, two dates ----
const sectors = cli(["list", "--type", "sector"]).rows.map((r) => r.id);
let same = 0, differ = [];
for (const day of [today, "2022-07-20"]) {
  for (const sector of sectors) {
    const command = `notify ${sector} --as-of ${day}`;
    const got = await ask("en", command);
    const want = cli(["notify", sector, "--as-of", day]);
    if (want.rows ? sameRows(got, want) : got.status === want.status) same++;
    else differ.push(command);
  }
}
report(differ.length === 0, `notify: ${same} of ${sectors.length * 2} sector answers as the command line gives them`,
  differ.slice(0, 3).join("; "));

// the table shows every row
{
  const got = await ask("en", "notify jp.sector.finance --as-of 2022-07-20");
  const shown = await page.locator("table.answer-rows tbody tr").count();
  report(got.data && shown === got.data.rows.length, "notify: the table has a line per row",
    `${shown} lines for ${got.data && got.data.rows.length} rows`);
}

// ---- path, counterpart, function, and the rest on a fixed list ----
const fixed = [
  "path us.cisa jp.npa", "path us.fbi jp.nco --as-of 2022-07-20", "path us.nsa jp.mod",
  "counterpart us.cisa", "counterpart jp.npa", "counterpart us.sec --as-of 2020-01-01",
  "function incident-response", "function fn.incident-response --country jp",
  "function information-sharing --as-of 2017-06-01",
  "jurisdiction us.sector.energy", "history jp.nisc", "diff 2020-01-01 2025-12-31",
  "reach jp --reverse --via part_of", "search 金融", "notify 'financial services' --country us",
  "notify healthcare --country us --incident ransomware", "gaps", "gaps --country us",
];
differ = [];
for (const command of fixed) {
  const args = command.match(/'[^']*'|\S+/g).map((a) => a.replace(/^'|'$/g, ""));
  const got = await ask("en", command);
  const want = cli(args);
  if (!(want.rows ? sameRows(got, want) : got.status === want.status)) differ.push(command);
}
report(differ.length === 0, `${fixed.length - differ.length} of ${fixed.length} fixed questions as the command line answers them`,
  differ.join("; "));

// ---- timings (reported, never asserted) ----
for (let i = 0; i < 5; i++) {
  const started = Date.now();
  await ask("en", `notify energy --country ${i % 2 ? "us" : "jp"} --as-of 202${i}-06-01`);
  measures.answersMs.push(Date.now() - started);
}
{
  const timings = await page.evaluate(() => window.cybermapTimings);
  const sorted = timings.answers.slice().sort((a, b) => a - b);
  measures.engineReadyMs = Math.round(timings.engineReady);
  measures.perAnswerInPageMs = { count: sorted.length, median: Math.round(sorted[sorted.length >> 1]),
    max: Math.round(sorted[sorted.length - 1]) };
}

// ---- the date control re-answers ----
{
  const before = await ask("en", "function incident-response --country jp");
  const answered = await page.getAttribute("#ask", "data-answered");
  await page.fill("#ask-as-of", "2015-01-01");
  await page.dispatchEvent("#ask-as-of", "change");
  await page.waitForFunction((b) => document.getElementById("ask").getAttribute("data-answered") !== b,
    answered, { timeout: 30000 });
  const after = await page.evaluate(() => window.cybermapAnswer);
  const hash = decodeURIComponent(await page.evaluate(() => location.hash));
  report(hash.includes("--as-of 2015-01-01") && JSON.stringify(before.data.rows) !== JSON.stringify(after.data.rows),
    "the date control changes the command and the answer", hash);
  const want = cli(["function", "incident-response", "--country", "jp", "--as-of", "2015-01-01"]);
  report(sameRows(after, want), "the re-answer is the command line's");
}

// ---- the chart: drawn, pan and zoom, hover, legend ----
{
  await ask("en", "path us.cisa jp.npa");
  await chartDrawn();
  const svg = page.locator(".chart svg");
  const view0 = await svg.getAttribute("viewBox");
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(100);
  const view1 = await svg.getAttribute("viewBox");
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 4 });
  await page.mouse.up();
  const view2 = await svg.getAttribute("viewBox");
  report(view0 !== view1 && view1 !== view2, "wheel zooms and drag pans the chart", `${view0} / ${view1} / ${view2}`);
  await page.click("text=Fit");
  report(await svg.getAttribute("viewBox") === view0, "fit brings the whole chart back");
  const nodes = await page.locator(".chart g.node[role=link]").count();
  report(nodes >= 2, "the chart's nodes are links", `${nodes}`);
  await page.locator(".chart g.node[role=link]").first().hover();
  report(await page.locator(".chart svg.lit").count() === 1, "hovering a node lights its neighbours");
}

// ---- a big chart opens as a summary ----
{
  await ask("en", "function incident-response");
  const summary = await page.locator(".summary:not([hidden]) details").count();
  report(summary > 1, "a big answer opens as a summary of groups", `${summary} groups`);
}

// ---- every view in both languages, screenshots, the language switch ----
const views = {
  notify: "notify finance --country jp", path: "path us.cisa jp.npa", counterpart: "counterpart us.cisa",
  function: "function incident-response --country us", jurisdiction: "jurisdiction us.sector.energy",
  diff: "diff 2024-01-01 2025-12-31 --type agency,office", history: "history jp.nco",
  org: "reach jp --reverse --via part_of", gaps: "gaps --country jp", search: "search 警察",
};
for (const lang of ["en", "ja"]) {
  for (const [view, command] of Object.entries(views)) {
    const got = await ask(lang, command);
    const pressed = await page.getAttribute(`.views button[data-view=${view}]`, "aria-pressed");
    report(got && got.status === 0 && pressed === "true", `${lang}: the ${view} view answers`, `${got && got.status}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/ask-${lang}-${view}.png`, fullPage: true });
  }
}
{
  await ask("en", "counterpart us.fbi");
  await page.click("a.lang");
  await page.waitForURL(/\/ja\/ask\.html/, { timeout: 10000 });
  await page.waitForSelector("#ask[data-ready]", { timeout: 30000 });
  loaded = "ja";
  const hash = decodeURIComponent(new URL(page.url()).hash);
  report(hash === "#counterpart us.fbi", "switching language keeps the question", hash);
  const heading = await page.locator("#ask h1").textContent();
  report(/[\u3040-\u30ff\u4e00-\u9fff]/.test(heading), "the Japanese page speaks Japanese", heading);
}

// ---- a phone ----
await page.setViewportSize({ width: 400, height: 860 });
for (const lang of ["en", "ja"]) {
  for (const view of ["notify", "path", "function"]) {
    await ask(lang, views[view]);
    await page.waitForTimeout(300);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    report(wide <= 400, `${lang}: ${view} fits a 400 px phone without sideways scrolling`, `${wide} px`);
    await page.screenshot({ path: `${out}/ask-${lang}-${view}-phone.png`, fullPage: true });
  }
}

// ---- a form builds the command ----
await page.setViewportSize({ width: 1280, height: 900 });
{
  await ask("en", "path us.cisa jp.npa");
  await page.click(".views button[data-view=counterpart]");
  await page.fill("#f-counterpart-node", "NISC");
  const answered = await page.getAttribute("#ask", "data-answered");
  await page.click("#view-counterpart button[type=submit]");
  await page.waitForFunction((b) => document.getElementById("ask").getAttribute("data-answered") !== b,
    answered, { timeout: 30000 });
  const command = await page.locator("code.command").textContent();
  report(command === "cybermap counterpart NISC", "the form builds the command line", command);
}

report(errors.length === 0, "no console error", errors.slice(0, 3).join(" | "));
report(outside.length === 0, "no request leaves the site's folder", outside.slice(0, 3).join(" "));
writeFileSync(`${out}/measure.json`, JSON.stringify(measures, null, 1) + "\n");
await browser.close();
process.exit(failures ? 1 : 0);
