// The Markwhen export read back by Markwhen's own parser (@markwhen/parser), event by
// event: the count, the dates, the titles, the tags and the summary, hostile text included.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { parse } from "@markwhen/parser";
import { files, scratch, exportTo, data, standIns } from "./helpers.mjs";

const JOINER = /\u2060/g;
const dir = scratch("markwhen");

/** All events of a parsed document in document order, through any sections. */
function eventsOf(node, out = []) {
  if (node && Array.isArray(node.children)) node.children.forEach((c) => eventsOf(c, out));
  else if (node) out.push(node);
  return out;
}

/** The day after an ISO day, as Markwhen ends a period: exclusive. */
function dayAfter(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A file tag as the export writes it: word characters only. */
function tagOf(name) {
  if (!/[A-Za-z0-9]/.test(name)) return null;
  const t = name.replace(/[^A-Za-z0-9_]/g, "_");
  return /^\d+$/.test(t) ? `_${t}` : t;
}

/** What a reader sees of a piece of text in Markwhen: one line, without word joiners. */
const oneLine = (s) => standIns(s).replace(/\n/g, " ");

for (const [name, file] of Object.entries(files)) {
  test(`markwhen export of ${name} parses back event by event`, () => {
    const doc = data(file);
    const text = exportTo(file, "markwhen", path.join(dir, `${name}.mw`));
    const parsed = parse(text);
    assert.deepEqual(parsed.parseMessages, [], "the parser reports no problem");
    assert.equal(parsed.header.title.replace(JOINER, ""), oneLine(doc.timeline.title));
    const got = eventsOf(parsed.events);
    assert.equal(got.length, doc.events.length, "one Markwhen event per event");
    assert.ok(got.length > 0);
    doc.events.forEach((e, i) => {
      const m = got[i];
      const where = `event ${e.id}`;
      assert.equal(m.dateRangeIso.fromDateTimeIso.slice(0, 10), e.period.start, `${where}: start`);
      // A window open at its end has no last day (null): Markwhen gets its earliest date alone.
      if (e.period.end !== null) {
        assert.equal(m.dateRangeIso.toDateTimeIso.slice(0, 10), dayAfter(e.period.end), `${where}: end`);
      }
      assert.equal(m.firstLine.restTrimmed.replace(JOINER, ""), oneLine(e.title), `${where}: title`);
      const tags = [e.kind, ...e.tags.map(tagOf).filter(Boolean)];
      assert.deepEqual(m.tags, [...new Set(tags)], `${where}: tags`);
      assert.deepEqual(m.properties, {}, `${where}: no properties`);
      assert.equal(m.id, undefined, `${where}: no event id`);
      assert.equal(m.percent, undefined, `${where}: no percentage`);
      assert.equal(m.completed, undefined, `${where}: no checkbox`);
      const lines = m.supplemental;
      assert.ok(lines.every((b) => b.type === "text"), `${where}: text blocks only (no image)`);
      assert.equal(lines[1].raw.replace(JOINER, ""), oneLine(e.summary).trimEnd(), `${where}: summary`);
      const quotes = lines.filter((b) => b.raw.startsWith("> “"));
      assert.equal(quotes.length, e.excerpts.length, `${where}: one line per excerpt`);
      e.excerpts.forEach((x, k) => {
        assert.ok(quotes[k].raw.replace(JOINER, "").startsWith(`> “${oneLine(x.text)}”`.trimEnd()), `${where}: excerpt ${k}`);
      });
    });
  });
}
