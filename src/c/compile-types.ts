// Turning tree-sitter type specifiers and declarators into CTypes: primitive and sized types,
// typedef names, struct/union/enum specifiers (defining them on the way), and the inside-out
// reading of declarators (`int (*alloc)(struct page *)`, `unsigned long pfns[64]`).

import type { Node } from './parse';
import { layoutStruct, ptrTo, T, type CType, type FnType, type StructDef } from './types';
import { CompileError, type Unit } from './unit';
import { constEval } from './const-eval';
import { parseMacroText } from './macro-body';
import type { MemberDecl } from './layout';
import { memberAttrs, structAttrs } from './attributes';
import { typeofText } from './typeof-names';

/**
 * `typeof(X)`: X read as a type if it is one (`typeof(int *)`, `typeof(struct page)`),
 * otherwise as an expression whose type is taken without evaluating it.
 */
export function typeofType(u: Unit, text: string, node: Node): CType {
  const decl = parseMacroText(`${text} __mmstep_type_probe`);
  if (decl?.type === 'declaration') {
    const tn = decl.childForFieldName('type')!;
    const looksLikeVar = tn.type === 'type_identifier' && !namedType(u, tn.text) && typeofText(tn.text) === undefined;
    // `typeof(close(fd))`: the grammar reads a call `f(x)` as a macro type specifier; only
    // typeof itself is one, anything else is the expression's type.
    const name = tn.type === 'macro_type_specifier' ? tn.childForFieldName('name')?.text : undefined;
    const looksLikeCall = name !== undefined && name !== 'typeof' && name !== '__typeof__' && name !== '__typeof';
    if (!looksLikeVar && !looksLikeCall) {
      const base = resolveTypeSpec(u, tn);
      return applyDeclarator(u, decl.childForFieldName('declarator'), base).type;
    }
  }
  if (!u.typeofHook) throw new CompileError(node, `typeof(${text}) outside a function needs a type`);
  return u.typeofHook(text, node);
}

export function resolveTypeSpec(u: Unit, node: Node): CType {
  switch (node.type) {
    case 'primitive_type':
      return primitive(node, node.text);
    case 'sized_type_specifier':
      return sized(u, node);
    case 'type_identifier': {
      const tt = typeofText(node.text);
      if (tt !== undefined) return typeofType(u, tt, node);
      const t = namedType(u, node.text);
      if (t) return t;
      throw new CompileError(node, `unknown type '${node.text}'`);
    }
    case 'struct_specifier':
    case 'union_specifier':
      return structSpec(u, node);
    case 'enum_specifier':
      enumSpec(u, node);
      return T.int;
    case 'macro_type_specifier': {
      const name = node.childForFieldName('name')?.text;
      if ((name === 'typeof' || name === '__typeof__' || name === '__typeof') && u.typeofHook) {
        // typeof(expr): the grammar reads the operand as a type; it is an expression.
        const operand = node.childForFieldName('type')!;
        return u.typeofHook(operand.text, node);
      }
      throw new CompileError(node, `unsupported type: macro '${node.text}' used as a type`);
    }
    default:
      throw new CompileError(node, `unsupported type specifier '${node.text}'`);
  }
}

function primitive(node: Node, name: string): CType {
  switch (name) {
    case 'void':
      return T.void;
    case 'char':
      return T.char;
    case 'short':
      return T.short;
    case 'int':
      return T.int;
    case 'long':
      return T.long;
    case 'bool':
    case '_Bool':
      return T.bool;
    case 'size_t':
      return { ...T.ulong, name: 'size_t' };
    case 'ssize_t':
      return { ...T.long, name: 'ssize_t' };
    case 'uintptr_t':
      return { ...T.ulong, name: 'uintptr_t' };
    case 'intptr_t':
    case 'ptrdiff_t':
      return { ...T.long, name };
    case 'uint8_t':
      return T.uchar;
    case 'uint16_t':
      return T.ushort;
    case 'uint32_t':
      return T.uint;
    case 'uint64_t':
      return T.ulong;
    case 'int8_t':
      return T.schar;
    case 'int16_t':
      return T.short;
    case 'int32_t':
      return T.int;
    case 'int64_t':
      return T.long;
    case 'float':
    case 'double':
      throw new CompileError(node, `floating point ('${name}') is not part of the kernel-C subset`);
    default:
      throw new CompileError(node, `unsupported type '${name}'`);
  }
}

