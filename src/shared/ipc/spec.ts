import type { z } from 'zod';

/** One request/response method of the contract. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** One event the core pushes to every front end. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  payload: P;
}

export type MethodSpecs = Record<string, MethodSpec>;
export type EventSpecs = Record<string, EventSpec>;
