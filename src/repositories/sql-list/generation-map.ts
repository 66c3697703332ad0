/**
 * A map valid for one dataset generation and at most `max` entries: `forGeneration` empties it
 * when the generation moved (or is unknown) or when `adding` more entries would pass the bound.
 */
export class GenerationMap<V> extends Map<string, V> {
  private generation: number | null = null;

  constructor(private readonly max: number) {
    super();
  }

  forGeneration(current: number | null, adding = 1): this {
    if (current !== this.generation || current === null || this.size + adding > this.max) {
      this.clear();
      this.generation = current;
    }
    return this;
  }

  /** Still the map of `current`: nothing was committed since it was read. */
  isFor(current: number | null): boolean {
    return current !== null && this.generation === current;
  }
}
