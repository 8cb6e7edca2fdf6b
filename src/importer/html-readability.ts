/**
 * A page's main content as Mozilla's Readability finds it (the library behind Firefox's Reader View), on a
 * linkedom DOM: for pages that mark no <main> or <article> but carry navigation chrome in plain <div>s, which
 * element and class rules cannot tell from the text. Readability only chooses and removes elements; the
 * words of what it keeps are the page's own, and the importer reads its result like any other HTML.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ReadableContent {
  /** The kept content, as HTML. */
  html: string;
  /** The article title Readability settled on (it removes a heading that repeats it). */
  title: string | undefined;
}

/** Readability's content for a page, or undefined when it finds no article in it. */
export function readableContent(html: string): ReadableContent | undefined {
  const { document } = parseHTML(html);
  // keepClasses: the importer's own rules read some classes (section numbers, table-of-contents blocks).
  const article = new Readability(document as never, { keepClasses: true }).parse();
  const content = article?.content;
  if (!content || !article?.textContent?.trim()) return undefined;
  return { html: content, title: article.title ?? undefined };
}
