// Serves the built tab (tab/dist, from `npm run build:tab`) under /tab, so one web app hosts bot, API and tab.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Request, Response, Server } from "restify";

export const TAB_DIST = path.resolve(__dirname, "../../../tab/dist");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json", ".ico": "image/x-icon" };

/** Mounts GET /tab and /tab/* on the server. */
export function serveTab(server: Server, dist = TAB_DIST): void {
  server.get("/tab", async (_req: Request, res: Response) => {
    res.redirect(301, "/tab/", () => undefined);
  });
  server.get("/tab/*", async (req: Request, res: Response) => {
    const relative = decodeURIComponent(req.path().slice("/tab/".length)) || "index.html";
    const file = path.resolve(dist, relative);
    if (!file.startsWith(dist + path.sep)) {
      res.status(404);
      res.json({ error: "Filen findes ikke." });
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      res.writeHead(200, { "content-type": type, "cache-control": relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache" });
      res.end(body);
    } catch {
      res.status(404);
      res.json({ error: relative === "index.html" ? "Fanen er ikke bygget. Kør npm run build:tab." : "Filen findes ikke." });
    }
  });
}
