// The CMS's production login, chosen at build time by environment variables (README, « Connexion
// en production ») — each backend's Decap settings, what it needs, and the hosts the admin page's
// Content-Security-Policy must let it reach. A wrong or incomplete choice stops the build with a
// French message: a CMS that cannot log in is found by the build, not by an editor.
import type { CmsBackendHosts } from '../../src/lib/security-headers.ts';

export type CmsBackend =
  /** Netlify Identity + Git Gateway (deprecated by Netlify), or DecapBridge with identity_url. */
  | {
      name: 'git-gateway';
      branch: string;
      repo?: string;
      identity_url?: string;
      gateway_url?: string;
      site_domain?: string;
    }
  | { name: 'github'; repo: string; branch: string; base_url?: string; auth_endpoint?: string }
  | { name: 'turbo-github'; repo: string; branch: string; turbo_site_id: string };

export type BackendChoice = 'git-gateway' | 'decapbridge' | 'github' | 'turbo';
export const backendChoices: BackendChoice[] = ['git-gateway', 'decapbridge', 'github', 'turbo'];

/** DecapBridge's documented endpoints (its dashboard gives the same snippet). */
export const decapBridge = {
  identity: (siteId: string) => `https://auth.decapbridge.com/sites/${siteId}`,
  gateway: 'https://gateway.decapbridge.com',
};

/** decap-server, the local backend of `npm run dev` (Decap's default address). */
export const localBackendOrigin = 'http://localhost:8081';
/** Its API, where the CMS (local_backend: true) and the tools talk to it. */
export const localBackendApi = `${localBackendOrigin}/api/v1`;

/** The first Decap release with the Turbo backends. */
const turboSince = [3, 17, 0];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const repoPattern = /^[\w.-]+\/[\w.-]+$/;
const hostPattern =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

export class BackendConfigError extends Error {}

function isAtLeast(version: string, minimum: number[]): boolean {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < minimum.length; i += 1) {
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i]!;
  }
  return true;
}

function httpsUrl(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BackendConfigError(`${variable} n’est pas une adresse web : « ${value} ».`);
  }
  if (url.protocol !== 'https:') {
    throw new BackendConfigError(`${variable} doit commencer par https:// (reçu : « ${value} »).`);
  }
  return value.replace(/\/$/, '');
}

/**
 * The backend from environment variables:
 * - CMS_BACKEND: git-gateway (default: Netlify Identity), decapbridge, github, turbo;
 * - CMS_BRANCH: the published branch (default main);
 * - CMS_REPO: owner/name (github, decapbridge, turbo);
 * - CMS_DECAPBRIDGE_SITE_ID: the site's identifier in DecapBridge's dashboard;
 * - CMS_SITE_DOMAIN: the site's host name, when DecapBridge must be told (optional);
 * - CMS_BASE_URL, CMS_AUTH_ENDPOINT: the OAuth server for github (optional on Netlify);
 * - CMS_TURBO_SITE_ID: the site's identifier in Decap Turbo (needs Decap ≥ 3.17).
 * `decapVersion` is the installed decap-cms-app version.
 */
