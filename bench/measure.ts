/** Median time per operation (µs) over `rounds` rounds of `iterations` runs, after a warm-up. */
export async function measure(
  run: () => unknown,
  { iterations = 20_000, rounds = 7, warmup = 2_000 } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const perOp: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await run();
    perOp.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
  }
  perOp.sort((a, b) => a - b);
  return perOp[Math.floor(perOp.length / 2)] ?? Number.NaN;
}
