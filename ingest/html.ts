/**
 * The article inside a saved news page: Mozilla's Readability finds the main text on a jsdom document
 * (scripts never run, nothing is fetched), and the page's metadata gives title, outlet, address and date.
 * Block elements become lines, so the sentence splitter sees the paragraphs the page had; page furniture
 * that survives inside the article («اقرأ أيضا …», share lines) is dropped later by the splitter's rules.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, type PageDocument } from 'jsdom';

export interface PageArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** YYYY-MM-DD when the page says when it was published. */
  published: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption';

function meta(document: PageDocument, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** The first YYYY-MM-DD in an ISO date or date-time, when it is a real calendar date. */
export function isoDay(value: string | null | undefined): string | null {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(`${y}-${m}-${d}T12:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}` ? null : `${y}-${m}-${d}`;
}

function publishedFrom(document: PageDocument): string | null {
  const fromMeta = isoDay(meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued'));
  if (fromMeta) return fromMeta;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const day = isoDay(found?.[1]);
    if (day) return day;
  }
  return isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The text of an HTML fragment, one line per block element (or per line break when it has none). */
function linesOf(html: string): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const blocks = [...document.body.querySelectorAll(BLOCKS)].filter((b) => b.querySelector(BLOCKS) === null);
  const lines = (blocks.length > 0 ? blocks.map((b) => b.textContent ?? '') : (document.body.textContent ?? '').split('\n'))
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '');
  return lines.join('\n\n');
}

/** Title, main text and metadata of a saved page; the text is empty when the page has no readable article. */
export function articleFromHtml(html: string): PageArticle {
  const dom = new JSDOM(html);
  const { document } = dom.window;
  const title = meta(document, 'og:title', 'twitter:title') ?? (document.title.trim() || null);
  const outlet = meta(document, 'og:site_name', 'application-name');
  const url = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(meta(document, 'og:url'));
  const published = publishedFrom(document);
  // Readability is typed against the browser's Document, which Node code does not see (see jsdom.d.ts);
  // jsdom's document is one. The cast is needed where the DOM types are loaded (the browser tests' program).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
  const text = parsed?.content ? linesOf(parsed.content) : '';
  return { text, title: parsed?.title?.trim() || title, outlet: parsed?.siteName?.trim() || outlet, url, published: published ?? isoDay(parsed?.publishedTime) };
}