export function backendFromEnv(
  env: Record<string, string | undefined>,
  decapVersion = '0.0.0',
): CmsBackend {
  const read = (name: string) => env[name]?.trim() || undefined;
  const choice = read('CMS_BACKEND') ?? 'git-gateway';
  const branch = read('CMS_BRANCH') ?? 'main';
  if (!/^[\w./-]+$/.test(branch)) {
    throw new BackendConfigError(`CMS_BRANCH n’est pas un nom de branche : « ${branch} ».`);
  }
  const repo = () => {
    const value = read('CMS_REPO');
    if (!value || !repoPattern.test(value)) {
      throw new BackendConfigError(
        `CMS_BACKEND=${choice} demande CMS_REPO=propriétaire/dépôt (par exemple reseau-asm/site)${value ? `, reçu « ${value} »` : ''}.`,
      );
    }
    return value;
  };
  switch (choice) {
    case 'git-gateway':
      return { name: 'git-gateway', branch };
    case 'decapbridge': {
      const siteId = read('CMS_DECAPBRIDGE_SITE_ID');
      if (!siteId || !uuid.test(siteId)) {
        throw new BackendConfigError(
          `CMS_BACKEND=decapbridge demande CMS_DECAPBRIDGE_SITE_ID, l’identifiant du site dans le tableau de bord DecapBridge (de la forme 1b2c3d4e-…)${siteId ? `, reçu « ${siteId} »` : ''}.`,
        );
      }
      const backend: CmsBackend = {
        name: 'git-gateway',
        repo: repo(),
        branch,
        identity_url: decapBridge.identity(siteId),
        gateway_url: decapBridge.gateway,
      };
      const domain = read('CMS_SITE_DOMAIN');
      if (domain) {
        if (!hostPattern.test(domain)) {
          throw new BackendConfigError(
            `CMS_SITE_DOMAIN doit être un nom d’hôte sans https:// ni chemin (par exemple ambassadeurs-santementale.fr), reçu « ${domain} ».`,
          );
        }
        backend.site_domain = domain;
      }
      return backend;
    }
    case 'github': {
      const backend: CmsBackend = { name: 'github', repo: repo(), branch };
      const baseUrl = read('CMS_BASE_URL');
      if (baseUrl) backend.base_url = httpsUrl(baseUrl, 'CMS_BASE_URL');
      const endpoint = read('CMS_AUTH_ENDPOINT');
      if (endpoint) {
        if (!/^[\w./-]+$/.test(endpoint)) {
          throw new BackendConfigError(
            `CMS_AUTH_ENDPOINT doit être un chemin (auth), reçu « ${endpoint} ».`,
          );
        }
        backend.auth_endpoint = endpoint.replace(/^\//, '');
      }
      return backend;
    }
    case 'turbo': {
      if (!isAtLeast(decapVersion, turboSince)) {
        throw new BackendConfigError(
          `CMS_BACKEND=turbo demande Decap CMS ${turboSince.join('.')} ou plus récent ; la version installée est ${decapVersion} (mettez à jour decap-cms-app).`,
        );
      }
      const siteId = read('CMS_TURBO_SITE_ID');
      if (!siteId || !uuid.test(siteId)) {
        throw new BackendConfigError(
          'CMS_BACKEND=turbo demande CMS_TURBO_SITE_ID, l’identifiant du site dans Decap Turbo.',
        );
      }
      return { name: 'turbo-github', repo: repo(), branch, turbo_site_id: siteId };
    }
    default:
      throw new BackendConfigError(
        `CMS_BACKEND inconnu : « ${choice} » (attendu : ${backendChoices.join(', ')}).`,
      );
  }
}

/**
 * The origins the admin page must reach for this backend, for its CSP's connect-src (besides
 * 'self' and decap-server on the editor's own machine, see localBackendOrigin).
 */
export function backendHosts(backend: CmsBackend): string[] {
  switch (backend.name) {
    case 'git-gateway':
      // Netlify Identity and Git Gateway answer on the site itself (/.netlify/…).
      return [backend.identity_url, backend.gateway_url]
        .filter((url): url is string => !!url)
        .map((url) => new URL(url).origin);
    case 'github':
      return ['https://api.github.com'];
    case 'turbo-github':
      // Turbo resolves its endpoints at load time and its documentation names no fixed host:
      // whoever installs Decap ≥ 3.17 adds them here after checking, rather than guessing.
      throw new BackendConfigError(
        'Les adresses de Decap Turbo ne sont pas connues de la politique de sécurité de /admin/ : ajoutez-les dans cms/config/backends.ts (backendHosts) d’après la documentation de Turbo.',
      );
  }
}

/** Whether the admin page needs netlify-identity-widget (Netlify Identity, not DecapBridge). */
export function needsIdentityWidget(backend: CmsBackend): boolean {
  return backend.name === 'git-gateway' && !backend.identity_url;
}

/**
 * What the admin page's CSP lets the CMS reach for this backend (src/lib/security-headers.ts):
 * the backend's own hosts, decap-server on the editor's machine, and GitHub's avatars and files
 * for the GitHub backend only.
 */
export function adminHosts(backend: CmsBackend): CmsBackendHosts {
  return {
    connect: [...backendHosts(backend), localBackendOrigin],
    images:
      backend.name === 'github'
        ? ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com']
        : [],
  };
}