function sized(u: Unit, node: Node): CType {
  const words = node.text.split(/\s+/).filter(Boolean);
  let unsigned = false;
  let longs = 0;
  let short = false;
  let base = 'int';
  for (const w of words) {
    if (w === 'unsigned') unsigned = true;
    else if (w === 'signed') unsigned = false;
    else if (w === 'long') longs++;
    else if (w === 'short') short = true;
    else if (w === 'int' || w === 'char') base = w;
    else if (w === 'const' || w === 'volatile') continue;
    else throw new CompileError(node, `unsupported type '${node.text}'`);
  }
  void u;
  if (base === 'char') return unsigned ? T.uchar : T.schar;
  if (short) return unsigned ? T.ushort : T.short;
  if (longs === 1) return unsigned ? T.ulong : T.long;
  if (longs >= 2) return unsigned ? T.ullong : T.llong;
  return unsigned ? T.uint : T.int;
}

function structSpec(u: Unit, node: Node): CType {
  const union = node.type === 'union_specifier';
  const table = union ? u.unions : u.structs;
  const nameNode = node.childForFieldName('name');
  const body = node.childForFieldName('body');
  const tag = nameNode ? nameNode.text : `<anonymous@${node.startPosition.row + 1}:${node.startPosition.column + 1}>`;
  let def = table[tag];
  if (!def) {
    def = { tag, union, complete: false, fields: [], slots: 1, size: 0, align: 1 };
    table[tag] = def;
  }
  if (body) {
    if (def.complete && nameNode) {
      // Redefinition of the same struct (the same header parsed through two paths) is fine
      // only if identical in shape; we keep the first.
      return { k: 'struct', def };
    }
    const fields: MemberDecl[] = [];
    for (const fd of body.namedChildren) {
      if (!fd || fd.type === 'comment') continue;
      if (fd.type !== 'field_declaration') {
        if (fd.type.startsWith('preproc')) continue;
        throw new CompileError(fd, `unsupported member declaration '${fd.text.slice(0, 40)}'`);
      }
      const typeNode = fd.childForFieldName('type');
      if (!typeNode) throw new CompileError(fd, 'member without a type');
      const base = resolveTypeSpec(u, typeNode);
      const decls = fd.childrenForFieldName('declarator').filter((d): d is Node => !!d);
      if (!decls.length) {
        // Anonymous struct/union member: laid out as one member; findField looks inside it.
        if (base.k === 'struct') {
          fields.push({ name: '', type: base });
          continue;
        }
      }
      // Declarators in order, each with the `: width` that follows it (a bit-field).
      const kids = fd.children.filter((c): c is Node => !!c);
      for (let k = 0; k < kids.length; k++) {
        const d = kids[k];
        if (fd.childrenForFieldName('declarator').every((x) => x?.id !== d.id)) continue;
        const clause = kids[k + 1]?.type === 'bitfield_clause' ? kids[k + 1] : undefined;
        const r = d.isMissing ? { name: '', type: base } : applyDeclarator(u, d, base);
        if (!clause) {
          fields.push({ name: r.name, type: r.type, ...memberAttrs(u, fd) });
          continue;
        }
        const widthNode = clause.namedChildren.find((c) => c && c.type !== 'comment')!;
        const width = Number(constEval(u, widthNode));
        if (r.type.k !== 'int') throw new CompileError(d, `bit-field '${r.name || '<unnamed>'}' has non-integer type ${r.type.name ?? r.type.k}`);
        if (width < 0 || width > r.type.bits) throw new CompileError(clause, `width of bit-field '${r.name || '<unnamed>'}' (${width}) exceeds its type (${r.type.bits} bits)`);
        if (width === 0 && r.name) throw new CompileError(clause, `zero width for bit-field '${r.name}'`);
        fields.push({ name: r.name, type: r.type, width });
      }
    }
    try {
      layoutStruct(def, fields, structAttrs(u, node));
    } catch (err) {
      throw new CompileError(node, (err as Error).message);
    }
  }
  return { k: 'struct', def };
}

function enumSpec(u: Unit, node: Node): void {
  const body = node.childForFieldName('body');
  if (!body) return;
  let next = 0n;
  for (const e of body.namedChildren) {
    if (!e || e.type !== 'enumerator') continue;
    const name = e.childForFieldName('name')!.text;
    const v = e.childForFieldName('value');
    if (v) next = constEval(u, v);
    u.enumConsts[name] = next;
    next++;
  }
}

