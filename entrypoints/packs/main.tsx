import { render } from 'preact';
import { PacksPage } from '@/components/PacksPage';
import '@/components/extension-page.css';

render(<PacksPage />, document.getElementById('app')!);
