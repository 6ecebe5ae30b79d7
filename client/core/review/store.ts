import type { Problem } from '../../../contract/api.ts';
import { createStore, type Store } from '../store-kit.ts';
import { noDecisions, type Decisions, type DryRunModel } from './model.ts';

/** The article as the analyst gives it: pasted text or a file, and what they know of it. */
export interface ArticleDraft {
  text: string;
  title: string;
  url: string;
  outlet: string;
  published: string;
}

export type DraftField = keyof ArticleDraft | 'file';

/** What the analyst is looking at in the review: a mention, or a span of text they selected. */
export type Focus = { type: 'mention'; id: string } | { type: 'span'; sentence: string; start: number; end: number } | null;

export interface ReviewState {
  /** The workbench is open (the form, then the review). */
  open: boolean;
  stage: 'input' | 'review';
  busy: 'dry-run' | 'commit' | null;
  draft: ArticleDraft;
  file: File | null;
  model: DryRunModel | null;
  decisions: Decisions;
  focus: Focus;
  /** The first mention picked for a fact the analyst adds; the next one picked is its other end. */
  factFrom: string | null;
  /** Whatever the analyst left undecided is accepted by the commit. */
  acceptRest: boolean;
  /** The last problem the server answered, and the fields it names. */
  problem: Problem | null;
  fieldProblems: Partial<Record<DraftField, Problem>>;
  /** The commit found the dry run out of date (409 review-stale). */
  stale: boolean;
  /** The article a commit wrote (or found already there). */
  committed: { articleId: string; duplicate: boolean } | null;
}

export type ReviewStore = Store<ReviewState>;

export const emptyDraft: ArticleDraft = { text: '', title: '', url: '', outlet: '', published: '' };

export function initialReview(): ReviewState {
  return {
    open: false,
    stage: 'input',
    busy: null,
    draft: emptyDraft,
    file: null,
    model: null,
    decisions: noDecisions,
    focus: null,
    factFrom: null,
    acceptRest: true,
    problem: null,
    fieldProblems: {},
    stale: false,
    committed: null,
  };
}

export function createReviewStore(): ReviewStore {
  return createStore<ReviewState>(initialReview());
}
