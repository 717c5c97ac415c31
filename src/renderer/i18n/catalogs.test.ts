import { describe, expect, it } from 'vitest';
import { defaultUserMessages, errorCodeSchema } from '../../shared/errors';
import { copyWriterSchema, platforms } from '../../shared/ipc/copy';
import { jobSteps } from '../../shared/ipc/jobs';
import { replyLeads } from '../../shared/ipc/sessions';
import { tones } from '../../shared/reading';
import { typeVoices } from '../../shared/ad-design';
import { stepWordsKo } from '../../main/core/jobs/progress';
import { en } from './en';
import { ko } from './ko';

const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** Every code the core sends for a window to word, as the catalog key it is worded by. */
const codeKeys = [
  ...jobSteps.map((code) => `job.step.${code}`),
  ...errorCodeSchema.options.map((code) => `error.${code}`),
  ...replyLeads.map((code) => `reply.${code}`),
  ...copyWriterSchema.options.map((code) => `reply.writer.${code}`),
  ...platforms.map((code) => `platform.${code}`),
  ...tones.map((code) => `tone.${code}`),
  ...typeVoices.map((code) => `typeface.${code}`),
];

describe('ko and en catalogs', () => {
  it('word every step, error, reply and writer code the core sends', () => {
    const missing = (catalog: Record<string, string>) => codeKeys.filter((key) => !catalog[key]?.trim());
    expect(missing(ko)).toEqual([]);
    expect(missing(en)).toEqual([]);
  });

  it('hold no Hangul in English', () => {
    expect(Object.entries(en).filter(([, text]) => hangul.test(text))).toEqual([]);
  });

  it('word each step in Korean exactly as the core’s progress message does, so Korean windows read as before', () => {
    for (const code of jobSteps) expect(ko[`job.step.${code}`]).toBe(stepWordsKo[code]);
  });

  it('speak one register in Korean, 해요체, in the window and in the core’s error messages', () => {
    const formal = /(습|ㅂ)니다|[가-힣]니다(?=[.!?)\s]|$)/;
    expect(Object.entries(ko).filter(([, text]) => formal.test(text))).toEqual([]);
    expect(Object.entries(defaultUserMessages).filter(([, text]) => formal.test(text))).toEqual([]);
    expect(Object.entries(stepWordsKo).filter(([, text]) => formal.test(text))).toEqual([]);
  });

  it('fill the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) expect(names(en[key]), key).toEqual(names(ko[key]));
  });
});
