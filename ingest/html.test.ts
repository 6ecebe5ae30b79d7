import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, isoDay } from './html.ts';

const page = readFileSync(new URL('../test/fixtures/pages/news-page.html', import.meta.url), 'utf8');

describe('articleFromHtml', () => {
  const article = articleFromHtml(page);

  it('takes the article text out of a saved news page, one line per paragraph, without menus, ads or scripts', () => {
    const lines = article.text.split('\n').filter((l) => l !== '');
    expect(lines.some((l) => l.startsWith('تمكن المكتب المركزي للأبحاث القضائية'))).toBe(true);
    expect(lines.some((l) => l.startsWith('وقد تم إخضاع المشتبه فيهم'))).toBe(true);
    for (const noise of ['googletag', 'alert(', 'dataLayer', 'الرئيسية', 'الأكثر قراءة', 'جميع الحقوق محفوظة']) expect(article.text).not.toContain(noise);
  });

  it('reads the title, outlet, canonical address and publication day from the page metadata', () => {
    expect(article.title).toBe('تفكيك خلية إرهابية موالية لداعش بطنجة');
    expect(article.outlet).toBe('أخبار تجريبية');
    expect(article.url).toBe('https://news.example/ar/2024/05/14/cell-tangier');
    expect(article.published).toBe('2024-05-14');
  });

  it('finds no Arabic article in a page that has none, and never runs its scripts', () => {
    const empty = articleFromHtml('<html><body><script>globalThis.ran = true</script><nav>menu</nav></body></html>');
    expect(empty.text).not.toMatch(/[\u0600-\u06FF]/u);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('keeps only real calendar days', () => {
    expect(isoDay('2024-02-30T10:00:00Z')).toBeNull();
    expect(isoDay('2024-02-29T10:00:00Z')).toBe('2024-02-29');
  });
});
