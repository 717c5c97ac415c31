import { createRequire } from 'node:module';
import { dirname } from 'node:path';

// Not named `require`: the bundler's ESM shim declares that name in the same chunk.
const resolveFromHere = createRequire(import.meta.url);

/** Where an installed module's entry file is. */
export const resolveModule = (specifier: string): string => resolveFromHere.resolve(specifier);

/** The folder of an installed npm package, for the data files it ships (fonts, model chunks). */
export const packageDir = (name: string): string => dirname(resolveModule(`${name}/package.json`));
