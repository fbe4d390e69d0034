// docs-shots.mjs: the pictures of ask.html in docs/site.md.
//
//     node tests/browser/docs-shots.mjs SITEDIR docs/pictures
//
// Each picture is the top of the page's answer
// at a desktop or a phone's width, not the whole page, to keep them small.
import { chromium } from "playwright-core";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [site, out] = process.argv.slice(2).map((p) => resolve(p));
const shots = [
  ["en", "notify finance --country jp --as-of 2022-07-20", "ask-en-notify", 1280],
  ["ja", "notify finance --country jp", "ask-ja-notify", 1280],
  ["en", "path us.cisa jp.npa", "ask-en-path", 1280],
  ["ja", "function incident-response", "ask-ja-function", 1280],
  ["en", "reach jp --reverse --via part_of", "ask-en-org", 1280],
  ["ja", "history jp.nco", "ask-ja-history", 1280],
  ["en", "diff 2024-01-01 2025-12-31 --type agency,office", "ask-en-diff", 1280],
  ["en", "notify healthcare --country us --incident ransomware", "ask-en-notify-phone", 400],
  ["ja", "path us.cisa jp.npa", "ask-ja-path-phone", 400],
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"] });
for (const [lang, command, name, width] of shots) {
  const page = await browser.newPage({ viewport: { width, height: width > 500 ? 1000 : 860 } });
  await page.goto(`${pathToFileURL(site).href}/${lang}/ask.html#${encodeURIComponent(command)}`);
  await page.waitForSelector("#ask[data-answered]", { timeout: 30000 });
  await page.waitForTimeout(800);
  const answer = page.locator("section.answer");
  await answer.scrollIntoViewIfNeeded();
  const box = await answer.boundingBox();
  const height = Math.min(box.height, width > 500 ? 1100 : 1400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true,
    clip: { x: 0, y: Math.max(0, box.y - 120), width, height: height + 120 } });
  await page.close();
}
await browser.close();
