import type { z } from 'zod';
import type { AnyDeclaration, Declaration, Empty, Reply } from './define';
import { ANALYSIS_MESSAGES } from './analysis';
import { DRAFT_MESSAGES } from './drafts';
import { PAGE_SETUP_MESSAGES } from './page-setup';
import { PACK_MESSAGES } from './packs';
import { SIDE_PANEL_MESSAGES } from './side-panel';
import { SITE_MESSAGES } from './sites';

/**
 * Every message the background accepts, one entry each: the single source the router, the typed `send` and the
 * protocol tests are derived from. To add a block, declare it in its own file and list it here.
 */
export const MESSAGES = combine(
  { ...DRAFT_MESSAGES },
  PACK_MESSAGES,
  SITE_MESSAGES,
  SIDE_PANEL_MESSAGES,
  ANALYSIS_MESSAGES,
  PAGE_SETUP_MESSAGES,
);

/** Merge blocks, refusing (at load, so every test fails) a type declared twice. */
function combine<
  A extends object,
  B extends object,
  C extends object,
  D extends object,
  E extends object,
  F extends object,
>(a: A, b: B, c: C, d: D, e: E, f: F): A & B & C & D & E & F {
  const all: Record<string, AnyDeclaration> = {};
  for (const part of [a, b, c, d, e, f] as Array<Record<string, AnyDeclaration>>) {
    for (const [type, declaration] of Object.entries(part)) {
      if (type in all) throw new Error(`Message "${type}" is declared twice.`);
      all[type] = declaration;
    }
  }
  return all as A & B & C & D & E & F;
}

type Table = typeof MESSAGES;
export type MessageType = keyof Table;
/** What a caller passes for a message besides `type` (defaults not yet applied). */
export type Payload<T extends MessageType> = NoIndex<z.input<Table[T]['schema']>>;
/** An empty strict schema's input is `Record<string, never>`; as a payload it is `{}`. */
type NoIndex<P> = string extends keyof P ? Empty : P;
/** The message as its handler sees it, with `type`. */
export type MessageOf<T extends MessageType> = { type: T } & z.output<Table[T]['schema']>;
/** The data a message's successful answer carries. */
export type ReplyData<T extends MessageType> = Table[T] extends Declaration<infer _S, infer D> ? D : never;
/** What the background answers to a message. */
export type ReplyTo<T extends MessageType> = Reply<ReplyData<T>>;
