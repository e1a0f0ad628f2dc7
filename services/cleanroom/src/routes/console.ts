// GET /console — the privacy officer's console: a static page, its script and stylesheet, served from
// services/cleanroom/console/ (no build step, no outside network; CSP script-src 'self'). The page
// holds no data: it signs in with a token and reads the API like any other client.
import { readFileSync } from 'node:fs';
import type { Router } from 'express';

const FILES = {
  '/console': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/console/console.js': { file: 'console.js', type: 'text/javascript; charset=utf-8' },
  '/console/console.css': { file: 'console.css', type: 'text/css; charset=utf-8' },
} as const;

export function mountConsole(router: Router): void {
  const dir = new URL('../../console/', import.meta.url);
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(new URL(file, dir));
    router.get(path, (_req, res) => {
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'no-cache');
      // The page never needs to be framed, and it reads tokens: no referrer leaves it.
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.send(body);
    });
  }
}
