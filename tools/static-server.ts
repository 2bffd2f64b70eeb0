// A small static server for the built site, with the headers of dist/_headers (written by the
// build from src/lib/security-headers.ts) and the redirects of netlify.toml, combined as Netlify
// does. Used by the browser tests and the benchmark; `npm run serve` starts it by hand.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, redirectFor, siteRules } from './netlify-rules.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.yml': 'text/yaml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Compressed bodies, computed once per file and encoding. */
const compressed = new Map<string, Buffer>();

function encode(file: string, body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
  let result = compressed.get(key);
  if (!result) {
    result =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } })
        : gzipSync(body, { level: 6 });
    compressed.set(key, result);
  }
  return result;
}

export type StaticServer = {
  url: string;
  server: Server;
  /** Folder where form submissions are stored, one JSON line per submission. */
  formsDir: string;
  close: () => Promise<void>;
};

/** Default folder for form submissions received locally (gitignored). */
export const defaultFormsDir = fileURLToPath(new URL('../.formulaires-recus/', import.meta.url));

/** The largest form body accepted (the form's fields add up to far less). */
const maxFormBytes = 64 * 1024;
/** Form posts accepted per window, all senders together: a loop of posts cannot fill the disk. */
export const defaultFormRate = { posts: 20, windowMs: 60_000 };

/**
 * A form posted to the local server, as Netlify Forms would receive it: stored, never discarded,
 * in `<formsDir>/<form-name>.jsonl`. Netlify files a filled honeypot as spam: so does this.
 */
function storeSubmission(formsDir: string, body: string): string | null {
  const fields = Object.fromEntries(new URLSearchParams(body));
  const formName = fields['form-name'];
  if (!formName || !/^[\w-]+$/.test(formName)) return null;
  const spam = Boolean(fields['bot-field']);
  mkdirSync(formsDir, { recursive: true });
  const file = join(formsDir, `${formName}.jsonl`);
  appendFileSync(
    file,
    JSON.stringify({ receivedAt: new Date().toISOString(), spam, fields }) + '\n',
  );
  return file;
}

function resolveFile(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

export async function startStaticServer(
  root: string,
  options: {
    port?: number;
    netlifyToml?: string;
    compress?: boolean;
    formsDir?: string;
    formRate?: typeof defaultFormRate;
  } = {},
): Promise<StaticServer> {
  const formsDir = resolve(options.formsDir ?? defaultFormsDir);
  const formRate = options.formRate ?? defaultFormRate;
  /** When the form posts of the current window were received. */
  let recentPosts: number[] = [];
  /** Answers, then closes the connection: nothing more of the body is read. */
  const refuseForm = (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    text: string,
  ) => {
    response.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      Connection: 'close',
    });
    response.end(text, () => request.destroy());
  };
  const rules = await siteRules(root, options.netlifyToml);

  const server = createServer((request, response) => {
    if (request.method === 'POST') {
      const now = Date.now();
      recentPosts = recentPosts.filter((time) => now - time < formRate.windowMs);
      if (recentPosts.length >= formRate.posts) {
        response.setHeader('Retry-After', String(Math.ceil(formRate.windowMs / 1000)));
        refuseForm(
          request,
          response,
          429,
          'Trop de formulaires envoyés : rien n’a été enregistré, réessayez dans une minute.',
        );
        return;
      }
      recentPosts.push(now);
      // Nothing more is read: a sender cannot make the server swallow an endless body.
      const tooBig = () =>
        refuseForm(request, response, 413, 'Formulaire trop volumineux : rien n’a été enregistré.');
      if (Number(request.headers['content-length'] ?? 0) > maxFormBytes) return tooBig();
      // Read the whole form, then answer as for a GET of the form's action page.
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxFormBytes) chunks.push(chunk);
        else if (!response.headersSent) tooBig();
      });
      request.on('end', () => {
        if (size > maxFormBytes) return;
        const stored = storeSubmission(formsDir, Buffer.concat(chunks).toString('utf8'));
        if (!stored) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end(
            'Formulaire inconnu (champ « form-name » absent) : rien n’a été enregistré.',
          );
          return;
        }
        console.log(`Formulaire reçu localement, enregistré dans ${stored} (rien n’est envoyé).`);
        serve(request, response, { 'X-Local-Form-Storage': stored });
      });
      return;
    }
    serve(request, response);
  });

  function serve(
    request: IncomingMessage,
    response: ServerResponse,
    extraHeaders: Record<string, string> = {},
  ) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = url.pathname;
    let file = resolveFile(root, path);
    // Like Netlify, a rule does not shadow an existing file unless it is forced.
    const redirect = redirectFor(rules, path);
    if (redirect && (redirect.force || !file)) {
      if (redirect.status >= 300 && redirect.status < 400) {
        response.writeHead(redirect.status, { Location: redirect.to });
        response.end();
        return;
      }
      path = redirect.to;
      file = resolveFile(root, path);
    }
    // A directory without its trailing slash: redirect like Netlify's pretty URLs.
    if (file && file.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('.html')) {
      response.writeHead(301, { Location: `${path}/${url.search}` });
      response.end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = resolveFile(root, '/404.html');
    }
    const type = file ? (types[extname(file)] ?? 'application/octet-stream') : 'text/plain';
    const headers: Record<string, string> = { ...headersFor(rules, path), 'Content-Type': type };
    let body: Buffer = file ? readFileSync(file) : Buffer.from('Not found');
    // Compress text like Netlify does, so that transfer sizes and Lighthouse see what visitors get.
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (file && encoding && compressible.test(type) && options.compress !== false) {
      body = encode(file, body, encoding);
      headers['Content-Encoding'] = encoding;
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, { ...headers, ...extraHeaders });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    formsDir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url));
  const { url, formsDir } = await startStaticServer(root, {
    port: Number(process.env.PORT ?? 4322),
  });
  console.log(
    `Site construit servi sur ${url} (en-têtes de dist/_headers, redirections de netlify.toml).\n` +
      `Les formulaires envoyés ici ne partent nulle part : ils sont enregistrés dans ${formsDir}.`,
  );
}
