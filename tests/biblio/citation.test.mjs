// The bibliography exports read back by citation-js (its CSL-JSON, BibTeX/biblatex and RIS
// parsers): the shipped chronology and the hostile fixture, in both editions, must give the
// same entries through all three formats, and those entries must be the sources the events
// quote. Then pandoc's citeproc renders the CSL-JSON as a bibliography with every title.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const bin = process.env.TIMELINE_BIN || path.join(root, "target", "debug", "timeline");
const files = {
  shipped: path.join(root, "timeline.toml"),
  hostile: path.join(root, "tests", "fixtures", "hostile.toml"),
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "timeline-biblio-"));

/** `timeline export FILE --format FORMAT --lang LANG -o OUT`, OUT's text. */
function exportTo(file, format, lang, out) {
  execFileSync(bin, ["export", file, "--format", format, "--lang", lang, "-o", out], { stdio: "inherit" });
  return fs.readFileSync(out, "utf8");
}

/** The data through the JSON export (tested on its own against the model). */
function data(file) {
  const out = execFileSync(bin, ["export", file, "--format", "json"], { maxBuffer: 64 << 20 });
  return JSON.parse(out.toString("utf8"));
}

/** A name as one string, however a parser split it. */
function nameOf(n) {
  if (n.literal !== undefined) return n.literal;
  return [n.given, n["non-dropping-particle"], n.family].filter(Boolean).join(" ");
}

/** What a reader gets of an entry, in a form the three formats can share. */
function summary(item) {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    // RIS names a newspaper article's writer its reporter (AU in the NEWS table).
    // citation-js keeps it as a plain string.
    authors: item.author ? item.author.map(nameOf) : item.reporter ? [item.reporter] : [],
    issued: item.issued?.["date-parts"]?.[0]?.map(Number) ?? null,
    url: item.URL ?? null,
    // A web page's site comes back from RIS's T2 as a collection title.
    container: item["container-title"] ?? item["collection-title"] ?? item.publisher ?? null,
    ...(item.genre ? { genre: item.genre } : {}),
  };
}

/** A CSL entry as it comes back from biblatex, which has no newspaper, interview or blog
 * type: the nearest entry type, and the rest in the entry subtype (citation-js's genre). */
const BIBLATEX = {
  "article-newspaper": { type: "article-journal", genre: "newspaper" },
  interview: { type: "document", genre: "interview" },
  "post-weblog": { type: "webpage", genre: "blog" },
};
function asBiblatex(e) {
  return BIBLATEX[e.type] ? { ...e, ...BIBLATEX[e.type] } : e;
}

/** A CSL entry as citation-js reads it back from RIS: a newspaper article dated by its
 * year (PY), the day and month in DA left unread; an interview, which RIS has no type for,
 * written as the generic GEN and read as a document. */
function asRis(e) {
  if (e.type === "interview") return { ...e, type: "document" };
  return e.type === "article-newspaper" && e.issued ? { ...e, issued: e.issued.slice(0, 1) } : e;
}

/** The ids of the sources the events quote, in the order first quoted (the edition's
 * excerpt order may differ, so the set is compared). */
function quoted(doc) {
  return [...new Set(doc.events.flatMap((e) => e.excerpts.map((x) => x.source)))].sort();
}

for (const [name, file] of Object.entries(files)) {
  for (const lang of ["en", "ru"]) {
    test(`${name} (${lang}): CSL-JSON, BibTeX and RIS give the same entries in citation-js`, () => {
      const doc = data(file);
      const read = {};
      for (const [format, ext] of [["csl-json", "json"], ["bibtex", "bib"], ["ris", "ris"]]) {
        const text = exportTo(file, format, lang, path.join(dir, `${name}-${lang}.${ext}`));
        read[format] = new Cite(text).data.map(summary);
      }
      const csl = read["csl-json"];
      assert.deepEqual(csl.map((e) => e.id).sort(), quoted(doc), "one entry per quoted source");
      for (const e of csl) {
        const s = doc.sources.find((s) => s.id === e.id);
        const ru = lang === "ru";
        assert.ok(e.title.length > 0, `${e.id}: a title`);
        assert.equal(e.url, s.url ?? null, `${e.id}: address`);
        const author = (ru && s.author_ru) || s.author;
        assert.deepEqual(e.authors.length, author ? 1 : 0, `${e.id}: one author or none`);
      }
      for (const format of ["bibtex", "ris"]) {
        // biblatex has no newspaper type: an @article with `entrysubtype = {newspaper}`,
        // which citation-js reads as a journal article of the genre "newspaper".
        // citation-js reads a RIS newspaper article's date from PY alone: its year.
        const want = format === "bibtex" ? csl.map(asBiblatex) : csl.map(asRis);
        assert.deepEqual(read[format], want, `${format} reads as the CSL-JSON does`);
      }
    });
  }
}

const pandoc = (() => {
  try {
    execFileSync("pandoc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

for (const [name, file] of Object.entries(files)) {
  for (const lang of ["en", "ru"]) {
    test(`${name} (${lang}): pandoc --citeproc renders every title`, { skip: !pandoc && "no pandoc" }, () => {
      const bib = path.join(dir, `pandoc-${name}-${lang}.json`);
      const items = JSON.parse(exportTo(file, "csl-json", lang, bib));
      // An empty document that cites every entry (`nocite: @*`; pandoc 2.17's -M would
      // give a plain string, not a citation).
      const out = execFileSync(
        "pandoc",
        ["--citeproc", `--bibliography=${bib}`, "-f", "markdown", "-t", "plain", "--wrap=none"],
        { input: "---\nnocite: |\n  @*\n---\n", maxBuffer: 64 << 20 },
      ).toString("utf8");
      // The style title-cases English titles and sets its own quotes; whitespace runs are
      // one space. Case, quotes and spacing aside, every title must be there.
      const flat = (s) => s.replace(/[‘’“”"'«»]/g, "").replace(/\s+/g, " ").toLowerCase();
      const rendered = flat(out);
      for (const item of items) {
        assert.ok(rendered.includes(flat(item.title)), `${item.id}: "${item.title}" in pandoc's bibliography`);
      }
    });
  }
}
