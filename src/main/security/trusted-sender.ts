/** Where our own renderer is served from: the scheme and host (with its port) of its URL. */
export interface RendererLocation {
  readonly protocol: string;
  readonly host: string;
}

/** A frame asking main for something: the URL it shows, and whether it is its window's top frame. */
export interface SenderFrame {
  readonly url: string;
  readonly isTopFrame: boolean;
}

/** The location of app://renderer/… in the packaged app, or of the dev server's http://localhost:5173. */
export function rendererLocationOf(url: string): RendererLocation {
  const { protocol, host } = new URL(url);
  return { protocol, host };
}

/**
 * Only the top frame of a window showing our own renderer may call main. Scheme and host are
 * compared one by one: Node's URL gives every non-special scheme (our app://) the origin
 * "null", so comparing origins would refuse the packaged app and accept nothing useful.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, renderer: RendererLocation): boolean {
  if (!frame?.isTopFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // app://evil@renderer/ names the right host but is no URL our window ever shows.
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === renderer.protocol && url.host === renderer.host;
}
