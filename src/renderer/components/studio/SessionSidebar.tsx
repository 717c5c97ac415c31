import { contentLang } from '../../i18n/content-lang';
import { useState } from 'react';
import type { Session } from '../../../shared/ipc/sessions';
import { useDates, useTranslate } from '../../i18n/use-translate';
import { appSelectors, appStore, useApp } from '../../stores/app';
import { Icon } from '../common/Icon';
import { composerInputId } from './Composer';

function SessionRow({ session, current }: { session: Session; current: boolean }) {
  const t = useTranslate();
  const dates = useDates();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(session.title);
  const store = appStore.getState();

  if (renaming) {
    return (
      <li className="session session--editing">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setRenaming(false);
            if (title.trim() && title !== session.title) void store.renameSession(session.id, title.trim());
          }}
        >
          <input autoFocus value={title} aria-label={t('sessions.renameLabel')} onChange={(e) => setTitle(e.target.value)} onBlur={() => setRenaming(false)} />
        </form>
      </li>
    );
  }
  return (
    <li className={`session${current ? ' session--current' : ''}`}>
      <button type="button" className="session__open" aria-current={current ? 'page' : undefined} onClick={() => void store.openSession(session.id)}>
        <span className="session__title" lang={contentLang(session.title)}>
          {session.title}
        </span>
        <span className="session__date">{dates.date(session.updatedAt)}</span>
      </button>
      <div className="session__actions">
        <button type="button" className="icon-button" aria-label={t('sessions.rename', { title: session.title })} onClick={() => setRenaming(true)}>
          <Icon name="edit" />
        </button>
        <button type="button" className="icon-button" aria-label={t(session.archived ? 'sessions.unarchive' : 'sessions.archive', { title: session.title })} onClick={() => void store.archiveSession(session.id, !session.archived)}>
          <Icon name={session.archived ? 'restore' : 'archive'} />
        </button>
        <button type="button" className="icon-button" aria-label={t('sessions.delete', { title: session.title })} onClick={() => void store.deleteSession(session.id)}>
          <Icon name="delete" />
        </button>
      </div>
    </li>
  );
}

/** The chats of the current shop: new, search, rename, archive, delete (with undo). */
export function SessionSidebar() {
  const t = useTranslate();
  const sessions = useApp(appSelectors.sessions);
  const current = useApp(appSelectors.sessionId);
  const showArchived = useApp(appSelectors.showArchived);
  const query = useApp(appSelectors.sessionQuery);
  return (
    <aside className="sidebar" aria-label={t('sessions.title')}>
      <button
        type="button"
        className="button sidebar__new"
        onClick={() => {
          appStore.getState().newSession();
          document.getElementById(composerInputId)?.focus();
        }}
      >
        {t('sessions.new')}
      </button>
      <input
        type="search"
        className="sidebar__search"
        aria-label={t('sessions.search')}
        placeholder={t('sessions.search')}
        value={query}
        onChange={(e) => void appStore.getState().searchSessions(e.target.value)}
      />
      <ul className="sessions">
        {sessions.map((session) => (
          <SessionRow key={session.id} session={session} current={session.id === current} />
        ))}
      </ul>
      {sessions.length === 0 && <p className="muted sidebar__empty">{t(query ? 'sessions.noMatch' : 'sessions.empty')}</p>}
      <button type="button" className="button button--quiet sidebar__archived" aria-pressed={showArchived} onClick={() => void appStore.getState().toggleArchived()}>
        {t(showArchived ? 'sessions.showActive' : 'sessions.showArchived')}
      </button>
    </aside>
  );
}
