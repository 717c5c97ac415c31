import { consultAnswers, unknownAnswer, type ConsultAnswer, type ConsultContext } from './consult-answers';

/**
 * A topic cue alone (weight 2: "언제", "리뷰") is not enough to claim we know the question:
 * "세금 신고는 언제 해요?" names a time but is no question about posting times.
 */
const matchThreshold = 3;

const scoreOf = (entry: ConsultAnswer, compact: string): number =>
  entry.cues.reduce((score, [cue, weight]) => (cue.test(compact) ? score + weight : score), 0);

/**
 * The answer-bank entry that fits the question best, or undefined when none reaches the
 * threshold. Spaces are taken out first because owners drop and add them freely; on a tie the
 * entry listed first (the bank lists the more specific one first) wins.
 */
export function matchConsultAnswer(question: string): ConsultAnswer | undefined {
  const compact = question.replace(/\s+/g, '').toLowerCase();
  let best: { entry: ConsultAnswer; score: number } | undefined;
  for (const entry of consultAnswers) {
    const score = scoreOf(entry, compact);
    if (score >= matchThreshold && (!best || score > best.score)) best = { entry, score };
  }
  return best?.entry;
}

/** The bank's answer to the question, filled in for the shop, or undefined when none fits. */
export function answerFromBank(question: string, context: ConsultContext): string | undefined {
  const entry = matchConsultAnswer(question);
  if (!entry) return undefined;
  return typeof entry.answer === 'string' ? entry.answer : entry.answer(context);
}

/** The built-in answer to a question when no LLM is installed: practical, short, in Korean. */
export function consultGuide(question: string, context: ConsultContext): string {
  return answerFromBank(question, context) ?? unknownAnswer;
}
