import type { z } from 'zod';
import { appEvents, appMethods } from './app';
import { cutoutsEvents, cutoutsMethods } from './cutouts';
import { generationsEvents, generationsMethods } from './generations';
import { jobsEvents, jobsMethods } from './jobs';
import { libraryEvents, libraryMethods } from './library';
import { mediaEvents, mediaMethods } from './media';
import { modelsEvents, modelsMethods } from './models';
import { sessionsEvents, sessionsMethods } from './sessions';
import { settingsEvents, settingsMethods } from './settings';
import { shopsEvents, shopsMethods } from './shops';
import { videosEvents, videosMethods } from './videos';

/** Every method any front door may call. Adding a domain means adding its spread here. */
export const methods = {
  ...appMethods,
  ...settingsMethods,
  ...shopsMethods,
  ...sessionsMethods,
  ...generationsMethods,
  ...mediaMethods,
  ...cutoutsMethods,
  ...libraryMethods,
  ...jobsMethods,
  ...modelsMethods,
  ...videosMethods,
};
/** Every event the core may push. */
export const events = {
  ...appEvents,
  ...settingsEvents,
  ...shopsEvents,
  ...sessionsEvents,
  ...generationsEvents,
  ...mediaEvents,
  ...cutoutsEvents,
  ...libraryEvents,
  ...jobsEvents,
  ...modelsEvents,
  ...videosEvents,
};

export type Methods = typeof methods;
export type Events = typeof events;
export type MethodName = keyof Methods;
export type EventName = keyof Events;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;

/** What the core implements: one async function per method, receiving validated input. */
export type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => Promise<MethodOutput<M>>;
};

/** A subset of handlers for one domain, checked with `satisfies` in its handler file. */
export type DomainHandlers<Names extends MethodName> = Pick<Handlers, Names>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** An event as it travels: its name and its payload. */
export type CoreEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
