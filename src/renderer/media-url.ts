import './transport/window-bridge';

/**
 * Where the window loads a stored image: Electron serves media://local/<sha>; the headless host
 * serves media/<sha> beside the page, under its token path. Only hashes ever name a file.
 */
export function mediaUrl(sha256: string, size?: 256 | 1024): string {
  const query = size ? `?size=${size}` : '';
  return window.adstudio ? `media://local/${sha256}${query}` : `media/${sha256}${query}`;
}

/** Saves a stored file through the browser's (or Electron's) own download, under a chosen name. */
export function downloadMedia(sha256: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = mediaUrl(sha256);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
