import { createRoot } from 'react-dom/client';
import { installBridge } from '@/lib/bridge';

installBridge();
createRoot(document.getElementById('root')!).render(<div>AccountDesk</div>);
