// Offline copy of the site and its search: see src/search/service-worker.ts. sw.js sits beside this
// file at the site's base path, so the worker's scope is the site, whatever path it is published under.
if ('serviceWorker' in navigator && location.protocol !== 'file:' && document.currentScript) {
  navigator.serviceWorker.register(new URL('sw.js', document.currentScript.src)).catch(() => {});
}
