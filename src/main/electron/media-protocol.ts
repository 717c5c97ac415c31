import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import type { Core } from '../core/core';
import { mediaCacheControl, resolveMediaRequest } from '../core/media/media-request';

/** Registered with the renderer scheme, before `app.ready`. */
export const mediaScheme = { scheme: 'media', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } } as const;

/** Serves library images at media://local/<sha256>[?size=256|1024]; every other URL is a 404. */
export function serveMedia(core: Core): void {
  protocol.handle('media', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'local' ? await resolveMediaRequest(core.media, url.pathname, url.searchParams.get('size')) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file.path).toString());
    return new Response(response.body, { headers: { 'Content-Type': file.mime, 'Cache-Control': mediaCacheControl } });
  });
}
