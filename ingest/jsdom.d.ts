/**
 * The part of jsdom that ingest/html.ts uses, typed here instead of with @types/jsdom: those types pull the
 * whole browser DOM into every Node file's globals, and Node code must not be able to name `document`.
 */
declare module 'jsdom' {
  export interface PageElement {
    readonly textContent: string | null;
    getAttribute(name: string): string | null;
    querySelector(selectors: string): PageElement | null;
    querySelectorAll(selectors: string): Iterable<PageElement>;
  }

  export interface PageDocument extends PageElement {
    readonly title: string;
    readonly body: PageElement;
  }

  export class JSDOM {
    constructor(html: string);
    readonly window: { readonly document: PageDocument };
  }
}
