// Shared by the web-export tests: running the real `timeline` binary, reading its JSON
// export as the record of the data, and the documented treatment of file text.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "..", "..");
export const bin = process.env.TIMELINE_BIN || path.join(root, "target", "debug", "timeline");
export const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

/** The timelines every test reads: the shipped chronology and the unusual fixtures. */
export const files = {
  shipped: path.join(root, "timeline.toml"),
  hostile: path.join(root, "tests", "fixtures", "hostile.toml"),
  markup: path.join(root, "tests", "fixtures", "markup.toml"),
  spans: path.join(root, "tests", "fixtures", "spans.toml"),
  mini: path.join(root, "tests", "fixtures", "mini.toml"),
  markwhenSyntax: path.join(here, "markwhen-hostile.toml"),
};

/** A fresh temporary directory for one test file's outputs. */
export function scratch(name) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `timeline-web-${name}-`));
}

/** Runs `timeline export FILE --format FORMAT [--lang LANG] [EXTRA…] -o OUT` and returns
 * OUT's text. */
export function exportTo(file, format, out, lang, extra = []) {
  const language = lang ? ["--lang", lang] : [];
  execFileSync(bin, ["export", file, "--format", format, ...language, ...extra, "-o", out], { stdio: "inherit" });
  return fs.readFileSync(out, "utf8");
}

/** The data, read through the JSON export (tested on its own against the model). */
export function data(file) {
  const out = execFileSync(bin, ["export", file, "--format", "json"], {
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out.toString("utf8"));
}

/** docs/FORMAT.md: a CRLF is a line break; every other control (C0, DEL, C1) or bidi
 * character becomes its visible stand-in, a control picture for C0 and DEL, `\u{hex}`
 * for the rest. Line breaks are kept. */
export function standIns(text) {
  let out = "";
  const s = text.replace(/\r\n/g, "\n");
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === "\n") {
      out += ch;
    } else if (c < 0x20) {
      out += String.fromCodePoint(0x2400 + c);
    } else if (c === 0x7f) {
      out += "\u2421";
    } else if ((c >= 0x80 && c <= 0x9f) || [0x61c, 0x200e, 0x200f].includes(c) ||
      (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      out += `\\u{${c.toString(16)}}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Every piece of text an event shows, to decide what a search must find. */
export function eventTexts(doc, e) {
  const parts = [e.title, e.summary, e.place, e.disputed];
  for (const v of Object.values(e.legal || {})) parts.push(v);
  for (const x of e.excerpts) {
    parts.push(x.text);
    const s = doc.sources.find((s) => s.id === x.source);
    if (s) parts.push(s.title, s.author, s.publisher);
  }
  return parts.filter((p) => typeof p === "string").map((p) => standIns(p));
}

/** docs/FORMAT.md: an address is a link only when it is http(s) with no whitespace, `<`,
 * `>` or control character. */
export function linkable(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) && !/[\s<>\u0000-\u001f\u007f-\u009f]/.test(url);
}

/** How many excerpts of these events cite a source with a linkable address. */
export function linkedExcerpts(doc, events) {
  return events
    .flatMap((e) => e.excerpts)
    .filter((x) => linkable(doc.sources.find((s) => s.id === x.source)?.url)).length;
}

/** docs/FORMAT.md, "The Russian edition": an event's excerpts from sources with
 * `lang = "ru"` first, each group in file order. */
export function russianFirst(doc, e) {
  const russian = (x) => doc.sources.find((s) => s.id === x.source)?.lang === "ru";
  return [...e.excerpts.filter(russian), ...e.excerpts.filter((x) => !russian(x))];
}

/** Every piece of text an event shows in the Russian edition, translated where the file
 * translates it, to decide what a search of the Russian page must find. */
export function eventTextsRu(doc, e) {
  const ru = e.ru || {};
  const parts = [ru.title || e.title, ru.summary || e.summary, ru.place || e.place, ru.disputed || e.disputed];
  for (const [k, v] of Object.entries(e.legal || {})) parts.push(ru.legal?.[k] || v);
  for (const x of e.excerpts) {
    parts.push(x.text);
    const s = doc.sources.find((s) => s.id === x.source);
    if (s) parts.push(s.title_ru || s.title, s.author_ru || s.author, s.publisher_ru || s.publisher);
  }
  return parts.filter((p) => typeof p === "string").map((p) => standIns(p));
}
