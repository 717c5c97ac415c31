import { postLimits, type PostChannel, type PostingPack } from '../../../shared/posting';
import { fitLength } from '../copy/platform-limits';
import { shortRegion } from '../copy/hashtags';
import { eucKrBytes, fitBytes, smsSafe } from './euc-kr';
import type { PostSource } from './post-source';

type ChannelText<C extends PostChannel> = PostingPack[C];

const lines = (...parts: (string | false | undefined)[]): string => parts.filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join('\n');
const blocks = (...parts: string[]): string => parts.filter((part) => part.trim().length > 0).join('\n\n');

/** A call to action that only makes sense on Instagram ("DM으로 문의", "프로필 링크") is said another way elsewhere. */
const instagramOnly = /DM|디엠|다이렉트|프로필|링크|인스타|팔로우|스토리/i;
/** What each channel says instead; one that asks for a call needs the shop's phone. */
const channelCta: Record<Exclude<PostChannel, 'instagram' | 'sms'>, { words: string; call?: true }> = {
  youtube: { words: '매장에서 기다릴게요' },
  'naver-blog': { words: '방문 전 전화로 문의해 주세요', call: true },
  kakao: { words: '채팅으로 문의' },
  lms: { words: '전화로 문의해 주세요', call: true },
  'naver-place': { words: '매장에서 만나요' },
};
export function ctaFor(channel: Exclude<PostChannel, 'sms'>, source: PostSource): string {
  if (channel === 'instagram' || (source.cta && !instagramOnly.test(source.cta))) return source.cta;
  const fallback = channelCta[channel];
  return fallback.call && !source.shop.phone ? channelCta['naver-place'].words : fallback.words;
}

const offerLine = (source: PostSource): string => source.facts.join(' · ');
/**
 * The ad's sub-copy often opens with the offer alone ("30% 할인 · 4,500원."), which every channel
 * already sets on its own line: said twice in a row, it reads as a mistake.
 */
function withoutOfferSentence(text: string, facts: readonly string[]): string {
  if (facts.length === 0) return text;
  const first = /^.+?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
  const left = facts.reduce((rest, fact) => rest.split(fact).join(''), first);
  return /[\p{L}\p{N}]/u.test(left) ? text : text.slice(first.length).trim();
}

/** What the long channels say under the headline: the LLM's story when there is one, else the sub-copy. */
const body = (source: PostSource): string => source.story ?? withoutOfferSentence(source.subcopy, source.facts);

/** A post built around its body, the body shortened when the whole would pass `limit` characters. */
function fitAround(build: (body: string) => string, text: string, limit: number): string {
  const whole = build(text);
  const over = [...whole].length - limit;
  return over > 0 ? build(fitLength(text, [...text].length - over)) : whole;
}

/** The shop's card in a post: name and place, address, phone, hours, each on its own line. */
function shopLines(source: PostSource, marks: { place: string; phone: string; hours: string }): string {
  const { shop } = source;
  return lines(`${marks.place}${shop.name}${shop.region ? ` · ${shop.region}` : ''}`, shop.address, shop.phone && `${marks.phone}${shop.phone}`, shop.hours && `${marks.hours}${shop.hours}`);
}

const hashtagLine = (tags: readonly string[]): string => tags.map((tag) => `#${tag}`).join(' ');

export function youtube(source: PostSource): ChannelText<'youtube'> {
  const limits = postLimits.youtube;
  // YouTube refuses angle brackets in titles and descriptions.
  const clean = (text: string): string => text.replace(/[<>]/g, '');
  const suffix = ` | ${source.shop.name} #Shorts`;
  const title = clean(`${fitLength(source.headline, limits.title - [...suffix].length)}${suffix}`);
  // More than 60 hashtags and YouTube ignores them all; a Short shows the first three.
  const tags = ['Shorts', ...source.hashtags].slice(0, 15);
  const described = (subcopy: string): string =>
    clean(blocks(subcopy, source.facts.length > 0 ? `🎁 ${offerLine(source)}` : '', ctaFor('youtube', source), shopLines(source, { place: '📍 ', phone: '📞 ', hours: '🕒 ' }), hashtagLine(tags)));
  const description = fitAround(described, body(source), limits.description);
  const keywords: string[] = [];
  let total = 0;
  for (const tag of [source.shop.name, source.product, shortRegion(source.shop.region), ...source.hashtags].map((tag) => tag.trim()).filter((tag) => tag.length > 0)) {
    // A tag with a space is counted with the quotes YouTube adds, and each tag after the first with its comma.
    const cost = [...tag].length + (tag.includes(' ') ? 2 : 0) + (keywords.length > 0 ? 1 : 0);
    if (keywords.includes(tag) || total + cost > limits.tagsTotal) continue;
    keywords.push(tag);
    total += cost;
  }
  return { title, description, tags: keywords, text: blocks(title, description) };
}

export function instagram(source: PostSource): ChannelText<'instagram'> {
  const limits = postLimits.instagram;
  const hashtags = source.hashtags.slice(0, limits.hashtags);
  const written = (subcopy: string): string =>
    blocks(lines(source.headline, subcopy, source.facts.length > 0 && `🎁 ${offerLine(source)}`), source.cta && `👉 ${source.cta}`, shopLines(source, { place: '📍 ', phone: '📞 ', hours: '⏰ ' }), hashtagLine(hashtags));
  const caption = fitAround(written, body(source), limits.caption);
  return { caption, hashtags, text: caption };
}