export interface Declared {
  name: string;
  type: CType;
  nameNode?: Node;
  /** Parameter names, when the declarator is a function declarator. */
  paramNames?: string[];
}

/** Read a declarator inside-out, starting from the base type of its declaration. */
export function applyDeclarator(u: Unit, d: Node | null, base: CType): Declared {
  if (!d) return { name: '', type: base };
  switch (d.type) {
    case 'identifier':
    case 'field_identifier':
    case 'type_identifier':
      return { name: d.text, type: base, nameNode: d };
    case 'pointer_declarator':
    case 'abstract_pointer_declarator':
      return applyDeclarator(u, d.childForFieldName('declarator'), ptrTo(base));
    case 'array_declarator':
    case 'abstract_array_declarator': {
      const sizeNode = d.childForFieldName('size');
      const n = sizeNode ? Number(constEval(u, sizeNode)) : 0;
      if (n < 0 || n > 1 << 24) throw new CompileError(d, `array size ${n} out of range`);
      return applyDeclarator(u, d.childForFieldName('declarator'), { k: 'array', of: base, n });
    }
    case 'function_declarator':
    case 'abstract_function_declarator': {
      const { type, names } = paramList(u, d.childForFieldName('parameters'), base);
      const inner = applyDeclarator(u, d.childForFieldName('declarator'), type);
      if (!inner.paramNames) inner.paramNames = names;
      return inner;
    }
    case 'parenthesized_declarator':
    case 'abstract_parenthesized_declarator': {
      const inner = d.namedChildren.find((c) => c && c.type !== 'comment') ?? null;
      return applyDeclarator(u, inner, base);
    }
    case 'init_declarator':
      return applyDeclarator(u, d.childForFieldName('declarator'), base);
    case 'attributed_declarator':
      return applyDeclarator(u, d.namedChildren[0] ?? null, base);
    default:
      throw new CompileError(d, `unsupported declarator '${d.text.slice(0, 40)}'`);
  }
}

function paramList(u: Unit, list: Node | null, ret: CType): { type: FnType; names: string[] } {
  const params: CType[] = [];
  const names: string[] = [];
  let variadic = false;
  if (list) {
    for (const p of list.namedChildren) {
      if (!p || p.type === 'comment') continue;
      if (p.type === 'variadic_parameter') {
        variadic = true;
        continue;
      }
      if (p.type !== 'parameter_declaration') throw new CompileError(p, `unsupported parameter '${p.text}'`);
      const base = resolveTypeSpec(u, p.childForFieldName('type')!);
      const r = applyDeclarator(u, p.childForFieldName('declarator'), base);
      if (r.type.k === 'void' && !r.name) continue; // f(void)
      let t = r.type;
      if (t.k === 'array') t = ptrTo(t.of);
      if (t.k === 'fn') t = ptrTo(t);
      params.push(t);
      names.push(r.name);
    }
    if (list.children.some((c) => c?.type === '...')) variadic = true;
  }
  return { type: { k: 'fn', ret, params, variadic }, names };
}

/** Type of a `type_descriptor` node (casts, sizeof(type)). */
export function typeDescriptor(u: Unit, node: Node): CType {
  const base = resolveTypeSpec(u, node.childForFieldName('type')!);
  return applyDeclarator(u, node.childForFieldName('declarator'), base).type;
}

export function structByTag(u: Unit, tag: string): StructDef | undefined {
  return u.structs[tag];
}

/** A typedef name, or a macro standing for a type (`#define pfn_t_ unsigned long`). */
export function namedType(u: Unit, name: string): CType | undefined {
  const tt = typeofText(name);
  if (tt !== undefined) {
    try {
      return typeofType(u, tt, parseMacroText(tt) ?? ({} as Node));
    } catch {
      return undefined;
    }
  }
  const t = u.typedefs[name];
  if (t) return t;
  const m = u.macros[name];
  if (!m || m.params) return undefined;
  const decl = parseMacroText(`${m.body.replace(/\\\r?\n/g, ' ')} __mmstep_type_probe`);
  if (decl?.type !== 'declaration') return undefined;
  try {
    const base = resolveTypeSpec(u, decl.childForFieldName('type')!);
    return applyDeclarator(u, decl.childForFieldName('declarator'), base).type;
  } catch {
    return undefined;
  }
}
