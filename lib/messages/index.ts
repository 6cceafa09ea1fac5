/**
 * The message protocol for callers (content scripts and extension pages): the typed `send`, and the types and
 * light schemas they share. The declarations themselves (schemas, handlers, who may send) are in `table.ts` and
 * its blocks; only the background imports those at run time (through `router.ts`).
 */
export type { Failure, From, Reply } from './define';
export { createSend, unreachable, type PayloadArgs, type Send, type Transport } from './send';
export type { MessageOf, MessageType, Payload, ReplyData, ReplyTo } from './table';
export * from './views';
export * from './side-panel-views';
