// A site's consent log in a few lines: what consent-embed-change carries.
const log = document.getElementById('log');
document.addEventListener('consent-embed-change', (e) => {
  const item = document.createElement('li');
  const when = new Date(e.grantedAt ?? Date.now()).toLocaleTimeString();
  item.textContent = `${when}: ${e.provider} ${e.granted ? `allowed (${e.scope})` : 'withdrawn'} from ${e.source}${e.remote ? ', in another tab' : ''}`;
  log.append(item);
});
