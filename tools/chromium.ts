// Which Chromium the browser tests and the benchmark start, and with which flags (README, « Le
// navigateur des tests »). In order: an explicit path (CHROMIUM_PATH), a Chromium or Chrome
// installed on the machine, else the Chromium that comes inside the npm package
// @sparticuz/chromium (a devDependency: the binary is in the package itself, so `npm install`
// brings it from the registry with no download of its own; nothing of it reaches dist/).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The flags keep Chromium from calling Google's services: this machine's network refuses them. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where a system browser usually is, by platform (absolute paths first, then names on PATH). */
export const systemBrowsers: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    'chromium',
    'chromium-browser',
    'google-chrome-stable',
    'google-chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** The platforms whose binary @sparticuz/chromium ships (Linux on x86-64 only). */
export const packagedBrowserPlatforms = ['linux-x64'];

export type BrowserChoice =
  | { source: 'CHROMIUM_PATH' | 'système'; path: string }
  | { source: 'paquet npm' }
  | { source: 'aucun'; reason: string };

export type BrowserSearch = {
  env: Record<string, string | undefined>;
  platform: string;
  arch: string;
  isExecutable: (path: string) => boolean;
};

/**
 * The browser to start, decided without starting anything. CHROMIUM_SKIP_SYSTEM=1 skips the
 * system browsers, to prove the suite passes on a machine that has none.
 */
export function chooseBrowser({ env, platform, arch, isExecutable }: BrowserSearch): BrowserChoice {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return { source: 'CHROMIUM_PATH', path: explicit };
    return {
      source: 'aucun',
      reason: `CHROMIUM_PATH désigne « ${explicit} », qui n’est pas un programme exécutable.`,
    };
  }
  if (env.CHROMIUM_SKIP_SYSTEM !== '1') {
    const searchPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
    for (const candidate of systemBrowsers[platform] ?? []) {
      const paths = /[\\/]/.test(candidate)
        ? [candidate]
        : searchPath.map((folder) => join(folder, candidate));
      const found = paths.find(isExecutable);
      if (found) return { source: 'système', path: found };
    }
  }
  if (packagedBrowserPlatforms.includes(`${platform}-${arch}`)) return { source: 'paquet npm' };
  return {
    source: 'aucun',
    reason:
      `Aucun Chromium ni Chrome trouvé, et le paquet @sparticuz/chromium n’a pas de navigateur ` +
      `pour ${platform}-${arch} : installez Chrome ou Chromium, ou indiquez son chemin dans ` +
      `CHROMIUM_PATH.`,
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let resolved: Promise<{ path: string; source: string }> | undefined;

/**
 * The path of the browser to start, found once per process. The packaged Chromium is unpacked by
 * its own package (into the temporary folder, once per machine); the browser tests' global setup
 * calls this first, so that test files running side by side never unpack it at the same time.
 */
export function chromium(): Promise<{ path: string; source: string }> {
  resolved ??= (async () => {
    const choice = chooseBrowser({
      env: process.env,
      platform: process.platform,
      arch: process.arch,
      isExecutable,
    });
    switch (choice.source) {
      case 'aucun':
        throw new Error(choice.reason);
      case 'paquet npm': {
        const { default: packaged } = await import('@sparticuz/chromium');
        return { path: await packaged.executablePath(), source: choice.source };
      }
      default:
        return choice;
    }
  })();
  return resolved;
}

/** The path alone, for launchers. */
export async function chromiumPath(): Promise<string> {
  return (await chromium()).path;
}
