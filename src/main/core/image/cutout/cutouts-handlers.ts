import type { DomainHandlers } from '../../../../shared/ipc/contract';
import { cutoutView, touchUpCutout, type TouchUpDeps } from './touch-up';

export function createCutoutsHandlers(deps: TouchUpDeps) {
  return {
    'cutouts.get': async ({ sourceSha256 }) => cutoutView(deps, sourceSha256),
    'cutouts.touchUp': async ({ sourceSha256, maskBase64 }) => touchUpCutout(deps, sourceSha256, Buffer.from(maskBase64, 'base64')),
  } satisfies DomainHandlers<'cutouts.get' | 'cutouts.touchUp'>;
}
