// Offline copy of the site and its search: see src/search/service-worker.ts.
if ('serviceWorker' in navigator && location.protocol !== 'file:') navigator.serviceWorker.register('/sw.js').catch(() => {});
