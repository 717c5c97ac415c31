import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per run: whoever has the printed URL may use the host; nobody else on the machine. */
export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Only loopback names are accepted in Host and Origin: a page on another site that tricks
 * DNS into pointing at 127.0.0.1 (rebinding) still sends its own name and is refused.
 */
export function isLoopbackAuthority(authority: string | undefined, port: number): boolean {
  return authority === `127.0.0.1:${port}` || authority === `localhost:${port}`;
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true; // not a browser: the token alone decides
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && isLoopbackAuthority(url.host, port);
  } catch {
    return false;
  }
}

/** Splits `/<token>/rest` into the token and the rest (`/` at least). */
export function splitTokenPath(pathname: string): { token: string | undefined; rest: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  return { token: match?.[1], rest: match?.[2] ?? '/' };
}
