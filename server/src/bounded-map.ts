// A memo of values that are cheap to compute again (normalised text, name keys, name distances): a Map
// that is emptied when it is full, so that it never outgrows `limit` entries however long the editing.

/** A Map of at most `limit` entries: setting one more empties it first. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit) this.clear();
    return super.set(key, value);
  }
}
