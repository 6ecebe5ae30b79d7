import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../test/fixtures/export-graph.ts';
import { fromCypherType, orderedKeys, propertyTypes } from './property-types.ts';

describe('property types of an export', () => {
  it('reads Neo4j valueType() names', () => {
    expect(fromCypherType('INTEGER NOT NULL')).toEqual({ scalar: 'int', list: false });
    expect(fromCypherType('FLOAT NOT NULL')).toEqual({ scalar: 'double', list: false });
    expect(fromCypherType('BOOLEAN NOT NULL')).toEqual({ scalar: 'boolean', list: false });
    expect(fromCypherType('LIST<STRING NOT NULL> NOT NULL')).toEqual({ scalar: 'string', list: true });
    expect(fromCypherType('LIST<FLOAT NOT NULL> NOT NULL')).toEqual({ scalar: 'double', list: true });
    expect(fromCypherType('LIST<NOTHING> NOT NULL')).toEqual({ scalar: 'string', list: true });
    expect(fromCypherType('DATE NOT NULL')).toEqual({ scalar: 'string', list: false });
  });

  it('infers one type per key from JSON, widening int to double and mixed values to string', () => {
    const types = fixtureGraph().nodeTypes;
    expect(types.get('lat')).toEqual({ scalar: 'double', list: false });
    expect(types.get('founded')).toEqual({ scalar: 'int', list: false });
    expect(types.get('population')).toEqual({ scalar: 'long', list: false });
    expect(types.get('active')).toEqual({ scalar: 'boolean', list: false });
    expect(types.get('aliases_ar')).toEqual({ scalar: 'string', list: true });
    const mixed = propertyTypes([{ properties: { x: 1 } }, { properties: { x: 'a' } }, { properties: { y: [1] } }, { properties: { y: 2 } }]);
    expect(mixed.get('x')).toEqual({ scalar: 'string', list: false });
    expect(mixed.get('y')).toEqual({ scalar: 'string', list: false });
  });

  it('prefers the declared Cypher type: a float that happens to be whole stays a float', () => {
    const types = propertyTypes([{ properties: { lat: 31 } }], [{ lat: 'FLOAT NOT NULL' }]);
    expect(types.get('lat')).toEqual({ scalar: 'double', list: false });
    const big = propertyTypes([{ properties: { n: '9007199254740993' } }], [{ n: 'INTEGER NOT NULL' }]);
    expect(big.get('n')).toEqual({ scalar: 'long', list: false });
  });

  it('orders keys with id first', () => {
    expect(orderedKeys(new Map([['b', { scalar: 'string', list: false }], ['id', { scalar: 'string', list: false }], ['a', { scalar: 'int', list: false }]]))).toEqual(['id', 'a', 'b']);
  });
});
