// The TimelineJS export loaded by the real TimelineJS3 (@knight-lab/timelinejs) in headless
// Chromium, from a local page that loads the exported JSON: the slides, their headlines,
// groups and eras are checked in the rendered DOM against the data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { files, here, scratch, exportTo, data, standIns, russianFirst, linkedExcerpts } from "./helpers.mjs";
import { launch, watchedPage, serve } from "./browser.mjs";

const dir = scratch("timelinejs");
const dist = path.join(here, "node_modules", "@knight-lab", "timelinejs", "dist");
let browser;
let server;

before(async () => {
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script></head>
<body style="margin:0"><div id="embed" style="width:1200px;height:800px"></div>
<script>
  window.tlErrors = [];
  const name = new URLSearchParams(location.search).get("data");
  window.tl = new TL.Timeline("embed", "/out/" + name, { script_path: "/tl/js/", font: null });
  window.tl.on("loaded", () => { window.tlLoaded = true; });
</script></body></html>`,
  );
  server = await serve({ "/tl/": dist, "/out/": dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Loads one export (in `lang`, English by default) in TimelineJS and waits until it has
 * built its slides. */
async function load(name, file, lang, extra = []) {
  exportTo(file, "timelinejs", path.join(dir, `${name}.json`), lang, extra);
  const { page, seen } = await watchedPage(browser);
  await page.goto(`${server.base}/out/index.html?data=${name}.json`);
  await page.waitForFunction(() => window.tlLoaded === true, null, { timeout: 30000 });
  return { page, seen };
}

/** docs/FORMAT.md: the family of each kind, TimelineJS's groups. */
const FAMILY = {
  arrest: "The case and custody", detention: "The case and custody", charge: "The case and custody",
  ruling: "The case and custody", release: "The case and custody", designation: "The case and custody",
  publication: "Writing and statements", statement: "Writing and statements", interview: "Writing and statements",
  position: "Public life", activism: "Public life", award: "Public life", other: "Public life",
};

/** What TimelineJS shows of a piece of text: the stand-ins, and no line breaks (`<br>`). */
const shown = (s) => standIns(s).replace(/\n/g, "");

test("TimelineJS renders the shipped chronology: one slide per event, headlines from the data", async () => {
  const doc = data(files.shipped);
  const { page, seen } = await load("shipped", files.shipped);
  const errors = await page.evaluate(() => window.tl.config.getErrors());
  assert.deepEqual(errors, [], "TimelineJS accepts the document");
  const slides = await page.locator(".tl-slide").count();
  assert.equal(slides, doc.events.length + 1, "a title slide and one slide per event");
  const arrest = doc.events.find((e) => e.id === "arrest-2023");
  assert.ok(arrest, "the data has the 2023 arrest");
  const headline = await page.locator("#arrest-2023 .tl-headline").textContent();
  assert.equal(headline.trim(), arrest.title);
  const title = await page.locator(".tl-slide-titleslide .tl-headline").textContent();
  assert.equal(title.trim(), doc.timeline.title);
  // docs/FORMAT.md: three groups, by family of kinds.
  const groups = await page.locator(".tl-timegroup-message").allTextContents();
  const families = new Set(doc.events.map((e) => FAMILY[e.kind]));
  assert.deepEqual(new Set(groups), families, "one group per family of kinds");
  assert.ok(groups.length <= 4);
  const eras = await page.locator(".tl-timeera").count();
  assert.equal(eras, doc.eras.length, "one band per era");
  assert.deepEqual(seen.errors, [], "no console error");
});

test("TimelineJS renders a 2023–24 selection with its own title and only the eras it overlaps", async () => {
  const doc = data(files.shipped);
  const chosen = doc.events.filter((e) => ["2023", "2024"].includes(e.period.start.slice(0, 4)));
  const { page, seen } = await load("2023-24", files.shipped, undefined, ["--from", "2023", "--to", "2024"]);
  assert.deepEqual(await page.evaluate(() => window.tl.config.getErrors()), []);
  assert.equal(await page.locator(".tl-slide").count(), chosen.length + 1);
  const title = (await page.locator(".tl-slide-titleslide .tl-headline").textContent()).trim();
  assert.equal(title, doc.timeline.title.replace(/1980–2024$/, "2023–2024"));
  const overlapping = doc.eras.filter((era) => era.to >= "2023" && era.from <= "2024-12-31").map((era) => era.name);
  assert.ok(overlapping.length > 0 && overlapping.length < doc.eras.length);
  const eras = await page.locator(".tl-timeera .tl-headline").allTextContents();
  assert.deepEqual(eras.map((t) => t.trim()).sort(), [...overlapping].sort(), "only the eras of 2023–24");
  assert.deepEqual(seen.errors, [], "no console error");
});

test("TimelineJS renders the Russian edition: one slide per event, Russian headlines and originals first", async () => {
  const doc = data(files.shipped);
  const { page, seen } = await load("shipped-ru", files.shipped, "ru");
  assert.deepEqual(await page.evaluate(() => window.tl.config.getErrors()), [], "TimelineJS accepts the document");
  assert.equal(await page.locator(".tl-slide").count(), doc.events.length + 1, "a title slide and one slide per event");
  const arrest = doc.events.find((e) => e.id === "arrest-2023");
  assert.match(arrest.ru.title, /[а-я]/, "the data has a Russian headline");
  assert.equal((await page.locator("#arrest-2023 .tl-headline").textContent()).trim(), arrest.ru.title);
  const title = await page.locator(".tl-slide-titleslide .tl-headline").textContent();
  assert.equal(title.trim(), doc.timeline.ru[0]);
  const cassation = doc.events.find((e) => e.id === "cassation-2024");
  const quotes = await page.locator("#cassation-2024 blockquote").allTextContents();
  assert.deepEqual(quotes, russianFirst(doc, cassation).map((x) => shown(x.text)), "Russian originals first");
  const dd = await page.locator("#cassation-2024 dd").allTextContents();
  assert.ok(dd.includes(cassation.ru.legal.instance), `the instance in Russian: ${dd}`);
  assert.deepEqual(seen.errors, [], "no console error");
});

for (const name of ["hostile", "markup", "markwhenSyntax"]) {
  test(`TimelineJS shows the ${name} fixture's text as text`, async () => {
    const doc = data(files[name]);
    const { page, seen } = await load(name, files[name]);
    assert.deepEqual(await page.evaluate(() => window.tl.config.getErrors()), []);
    assert.equal(await page.locator(".tl-slide").count(), doc.events.length + 1);
    for (const e of doc.events) {
      const slide = page.locator(`[id="${e.id}"]`);
      assert.equal(await slide.locator(".tl-headline").textContent(), shown(e.title), `${e.id}: headline`);
      assert.equal(await slide.locator("p.summary").textContent(), shown(e.summary), `${e.id}: summary`);
      const quotes = await slide.locator("blockquote").allTextContents();
      assert.deepEqual(quotes, e.excerpts.map((x) => shown(x.text)), `${e.id}: excerpts`);
    }
    // Nothing in the file became an element or an attribute: the slides hold only the
    // export's own elements, and every link is a plain web address.
    const found = await page.evaluate(() => {
      const tags = new Set();
      const attrs = new Set();
      for (const el of document.querySelectorAll(".tl-text-content *, .tl-headline *")) {
        tags.add(el.localName);
        for (const a of el.attributes) attrs.add(a.name);
      }
      const hrefs = [...document.querySelectorAll(".tl-slide a[href]")].map((a) => a.getAttribute("href"));
      return { tags: [...tags], attrs: [...attrs], hrefs };
    });
    const allowedTags = ["p", "strong", "em", "br", "dl", "dt", "dd", "figure", "blockquote", "figcaption", "cite", "a", "wbr"];
    for (const t of found.tags) assert.ok(allowedTags.includes(t), `unexpected element <${t}>`);
    for (const a of found.attrs) assert.ok(["class", "href", "rel", "target"].includes(a), `unexpected attribute ${a}`);
    for (const h of found.hrefs) assert.match(h, /^https?:\/\//, `link ${h}`);
    assert.equal(found.hrefs.length, linkedExcerpts(doc, doc.events), "one link per excerpt of a linkable source");
    assert.deepEqual(seen.errors, [], "no console error");
  });
}
