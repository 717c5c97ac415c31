import { protocol } from 'electron';
import { rendererSecurityHeaders } from '../security/content-policy';
import { readRendererFile } from '../security/static-files';
import { mediaScheme } from './media-protocol';

export const rendererOrigin = 'app://renderer';

/** Must run before `app.ready`: makes app:// and media:// standard, secure origins so CSP can name them. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }, mediaScheme]);
}

/** Serves the built renderer from app://renderer/ with the same headers the headless host sends. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'renderer' ? await readRendererFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { ...rendererSecurityHeaders, 'Content-Type': file.contentType },
    });
  });
}
