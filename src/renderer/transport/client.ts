import { createClient, type Client, type Transport } from '../../shared/ipc/client';
import './window-bridge';
import { createWebSocketTransport } from './websocket-transport';


/** The socket sits beside the page under the same token path: /<token>/ → /<token>/ws. */
export function socketUrlFor(location: Pick<Location, 'protocol' | 'host' | 'pathname'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const base = location.pathname.endsWith('/') ? location.pathname : location.pathname.replace(/[^/]*$/, '');
  return `${scheme}//${location.host}${base}ws`;
}

function detectTransport(): Transport {
  if (window.adstudio) return window.adstudio;
  return createWebSocketTransport(socketUrlFor(window.location), (url) => new WebSocket(url));
}

/** The one client of the whole renderer. Which transport it has is decided here and only here. */
export const client: Client = createClient(detectTransport());
