// Which browser the tests start (tools/chromium.ts): an explicit path, else the system's, else the
// one of the npm package, so that `npm install && npm test` passes on a machine with no browser.
import { describe, expect, it } from 'vitest';
import { chooseBrowser, systemBrowsers, type BrowserSearch } from '../../tools/chromium.ts';

const linux = (executables: string[], env: BrowserSearch['env'] = {}): BrowserSearch => ({
  env: { PATH: '/usr/local/bin:/usr/bin', ...env },
  platform: 'linux',
  arch: 'x64',
  isExecutable: (path) => executables.includes(path),
});

describe('the browser finder', () => {
  it('takes CHROMIUM_PATH first, even when a system browser exists', () => {
    expect(
      chooseBrowser(linux(['/opt/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome' })),
    ).toEqual({
      source: 'CHROMIUM_PATH',
      path: '/opt/chrome',
    });
  });

  it('refuses a CHROMIUM_PATH that is not an executable, naming it, instead of looking elsewhere', () => {
    const choice = chooseBrowser(linux(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nulle/part' }));
    expect(choice.source).toBe('aucun');
    expect(choice.source === 'aucun' && choice.reason).toContain('/nulle/part');
  });

  it('takes a system Chromium, by absolute path or by name on PATH', () => {
    expect(chooseBrowser(linux(['/usr/bin/chromium']))).toEqual({
      source: 'système',
      path: '/usr/bin/chromium',
    });
    expect(chooseBrowser(linux(['/usr/local/bin/google-chrome']))).toEqual({
      source: 'système',
      path: '/usr/local/bin/google-chrome',
    });
  });

  it('falls back on the packaged Chromium on a bare Linux machine', () => {
    expect(chooseBrowser(linux([]))).toEqual({ source: 'paquet npm' });
  });

  it('skips the system browsers with CHROMIUM_SKIP_SYSTEM=1', () => {
    for (const path of systemBrowsers.linux!.filter((candidate) => candidate.startsWith('/'))) {
      expect(chooseBrowser(linux([path], { CHROMIUM_SKIP_SYSTEM: '1' }))).toEqual({
        source: 'paquet npm',
      });
    }
  });

  it('says what to do where the package has no browser for the platform', () => {
    const choice = chooseBrowser({ ...linux([]), platform: 'linux', arch: 'arm64' });
    expect(choice.source).toBe('aucun');
    expect(choice.source === 'aucun' && choice.reason).toMatch(/CHROMIUM_PATH/);
    expect(chooseBrowser({ ...linux([]), platform: 'darwin', arch: 'arm64' }).source).toBe('aucun');
  });
});