export function naverBlog(source: PostSource): ChannelText<'naver-blog'> {
  const limits = postLimits['naver-blog'];
  // A blog title names the neighbourhood as people search it ("연남동"), not the tag form ("연남").
  const place = source.shop.region.trim().split(/\s+/).at(-1) ?? '';
  const title = fitLength(`${place ? `[${place}] ` : ''}${source.shop.name} ${source.headline}`, limits.title);
  const sections = [
    { heading: source.headline, body: lines(`안녕하세요, ${source.shop.region ? `${source.shop.region} ` : ''}${source.shop.name}입니다.`, fitLength(body(source), limits.body / 2)) },
    ...(source.facts.length > 0 ? [{ heading: '이번 혜택', body: source.facts.map((fact) => `· ${fact}`).join('\n') }] : []),
    { heading: '매장 안내', body: lines(source.shop.address && `주소: ${source.shop.address}`, source.shop.phone && `전화: ${source.shop.phone}`, source.shop.hours && `영업시간: ${source.shop.hours}`, ctaFor('naver-blog', source)) },
    ...(source.hashtags.length > 0 ? [{ heading: '태그', body: hashtagLine(source.hashtags.slice(0, 30)) }] : []),
  ];
  return { title, sections, text: blocks(title, ...sections.map((section) => `■ ${section.heading}\n${section.body}`)) };
}

export function kakao(source: PostSource): ChannelText<'kakao'> {
  const limits = postLimits.kakao;
  const title = fitLength(source.headline, limits.title);
  const tail = lines(source.facts.length > 0 && `혜택: ${offerLine(source)}`, source.shop.hours && `영업시간: ${source.shop.hours}`, source.shop.phone && `문의: ${source.shop.phone}`);
  const room = limits.body - [...tail].length - 2;
  const message = fitLength(room > 20 ? blocks(fitLength(body(source), room), tail) : tail, limits.body);
  const button = fitLength(ctaFor('kakao', source), limits.button);
  return { title, body: message, button, text: blocks(title, message, `[${button}]`) };
}

/** The free opt-out line the law asks every advertising text to end with; a placeholder the owner sees until the shop has an 080 number. */
const optOut = (source: PostSource, words: string): string => `${words} ${source.shop.optOutNumber || '[080 번호]'}`;

/**
 * An SMS within 90 bytes: "(광고)" and the sender's name and number first, the free opt-out
 * line last (정보통신망법 제50조), and between them as much of the message as fits.
 */
export function sms(source: PostSource): ChannelText<'sms'> {
  const limit = postLimits.sms.bytes;
  const head = smsSafe(`(광고)${source.shop.name}${source.shop.phone ? ` ${source.shop.phone}` : ''}`);
  const foot = smsSafe(optOut(source, '무료거부'));
  const room = limit - eucKrBytes(head) - eucKrBytes(foot) - 2;
  // With an offer the product and its facts say it in the fewest bytes ("아이스 라떼 30% 할인 · 4,500원"); without one, the headline.
  const message = smsSafe(source.facts.length > 0 && source.product ? `${source.product} ${offerLine(source)}` : [source.headline, offerLine(source)].filter((part) => part.length > 0).join(' '));
  const body = room > 0 ? fitBytes(message, room) : '';
  const text = body ? `${head}\n${body}\n${foot}` : `${head}\n${foot}`;
  return { text, bytes: eucKrBytes(text) };
}

/**
 * The LMS subject is what the phone shows first, so it starts "(광고)" too; the shop's name goes in
 * when the whole headline still fits beside it.
 */
function lmsSubject(source: PostSource): string {
  const max = postLimits.lms.subjectBytes;
  const withShop = smsSafe(`(광고)[${source.shop.name}] ${source.headline}`);
  return eucKrBytes(withShop) <= max ? withShop : fitBytes(smsSafe(`(광고)${source.headline}`), max);
}

/** An LMS: a subject of at most 40 bytes, a body of at most 2,000 bytes that starts "(광고)" and ends with the opt-out line. */
export function lms(source: PostSource): ChannelText<'lms'> {
  const limits = postLimits.lms;
  const subject = lmsSubject(source);
  const foot = smsSafe(optOut(source, '무료수신거부'));
  const info = smsSafe(lines(source.facts.length > 0 && `■ 혜택: ${offerLine(source)}`, source.shop.address && `■ 주소: ${source.shop.address}`, source.shop.hours && `■ 영업시간: ${source.shop.hours}`, source.shop.phone && `■ 문의: ${source.shop.phone}`));
  const head = smsSafe(`(광고)${source.shop.name}`);
  const fixed = eucKrBytes(blocks(head, smsSafe(source.headline), info, smsSafe(ctaFor('lms', source)), foot)) + 2;
  const story = fitBytes(smsSafe(body(source)), Math.max(0, limits.bytes - fixed));
  const message = blocks(head, lines(smsSafe(source.headline), story), info, smsSafe(ctaFor('lms', source)), foot);
  return { subject, body: message, bytes: eucKrBytes(message), text: blocks(subject, message) };
}

export function naverPlace(source: PostSource): ChannelText<'naver-place'> {
  const limits = postLimits['naver-place'];
  const title = fitLength(source.headline, limits.title);
  const tail = lines(source.facts.length > 0 && `혜택: ${offerLine(source)}`, source.shop.hours && `영업시간: ${source.shop.hours}`, ctaFor('naver-place', source));
  const news = fitLength(blocks(fitLength(body(source), Math.max(0, limits.body - [...tail].length - 2)), tail), limits.body);
  return { title, body: news, text: blocks(title, news) };
}
