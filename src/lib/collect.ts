/** Every item of an async iterable, in order (Array.fromAsync arrives with Node 22; this runs on 20). */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}
