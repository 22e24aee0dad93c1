// Headless Chromium (Debian's, no browser download) driven by playwright-core, and a
// static file server on the loopback address for pages that must be served.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { chromiumPath } from "./helpers.mjs";

/** Starts the browser; root needs --no-sandbox. */
export function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}

/** A page that records console errors, page errors and every request it makes. */
export async function watchedPage(browser, viewport = { width: 1200, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const seen = { errors: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") seen.errors.push(m.text());
  });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("request", (r) => seen.requests.push(r.url()));
  // Nothing leaves this machine: any request off the loopback address or the file
  // system is refused (and stays in `seen.requests` for the test to judge).
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("http://127.0.0.1")) return route.continue();
    return route.abort();
  });
  return { page, seen };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
};

/** Serves `mounts` ({"/prefix/": dir}) on 127.0.0.1 at a free port; resolves to its base. */
export function serve(mounts) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    const file = prefix && path.join(mounts[prefix], decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file || !file.startsWith(mounts[prefix]) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}
