// site.mjs: the generated site in headless Chromium, as a reader would use it.
// Opens the home page from disk, searches for an agency, follows the result,
// follows a link in a function chart, switches language, opens the ask
// page and every index page from the navigation, reads the organisation
// chart, checks that at 400 px wide nothing scrolls sideways (every table a
// stack of labelled cells), and fails on any console error.  Screenshots go
// to OUTDIR.
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

// the index pages, from every page's navigation: each lists its nodes
// with their type, and its entries lead to the node pages
const indexes = ["functions", "sectors", "bodies", "laws", "channels"];
for (const lang of ["en", "ja"]) {
  for (const name of indexes) {
    await page.goto(url(`${lang}/node/us.cisa.html`));
    const link = page.locator(`nav a[href="../${name}.html"]`);
    const words = (await link.textContent()).trim();
    await link.click();
    await page.waitForURL(new RegExp(`/${lang}/${name}\\.html$`), { timeout: 5000 });
    check((await page.locator("h1").textContent()).trim() === words, `${name} heading in ${lang}`);
    check(await page.getAttribute(`nav a[href="${name}.html"]`, "aria-current") === "page",
          `${name} marked in the navigation`);
    const entries = await page.locator("main li:has(> span.type)").count();
    check(entries >= { functions: 10, sectors: 40, bodies: 120, laws: 50, channels: 30 }[name],
          `${name} in ${lang} lists ${entries}`);
    await page.screenshot({ path: `${out}/index-${name}-${lang}.png`, fullPage: name !== "bodies" });
  }
}
// the organisation chart nests each body under its parent
await page.goto(url("en/bodies.html"));
check(await page.locator('.tree li:has(> a[href="node/us.dhs.html"]) > ul > li > a[href="node/us.cisa.html"]').count() === 1,
      "CISA under DHS");
check(await page.locator('.tree li:has(> a[href="node/jp.npa.html"]) > ul > li > a[href="node/jp.npa.cyber-bureau.html"]').count() === 1,
      "the Cyber Affairs Bureau under the NPA");
await page.click('.tree a[href="node/jp.npa.cyber-bureau.html"]');
await page.waitForURL(/jp\.npa\.cyber-bureau\.html$/, { timeout: 5000 });
check(await page.locator('li.here > strong[aria-current="page"]').count() === 1, "the body's own place");
check(await page.locator('li:has(> a[href="../node/jp.npa.html"]) > ul > li.here').count() === 1, "its parent above it");
await page.screenshot({ path: `${out}/body-place.png` });
// the channels of a function, from the home page's count
await page.goto(url("en/index.html"));
await page.click('td.channels a[href="node/fn.incident-response.html#channels"]');
await page.waitForURL(/fn\.incident-response\.html#channels$/, { timeout: 5000 });
check(await page.locator("#channels + ul > li").count() === 7, "seven channels of incident response");

// a phone, 400 px wide: no page scrolls sideways, every table is a stack of
// blocks, each cell under its column's heading, and a chart links to itself
await page.setViewportSize({ width: 400, height: 844 });
const phonePages = ["index.html", ...indexes.map((n) => `${n}.html`), "about.html",
                    "node/jp.sector.finance.html", "node/us.sector.energy.html",
                    "node/fn.incident-response.html", "node/jp.npa.cyber-bureau.html", "node/us.cisa.html"];
for (const lang of ["en", "ja"]) {
  for (const p of phonePages) {
    await page.goto(url(`${lang}/${p}`));
    const trouble = await page.evaluate(() => {
      const width = window.innerWidth, found = [];
      if (document.documentElement.scrollWidth > width) found.push(`page ${document.documentElement.scrollWidth} wide`);
      for (const e of document.querySelectorAll("main *")) {
        if (e.closest("figure.chart > svg")) continue;
        const r = e.getBoundingClientRect();
        if (r.width && r.right > width + 1) { found.push(`${e.tagName}.${e.className} reaches ${Math.round(r.right)}`); break; }
      }
      for (const td of document.querySelectorAll("main td")) {
        const display = getComputedStyle(td).display;
        if (display !== "block" && !(display === "none" && td.childNodes.length === 0)) {
          found.push(`a cell not stacked (${display})`); break;
        }
        const label = td.getAttribute("data-label");
        if (label && td.textContent.trim() && getComputedStyle(td, "::before").content !== JSON.stringify(label)) {
          found.push(`a cell without its label ${label}`); break;
        }
      }
      for (const fig of document.querySelectorAll("figure.chart"))
        if (!fig.querySelector("a.full[href$='.svg']")) found.push("a chart without its SVG");
      return found;
    });
    check(trouble.length === 0, `${lang}/${p} at 400 px: ${trouble.join("; ")}`);
  }
}
await page.goto(url("en/node/jp.sector.finance.html"));
await page.screenshot({ path: `${out}/phone.png` });
await page.locator("table.notify").scrollIntoViewIfNeeded();
await page.screenshot({ path: `${out}/phone-notify.png` });
await page.goto(url("ja/bodies.html"));
await page.screenshot({ path: `${out}/phone-bodies-ja.png` });
await page.goto(url("en/node/jp.sector.finance.html"));
await page.click("figure.chart a.full");
await page.waitForURL(/jp\.sector\.finance\.svg$/, { timeout: 5000 });

await browser.close();
check(errors.length === 0, `console errors: ${errors.join("; ")}`);
console.log("browser test passed");
