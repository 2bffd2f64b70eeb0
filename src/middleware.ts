// One typography pass for every public page, in `astro dev` and at build time alike (Astro runs
// middleware when it prerenders each page): templates and editors' content get the same French
// typography, with no call to remember in each component. The CMS (/admin/) is left alone.
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './lib/html-typography.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isHtml = response.headers.get('content-type')?.includes('text/html');
  if (!isHtml || context.url.pathname.startsWith('/admin/')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(typesetHtml(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
