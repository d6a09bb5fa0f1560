// #include: search order for "…" and <…>, computed includes, include guards and #pragma once
// (the file is not read or scanned again), __has_include, the depth limit and missing files.

import * as assert from 'assert';
import { pp } from './helpers';

describe('pp includes', () => {
  it('searches the including file\'s directory first for "…", include dirs for <…>', () => {
    const files = {
      'src/main.c': '',
      'src/a.h': 'local_a',
      'inc/a.h': 'global_a',
      'inc/sub/b.h': '#include "c.h"\n#include <a.h>',
      'inc/sub/c.h': 'sub_c',
    };
    const r = pp('#include "a.h"\n#include <a.h>\n#include <sub/b.h>\n', files, { includeDirs: ['inc'] });
    assert.strictEqual(r.toks, 'global_a global_a sub_c global_a');
    const r2 = pp('#include "src/a.h"\n#include "a.h"\n', files, { includeDirs: ['inc'], quoteDirs: ['src'] });
    assert.strictEqual(r2.toks, 'local_a local_a');
  });

  it('expands computed includes', () => {
    const files = { 'inc/x.h': 'x_h', 'y.h': 'y_h' };
    const r = pp('#define H <x.h>\n#define Q "y.h"\n#define S(x) #x\n#include H\n#include Q\n#include S(y.h)\n', files, { includeDirs: ['inc'] });
    assert.strictEqual(r.toks, 'x_h y_h y_h');
  });

  it('does not read a guarded header again once its guard is defined', () => {
    const files = { 'g.h': '/* c */\n#ifndef G_H\n#define G_H\nint g;\n#endif /* G_H */\n' };
    const r = pp('#include "g.h"\n#include "g.h"\n#include "./g.h"\n', files);
    assert.strictEqual(r.toks, 'int g ;');
    assert.deepStrictEqual(r.reads, ['g.h']);
    assert.strictEqual(r.files.filter((f) => f === 'g.h').length, 1);
  });

  it('includes a header again when its guard was undefined or it has code outside the guard', () => {
    const files = { 'g.h': '#ifndef G_H\n#define G_H\nint g;\n#endif\n', 'h.h': '#ifndef H_H\n#define H_H\n#endif\nint h;\n' };
    const r = pp('#include "g.h"\n#undef G_H\n#include "g.h"\n#include "h.h"\n#include "h.h"\n', files);
    assert.strictEqual(r.toks, 'int g ; int g ; int h ; int h ;');
  });

  it('honours #pragma once under any path spelling', () => {
    const files = { 'd/o.h': '#pragma once\nonce', 'd/x.h': '#include "o.h"\n#include "../d/o.h"' };
    const r = pp('#include "d/o.h"\n#include "d/x.h"\n#include "d/./o.h"\n', files);
    assert.strictEqual(r.toks, 'once');
  });

  it('answers __has_include for both forms', () => {
    const r = pp('#if __has_include("a.h") && !__has_include("b.h") && __has_include(<c.h>)\nok\n#endif\n', { 'a.h': '', 'inc/c.h': '' }, { includeDirs: ['inc'] });
    assert.strictEqual(r.toks, 'ok');
  });

  it('reports a missing include at the #include line and goes on', () => {
    const r = pp('int a;\n#include "nope.h"\n  #include <sys/nope.h>\nint b;\n');
    assert.deepStrictEqual(r.errors, ['main.c:2:10: "nope.h": file not found', 'main.c:3:12: <sys/nope.h>: file not found']);
    assert.strictEqual(r.toks, 'int a ; int b ;');
  });

  it('reports a malformed #include', () => {
    assert.deepStrictEqual(pp('#include\n#include foo\n').errors, ['main.c:1:2: #include expects "FILENAME" or <FILENAME>', 'main.c:2:10: #include expects "FILENAME" or <FILENAME>']);
  });

  it('stops self-inclusion at the depth limit with a diagnostic', () => {
    const r = pp('#include "main.c"\nx\n', { 'main.c': '#include "main.c"\nx\n' });
    assert.deepStrictEqual(r.errors, ['main.c:1:10: #include nested depth 200 exceeds maximum of 200']);
    assert.strictEqual(r.toks.split(' ').length, 200);
  });

  it('reads files only through the callback and uses a custom resolver when given', () => {
    const seen: string[] = [];
    const r = pp('#include <linux/mm.h>\n#include "internal.h"\n', { '/compat/6.12/linux/mm.h': 'mm', '/compat/6.12/mm/internal.h': 'internal' }, {
      resolve: (name, angle, from) => {
        seen.push(`${angle ? '<' : '"'}${name} from ${from}`);
        return angle ? `/compat/6.12/${name}` : `/compat/6.12/mm/${name}`;
      },
    });
    assert.strictEqual(r.toks, 'mm internal');
    assert.deepStrictEqual(seen, ['<linux/mm.h from main.c', '"internal.h from main.c']);
  });

  it('continues the search after the current directory with #include_next', () => {
    const files = { 'a/x.h': 'a_x\n#include_next <x.h>', 'b/x.h': 'b_x\n#if __has_include_next(<x.h>)\n#include_next <x.h>\n#endif', 'c/x.h': 'c_x' };
    const r = pp('#include <x.h>\n', files, { includeDirs: ['a', 'b', 'c'] });
    assert.strictEqual(r.toks, 'a_x b_x c_x');
  });

  it('saves and restores definitions with #pragma push_macro / pop_macro', () => {
    const r = pp('#define X 1\n#pragma push_macro("X")\n#undef X\n#define X 2\nX\n#pragma pop_macro("X")\nX\n#pragma GCC diagnostic ignored "-Wfoo"\n');
    assert.strictEqual(r.toks, '2 1');
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('counts __INCLUDE_LEVEL__ and names the current file in __FILE__', () => {
    const r = pp('__INCLUDE_LEVEL__ __FILE__\n#include "a.h"\n', { 'a.h': '__INCLUDE_LEVEL__ __FILE__ __BASE_FILE__' });
    assert.strictEqual(r.toks, '0 "main.c" 1 "a.h" "main.c"');
  });
});

describe('pp cache across runs', () => {
  it('reuses lexed files whose text is unchanged and relexes changed ones', async () => {
    const { newCache, preprocess } = await import('../../../../src/c/pp');
    const cache = newCache();
    const fs = new Map([['h.h', '#ifndef H\n#define H\n#define V 1\n#endif\n'], ['m.c', '#include "h.h"\n#include "h.h"\nV\n']]);
    const opts = { readFile: (p: string) => fs.get(p), cache };
    const a = preprocess('m.c', undefined, opts);
    const tokensBefore = cache.lexed.get(cache.fileIds.get('h.h')!)!.lexed;
    const b = preprocess('m.c', undefined, opts);
    assert.strictEqual(cache.lexed.get(cache.fileIds.get('h.h')!)!.lexed, tokensBefore);
    assert.strictEqual(a.text.trim(), '1');
    assert.strictEqual(b.text.trim(), '1');
    assert.deepStrictEqual(b.included, ['m.c', 'h.h']);
    fs.set('h.h', '#define V 2\n');
    const c = preprocess('m.c', undefined, opts);
    assert.notStrictEqual(cache.lexed.get(cache.fileIds.get('h.h')!)!.lexed, tokensBefore);
    assert.strictEqual(c.text.trim(), '2');
    assert.deepStrictEqual(c.diagnostics, []);
  });
});
