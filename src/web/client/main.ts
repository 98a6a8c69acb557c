/** @module The web app: a hash router over the views; every view reads the API of the same server. */
import { ApiError, api } from './api.js';
import { h } from './dom.js';
import { readerView } from './reader.js';
import { actorView, actorsView, documentsView, eventsView, forecastsView, storiesView, storyView } from './views.js';

const main = document.getElementById('main')!;

let landing: string | null = null;

/** The first page: events when there are some, else the documents (a store of text only). */
async function firstPage(): Promise<string> {
  if (landing) return landing;
  try {
    const s = await api<{ stats: { events: number } }>('health');
    landing = s.stats.events ? '/events' : '/documents';
  } catch {
    landing = '/events';
  }
  return landing;
}

async function route(): Promise<void> {
  const [path, qs] = (location.hash.slice(1) || (await firstPage())).split('?');
  const params = new URLSearchParams(qs ?? '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    const target = a.hash.slice(1);
    a.classList.toggle('active', !!target && (path === target || path.startsWith(`${target.replace(/s$/, '')}/`)));
  }
  const view = h('div', { class: 'view', 'data-view': parts[0] ?? 'events' });
  main.replaceChildren(view);
  main.setAttribute('aria-busy', 'true');
  try {
    switch (parts[0]) {
      case 'doc': await readerView(view, parts.slice(1).join('/'), params); break;
      case 'documents': await documentsView(view, params); break;
      case 'actors': await actorsView(view, params); break;
      case 'actor': await actorView(view, parts.slice(1).join('/')); break;
      case 'forecasts': await forecastsView(view, params); break;
      case 'stories': await storiesView(view); break;
      case 'story': await storyView(view, parts[1], parts[2]); break;
      default: await eventsView(view, params);
    }
  } catch (error) {
    view.append(h('p', { class: 'error' }, error instanceof ApiError ? `${error.status}: ${error.message}` : String(error)));
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

async function status(): Promise<void> {
  try {
    const s = await api<{ stats: { documents: number; events: number; mergedEvents: number } }>('health');
    document.getElementById('status')!.textContent = `${s.stats.documents} documents · ${s.stats.events} events · ${s.stats.mergedEvents} merged`;
  } catch {
    // the views report errors themselves
  }
}

window.addEventListener('hashchange', () => void route());
void route();
void status();
