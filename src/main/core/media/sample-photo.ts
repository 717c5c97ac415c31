import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { seededRandom } from '../random/seeded-random';

/** The sample photo's side: a phone photo's worth of detail, well past the cut-out's 1024² input. */
const side = 1600;

/** Glaze speckles, fixed by seed so the sample is the same file (the same media) every time. */
function speckles(): string {
  const random = seededRandom(20261203);
  return Array.from({ length: 140 }, () => {
    const x = 585 + random() * 430;
    const y = 700 + random() * 440;
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(1.5 + random() * 3).toFixed(1)}" fill="#f4efe6" opacity="${(0.25 + random() * 0.35).toFixed(2)}"/>`;
  }).join('');
}

/**
 * A hand-thrown glazed mug on a wooden table against a plain wall, lit from the left: a product
 * shot as a shop owner would take one, drawn here so the app can offer "try it with a sample
 * photo" without shipping anyone's photograph.
 */
export function samplePhotoSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 ${side} ${side}">
  <defs>
    <linearGradient id="wall" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f3eee6"/><stop offset="1" stop-color="#ddd3c4"/></linearGradient>
    <linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#c9a57c"/><stop offset="1" stop-color="#a9805a"/></linearGradient>
    <linearGradient id="body" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#1f4f53"/><stop offset="0.18" stop-color="#3f8589"/><stop offset="0.32" stop-color="#8cc4c0"/>
      <stop offset="0.45" stop-color="#4e9597"/><stop offset="0.82" stop-color="#2c6366"/><stop offset="1" stop-color="#173b3e"/>
    </linearGradient>
    <linearGradient id="foot" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#a99579"/><stop offset="0.3" stop-color="#e2d4bd"/><stop offset="1" stop-color="#8d7a60"/></linearGradient>
    <radialGradient id="inside" cx="0.45" cy="0.35" r="0.7"><stop offset="0" stop-color="#3c7d80"/><stop offset="1" stop-color="#10292b"/></radialGradient>
    <linearGradient id="handle" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4a9194"/><stop offset="1" stop-color="#1c4649"/></linearGradient>
    <filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="28"/></filter>
    <filter id="grain" x="0" y="0" width="100%" height="100%"><feGaussianBlur stdDeviation="1.2"/></filter>
  </defs>
  <rect width="${side}" height="${side}" fill="url(#wall)"/>
  <rect y="1060" width="${side}" height="${side - 1060}" fill="url(#table)"/>
  <rect y="1060" width="${side}" height="10" fill="#e3c9a4" opacity="0.7"/>
  <g opacity="0.18" stroke="#6b4a2e" stroke-width="3" fill="none">
    <path d="M0 1160 C 400 1150, 900 1175, 1600 1150"/><path d="M0 1290 C 500 1280, 1000 1310, 1600 1285"/><path d="M0 1450 C 600 1440, 1100 1470, 1600 1440"/>
  </g>
  <ellipse cx="860" cy="1200" rx="330" ry="60" fill="#3b2a1c" opacity="0.45" filter="url(#soft)"/>
  <ellipse cx="800" cy="1178" rx="245" ry="30" fill="#2a1d12" opacity="0.5" filter="url(#grain)"/>
  <path d="M1030 760 C 1190 740, 1215 1000, 1030 1030" stroke="url(#handle)" stroke-width="64" fill="none" stroke-linecap="round"/>
  <path d="M1030 790 C 1150 780, 1165 985, 1030 1000" stroke="#8cc4c0" stroke-width="10" fill="none" opacity="0.45" stroke-linecap="round"/>
  <path d="M560 640 L560 1110 Q560 1180 800 1180 Q1040 1180 1040 1110 L1040 640 Z" fill="url(#body)"/>
  <path d="M562 1110 Q562 1180 800 1180 Q1038 1180 1038 1110 L1038 1135 Q1038 1192 800 1192 Q562 1192 562 1135 Z" fill="url(#foot)"/>
  <path d="M560 1100 Q560 1168 800 1168 Q1040 1168 1040 1100" stroke="#173b3e" stroke-width="6" fill="none" opacity="0.5"/>
  <g filter="url(#grain)">${speckles()}</g>
  <ellipse cx="800" cy="640" rx="240" ry="52" fill="url(#inside)"/>
  <ellipse cx="800" cy="640" rx="240" ry="52" fill="none" stroke="#a8d6d2" stroke-width="9"/>
  <path d="M640 700 Q630 900 660 1080" stroke="#ffffff" stroke-width="26" opacity="0.28" fill="none" stroke-linecap="round" filter="url(#grain)"/>
</svg>`;
}

let drawn: Promise<Buffer> | undefined;

/** The sample photo as a JPEG, as a phone would save it; the same bytes every time, drawn once per run. */
export function samplePhotoJpeg(): Promise<Buffer> {
  drawn ??= sharp(new Resvg(samplePhotoSvg(), { fitTo: { mode: 'original' } }).render().asPng())
    .jpeg({ quality: 90, mozjpeg: true })
    .toBuffer();
  // A failed drawing is not kept: the next click tries again.
  return drawn.catch((error: unknown) => {
    drawn = undefined;
    throw error;
  });
}
