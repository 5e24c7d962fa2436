import { render } from 'preact';
import { App } from './App.js';
import './popup.css';

render(<App />, document.getElementById('app')!);
