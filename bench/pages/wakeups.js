// Injected before any page script: counts every callback the page schedules with a timer,
// an animation frame or an idle callback (a "wake-up"), and keeps the unwrapped functions
// for the benchmark's own use.
(() => {
  globalThis.__benchOwn = {
    setTimeout: globalThis.setTimeout.bind(globalThis),
    requestAnimationFrame: globalThis.requestAnimationFrame.bind(globalThis),
  };
  const counts = (globalThis.__benchWakeups = { count: 0 });
  const wrap = (callback) => (typeof callback === 'function' ? (...args) => (counts.count++, callback(...args)) : callback);
  for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback']) {
    const original = globalThis[name];
    if (typeof original !== 'function') continue;
    globalThis[name] = function (callback, ...rest) {
      return original.call(this, wrap(callback), ...rest);
    };
  }
})();
