/** @module Small DOM helpers: elements built from data with textContent (never HTML from data). */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

export function link(href: string, text: string, attrs: Attrs = {}): HTMLAnchorElement {
  return h('a', { href, ...attrs }, text);
}

export function docHref(id: string, focus?: string): string {
  return `#/doc/${encodeURIComponent(id)}${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`;
}

export function badge(text: string, kind = text): HTMLSpanElement {
  return h('span', { class: `badge badge-${kind.replace(/[^a-z_]/gi, '')}` }, text);
}

export function dateRange(from: string | null, to: string | null): string {
  if (!from) return '—';
  return to && to !== from ? `${from} → ${to}` : from;
}
