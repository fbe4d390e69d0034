// site.mjs: the generated site in headless Chromium, as a reader would use it.
// Opens the home page from disk, searches for an agency, follows the result,
// follows a link in a function chart, switches language, opens the ask
// page, and fails on any console error.  Screenshots go to OUTDIR.
//
//     node tests/browser/site.mjs SITEDIR OUTDIR
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [site, out] = process.argv.slice(2).map((p) => resolve(p));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const errors = [];
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
page.on("pageerror", (e) => errors.push(String(e)));
function check(condition, message) {
  if (!condition) throw new Error(message);
}

const url = (p) => pathToFileURL(`${site}/${p}`).href;
await page.goto(url("en/index.html"));
check((await page.title()).includes("cyber"), "home page title");
check(await page.locator("table.home tbody tr").count() >= 10, "ten functions on the home page");
await page.screenshot({ path: `${out}/home.png`, fullPage: true });

// search for an agency and follow the first result
await page.fill("#q", "CISA");
await page.waitForSelector("#results a");
await page.screenshot({ path: `${out}/search.png` });
await page.click("#results a");
await page.waitForURL(/\/node\/.*\.html$/, { timeout: 5000 });
check(page.url().endsWith("node/us.cisa.html"), `search result went to ${page.url()}`);
check((await page.locator("h1").textContent()).includes("Cybersecurity"), "agency page heading");

// a Japanese search works the same way
await page.fill("#q", "警察庁");
await page.waitForSelector("#results a");
check((await page.locator("#results a").first().textContent()).includes("Police"), "Japanese search");

// a function page: its chart links through to a body's page
await page.goto(url("en/node/fn.incident-response.html"));
await page.screenshot({ path: `${out}/function.png`, fullPage: true });
const chartLink = page.locator("figure.chart svg a").nth(1); // the first is the function itself
check(await page.locator("figure.chart svg a").count() > 5, "the function chart has links");
await chartLink.click();
await page.waitForURL((u) => !u.href.endsWith("fn.incident-response.html"), { timeout: 5000 });
check(/node\/[a-z0-9.-]+\.html$/.test(page.url()), `chart link went to ${page.url()}`);

// a sector page, then the same page in Japanese
await page.goto(url("en/node/us.sector.energy.html"));
await page.screenshot({ path: `${out}/sector.png`, fullPage: true });
await page.click("a.lang");
await page.waitForURL(/\/ja\//, { timeout: 5000 });
check(page.url().includes("/ja/node/us.sector.energy.html"), `language switch went to ${page.url()}`);
check(await page.getAttribute("html", "lang") === "ja", "Japanese page");
await page.goto(url("ja/index.html"));
await page.screenshot({ path: `${out}/home-ja.png`, fullPage: true });

// keyboard: the search box is reachable and Enter follows the first result
await page.goto(url("en/index.html"));
await page.focus("#q");
await page.keyboard.type("National Police");
await page.waitForSelector("#results a");
await page.keyboard.press("Enter");
await page.waitForURL(/\/node\/.*\.html$/, { timeout: 5000 });
check(page.url().includes("/node/us.npa") || page.url().includes("/node/jp.npa"),
      `Enter went to ${page.url()}`);

// the ask page, from every page's navigation: without the interactive
// part (the suite gives the site no assets) it says so, and its words are
// there for its scripts
await page.goto(url("ja/index.html"));
await page.click('nav a[href="ask.html"]');
await page.waitForURL(/\/ja\/ask\.html$/, { timeout: 5000 });
check(await page.getAttribute("main", "id") === "ask", "ask page main element");
check(await page.getAttribute("main", "data-lang") === "ja", "ask page language");
check(await page.locator("p.missing").isVisible(), "ask page says the interactive part is missing");
const words = JSON.parse(await page.locator("#cybermap-words").textContent());
check(words["site.title"] === "日米サイバーセキュリティ・マップ", "ask page words");
await page.screenshot({ path: `${out}/ask-ja.png` });

// a phone-sized screen
await page.setViewportSize({ width: 390, height: 844 });
await page.goto(url("en/node/jp.sector.finance.html"));
await page.screenshot({ path: `${out}/phone.png` });

await browser.close();
check(errors.length === 0, `console errors: ${errors.join("; ")}`);
console.log("browser test passed");
