/**
 * @module RSS 2.0 and Atom feeds → one document per item (title, link, date, and the item's HTML
 * content turned into text).
 */
import { DOMParser } from 'linkedom';
import type { DocumentInit } from '../model/document.js';
import { InputError } from './errors.js';
import { blockText } from './html.js';

export interface FeedItem {
  /** `published` is the item's date as the feed writes it (read by `readInputs`). */
  init: Omit<DocumentInit, 'id'> & { id: string | null };
  index: number;
}

interface El {
  tagName: string;
  localName?: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  children: ArrayLike<El>;
}

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

export function parseFeed(xml: string, origin: string): FeedItem[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
  const root = doc.documentElement;
  const rootName = root ? localName(root) : '';
  if (!root || !['rss', 'feed', 'rdf'].includes(rootName)) throw new InputError(origin, 'not an RSS or Atom feed');
  const items: El[] = [];
  collect(root, rootName === 'feed' ? 'entry' : 'item', items);
  const feedLang = (rootName === 'rss' ? find(find(root, 'channel'), 'language')?.textContent : root.getAttribute('xml:lang')) ?? null;
  const feedTitle = text(find(rootName === 'rss' ? find(root, 'channel') : root, 'title'));
  return items.map((item, index) => {
    const html =
      text(find(item, 'encoded')) ?? text(find(item, 'content')) ?? text(find(item, 'description')) ?? text(find(item, 'summary')) ?? '';
    const link = find(item, 'link');
    const url = link ? (link.getAttribute('href') ?? text(link)) : null;
    const date = text(find(item, 'pubDate')) ?? text(find(item, 'published')) ?? text(find(item, 'updated')) ?? text(find(item, 'date'));
    const body = /<[a-z][\s\S]*>/i.test(html) ? blockText(htmlFragment(html)) : html.trim();
    return {
      index,
      init: {
        id: text(find(item, 'guid')) ?? text(find(item, 'id')) ?? url,
        title: text(find(item, 'title')),
        source: feedTitle,
        url,
        published: date,
        language: feedLang ? feedLang.slice(0, 2).toLowerCase() : undefined,
        text: body,
      },
    };
  });
}

function htmlFragment(html: string) {
  const parser = new DOMParser();
  const d = parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') as unknown as {
    body: Parameters<typeof blockText>[0];
  };
  return d.body;
}

function localName(el: El): string {
  return (el.localName ?? el.tagName).replace(/^.*:/, '').toLowerCase();
}

function collect(el: El, name: string, out: El[]): void {
  for (let i = 0; i < el.children.length; i++) {
    const child = el.children[i];
    if (localName(child) === name) out.push(child);
    else collect(child, name, out);
  }
}

function find(el: El | null | undefined, name: string): El | null {
  if (!el) return null;
  const want = name.toLowerCase();
  for (let i = 0; i < el.children.length; i++) if (localName(el.children[i]) === want) return el.children[i];
  return null;
}

function text(el: El | null | undefined): string | null {
  const t = el?.textContent?.trim();
  return t ? t : null;
}
