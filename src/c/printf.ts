// printf and the pr_* family for C programs run in the interpreter (`mmstep exec`, debug
// output from kernel/ code). Supports the conversions kernel code and our test corpus use:
// %d %i %u %x %X %o %c %s %p %% with flags, width, precision and the h/hh/l/ll/z length.

import { SimFault, type NativeImpl, type NativeTable } from './native';
import type { Regions } from './memory';
import { ptrToInt } from './memory';
import type { Value } from './value';

export function readCString(mem: Regions, v: Value, max = 1 << 16): string {
  if (typeof v !== 'object' || v.t !== 'p') throw new SimFault('undefined-behaviour', 'printf: %s argument is not a pointer');
  if (v.s === 'null') return '(null)';
  if (v.s !== 'c') throw new SimFault('undefined-behaviour', 'printf: %s argument is not a C string');
  const r = mem[v.b];
  if (!r || r.freed) throw new SimFault('use-after-free', 'printf: string was freed');
  const bytes: number[] = [];
  for (let i = v.i; i < r.cells.length && bytes.length < max; i++) {
    const c = r.cells[i];
    if (typeof c !== 'bigint') throw new SimFault('uninitialized', 'printf: string contains uninitialized bytes');
    if (c === 0n) return new TextDecoder().decode(new Uint8Array(bytes));
    bytes.push(Number(BigInt.asUintN(8, c)));
  }
  throw new SimFault('out-of-bounds', 'printf: string is not NUL-terminated within its object');
}

/** The widest field printf pads to: wider ones would be a way to fill the heap with spaces. */
const MAX_FIELD = 1 << 20;

export function formatC(mem: Regions, fmt: string, args: Value[]): string {
  let out = '';
  let ai = 0;
  const next = (): Value => {
    if (ai >= args.length) throw new SimFault('undefined-behaviour', `printf: format "${fmt}" needs more arguments`);
    return args[ai++];
  };
  const re = /%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?(hh|h|ll|l|z|j|t)?([diouxXcsp%])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fmt))) {
    out += fmt.slice(last, m.index);
    last = re.lastIndex;
    const [, flags, widthS, precS, len, conv] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    let width = widthS === '*' ? Number(asInt(next())) : widthS ? Number(widthS) : 0;
    let fl = flags;
    // C: a negative `*` width is the `-` flag and its magnitude; a negative `*` precision is none.
    if (width < 0) {
      width = -width;
      fl += '-';
    }
    let prec = precS === '*' ? Number(asInt(next())) : precS !== undefined ? Number(precS) : undefined;
    if (prec !== undefined && prec < 0) prec = undefined;
    if (width > MAX_FIELD || (prec ?? 0) > MAX_FIELD) {
      throw new SimFault('unsupported', `printf: field width or precision ${Math.max(width, prec ?? 0)} is larger than the interpreter pads (${MAX_FIELD})`);
    }
    let body: string;
    let sign = '';
    if (conv === 's') {
      body = readCString(mem, next());
      if (prec !== undefined) body = body.slice(0, prec);
    } else if (conv === 'c') {
      body = String.fromCharCode(Number(BigInt.asUintN(8, asInt(next()))));
    } else if (conv === 'p') {
      const v = next();
      const n = typeof v === 'bigint' ? v : v.t === 'p' ? ptrToInt(v) : 0n;
      body = '0x' + n.toString(16);
    } else {
      const bits = len === 'hh' ? 8 : len === 'h' ? 16 : len === 'l' || len === 'll' || len === 'z' || len === 'j' || len === 't' ? 64 : 32;
      const raw = asInt(next());
      const signed = conv === 'd' || conv === 'i';
      let v = signed ? BigInt.asIntN(bits, raw) : BigInt.asUintN(bits, raw);
      if (v < 0n) {
        sign = '-';
        v = -v;
      } else if (signed && fl.includes('+')) sign = '+';
      else if (signed && fl.includes(' ')) sign = ' ';
      body = conv === 'x' ? v.toString(16) : conv === 'X' ? v.toString(16).toUpperCase() : conv === 'o' ? v.toString(8) : v.toString(10);
      if (prec !== undefined) body = prec === 0 && v === 0n ? '' : body.padStart(prec, '0');
      if (fl.includes('#') && v !== 0n && (conv === 'x' || conv === 'X')) body = (conv === 'x' ? '0x' : '0X') + body;
      if (fl.includes('#') && conv === 'o' && !body.startsWith('0')) body = '0' + body;
    }
    const total = sign.length + body.length;
    if (total < width) {
      if (fl.includes('-')) body = sign + body + ' '.repeat(width - total);
      else if (fl.includes('0') && prec === undefined && conv !== 's' && conv !== 'c') body = sign + '0'.repeat(width - total) + body;
      else body = ' '.repeat(width - total) + sign + body;
    } else body = sign + body;
    out += body;
  }
  return out + fmt.slice(last);
}

function asInt(v: Value): bigint {
  if (typeof v === 'bigint') return v;
  if (v.t === 'p') return ptrToInt(v);
  throw new SimFault('uninitialized', 'printf: argument is uninitialized');
}

const KERN_LEVEL = /^\x01[0-7c]/;

export function printfNatives(getMem: () => Regions): NativeTable {
  const printf: NativeImpl = (ctx, args) => {
    const text = formatC(getMem(), readCString(getMem(), args[0]), args.slice(1)).replace(KERN_LEVEL, '');
    ctx.print(text);
    return BigInt(new TextEncoder().encode(text).length);
  };
  return { printf, pr_info: printf, pr_err: printf, pr_warn: printf, pr_debug: printf, printk: printf };
}
