// What the runtime works out once per object of a schema (an object type, a set of attributes) and keeps for as long as
// that object lives: a schema's parts live as long as the process, and a plan walks the same few thousands of times.

/** `derive`, computed once per key object and then answered from a cache that lets the key be collected. */
export function oncePer<Key extends object, Derived>(derive: (key: Key) => Derived): (key: Key) => Derived {
  const cache = new WeakMap<Key, Derived>();
  return (key) => {
    let derived = cache.get(key);
    if (derived === undefined) {
      derived = derive(key);
      cache.set(key, derived);
    }
    return derived;
  };
}
