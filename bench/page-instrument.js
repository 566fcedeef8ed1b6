// Installed by bench/page.ts before a page's own scripts (plain JS, so it reaches the page as
// written): observers for everything the run reads afterwards from window.__bench.
(() => {
  const bench = { shifts: [], tasks: [], frames: [], keydowns: [], searches: [] };
  window.__bench = bench;
  const describe = (node) => {
    if (!node) return '?';
    const el = node instanceof Element ? node : node.parentElement;
    if (!el) return node.nodeName;
    const root = el.getRootNode();
    const host = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
    const part = el.getAttribute('part');
    const cls = el.getAttribute('class');
    return `${host}${el.localName}${el.id ? `#${el.id}` : ''}${part ? `[part=${part}]` : cls ? `.${cls.split(' ')[0]}` : ''}`;
  };
  const observe = (type, take, extra = {}) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) take(entry);
      }).observe({ type, buffered: true, ...extra });
    } catch {
      // An entry type this Chromium lacks stays empty in the report.
    }
  };
  observe('layout-shift', (s) =>
    bench.shifts.push({
      value: s.value,
      startTime: s.startTime,
      hadRecentInput: s.hadRecentInput,
      sources: (s.sources ?? []).map((x) => describe(x.node)),
    }),
  );
  observe('longtask', (t) => bench.tasks.push({ startTime: t.startTime, duration: t.duration }));
  observe('long-animation-frame', (f) =>
    bench.frames.push({
      startTime: f.startTime,
      duration: f.duration,
      scripts: f.scripts.map((s) => ({ duration: s.duration, source: `${s.invoker} ${s.sourceURL.replace(location.origin, '')}` })),
    }),
  );
  // The keystroke's own time stamp (when the browser received it), not when a handler ran.
  window.addEventListener('keydown', (event) => bench.keydowns.push(event.timeStamp), true);
  // wir-search fires after the render that shows a result; once the next frame has run, it is painted.
  document.addEventListener('wir-search', (event) => {
    const entry = { tag: event.target.localName, at: performance.now(), total: event.total };
    bench.searches.push(entry);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        entry.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
})();
