import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectBridge } from './bridge';
import { appStore } from './stores/app';
import { client } from './transport/client';
import './styles.css';

connectBridge(client, appStore);
void appStore.getState().loadSettings();
void appStore.getState().loadSystem();
void appStore.getState().loadShops();
void appStore.getState().loadInstalled();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
