/**
 * An article sent as a file: a `.txt` (UTF-8) or a saved `.html` page, whose main text and metadata
 * (title, outlet, address, date) fill in what the form left empty.
 */
import { invalid } from '../domain/errors.ts';
import { articleFromHtml } from './html.ts';

export interface UploadedFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ArticleFormFields {
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
}

const isHtml = (file: UploadedFile): boolean => /\.html?$/i.test(file.name) || /html/i.test(file.mimeType);

/** The article fields an uploaded file gives, before they are validated like any other article. */
export function articleFromFile(file: UploadedFile, form: ArticleFormFields): Record<string, string | undefined> {
  if (!isHtml(file) && !/\.txt$/i.test(file.name) && !/^text\/plain/i.test(file.mimeType)) {
    throw invalid('file-type', 'file must be a .txt or .html file', { errors: [{ path: 'file', message: 'must be a .txt or .html file' }] });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    throw invalid('file-not-utf8', 'file is not UTF-8 text', { errors: [{ path: 'file', message: 'is not UTF-8 text' }] });
  }
  if (!isHtml(file)) return { ...form, text };
  const page = articleFromHtml(text);
  return {
    text: page.text,
    title: form.title ?? page.title ?? undefined,
    url: form.url ?? page.url ?? undefined,
    outlet: form.outlet ?? page.outlet ?? undefined,
    published: form.published ?? page.published ?? undefined,
  };
}
