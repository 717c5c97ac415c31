/**
 * The renderer's Content-Security-Policy, the same under Electron's app:// protocol and the
 * headless host: only our own scripts and styles, no remote anything, no framing.
 * `connect-src 'self'` lets the page open its WebSocket back to the loopback host that served it;
 * `media:` is Electron's protocol for library images and videos (the host serves them from 'self').
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: media:",
  "media-src 'self' media:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every renderer response. */
export const rendererSecurityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
