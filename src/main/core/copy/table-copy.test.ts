import { describe, expect, it } from 'vitest';
import { platforms } from '../../../shared/ipc/copy';
import { requestReadingSchema, tones } from '../../../shared/reading';
import { platformLimits } from './platform-limits';
import { readingTable } from './reading-table';
import { copyIndustryOf, readRequest } from './request-reading';
import { writeTemplateCopy } from './template-copywriter';

const now = new Date('2026-07-10T10:00:00+09:00');

/** Pieces of instructions, endings and particles a headline or hashtag must never carry. */
const fragments = ['해줘', '써줘', '만들어', '주세요', '부탁', '타겟', '타깃', '이야', '받습니다', '받아요', '나왔어요', '올릴', '스토리용', '용으로', '문구', '광고', '홍보', '깔끔하게', '배경에', '할게요', '할래', '해용', '드려요', '합니다', '했어요', '입고됐', 'ㅎㅎ', 'ㅠ'];
/** Words that are only a particle or an ending when they stand alone. */
const looseWords = new Set(['쓸', '으로', '로', '만', '을', '를', '거', '이', '가', '은', '는', '도', '의', '에', '요', '줘', '좀', '해']);

const generated = readingTable
  .map((entry) => ({ entry, reading: readRequest(entry.text, { now, shop: entry.shop, hasPrevious: entry.hasPrevious ?? false, hasAttachments: entry.hasAttachments ?? false }) }))
  .filter(({ reading }) => reading.intent === 'generate');

describe('copy written from every request of the reading table', () => {
  it('has enough requests to mean something', () => {
    expect(generated.length).toBeGreaterThan(180);
  });

  it('reads every request into a reading that fits its schema', () => {
    for (const entry of readingTable) {
      const reading = readRequest(entry.text, { now, shop: entry.shop, hasPrevious: entry.hasPrevious ?? false, hasAttachments: entry.hasAttachments ?? false });
      expect(requestReadingSchema.safeParse(reading).success, entry.text).toBe(true);
    }
    const runOn = `${'우리 가게 새로 나온 수제 딸기 생크림 케이크 '.repeat(40)}광고 만들어줘 ${'10% 할인 '.repeat(30)}`;
    expect(requestReadingSchema.safeParse(readRequest(runOn, { now, shop: { industry: 'bakery', name: '밀밭' }, hasPrevious: false, hasAttachments: false })).success).toBe(true);
  });

  it('puts no instruction, ending or particle in a headline or hashtag, keeps every fact verbatim and invents no number, in every tone and platform', () => {
    const problems: string[] = [];
    for (const [index, { entry, reading }] of generated.entries()) {
      const tone = tones[index % tones.length] ?? 'friendly';
      const platform = platforms[index % platforms.length] ?? 'instagram-feed';
      const { copy } = writeTemplateCopy({
        reading,
        category: reading.category,
        industry: copyIndustryOf(reading, entry.shop.industry),
        limits: platformLimits[platform],
        tone,
        shop: { name: entry.shop.name, region: '서울 마포구', defaultHashtags: [entry.shop.name.replace(/\s/g, '')] },
        seed: index,
        recentTemplates: [],
      });
      for (const line of [copy.headline, ...copy.hashtags]) {
        for (const fragment of fragments) if (line.includes(fragment)) problems.push(`"${fragment}" in "${line}" (${entry.text})`);
        for (const word of line.split(/[\s,]+/)) if (looseWords.has(word)) problems.push(`loose "${word}" in "${line}" (${entry.text})`);
      }
      const written = [copy.headline, copy.subcopy].join('\n');
      for (const fact of reading.facts) if (!written.includes(fact.text)) problems.push(`fact "${fact.text}" missing from "${written}"`);
      const ownerNumbers = new Set(entry.text.match(/\d+/g) ?? []);
      for (const digits of `${written} ${copy.cta} ${copy.hashtags.join(' ')}`.match(/\d+/g) ?? []) if (!ownerNumbers.has(digits)) problems.push(`invented ${digits} in "${written}"`);
      // One speech level per tone: the premium voice never ends a sentence in 요, the others never in 니다.
      const sentences = copy.subcopy.split(/(?<=[.!?~])\s+/).filter((s) => /[가-힣]/.test(s.slice(-3)));
      for (const sentence of sentences) {
        if (tone === 'premium' && /요[.!?~)]*$/.test(sentence)) problems.push(`해요체 "${sentence}" in the premium voice`);
        if (tone !== 'premium' && /니다[.!?~]*$/.test(sentence)) problems.push(`합니다체 "${sentence}" in the ${tone} voice`);
      }
    }
    expect(problems).toEqual([]);
  });
});
