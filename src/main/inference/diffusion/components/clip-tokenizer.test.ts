import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeClipTokenizerFolder } from '../testing/clip-vocab';
import { clipContextLength, loadClipTokenizer } from './clip-tokenizer';

const tokenizer = loadClipTokenizer(writeClipTokenizerFolder(join(mkdtempSync(join(tmpdir(), 'adstudio-clip-')), 'tokenizer')));

describe('CLIP tokenizer', () => {
  it('gives the ids a reference implementation publishes', () => {
    // elixir-nx/bumblebee, test/bumblebee/text/clip_tokenizer_test.exs ("encoding model input"),
    // which checks its CLIP tokenizer against openai/clip-vit-base-patch32.
    expect(tokenizer.ids('a photo of a cat')).toEqual([49406, 320, 1125, 539, 320, 2368, 49407]);
    expect(tokenizer.ids('a photo of a dog')).toEqual([49406, 320, 1125, 539, 320, 1929, 49407]);
  });

  it('normalises case and spacing the way CLIP does', () => {
    expect(tokenizer.ids('A   Photo\tof a CAT')).toEqual(tokenizer.ids('a photo of a cat'));
  });

  it('pads to 77 with the end token and cuts long prompts keeping the end token', () => {
    const short = tokenizer.encode('a photo of a cat');
    expect(short).toHaveLength(clipContextLength);
    expect([...short.slice(0, 8)]).toEqual([49406, 320, 1125, 539, 320, 2368, 49407, 49407]);
    const long = tokenizer.encode('cafe table '.repeat(60));
    expect(long[0]).toBe(49406);
    expect(long[clipContextLength - 1]).toBe(49407);
  });
});
