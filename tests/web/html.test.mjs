// The HTML export opened in headless Chromium: no console error and no request, the kind
// filter and the search really hide events (checked in the DOM after scripted input), it
// fits a phone, prints without its controls, and no file text becomes markup; the Russian
// page too, with a Cyrillic search and Russian originals quoted first; a 2023–24 page ready
// to publish, whose Open Graph tags read back as given and whose events link to themselves
// from the keyboard; and axe-core finds no accessibility violation on either.
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

/** Exports `file` as a page (in `lang`, English by default, with `extra` options) and
 * opens it. */
async function open(name, file, viewport, lang, extra = []) {
  const out = path.join(dir, `${name}.html`);
  exportTo(file, "html", out, lang, extra);
  const url = pathToFileURL(out).href;
  const { page, seen } = await watchedPage(browser, viewport);
  await page.goto(url);
  return { page, seen, url };
}

/** The ids of the events a reader can see. */
const visibleIds = (page) =>
  page.locator("article.event").evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.id));

/** An event's headline as shown: its heading without the link to the event itself. */
const headline = (heading) =>
  heading.evaluate((h) => {
    const copy = h.cloneNode(true);
    copy.querySelector("a.self")?.remove();
    return copy.textContent;
  });

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
  assert.equal(await headline(page.locator("#arrest-2023 h3")), doc.events.find((e) => e.id === "arrest-2023").title);
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
  assert.equal(await headline(page.locator("#arrest-2023 h3")), arrest.ru.title);
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

test("a 2023–24 page to publish: its link preview tags read back, and an event's own link works from the keyboard", async () => {
  const doc = data(files.shipped);
  const chosen = doc.events.filter((e) => ["2023", "2024"].includes(e.period.start.slice(0, 4)));
  const url = "https://example.org/kagarlitsky/2023-24.html?a=1&b=\"2\"";
  const { page, seen } = await open("publish", files.shipped, undefined, undefined, ["--from", "2023", "--to", "2024", "--url", url]);
  const og = (p) => page.locator(`meta[property="${p}"]`).getAttribute("content");
  const title = doc.timeline.title.replace(/1980–2024$/, "2023–2024");
  assert.notEqual(title, doc.timeline.title, "the chronology's title ends in its span");
  assert.equal(await page.title(), title);
  assert.equal(await page.locator("h1").textContent(), title);
  assert.equal(await og("og:title"), title);
  assert.equal(await og("og:url"), url, "the address as given");
  assert.equal(await og("og:type"), "website");
  assert.equal(await og("og:locale"), "en_GB");
  const intro = await page.locator("p.intro").textContent();
  assert.equal(await og("og:description"), intro);
  assert.equal(await page.locator('meta[name="description"]').getAttribute("content"), intro);
  assert.ok(intro.includes(`${chosen.length} of its ${doc.events.length} events`), intro);
  assert.deepEqual(await visibleIds(page), chosen.map((e) => e.id), "the selection's events");

  // Every event has one link to itself, named for what it does.
  const links = await page.locator("article.event h3 a.self").evaluateAll((as) =>
    as.map((a) => [a.closest("article").id, a.getAttribute("href"), a.getAttribute("aria-label")]));
  assert.deepEqual(links, chosen.map((e) => [e.id, `#${e.id}`, "Link to this event"]));
  // Tab reaches the first event's link; Enter follows it.
  let focused = "";
  for (let i = 0; i < 80 && focused !== "self"; i += 1) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.className || "");
  }
  assert.equal(focused, "self", "Tab reaches an event's own link");
  const target = await page.evaluate(() => document.activeElement.closest("article").id);
  assert.equal(target, chosen[0].id, "the first event's link comes first");
  await page.keyboard.press("Enter");
  assert.equal(new URL(page.url()).hash, `#${target}`);
  await page.locator(`#${chosen[1].id} a.self`).click();
  assert.equal(new URL(page.url()).hash, `#${chosen[1].id}`, "a click follows it too");
  const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, chosen[1].id);
  assert.ok(top >= 0 && top < 200, `the event is scrolled into view (${top}px)`);

  // The footer says when and from what; print hides the links to themselves and the
  // quotations after the first of each event, and says how many more there are.
  assert.match(await page.locator("footer").textContent(), /^Made on \d{1,2} [A-Z][a-z]{2} \d{4} with timeline from timeline\.toml; every entry quotes its sources\.$/);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("a.self").first().isVisible(), false, "no self links in print");
  const printed = await page.locator("article.event").evaluateAll((as) => as.map((a) =>
    [a.querySelectorAll("blockquote").length, [...a.querySelectorAll("blockquote")].filter((q) => q.checkVisibility()).length,
      a.querySelector(".more")?.checkVisibility() ?? false]));
  for (const [all, shown, more] of printed) {
    assert.equal(shown, Math.min(all, 1), "one quotation per event in print");
    assert.equal(more, all > 1, "a note on the rest");
  }
  assert.ok(await page.locator("footer").isVisible(), "the footer prints");
  assert.deepEqual(seen.errors, [], "no console error");
});

const TAGS = new Set(["html", "head", "meta", "title", "style", "body", "header", "h1", "p", "nav", "h2", "ul", "li", "a",
  "div", "label", "input", "fieldset", "legend", "span", "main", "section", "article", "time", "h3", "strong", "dl", "dt",
  "dd", "figure", "blockquote", "figcaption", "cite", "footer", "script", "br"]);
const ATTRS = new Set(["lang", "charset", "name", "content", "http-equiv", "class", "aria-label", "href", "data-year", "id",
  "hidden", "for", "type", "autocomplete", "spellcheck", "value", "checked", "role", "aria-live", "data-of", "data-shown",
  "data-kind", "datetime", "title", "rel", "property"]);

for (const name of ["hostile", "markup", "markwhenSyntax"]) {
  test(`the page of the ${name} fixture shows its text as text`, async () => {
    const doc = data(files[name]);
    const { page, seen, url } = await open(name, files[name]);
    assert.equal(await page.title(), standIns(doc.timeline.title).replace(/\n/g, " "));
    for (const e of doc.events) {
      const article = page.locator(`article[id="${e.id}"]`);
      const shown = (s) => standIns(s).replace(/\n/g, "");
      assert.equal(await headline(article.locator("h3")), shown(e.title), `${e.id}: title`);
      assert.equal(await article.locator("p.summary").textContent(), shown(e.summary), `${e.id}: summary`);
      assert.deepEqual(await article.locator("blockquote").allTextContents(), e.excerpts.map((x) => shown(x.text)));
    }
    const found = await page.evaluate(() => [...document.querySelectorAll("*")].map((el) => [el.localName, [...el.attributes].map((a) => a.name)]));
    for (const [tag, attrs] of found) {
      assert.ok(TAGS.has(tag), `unexpected element <${tag}>`);
      for (const a of attrs) assert.ok(ATTRS.has(a), `unexpected attribute ${a} on <${tag}>`);
    }
    assert.equal(await page.locator("script").count(), 1, "the page's own script only");
    const own = await page.locator("main a.self").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(own, doc.events.map((e) => `#${e.id}`), "each event's link to itself");
    const hrefs = await page.locator("main a[href]:not(.self)").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
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
