// The HTML export opened in headless Chromium: no console error and no request, the kind
// filter and the search really hide events (checked in the DOM after scripted input), it
// fits a phone, prints without its controls, and no file text becomes markup; the Russian
// page too, with a Cyrillic search and Russian originals quoted first; and axe-core finds
// no accessibility violation on either.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { files, scratch, exportTo, data, standIns, eventTexts, eventTextsRu, russianFirst, linkedExcerpts } from "./helpers.mjs";
import { launch, watchedPage } from "./browser.mjs";
import { createRequire } from "node:module";

const axeSource = createRequire(import.meta.url)("axe-core").source;

const dir = scratch("html");
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Exports `file` as a page (in `lang`, English by default) and opens it. */
async function open(name, file, viewport, lang) {
  const out = path.join(dir, `${name}.html`);
  exportTo(file, "html", out, lang);
  const url = pathToFileURL(out).href;
  const { page, seen } = await watchedPage(browser, viewport);
  await page.goto(url);
  return { page, seen, url };
}

/** The ids of the events a reader can see. */
const visibleIds = (page) =>
  page.locator("article.event").evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.id));

/** Leaves only these kinds ticked. */
async function onlyKinds(page, kinds) {
  for (const box of await page.locator("input[name=kind]").all()) {
    const want = kinds.includes(await box.getAttribute("value"));
    if ((await box.isChecked()) !== want) await box.click();
  }
}

test("the page of the shipped chronology works in Chromium", async () => {
  const doc = data(files.shipped);
  const all = doc.events.map((e) => e.id);
  const { page, seen, url } = await open("shipped", files.shipped);
  assert.deepEqual(await visibleIds(page), all, "every event, in date order");
  assert.equal(await page.locator("#arrest-2023 h3").textContent(), doc.events.find((e) => e.id === "arrest-2023").title);
  assert.equal(await page.locator(".single").count(), doc.events.filter((e) => e.single_source).length, "single-source markers");
  assert.equal(await page.locator(".disputed").count(), doc.events.filter((e) => e.disputed).length, "disputed notes");
  assert.equal(await page.locator("blockquote").count(), doc.events.flatMap((e) => e.excerpts).length, "one quote per excerpt");
  const years = [...new Set(doc.events.map((e) => e.period.start.slice(0, 4)))];
  assert.deepEqual(await page.locator(".years a").allTextContents(), years, "one link per year");
  assert.ok(await page.locator("#tools").isVisible(), "the script shows the tools");

  await onlyKinds(page, ["ruling"]);
  const rulings = doc.events.filter((e) => e.kind === "ruling").map((e) => e.id);
  assert.ok(rulings.length > 0 && rulings.length < all.length);
  assert.deepEqual(await visibleIds(page), rulings, "the kind filter leaves the rulings only");
  assert.equal(await page.locator("#status").textContent(), `${rulings.length} of ${all.length} events shown`);
  const emptyYear = years.find((y) => !doc.events.some((e) => e.kind === "ruling" && e.period.start.startsWith(y)));
  assert.equal(await page.locator(`#y${emptyYear}`).isVisible(), false, "a year with no ruling is hidden");

  await onlyKinds(page, [...new Set(doc.events.map((e) => e.kind))]);
  assert.deepEqual(await visibleIds(page), all);
  const needle = "Syktyvkar";
  const found = doc.events.filter((e) => eventTexts(doc, e).some((t) => t.toLowerCase().includes(needle.toLowerCase()))).map((e) => e.id);
  assert.ok(found.length > 0 && found.length < all.length);
  await page.fill("#q", needle.toUpperCase());
  assert.deepEqual(await visibleIds(page), found, "the search leaves the events that mention it");
  await onlyKinds(page, ["arrest"]);
  assert.deepEqual(await visibleIds(page), doc.events.filter((e) => e.kind === "arrest" && found.includes(e.id)).map((e) => e.id), "filter and search combine");
  await page.fill("#q", "no event says this");
  assert.deepEqual(await visibleIds(page), []);
  assert.ok(await page.locator("#none").isVisible(), "says that nothing matches");

  await page.setViewportSize({ width: 360, height: 780 });
  await page.fill("#q", "");
  await onlyKinds(page, [...new Set(doc.events.map((e) => e.kind))]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `fits a phone's width (${width}px)`);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#tools").isVisible(), false, "no controls in print");
  assert.equal(await page.locator("nav.years").isVisible(), false, "no year navigation in print");

  assert.deepEqual(seen.errors, [], "no console error");
  assert.deepEqual(seen.requests, [url], "the page loads nothing");
});

