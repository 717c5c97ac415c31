import { protocol } from 'electron';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { rangedAnswer } from '../core/media/byte-range';
import type { Core } from '../core/core';
import { mediaCacheControl, resolveMediaRequest } from '../core/media/media-request';

/** Registered with the renderer scheme, before `app.ready`. */
export const mediaScheme = { scheme: 'media', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } } as const;

/** Serves library images and videos at media://local/<sha256>[?size=256|1024], in parts when asked; every other URL is a 404. */
export function serveMedia(core: Core): void {
  protocol.handle('media', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'local' ? await resolveMediaRequest(core.media, url.pathname, url.searchParams.get('size')) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    // A video element asks for parts of the file as it plays and seeks.
    const answer = await rangedAnswer(file.path, request.headers.get('range'));
    const headers = { 'Content-Type': file.mime, 'Cache-Control': mediaCacheControl, ...answer.headers };
    if (!answer.read) return new Response(null, { status: answer.status, headers });
    const body = Readable.toWeb(createReadStream(file.path, answer.read)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: answer.status, headers });
  });
}
