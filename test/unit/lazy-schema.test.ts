import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { z as zc } from 'zod';
import { lazySchema } from '@/lib/lazy-schema';
import { fieldInsertSchema, focusedFieldAtSchema } from '@/lib/messages';

describe('lazySchema', () => {
  it('builds the schema on first use only, once', () => {
    let built = 0;
    const schema = lazySchema(() => {
      built++;
      return z.object({ n: z.number() });
    });
    expect(built).toBe(0);
    expect(schema.safeParse({ n: 1 }).success).toBe(true);
    expect(schema.safeParse({ n: 'x' }).success).toBe(false);
    expect(schema.parse({ n: 2 })).toEqual({ n: 2 });
    expect(built).toBe(1);
  });

  it('works inside other schemas, extended, and spread into a full zod object as the background does', () => {
    const inner = lazySchema(() => z.object({ a: z.string().check(z.maxLength(3)) }));
    const outer = lazySchema(() => z.object({ inner, list: z.array(inner) }));
    expect(outer.safeParse({ inner: { a: 'abc' }, list: [{ a: 'x' }] }).success).toBe(true);
    expect(outer.safeParse({ inner: { a: 'abcd' }, list: [] }).success).toBe(false);
    const extended = z.extend(inner, { b: z.number() });
    expect(extended.safeParse({ a: 'x', b: 1 }).success).toBe(true);
    expect(extended.safeParse({ a: 'x' }).success).toBe(false);
    const strict = zc.strictObject({ ...inner.shape });
    expect(strict.safeParse({ a: 'x' }).success).toBe(true);
    expect(strict.safeParse({ a: 'x', extra: 1 }).success).toBe(false);
  });

  it('keeps the protocol schemas accepting and refusing as before', () => {
    const insert = { type: 'svl:insert', fieldId: 'f', key: 'k', text: 't', mode: 'append', reason: 'before-insert' };
    expect(fieldInsertSchema.safeParse(insert).success).toBe(true);
    expect(fieldInsertSchema.safeParse({ ...insert, fieldId: '' }).success).toBe(false);
    expect(fieldInsertSchema.safeParse({ ...insert, mode: 'overwrite' }).success).toBe(false);
    expect(fieldInsertSchema.safeParse({ ...insert, extra: true }).success).toBe(false);
    expect(focusedFieldAtSchema.safeParse({ tabId: -1 }).success).toBe(false);
  });
});
