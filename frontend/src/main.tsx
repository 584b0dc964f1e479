import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { installBridge } from '@/lib/bridge';
import { installSaveGuards } from '@/lib/save-registry';

installBridge();
installSaveGuards();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
