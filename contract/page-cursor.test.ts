import { describe, expect, it } from 'vitest';
import { cursorSchema, encodeCursor, mentionKeySchema } from './page-cursor.ts';

describe('page cursors', () => {
  const schema = cursorSchema(mentionKeySchema);

  it('give back the key they were made from, Arabic text included', () => {
    const key = ['2025-03-01|a-0123456789ab', 4, 17] as const;
    expect(schema.parse(encodeCursor(key))).toEqual(key);
    expect(cursorSchema(mentionKeySchema).parse(encodeCursor(['الدار البيضاء', 1, 2]))).toEqual(['الدار البيضاء', 1, 2]);
    expect(encodeCursor(key)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse text that is not a cursor of their shape', () => {
    expect(schema.safeParse('not a cursor!').success).toBe(false);
    expect(schema.safeParse(encodeCursor(['x', 'y', 1])).success).toBe(false);
    expect(schema.safeParse(encodeCursor(['x', 1])).success).toBe(false);
    expect(schema.safeParse('AAAA').success).toBe(false);
  });
});
