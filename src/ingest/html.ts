/**
 * @module An article page → title, publication date and main text. Readability (Mozilla's reader
 * view) finds the article body on a linkedom DOM; the body is then turned into plain text with one
 * blank line between blocks, so paragraph structure survives for the stages that need it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizePublished } from '../model/document.js';

export interface ExtractedArticle {
  title: string | null;
  /** The publication date as the page gives it: the first one that is a date, else the first found. */
  published: string | null;
  url: string | null;
  language: string | null;
  text: string;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const dates = publishedCandidates(document);
  const url = attr(document, 'link[rel="canonical"]', 'href') ?? attr(document, 'meta[property="og:url"]', 'content');
  const language = document.documentElement?.getAttribute?.('lang') ?? null;
  const metaTitle = attr(document, 'meta[property="og:title"]', 'content');
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    // Readability mutates the DOM it reads, so metadata is read first.
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let text: string;
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(body.body as unknown as DomNode);
  } else {
    const { document: again } = parseHTML(html);
    text = blockText((again.body ?? again.documentElement) as unknown as DomNode);
  }
  return {
    title: clean(metaTitle ?? article?.title ?? document.title ?? '') || null,
    published: [article?.publishedTime, ...dates].find((d) => d && normalizePublished(d)) ?? article?.publishedTime ?? dates[0] ?? null,
    url: url ?? null,
    language: article?.lang ?? language,
    text,
  };
}

function attr(document: ReturnType<typeof parseHTML>['document'], selector: string, name: string): string | null {
  const el = document.querySelector(selector);
  const value = el?.getAttribute(name);
  return value ? value.trim() : null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

/** The page's publication dates, most trusted first: meta tags, JSON-LD, then <time datetime>. */
function publishedCandidates(document: ReturnType<typeof parseHTML>['document']): string[] {
  const found: string[] = [];
  for (const selector of DATE_META) {
    const value = attr(document, selector, 'content');
    if (value) found.push(value);
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m) found.push(m[1]);
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  if (time) found.push(time);
  return found;
}

/** Plain text of a DOM subtree: blocks separated by a blank line, white space collapsed. */
export function blockText(root: DomNode | null | undefined): string {
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      parts.push(pre ? t : t.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i], pre || name === 'PRE');
    if (block) parts.push('\n\n');
  };
  walk(root, false);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
