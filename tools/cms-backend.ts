// The CMS's local backend for `npm run dev`: on the loopback interface only (port 8081, Decap's
// default, or CMS_BACKEND_PORT), writing into this project's content/ and uploads, for the dev
// site's pages only (tools/local-backend-server.ts).
import { fileURLToPath } from 'node:url';
import { devSiteOrigins } from './local-backend.ts';
import { loopbackHost, startLocalBackendServer } from './local-backend-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.CMS_BACKEND_PORT ?? 8081);
const backend = await startLocalBackendServer({
  repoDir: root,
  port,
  allowedOrigins: devSiteOrigins,
  verbose: true,
});
console.log(
  `Backend local du CMS sur http://${loopbackHost}:${backend.port}/ (cet ordinateur seulement, ` +
    `pour les pages de ${devSiteOrigins.join(' et ')}).`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void backend.close().then(() => process.exit(0)));
}
