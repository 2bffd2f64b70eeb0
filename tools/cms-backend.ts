// The CMS's local backend for `npm run dev`: decap-server on the loopback interface only (port
// 8081, Decap's default, or CMS_BACKEND_PORT), writing into this project's content/.
import { fileURLToPath } from 'node:url';
import { loopbackHost, spawnDecapServer } from './local-backend.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.CMS_BACKEND_PORT ?? 8081);
const child = spawnDecapServer(root, port, 'inherit');
console.log(`Backend local du CMS sur http://${loopbackHost}:${port}/ (cet ordinateur seulement).`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