test("the Russian page of the shipped chronology works in Chromium", async () => {
  const doc = data(files.shipped);
  const all = doc.events.map((e) => e.id);
  const { page, seen, url } = await open("shipped-ru", files.shipped, undefined, "ru");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.deepEqual(await visibleIds(page), all, "every event, in date order");
  const arrest = doc.events.find((e) => e.id === "arrest-2023");
  assert.match(arrest.ru.title, /[а-я]/, "the data has a Russian headline");
  assert.equal(await page.locator("#arrest-2023 h3").textContent(), arrest.ru.title);
  assert.equal(await page.title(), doc.timeline.ru[0]);
  const cassation = doc.events.find((e) => e.id === "cassation-2024");
  const dd = await page.locator("#cassation-2024 dl.legal dd").allTextContents();
  assert.ok(dd.includes(cassation.ru.legal.court), `the court in Russian: ${dd}`);
  const quotes = await page.locator("#cassation-2024 blockquote").allTextContents();
  assert.deepEqual(quotes, russianFirst(doc, cassation).map((x) => standIns(x.text)), "Russian originals first");
  assert.notDeepEqual(quotes, cassation.excerpts.map((x) => standIns(x.text)), "an order the file does not have");
  assert.equal(await page.locator("blockquote").count(), doc.events.flatMap((e) => e.excerpts).length, "one quote per excerpt");

  await onlyKinds(page, ["ruling"]);
  const rulings = doc.events.filter((e) => e.kind === "ruling").map((e) => e.id);
  assert.deepEqual(await visibleIds(page), rulings, "the kind filter leaves the rulings only");
  const status = await page.locator("#status").textContent();
  assert.ok(status.startsWith(`${rulings.length} `) && status.includes(` ${all.length} `), status);
  await onlyKinds(page, [...new Set(doc.events.map((e) => e.kind))]);
  const needle = "Сыктывкар";
  const found = doc.events.filter((e) => eventTextsRu(doc, e).some((t) => t.toLowerCase().includes(needle.toLowerCase()))).map((e) => e.id);
  assert.ok(found.length > 0 && found.length < all.length, `${found.length} events mention ${needle}`);
  await page.fill("#q", needle.toUpperCase());
  assert.deepEqual(await visibleIds(page), found, "a Cyrillic search, in capitals, leaves the events that mention it");
  await onlyKinds(page, ["arrest"]);
  assert.deepEqual(await visibleIds(page), doc.events.filter((e) => e.kind === "arrest" && found.includes(e.id)).map((e) => e.id), "filter and search combine");
  await page.fill("#q", "этого нет ни в одном событии");
  assert.deepEqual(await visibleIds(page), []);
  assert.ok(await page.locator("#none").isVisible(), "says that nothing matches");
  if (process.env.SCREENSHOT) {
    await page.fill("#q", "");
    await onlyKinds(page, [...new Set(doc.events.map((e) => e.kind))]);
    await page.evaluate(() => document.getElementById("cassation-2024").scrollIntoView());
    await page.screenshot({ path: process.env.SCREENSHOT });
  }
  assert.deepEqual(seen.errors, [], "no console error");
  assert.deepEqual(seen.requests, [url], "the page loads nothing");
});

const TAGS = new Set(["html", "head", "meta", "title", "style", "body", "header", "h1", "p", "nav", "h2", "ul", "li", "a",
  "div", "label", "input", "fieldset", "legend", "span", "main", "section", "article", "time", "h3", "strong", "dl", "dt",
  "dd", "figure", "blockquote", "figcaption", "cite", "footer", "script", "br"]);
const ATTRS = new Set(["lang", "charset", "name", "content", "http-equiv", "class", "aria-label", "href", "data-year", "id",
  "hidden", "for", "type", "autocomplete", "spellcheck", "value", "checked", "role", "aria-live", "data-of", "data-shown",
  "data-kind", "datetime", "title", "rel"]);

for (const name of ["hostile", "markup", "markwhenSyntax"]) {
  test(`the page of the ${name} fixture shows its text as text`, async () => {
    const doc = data(files[name]);
    const { page, seen, url } = await open(name, files[name]);
    assert.equal(await page.title(), standIns(doc.timeline.title).replace(/\n/g, " "));
    for (const e of doc.events) {
      const article = page.locator(`article[id="${e.id}"]`);
      const shown = (s) => standIns(s).replace(/\n/g, "");
      assert.equal(await article.locator("h3").textContent(), shown(e.title), `${e.id}: title`);
      assert.equal(await article.locator("p.summary").textContent(), shown(e.summary), `${e.id}: summary`);
      assert.deepEqual(await article.locator("blockquote").allTextContents(), e.excerpts.map((x) => shown(x.text)));
    }
    const found = await page.evaluate(() => [...document.querySelectorAll("*")].map((el) => [el.localName, [...el.attributes].map((a) => a.name)]));
    for (const [tag, attrs] of found) {
      assert.ok(TAGS.has(tag), `unexpected element <${tag}>`);
      for (const a of attrs) assert.ok(ATTRS.has(a), `unexpected attribute ${a} on <${tag}>`);
    }
    assert.equal(await page.locator("script").count(), 1, "the page's own script only");
    const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const h of hrefs) assert.match(h, /^https?:\/\//);
    assert.equal(hrefs.length, linkedExcerpts(doc, doc.events), "one link per excerpt of a linkable source");
    assert.deepEqual(seen.errors, [], "no console error");
    assert.deepEqual(seen.requests, [url], "the page loads nothing");
  });
}

/** axe-core's violations on the page as it stands, each as `rule: the elements`. */
async function axeViolations(page) {
  // Evaluated through the browser's debugging protocol, which the page's policy does not
  // govern, so the page itself keeps its `script-src` of one hash.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const lang of ["en", "ru"]) {
  test(`axe-core finds nothing to fault on the ${lang} page: as it opens, with nothing to show, dark on a phone`, async () => {
    const { page, seen } = await open(`axe-${lang}`, files.shipped, undefined, lang);
    assert.ok(await page.locator("#tools").isVisible(), "the script shows the tools");
    assert.deepEqual(await axeViolations(page), [], "the page as it opens");
    await page.fill("#q", "no event says this, нет такого");
    assert.ok(await page.locator("#none").isVisible());
    assert.deepEqual(await axeViolations(page), [], "with nothing shown");
    await page.fill("#q", "");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 360, height: 780 });
    assert.deepEqual(await axeViolations(page), [], "dark, on a phone");
    assert.deepEqual(seen.errors, [], "no console error");
  });
}
