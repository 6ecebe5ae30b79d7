import type { LabelMode } from '../graph/kinds.ts';

export type UiLanguage = 'ar' | 'en';
export const layoutNames = ['fcose', 'concentric', 'breadthfirst', 'grid', 'geographic'] as const;
export type LayoutName = (typeof layoutNames)[number];

export interface Settings {
  readonly labels: LabelMode;
  readonly ui: UiLanguage;
  readonly layout: LayoutName;
  /** Bumped to ask the canvas to run the current layout again. */
  readonly layoutSeq: number;
}
