import { deserialize, serialize } from 'node:v8';

/**
 * Values kept in v8's serialised form, in order, in a few large buffers, each read back
 * (deserialised afresh) when a later stage asks for it. A per-article pass result that waits for
 * a later stage waits as bytes: several times smaller than the objects (maps and sets of strings
 * above all: 10× for a statement's key terms), and one buffer per few MB rather than one object
 * graph per article.
 */
export class PackedList<T> {
  private readonly chunks: Buffer[] = [];
  /** Per value: its chunk, start and end, three numbers each. */
  private readonly places: number[] = [];
  private used = 0;

  get length(): number {
    return this.places.length / 3;
  }

  push(value: T): void {
    this.pushBytes(serialize(value));
  }

  /** A value already serialised (on a worker thread). */
  pushBytes(bytes: Uint8Array): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || this.used + bytes.length > chunk.length) {
      chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, bytes.length));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(bytes, this.used);
    this.places.push(this.chunks.length - 1, this.used, this.used + bytes.length);
    this.used += bytes.length;
  }

  get(i: number): T {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no packed value ${i} of ${this.length}`);
    const [chunk, start, end] = this.places.slice(i * 3, i * 3 + 3) as [number, number, number];
    return deserialize(this.chunks[chunk]!.subarray(start, end)) as T;
  }

  /** Every value, read back in order. */
  unpack(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }
}

/** Room for many articles' values per buffer; a larger value gets a buffer of its own size. */
const CHUNK_BYTES = 4 * 2 ** 20;
