import { useEffect, useState } from 'react';
import { Composer } from '../components/studio/Composer';
import { MessageList } from '../components/studio/MessageList';
import { SessionSidebar } from '../components/studio/SessionSidebar';
import { useTranslate } from '../i18n/use-translate';
import { appStore } from '../stores/app';

/** Photos dropped anywhere on the window join the composer. */
function useWindowDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      void appStore.getState().attachFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

export function StudioView() {
  const t = useTranslate();
  const dropping = useWindowDrop();
  return (
    <div className="studio">
      <SessionSidebar />
      <section className="conversation" aria-label={t('chat.title')}>
        <MessageList />
        <Composer />
      </section>
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('composer.dropHere')}</p>
        </div>
      )}
    </div>
  );
}
