// Entry point: global styles and the application mounted on #app.

import { render } from 'preact';
import { App } from './app';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('Élément #app introuvable');
render(<App />, root);
