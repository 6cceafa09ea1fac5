import { render } from 'preact';
import { DraftsManager } from '@/components/DraftsManager';
import { send } from '@/components/send';
import '@/components/extension-page.css';
import '@/components/DraftsManager.css';

render(<DraftsManager send={send} />, document.getElementById('app')!);
