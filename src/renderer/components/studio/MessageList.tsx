import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Generation } from '../../../shared/ipc/generations';
import type { Message } from '../../../shared/ipc/sessions';
import { contentLang } from '../../i18n/content-lang';
import { replyParts } from '../../i18n/core-words';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';
import { appSelectors, appStore, useApp } from '../../stores/app';
import { composerInputId } from './Composer';
import { exampleRequests, sampleRequest } from './example-requests';
import { JobCardView } from './JobCardView';
import { ResultCard } from './ResultCard';
import { copyParts } from './copy-parts';

/** The newest result of each chat message (a text edit is a newer result of the same message). */
function latestByMessage(generations: Generation[]): Map<string, Generation> {
  const map = new Map<string, Generation>();
  for (const generation of generations) {
    if (!generation.messageId) continue;
    const known = map.get(generation.messageId);
    if (!known || generation.createdAt > known.createdAt) map.set(generation.messageId, generation);
  }
  return map;
}

/**
 * The chat keeps the Korean text; another language words the reply's lead and note from their
 * codes around the Korean copy of the message's newest result, which stays marked Korean.
 */
function MessageText({ message, result }: { message: Message; result: Generation | undefined }) {
  const t = useTranslate();
  const language = useApp(appSelectors.language);
  if (language === 'ko' || !message.reply) {
    return (
      <p className="bubble__text" lang={contentLang(message.text)}>
        {message.text}
      </p>
    );
  }
  const copy = result && copyParts(result);
  const parts = replyParts(t, message.reply, { text: message.text, copyLines: copy ? [copy.headline, copy.subcopy, copy.cta, copy.hashtags] : null });
  return (
    <div className="bubble__text">
      <p>{parts.lead}</p>
      {parts.korean.length > 0 && <p lang="ko">{parts.korean.join('\n')}</p>}
      {parts.note && <p>{parts.note}</p>}
    </div>
  );
}

function MessageRow({ message, result }: { message: Message; result: Generation | undefined }) {
  const t = useTranslate();
  const inputs = message.attachments.filter((a) => a.role === 'input');
  return (
    <article className={`bubble bubble--${message.role}`} aria-label={t(message.role === 'user' ? 'chat.you' : 'chat.studio')}>
      {inputs.length > 0 && (
        <div className="bubble__photos">
          {inputs.map((a) => (
            <img key={a.sha256} src={mediaUrl(a.sha256, 256)} alt={t('chat.attachedPhoto')} width={96} height={96} />
          ))}
        </div>
      )}
      <MessageText message={message} result={result} />
      {result && <ResultCard generation={result} />}
    </article>
  );
}

/** A new chat offers requests to start from, for this kind of shop: one click puts one in the request box. */
function Examples() {
  const t = useTranslate();
  const shops = useApp(appSelectors.shops);
  const shopId = useApp(appSelectors.shopId);
  const industry = shops?.find((shop) => shop.id === shopId)?.industry ?? 'other';
  return (
    <section className="examples" aria-labelledby="examples-title">
      <h3 id="examples-title">{t('chat.examples')}</h3>
      <ul className="examples__list">
        {exampleRequests[industry].map((text) => (
          <li key={text}>
            <button
              type="button"
              className="chip"
              lang="ko"
              onClick={() => {
                appStore.getState().setDraft(text);
                document.getElementById(composerInputId)?.focus();
              }}
            >
              {text}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          void appStore
            .getState()
            .attachSample()
            .then((attached) => {
              if (!attached) return;
              appStore.getState().setDraft(sampleRequest);
              document.getElementById(composerInputId)?.focus();
            })
        }
      >
        {t('chat.trySample')}
      </button>
      <p className="muted examples__hint">{t('chat.trySampleHint')}</p>
    </section>
  );
}

/** The conversation: virtualised, paging older messages in as the owner scrolls up. */
export function MessageList() {
  const t = useTranslate();
  const messages = useApp(appSelectors.messages);
  const generations = useApp(appSelectors.generations);
  const cursor = useApp(appSelectors.messagesCursor);
  const sessionId = useApp(appSelectors.sessionId);
  const jobs = useApp(appSelectors.jobs);
  const sessionJobs = jobs.filter((job) => job.sessionId === (sessionId ?? null) || (!sessionId && job.sessionId === null));
  const results = useMemo(() => latestByMessage(generations), [generations]);
  const scroller = useRef<HTMLDivElement>(null);
  const loadingOlder = useRef(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual hands out fresh functions by design; this list is not memoised.
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 160,
    overscan: 6,
    getItemKey: (index) => messages[index]?.id ?? index,
  });

  const lastId = messages.at(-1)?.id;
  const progressKey = sessionJobs.map((job) => `${job.jobId}:${job.updates}`).join();
  // New messages and job progress keep the newest part in view — unless the owner has scrolled
  // up to read older messages; opening a chat always starts at its end.
  const following = useRef(true);
  const shownSession = useRef(sessionId);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (shownSession.current !== sessionId) {
      shownSession.current = sessionId;
      following.current = true;
    }
    if (following.current) element.scrollTop = element.scrollHeight;
  }, [lastId, progressKey, sessionId]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onScroll = () => {
      following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
      if (element.scrollTop > 120 || loadingOlder.current || !cursor) return;
      loadingOlder.current = true;
      const before = appStore.getState().messages.length;
      void appStore
        .getState()
        .loadOlderMessages()
        .then(() => {
          const added = appStore.getState().messages.length - before;
          if (added > 0) virtualizer.scrollToIndex(added, { align: 'start' });
        })
        .finally(() => {
          loadingOlder.current = false;
        });
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [cursor, virtualizer]);

  return (
    <div className="messages" ref={scroller} role="log" aria-label={t('chat.log')} tabIndex={0}>
      {messages.length === 0 && sessionJobs.length === 0 && (
        <div className="messages__empty">
          <h2>{t('chat.emptyTitle')}</h2>
          <p className="muted">{t('chat.emptyLead')}</p>
          <Examples />
        </div>
      )}
      <div className="messages__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const message = messages[item.index];
          if (!message) return null;
          return (
            <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="messages__row" style={{ transform: `translateY(${item.start}px)` }}>
              <MessageRow message={message} result={results.get(message.id)} />
            </div>
          );
        })}
      </div>
      {sessionJobs.map((job) => (
        <JobCardView key={job.jobId} job={job} />
      ))}
    </div>
  );
}
