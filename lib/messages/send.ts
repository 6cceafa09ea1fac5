import type { Failure } from './define';
import type { MessageType, Payload, ReplyTo } from './table';

/** How a caller reaches the background: `browser.runtime.sendMessage`, passed in (lib/ never imports it). */
export type Transport = (message: object) => Promise<unknown>;

/** The payload argument: optional when the message carries nothing required. */
export type PayloadArgs<T extends MessageType> =
  Record<string, never> extends Payload<T> ? [payload?: Payload<T>] : [payload: Payload<T>];

/** The one typed way to send a declared message; rejects only when the extension cannot be reached at all. */
export type Send = <T extends MessageType>(type: T, ...payload: PayloadArgs<T>) => Promise<ReplyTo<T>>;

const NO_ANSWER: Failure = { ok: false, error: 'The extension did not answer. Reload this page and try again.' };

function isReply(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && 'ok' in answer && typeof answer.ok === 'boolean';
}

/** Build `send` over a transport. Replies are typed by the message's declaration; callers never cast them. */
export function createSend(transport: Transport): Send {
  return async (type, ...[payload]) => {
    const answer = await transport({ ...payload, type });
    // The background answers every declared message with its declared reply (lib/messages/router.ts).
    return (isReply(answer) ? answer : NO_ANSWER) as ReplyTo<typeof type>;
  };
}

/** The words for a send that could not reach the extension at all (a reload, an update). */
export function unreachable(error: unknown): Failure {
  return {
    ok: false,
    error: `The extension could not be reached (${error instanceof Error ? error.message : 'unknown error'}).`,
  };
}
