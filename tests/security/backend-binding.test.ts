// Attack: from another machine on the same Wi-Fi, plain HTTP requests to the CMS's local backend
// read .git/config and write files in the repository. The backend must listen on loopback only.
// This test starts the backend exactly as `npm run dev` does and reads the bound addresses from
// the kernel (`ss`), without ever connecting to a non-loopback address.
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../tools/free-port.ts';
import { devSiteOrigins, devSitePort, localBackendAnswers } from '../../tools/local-backend.ts';

const root = join(import.meta.dirname, '../..');
const scripts: Record<string, string> = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).scripts;

/** The commands `concurrently` runs for a script: its double-quoted arguments. */
const concurrentCommands = (script: string) =>
  [...script.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!);

/** Local addresses of the TCP sockets listening on `port`, as the kernel reports them. */
function listeningAddresses(port: number): string[] {
  const output = execFileSync('ss', ['-ltnH', `sport = :${port}`], { encoding: 'utf8' });
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/)[3]!);
}

describe('the CMS local backend of `npm run dev`', () => {
  const backendCommand = concurrentCommands(scripts.dev ?? '').find((c) => !/^astro\b/.test(c));
  const siteCommand = concurrentCommands(scripts.dev ?? '').find((c) => /^astro\b/.test(c));

  it('is started through the loopback-only launcher', () => {
    expect(backendCommand).toBe('node tools/cms-backend.ts');
  });

  it('answers the pages of the dev site that `npm run dev` starts', () => {
    expect(siteCommand).toContain(`--port ${devSitePort}`);
  });

  it('runs beside a dev site that keeps Vite’s host check (no --host, no allowedHosts)', () => {
    expect(siteCommand).not.toMatch(/--host|--allowed-hosts/);
    const astroConfig = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    expect(astroConfig).not.toMatch(/allowedHosts|\bhost\s*:/);
  });

  it('no package script and no source file starts decap-server another way', () => {
    for (const [name, script] of Object.entries(scripts)) {
      expect(script, `script « ${name} »`).not.toMatch(/\bdecap-server\b/);
    }
    const launchers: string[] = [];
    for (const folder of ['scripts', 'tools', 'cms', 'tests', 'src']) {
      for (const file of readdirSync(join(root, folder), { recursive: true }).map(String)) {
        if (!/\.(ts|mjs|js)$/.test(file) || file.endsWith('.d.ts')) continue;
        const source = readFileSync(join(root, folder, file), 'utf8');
        if (/decap-server\/dist/.test(source)) launchers.push(`${folder}/${file}`);
      }
    }
    // The gated server that embeds decap-server's middleware (tests/security/local-backend.test.ts).
    expect(launchers).toEqual(['tools/local-backend-server.ts']);
  });

  it('listens on 127.0.0.1 only, even when the environment asks for every interface', async () => {
    const port = await freePort();
    const child = spawn('sh', ['-c', backendCommand!], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
        CMS_BACKEND_PORT: String(port),
        // A hostile or careless environment: the launcher must override it.
        BIND_HOST: '0.0.0.0',
      },
    });
    try {
      const url = `http://127.0.0.1:${port}/api/v1`;
      if (!(await localBackendAnswers(url, Date.now() + 20_000, devSiteOrigins[0]!))) {
        throw new Error(`pas de réponse de ${url}`);
      }
      const addresses = listeningAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses).toEqual(addresses.map(() => `127.0.0.1:${port}`));
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
