import { render } from 'preact';
import { QuestionChecker } from '@/components/QuestionChecker';
import '@/components/extension-page.css';
import '@/components/QuestionChecker.css';

render(<QuestionChecker />, document.getElementById('app')!);
