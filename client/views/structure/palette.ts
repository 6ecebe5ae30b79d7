/**
 * Community colours: twelve hues that stay apart on screen and for common colour-vision deficiencies
 * (after Paul Tol's "muted" and "bright" schemes); smaller communities share one grey.
 */
export const COMMUNITY_COLOURS = ['#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377', '#332288', '#117733', '#cc6677', '#882255', '#44aa99', '#999933'] as const;
export const OTHER_COMMUNITY = '#bbbbbb';

export function communityColour(community: number | undefined): string {
  return community === undefined ? OTHER_COMMUNITY : (COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY);
}
