import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel, entityFiles, loadModel, relationshipFile } from './model/index.ts';
import { ModelValidationError } from './model/schema.ts';

const badPlaces: unknown = JSON.parse(readFileSync(new URL('../../test/fixtures/seed/bad-places.json', import.meta.url), 'utf8'));

function validationError(run: () => unknown): ModelValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelValidationError) return error;
    throw error;
  }
  throw new Error('expected a ModelValidationError');
}

describe('the curated model', () => {
  it('loads and validates', () => {
    const model = loadModel();
    expect(model.entities.length).toBeGreaterThan(50);
    expect(model.relationships.length).toBeGreaterThan(80);
  });

  it('reports a bad data file by file name, path inside it and problem', () => {
    const error = validationError(() => buildModel({ 'test/fixtures/seed/bad-places.json': badPlaces }, []));
    expect(error.file).toBe('test/fixtures/seed/bad-places.json');
    expect(error.message).toContain('Invalid model file test/fixtures/seed/bad-places.json');
    const problems = error.problems.join('\n');
    expect(problems).toMatch(/\[1\]\.id \(id "Bad Id"\): ids are lowercase slugs/);
    expect(problems).toMatch(/\[1\]\.lat \(id "Bad Id"\): .*(<=|90)/);
    expect(problems).toMatch(/\[1\]\.lon \(id "Bad Id"\): /);
    expect(problems).toMatch(/\[1\]\.aliases_ar\[0\] \(id "Bad Id"\): must contain Arabic letters/);
    expect(problems).not.toMatch(/^\[0\]/m);
  });

  it('rejects unknown properties and a wrong kind', () => {
    const entity = { kind: 'Agency', id: 'x', name_ar: 'س', name_en: 'X', aliases_ar: ['س'], aliases_latin: [], description_en: 'x' };
    expect(validationError(() => buildModel({ 'a.ts': [{ ...entity, colour: 'red' }] }, [])).problems.join()).toMatch(/colour/);
    expect(validationError(() => buildModel({ 'a.ts': [{ ...entity, kind: 'Planet' }] }, [])).problems.join()).toMatch(/^\[0\]\.kind/);
  });

  it('reports duplicate ids across files', () => {
    const files = { ...entityFiles, 'corpus/seed/model/extra.ts': [entityFiles['corpus/seed/model/places.ts']].flat().slice(0, 1) };
    const error = validationError(() => buildModel(files));
    expect(error.file).toBe('corpus/seed/model/extra.ts');
    expect(error.problems[0]).toMatch(/duplicate id, already defined in corpus\/seed\/model\/places\.ts/);
  });

  it('reports relationships to unknown entities, bad types, evidence and duplicates', () => {
    const ok = { source: 'bcij', type: 'PART_OF', target: 'dgst', evidence: ['s-1-1'] };
    const error = validationError(() =>
      buildModel(entityFiles, [ok, { ...ok, target: 'nowhere' }, { ...ok }], relationshipFile),
    );
    expect(error.file).toBe(relationshipFile);
    expect(error.problems).toEqual([
      '[1].target: unknown entity "nowhere"',
      '[2]: duplicate relationship bcij-part_of-dgst',
    ]);
    const shape = validationError(() => buildModel(entityFiles, [{ ...ok, type: 'partOf', evidence: ['line 1'] }]));
    expect(shape.problems.join('\n')).toMatch(/\[0\]\.type: relationship types are UPPER_SNAKE/);
    expect(shape.problems.join('\n')).toMatch(/\[0\]\.evidence\[0\]: sentence ids look like s-4-1/);
  });
});
