import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createClient } from './api/client';
import { createHttpTransport } from './api/http-transport';
import { ipcTransport } from './api/ipc-transport';
import { App } from './app/App';
import './app/theme.css';
import './components/components.css';
import './features/actions/actions.css';
import './features/data-safety/data-safety.css';
import './features/meetings/meetings.css';
import './features/minutes/minutes.css';
import './features/notes/notes.css';
import './features/run/run.css';
import './features/search/search.css';
import './features/security/security.css';

// The CSP forbids eval; without this zod probes `new Function` at start-up and trips a CSP report.
z.config({ jitless: true });

const client = createClient(ipcTransport() ?? createHttpTransport());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
