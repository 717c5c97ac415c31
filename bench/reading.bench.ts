import { findOfferFacts } from '../src/main/core/copy/offer-facts';
import { readingTable } from '../src/main/core/copy/reading-table';
import { readRequest } from '../src/main/core/copy/request-reading';
import { formatSeries, ownMs, startTiming, summarize, verdict, type Timed } from './measure';

// The built-in reader runs on every chat message before anything else; it must never be what
// the owner waits for. 1,000 distinct requests: the reading table's, then each again with a
// platform, an offer or a style tacked on, the way owners add to a sentence.
const tails = ['', ' 인스타 스토리용으로', ' 12월 20일까지 10% 할인', ' 흰 배경에 깔끔하게', ' 카톡 채널에 올릴 거예요 ㅎㅎ', ' 3만원 이상 무료 배송'];
const requests = readingTable.flatMap((entry) => tails.map((tail) => ({ ...entry, text: entry.text + tail }))).slice(0, 1000);
if (requests.length < 1000) throw new Error(`only ${requests.length} requests`);
const now = new Date('2026-07-10T10:00:00+09:00');

/** Each request timed on its own; the facts finder alone runs beside the whole reader, turn about, as a reference. */
function timeEach(): { reader: Timed[]; facts: Timed[] } {
  const reader: Timed[] = [];
  const facts: Timed[] = [];
  for (const { text, shop, hasPrevious, hasAttachments } of requests) readRequest(text, { now, shop, hasPrevious: hasPrevious ?? false, hasAttachments: hasAttachments ?? false });
  for (let round = 0; round < 5; round += 1) {
    for (const { text, shop, hasPrevious, hasAttachments } of requests) {
      const stopReader = startTiming();
      readRequest(text, { now, shop, hasPrevious: hasPrevious ?? false, hasAttachments: hasAttachments ?? false });
      reader.push(stopReader());
      const stopFacts = startTiming();
      findOfferFacts(text);
      facts.push(stopFacts());
    }
  }
  return { reader, facts };
}

const timed = timeEach();
// Judged on own time: wall clock less the waits for a core held by another process (Linux).
const reader = summarize(timed.reader.map(ownMs));
const facts = summarize(timed.facts.map(ownMs));
console.log(`${requests.length} requests × 5 rounds, each timed on its own (own time; wall clock p99 ${summarize(timed.reader.map((t) => t.ms)).p99.toFixed(3)} ms)`);
console.log(formatSeries('built-in reader', reader));
console.log(formatSeries('offer facts alone (reference)', facts));
console.log(`reader / facts at p50: ${(reader.p50 / facts.p50).toFixed(1)}×`);
console.log(verdict('reading', 'p99_ms', reader.p99, '<2', reader.p99 < 2));
