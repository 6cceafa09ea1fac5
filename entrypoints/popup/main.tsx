import { render } from 'preact';
import { Popup } from '@/components/Popup';
import '@/components/extension-page.css';

render(<Popup />, document.getElementById('app')!);
