/** A single value with listeners, for useSyncExternalStore: what changes often re-renders only its readers. */
type Listener = () => void;

export class ValueStore<V> {
  private value: V;
  private readonly listeners = new Set<Listener>();

  constructor(initial: V) {
    this.value = initial;
  }

  get = (): V => this.value;

  set = (value: V): void => {
    if (Object.is(value, this.value)) return;
    this.value = value;
    this.listeners.forEach((l) => l());
  };

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
