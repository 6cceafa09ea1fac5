import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROUTES, type RouteName } from './fixtures/routes';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = path.join(ROOT, 'test/fixtures/pages');
/** Front-end libraries the fixture pages load, served from node_modules (never bundled into the extension). */
const ASSETS: Record<string, string> = {
  '/assets/govuk/': path.join(ROOT, 'node_modules/govuk-frontend/dist/govuk'),
  '/assets/tinymce/': path.join(ROOT, 'node_modules/tinymce'),
  '/assets/quill/': path.join(ROOT, 'node_modules/quill/dist'),
  '/assets/ckeditor5/': path.join(ROOT, 'node_modules/ckeditor5/dist/browser'),
  '/assets/ckeditor4/': path.join(ROOT, 'node_modules/ckeditor4'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

/** A throwaway self-signed certificate, made now with openssl and deleted with the server. */
function makeCertificate(): { key: Buffer; cert: Buffer; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=svl-fixtures',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')), dir };
}

export interface FixtureServer {
  port: number;
  /** The full address of a fixture page, with the server's port. */
  url(route: RouteName): string;
  close(): Promise<void>;
}

/** Serve the fixture pages over HTTPS on 127.0.0.1 (random port) under their portal addresses. */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const { key, cert, dir } = makeCertificate();
  const byHostAndPath = new Map(
    Object.values(ROUTES).map((route) => {
      const url = new URL(route.url);
      return [`${url.hostname}${url.pathname}`, route.file] as const;
    }),
  );
  const server = https.createServer({ key, cert }, (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
    let file: string | undefined;
    const prefix = Object.keys(ASSETS).find((candidate) => url.pathname.startsWith(candidate));
    if (prefix) {
      const base = ASSETS[prefix]!;
      file = path.join(base, path.normalize(url.pathname.slice(prefix.length)));
      if (!file.startsWith(base + path.sep)) file = undefined;
    } else {
      const page = byHostAndPath.get(`${url.hostname}${url.pathname}`);
      if (page) file = path.join(PAGES, page);
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // A form post (the portal's own "Save") answers with the same page, as a server-rendered portal would.
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url(route) {
      const url = new URL(ROUTES[route].url);
      url.port = String(actualPort);
      return url.toString();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
