// `npm run dev`: Astro reloads every open page whenever a content file changes. Saving in the CMS
// writes such a file, so the CMS reloaded itself in the middle of its own save, and once came back
// to the « new » form filled from its local backup: publishing again made a duplicate. Here the
// « reload everything » message becomes an event that the site's pages follow (they still show an
// edit at once) and that /admin/ ignores. Dev server only: the built site has no such messages.
import type { AstroIntegration } from 'astro';
import type { HotPayload } from 'vite';

/** The event the site's pages reload on, in place of Vite's full reload of every page. */
export const contentChangedEvent = 'asm:content-changed';

/** What to send instead of `payload`: a full reload of every page becomes the event. */
export function withoutAdminReload(payload: HotPayload): HotPayload {
  if (payload.type === 'full-reload' && (payload.path === undefined || payload.path === '*'))
    return { type: 'custom', event: contentChangedEvent };
  return payload;
}

/** The script of every page in dev: /admin/ keeps its state, the site's pages reload. */
export const pageReloadScript = `if (import.meta.hot && !location.pathname.startsWith('/admin/')) import.meta.hot.on(${JSON.stringify(contentChangedEvent)}, () => location.reload());`;

export default function cmsDevReload(): AstroIntegration {
  return {
    name: 'asm:cms-dev-reload',
    hooks: {
      'astro:config:setup': ({ command, injectScript, updateConfig }) => {
        if (command !== 'dev') return;
        injectScript('page', pageReloadScript);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'asm:cms-dev-reload',
                configureServer(server) {
                  const hot = server.environments.client.hot;
                  const send = hot.send.bind(hot) as (payload: HotPayload) => void;
                  hot.send = ((payload: HotPayload | string, data?: unknown) =>
                    typeof payload === 'string'
                      ? send({ type: 'custom', event: payload, data })
                      : send(withoutAdminReload(payload))) as typeof hot.send;
                },
              },
            ],
          },
        });
      },
    },
  };
}
