import { describe, expect, it } from 'vitest';
import { isTrustedSender, rendererLocationOf } from './trusted-sender';

const packaged = rendererLocationOf('app://renderer');
const dev = rendererLocationOf('http://localhost:5173');
const top = (url: string) => ({ url, isTopFrame: true });

describe('isTrustedSender', () => {
  it('trusts the packaged window at app://renderer, whose URL origin is "null"', () => {
    expect(new URL('app://renderer/index.html').origin).toBe('null');
    expect(isTrustedSender(top('app://renderer/index.html'), packaged)).toBe(true);
    expect(isTrustedSender(top('app://renderer/'), packaged)).toBe(true);
  });

  it('refuses other app:// hosts and disguised ones', () => {
    for (const url of ['app://renderer.evil/index.html', 'app://other/index.html', 'app://evil@renderer/index.html', 'app://renderer:8080/index.html', 'app:renderer/index.html']) {
      expect(isTrustedSender(top(url), packaged), url).toBe(false);
    }
  });

  it('trusts the dev server only when it is the renderer location', () => {
    expect(isTrustedSender(top('http://localhost:5173/'), dev)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173/index.html'), packaged)).toBe(false);
    expect(isTrustedSender(top('http://localhost:5174/'), dev)).toBe(false);
    expect(isTrustedSender(top('https://localhost:5173/'), dev)).toBe(false);
    expect(isTrustedSender(top('app://renderer/index.html'), dev)).toBe(false);
  });

  it('refuses files, foreign sites, subframes, gone frames and garbage', () => {
    for (const renderer of [packaged, dev]) {
      expect(isTrustedSender(top('file:///opt/AdStudio/resources/app/out/renderer/index.html'), renderer)).toBe(false);
      expect(isTrustedSender(top('https://evil.example/'), renderer)).toBe(false);
      expect(isTrustedSender({ url: 'app://renderer/index.html', isTopFrame: false }, renderer)).toBe(false);
      expect(isTrustedSender({ url: 'http://localhost:5173/', isTopFrame: false }, renderer)).toBe(false);
      expect(isTrustedSender(null, renderer)).toBe(false);
      for (const url of ['', 'renderer', 'app://', '://renderer', 'about:blank', 'null', 'javascript:alert(1)']) {
        expect(isTrustedSender(top(url), renderer), url).toBe(false);
      }
    }
  });
});
