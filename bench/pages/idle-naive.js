// Idle cost of the naive baseline: 100 elements, each with its own setInterval.
import { pastInstants, setHidden } from './idle.js';

class NaiveTimer extends HTMLElement {
  since = Date.now();
  connectedCallback() {
    this.#render();
    this.interval = setInterval(() => this.#render(), 1000);
  }
  disconnectedCallback() {
    clearInterval(this.interval);
  }
  #render() {
    const seconds = Math.floor((Date.now() - this.since) / 1000);
    this.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }
}
customElements.define('naive-timer', NaiveTimer);
for (const since of pastInstants(100)) {
  const timer = document.createElement('naive-timer');
  timer.since = since;
  document.body.append(timer);
}
window.bench = { name: 'naive setInterval ×100', setHidden, elements: () => document.querySelectorAll('naive-timer').length };
