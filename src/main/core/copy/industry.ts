import type { industries } from '../../../shared/ipc/shops';

export type Industry = (typeof industries)[number];
