/**
 * A zod schema built on first use. A portal page loads the protocol's and storage's schemas but uses few of them,
 * most only on a user's action, and building a zod schema costs tens of microseconds each: about 15 ms of a page's
 * start-up for the message views alone (issue 14; `npx tsx scripts/bench/profile-load.ts` prints the module
 * initialisation by area). Every read and call goes to the real schema, built once, so callers and types are as
 * for the schema itself.
 */
// Building nothing until used, it has no effect at load: a bundle that never reads a schema drops it and its zod.
/* #__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const get = (): T => {
    real ??= build();
    return real;
  };
  return new Proxy({} as T, {
    get(_target, key) {
      const schema = get();
      const value: unknown = Reflect.get(schema, key, schema);
      return typeof value === 'function' ? value.bind(schema) : value;
    },
    has: (_target, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor(_target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(get(), key);
      // The proxy's own target is empty: a descriptor it reports must be configurable (a proxy invariant).
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  });
}
