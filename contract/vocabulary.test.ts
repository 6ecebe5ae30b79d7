import { describe, expect, it } from 'vitest';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';
import { PROPERTY_NAMES, RELATIONSHIP_NAMES, propertyName, readableCode, relationshipName } from './vocabulary.ts';

const SEARCH_ONLY = new Set(['search_ar', 'search_latin', 'keys_norm']);
/** The types extraction adds (issue 15): they must read in both languages before any article brings them. */
const EXTRACTED = ['DISMANTLED', 'ARRESTED', 'AFFILIATED_WITH', 'COORDINATED_WITH', 'PART_OF', 'MEMBER_OF', 'LEADS', 'HEADS', 'ACTIVE_IN', 'LOCATED_IN', 'TOOK_PLACE_IN', 'ON_DATE', 'ISSUED', 'ANNOUNCED', 'REPORTS', 'SEIZED', 'SUPERVISED', 'INCITED', 'TARGETED', 'LINKED_TO',
  // and those extract/facts.ts states besides (issue 13: the review shows them beside their sentences)
  'RAIDED', 'PLACED_UNDER', 'PLEDGES_ALLEGIANCE_TO', 'ADHERES_TO', 'PROMOTED', 'CALLED_FOR_REVENGE_FOR', 'RELATIVE_OF', 'RESIDES_IN', 'BASED_IN', 'COOPERATES_WITH', 'COINCIDED_WITH', 'CONCERNS', 'PARTICIPATED_IN',
  // the fourth round's (docs/decisions/0016-extraction.md)
  'APPEALED', 'CLAIMED', 'CHAIRS', 'CALLED', 'APPEARED_IN', 'ADOPTED', 'CAME_FROM',
  // the fifth round's
  'MERGED_WITH', 'MERGED_INTO', 'JOINED', 'FIGHTS', 'AWARDED', 'HONOURED', 'RECEIVED', 'MET', 'APPOINTED',
  // and those earlier rounds stated without a name of their own
  'RECRUITED', 'RECRUITED_FOR', 'FINANCED', 'SUPPLIED', 'DIRECTED', 'SUPERVISES', 'PROVIDED_INTELLIGENCE_TO', 'EXCHANGES_INTELLIGENCE_WITH', 'NATIONAL_OF',
  'OF_ORIGIN', 'BELONGS_TO', 'HIDDEN_IN', 'PRAISED', 'SENTENCED', 'ACQUITTED', 'CONVICTED_OF', 'ACQUITTED_OF', 'REFERRED_TO', 'SPOKESPERSON_OF', 'SOUGHT_TO_JOIN',
  'TRAVELLED_TO', 'PLANNED_TO_TRAVEL_TO', 'RETURNED_FROM',
  // the seventh and eighth rounds'
  'FROM', 'ATTENDED', 'RETURNED_TO'];

describe('the vocabulary of relationship types and property keys', () => {
  const graph = buildArticleGraph();

  it('names every relationship type of the seed and of extraction in Arabic and English', () => {
    const types = new Set([...graph.edges.map((e) => e.type), ...EXTRACTED]);
    for (const type of types) {
      expect(Object.hasOwn(RELATIONSHIP_NAMES, type), type).toBe(true);
      expect(relationshipName(type, 'ar'), type).toMatch(/[\u0600-\u06FF]/);
      expect(relationshipName(type, 'en'), type).toMatch(/^[a-z][a-z ]+$/);
    }
  });

  it('names every property key of the seed in both languages (the search-only keys are never shown)', () => {
    const keys = new Set([...graph.nodes, ...graph.edges].flatMap((element) => Object.keys(element.properties)).filter((key) => !SEARCH_ONLY.has(key)));
    for (const key of keys) {
      expect(Object.hasOwn(PROPERTY_NAMES, key), key).toBe(true);
      expect(propertyName(key, 'ar'), key).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('reads an unknown type or key as words, and does not take Object.prototype for a name', () => {
    expect(readableCode('SEEKS_FOOTHOLD_IN')).toBe('seeks foothold in');
    expect(relationshipName('FUNDED_BY', 'ar')).toBe('funded by');
    expect(propertyName('someKey', 'en')).toBe('some key');
    expect(relationshipName('constructor', 'en')).toBe('constructor');
  });
});
