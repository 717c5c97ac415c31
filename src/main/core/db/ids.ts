import { v7 } from 'uuid';

/** Time-ordered ids: rows created in the same millisecond still sort in creation order. */
export const newId = (): string => v7();
