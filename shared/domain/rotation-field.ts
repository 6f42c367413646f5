/**
 * Finite fields GF(q), q a prime power, for the rotation planner's designs (rotation-designs.ts).
 * Elements are the integers 0..q-1, read as the base-p digits of a polynomial's coefficients;
 * 0 and 1 are the field's zero and one.
 */
export interface Field {
  q: number;
  add(a: number, b: number): number;
  mul(a: number, b: number): number;
}

/** The prime p and exponent e with q = p^e, or null when q is not a prime power. */
export function primePower(q: number): { p: number; e: number } | null {
  if (!Number.isInteger(q) || q < 2) return null;
  let p = 2;
  while (q % p !== 0) p++;
  let e = 0;
  for (let rest = q; rest > 1; rest /= p) {
    if (rest % p !== 0) return null;
    e++;
  }
  return { p, e };
}

const fields = new Map<number, Field | null>();

/** GF(q), or null when q is not a prime power. Built once per q. */
export function galoisField(q: number): Field | null {
  if (!fields.has(q)) fields.set(q, buildField(q));
  return fields.get(q)!;
}

function buildField(q: number): Field | null {
  const power = primePower(q);
  if (!power) return null;
  const { p, e } = power;
  const add = (a: number, b: number) => {
    let sum = 0;
    for (let digit = 1; a > 0 || b > 0; digit *= p) {
      sum += (((a % p) + (b % p)) % p) * digit;
      a = Math.floor(a / p);
      b = Math.floor(b / p);
    }
    return sum;
  };
  const exp = primitivePowers(p, e);
  const log = new Int32Array(q);
  exp.forEach((element, i) => (log[element] = i));
  const addTable = new Int32Array(q * q);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) addTable[a * q + b] = add(a, b);
  return {
    q,
    add: (a, b) => addTable[a * q + b]!,
    mul: (a, b) => (a === 0 || b === 0 ? 0 : exp[(log[a]! + log[b]!) % (q - 1)]!),
  };
}

/**
 * The powers x^0..x^(q-2) of x modulo the first monic polynomial of degree e (in the order of
 * its coefficients as base-p numbers) for which they are all different: x is then a primitive
 * element, so the polynomial is irreducible and these powers list every non-zero element.
 */
function primitivePowers(p: number, e: number): number[] {
  const q = p ** e;
  for (let tail = 0; tail < q; tail++) {
    // The polynomial is x^e + (tail's digits); x^e is therefore -(tail) modulo it.
    const tailDigits = digits(tail, p, e);
    const powers: number[] = [];
    const seen = new Set<number>();
    let current = digits(1, p, e);
    for (let i = 0; i < q - 1; i++) {
      const value = current.reduceRight((sum, digit) => sum * p + digit, 0);
      if (value === 0 || seen.has(value)) break;
      seen.add(value);
      powers.push(value);
      // Multiply by x: shift up one degree, then fold the x^e term back in.
      const top = current[e - 1]!;
      current = [0, ...current.slice(0, e - 1)].map(
        (digit, d) => (((digit - top * tailDigits[d]!) % p) + p) % p,
      );
    }
    const backToOne = current.every((digit, d) => digit === (d === 0 ? 1 : 0));
    if (powers.length === q - 1 && backToOne) return powers;
  }
  throw new Error(`no primitive polynomial found for GF(${q})`);
}

function digits(value: number, p: number, e: number): number[] {
  return Array.from({ length: e }, (_, d) => Math.floor(value / p ** d) % p);
}
