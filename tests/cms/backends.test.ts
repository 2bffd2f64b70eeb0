// The production login chosen by environment variables: each backend's Decap settings, the hosts
// the admin CSP must allow, and a French message that stops the build when something is missing.
import { describe, expect, test } from 'vitest';
import {
  backendFromEnv,
  backendHosts,
  BackendConfigError,
  needsIdentityWidget,
  adminHosts,
  localBackendOrigin,
} from '../../cms/config/backends.ts';

const siteId = '5605bbe7-08f2-4ce5-bce2-7d97def08bed';

describe('git-gateway with Netlify Identity (legacy)', () => {
  test('is the default, on main, loads the Identity widget and needs no other host', () => {
    const backend = backendFromEnv({});
    expect(backend).toEqual({ name: 'git-gateway', branch: 'main' });
    expect(needsIdentityWidget(backend)).toBe(true);
    expect(backendHosts(backend)).toEqual([]);
  });
});

describe('DecapBridge', () => {
  const env = {
    CMS_BACKEND: 'decapbridge',
    CMS_REPO: 'reseau-asm/site',
    CMS_DECAPBRIDGE_SITE_ID: siteId,
  };

  test('speaks git-gateway through DecapBridge’s identity and gateway, without the widget', () => {
    const backend = backendFromEnv({ ...env, CMS_SITE_DOMAIN: 'ambassadeurs-santementale.fr' });
    expect(backend).toEqual({
      name: 'git-gateway',
      repo: 'reseau-asm/site',
      branch: 'main',
      identity_url: `https://auth.decapbridge.com/sites/${siteId}`,
      gateway_url: 'https://gateway.decapbridge.com',
      site_domain: 'ambassadeurs-santementale.fr',
    });
    expect(needsIdentityWidget(backend)).toBe(false);
    expect(backendHosts(backend)).toEqual([
      'https://auth.decapbridge.com',
      'https://gateway.decapbridge.com',
    ]);
  });

  test.each([
    [{ ...env, CMS_DECAPBRIDGE_SITE_ID: undefined }, /CMS_DECAPBRIDGE_SITE_ID/],
    [{ ...env, CMS_DECAPBRIDGE_SITE_ID: 'mon-site' }, /reçu « mon-site »/],
    [{ ...env, CMS_REPO: undefined }, /CMS_REPO=propriétaire\/dépôt/],
    [{ ...env, CMS_SITE_DOMAIN: 'https://exemple.fr/' }, /CMS_SITE_DOMAIN doit être un nom d’hôte/],
  ])('refuses an incomplete configuration (%#)', (variables, message) => {
    expect(() => backendFromEnv(variables)).toThrow(BackendConfigError);
    expect(() => backendFromEnv(variables)).toThrow(message);
  });
});

describe('GitHub with an OAuth server', () => {
  test('takes its repository, branch and OAuth server; reaches the GitHub API only', () => {
    const backend = backendFromEnv({
      CMS_BACKEND: 'github',
      CMS_REPO: 'reseau-asm/site',
      CMS_BRANCH: 'production',
      CMS_BASE_URL: 'https://oauth.exemple.fr/',
      CMS_AUTH_ENDPOINT: '/api/auth',
    });
    expect(backend).toEqual({
      name: 'github',
      repo: 'reseau-asm/site',
      branch: 'production',
      base_url: 'https://oauth.exemple.fr',
      auth_endpoint: 'api/auth',
    });
    expect(needsIdentityWidget(backend)).toBe(false);
    expect(backendHosts(backend)).toEqual(['https://api.github.com']);
  });

  test.each([
    [{ CMS_BACKEND: 'github' }, /CMS_REPO/],
    [{ CMS_BACKEND: 'github', CMS_REPO: 'site' }, /reçu « site »/],
    [{ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'http://oauth.fr' }, /https:\/\//],
    [{ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'oauth' }, /pas une adresse web/],
  ])('refuses a wrong configuration (%#)', (variables, message) => {
    expect(() => backendFromEnv(variables)).toThrow(message);
  });
});

describe('Decap Turbo', () => {
  const env = { CMS_BACKEND: 'turbo', CMS_REPO: 'a/b', CMS_TURBO_SITE_ID: siteId };

  test('is refused while the installed Decap predates 3.17, naming the version', () => {
    expect(() => backendFromEnv(env, '3.16.3')).toThrow(/3\.17\.0 ou plus récent.*3\.16\.3/);
  });

  test('is accepted from Decap 3.17, but its hosts must be written down before a build', () => {
    const backend = backendFromEnv(env, '3.17.0');
    expect(backend).toEqual({
      name: 'turbo-github',
      repo: 'a/b',
      branch: 'main',
      turbo_site_id: siteId,
    });
    expect(() => backendHosts(backend)).toThrow(BackendConfigError);
  });
});

test('an unknown backend or branch stops the build with the list of choices', () => {
  expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow(
    /CMS_BACKEND inconnu : « gitlab » \(attendu : git-gateway, decapbridge, github, turbo\)/,
  );
  expect(() => backendFromEnv({ CMS_BRANCH: 'main; rm' })).toThrow(/CMS_BRANCH/);
});

describe('adminHosts: what the /admin/ policy lets the CMS reach', () => {
  test('each backend its own hosts, decap-server on the laptop always, GitHub images for GitHub only', () => {
    const gateway = adminHosts(backendFromEnv({}));
    expect(gateway.connect).toEqual([localBackendOrigin]);
    expect(gateway.images).toEqual([]);
    const github = adminHosts(
      backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'reseau-asm/site' }),
    );
    expect(github.connect).toEqual(['https://api.github.com', localBackendOrigin]);
    expect(github.images.length).toBeGreaterThan(0);
    const bridge = adminHosts(
      backendFromEnv({
        CMS_BACKEND: 'decapbridge',
        CMS_REPO: 'reseau-asm/site',
        CMS_DECAPBRIDGE_SITE_ID: '1b2c3d4e-0000-4000-8000-000000000000',
      }),
    );
    expect(bridge.connect).toEqual([
      'https://auth.decapbridge.com',
      'https://gateway.decapbridge.com',
      localBackendOrigin,
    ]);
    expect(bridge.connect).not.toContain('https://api.github.com');
  });
});
