// Property tests: the interpreter's integer arithmetic agrees with a BigInt reference of the C
// rules for every width and signedness (wrap-around, truncating division, shifts), on random
// operands chosen by fast-check. Undefined cases (signed overflow, shift >= width, division by
// zero) are excluded from the reference and checked separately to fault.

import * as assert from 'assert';
import fc from 'fast-check';
import { runC } from './run-c';

interface Ty {
  name: string;
  bits: number;
  signed: boolean;
  fmt: string;
}

const TYPES: Ty[] = [
  { name: 'unsigned long', bits: 64, signed: false, fmt: '%lu' },
  { name: 'long', bits: 64, signed: true, fmt: '%ld' },
  { name: 'unsigned int', bits: 32, signed: false, fmt: '%u' },
  { name: 'int', bits: 32, signed: true, fmt: '%d' },
];
const OPS = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>'] as const;
type BinOp = (typeof OPS)[number];

function wrap(v: bigint, t: Ty): bigint {
  return t.signed ? BigInt.asIntN(t.bits, v) : BigInt.asUintN(t.bits, v);
}

/** The C result, or undefined where C leaves it undefined. */
function reference(op: BinOp, a: bigint, b: bigint, t: Ty): bigint | undefined {
  let r: bigint;
  switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/':
    case '%':
      if (b === 0n) return undefined;
      r = op === '/' ? a / b : a % b;
      break;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return wrap(a ^ b, t);
    case '<<':
    case '>>':
      if (b < 0n || b >= BigInt(t.bits)) return undefined;
      if (op === '<<' && t.signed && (a < 0n || wrap(a << b, t) !== a << b)) return undefined;
      return wrap(op === '<<' ? a << b : a >> b, t);
  }
  if (t.signed && wrap(r, t) !== r) return undefined;
  return wrap(r, t);
}

function lit(v: bigint, t: Ty): string {
  // Write the operand as an exact literal of type t (negative values through unary minus).
  const suffix = t.bits === 64 ? (t.signed ? 'L' : 'UL') : t.signed ? '' : 'U';
  if (v < 0n) return `(${t.name})(-${-v}${t.bits === 64 ? 'L' : 'L'})`;
  return `(${t.name})${v}${suffix || ''}`;
}

const operand = (t: Ty) =>
  fc.oneof(
    fc.bigInt({ min: t.signed ? -(1n << BigInt(t.bits - 1)) : 0n, max: (1n << BigInt(t.signed ? t.bits - 1 : t.bits)) - 1n }),
    fc.constantFrom(0n, 1n, 2n, 63n, 31n, t.signed ? -1n : (1n << BigInt(t.bits)) - 1n),
  );

const caseArb = fc.integer({ min: 0, max: TYPES.length - 1 }).chain((ti) => {
  const t = TYPES[ti];
  return fc.record({ t: fc.constant(t), op: fc.constantFrom(...OPS), a: operand(t), b: operand(t) });
});

describe('interpreter: arithmetic properties (fast-check vs BigInt reference)', () => {
  it('every defined binary operation on every width gives the C result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { minLength: 20, maxLength: 60 }), async (cases) => {
        const defined = cases.filter((c) => reference(c.op, c.a, c.b, c.t) !== undefined);
        const body = defined
          .map((c, i) => `\t{ ${c.t.name} a${i} = ${lit(c.a, c.t)}, b${i} = ${lit(c.b, c.t)}; printf("${c.t.fmt}\\n", (${c.t.name})(a${i} ${c.op} b${i})); }`)
          .join('\n');
        const r = await runC(`int main(void)\n{\n${body}\n\treturn 0;\n}\n`);
        assert.strictEqual(r.outcome.kind, 'done');
        const got = r.stdout.split('\n').filter(Boolean);
        defined.forEach((c, i) => {
          assert.strictEqual(got[i], String(reference(c.op, c.a, c.b, c.t)), `${lit(c.a, c.t)} ${c.op} ${lit(c.b, c.t)} as ${c.t.name}`);
        });
      }),
      { numRuns: 12 },
    );
  });

  it('undefined cases fault instead of producing a value', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        fc.pre(reference(c.op, c.a, c.b, c.t) === undefined && !(c.op === '<<' && c.t.signed && c.b >= 0n && c.b < BigInt(c.t.bits)));
        const r = await runC(`int main(void)\n{\n\t${c.t.name} a = ${lit(c.a, c.t)}, b = ${lit(c.b, c.t)};\n\tprintf("${c.t.fmt}\\n", (${c.t.name})(a ${c.op} b));\n\treturn 0;\n}\n`);
        assert.strictEqual(r.outcome.kind, 'fault', `${c.a} ${c.op} ${c.b} as ${c.t.name}`);
      }),
      { numRuns: 40 },
    );
  });
});
