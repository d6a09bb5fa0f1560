// GENERATED FILE, do not edit: the scenario validator, ajv standalone code for the schema of
// src/scenario/schema.ts, written by src/scenario/validator-build.ts (`npm run build` rewrites
// it when the schema changed; test/unit/scenario/validator-build.test.ts fails when it is stale).
/* eslint-disable */
// @ts-nocheck
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"mmstep scenario","description":"A scenario for mmstep: C sources, entry point, initial memory state, threads, view and expectations.","type":"object","additionalProperties":false,"required":["name","sources","entry","memory"],"patternProperties":{"^x-":{"description":"Free-form: a place for YAML anchors (`x-page: &page {...}`) merged elsewhere with `<<: *page`."}},"properties":{"$schema":{"type":"string","description":"Schema reference for editors."},"name":{"type":"string","minLength":1,"description":"Short name shown by the CLI and the debugger."},"description":{"type":"string","description":"What the scenario shows, in the kernel’s terms."},"sources":{"type":"array","minItems":1,"items":{"type":"string","pattern":"\\.[ch]$","errorMessage":"expected a path to a .c or .h file"},"description":"C files to load, relative to the scenario file. `tree:mm/migrate_device.c` names a file of the kernel tree (kernel_tree, or the CLI’s --kernel-tree); a file inside any kernel tree (a directory whose top Makefile sets VERSION and PATCHLEVEL) is compiled unmodified against mmstep’s compatibility headers for that version."},"kernel_tree":{"type":"string","minLength":1,"description":"A Linux kernel tree (the directory with its top Makefile), absolute or relative to the scenario file; `$VAR` and `${VAR}` name environment variables. Sources written `tree:PATH` are read from it, unmodified. The CLI’s --kernel-tree overrides it."},"entry":{"type":"object","additionalProperties":false,"required":["function"],"description":"The function the \"main\" thread runs, and its arguments.","properties":{"function":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"Name of a C function defined in one of the sources (name@file.c for a static that several files define)."},"args":{"type":"array","items":{"description":"A C argument: an integer, an address (hex string), null (NULL), or a model object: {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}}, {pfn: N}.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},{"type":"null"},{"type":"object","additionalProperties":false,"required":["vma"],"properties":{"vma":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct vm_area_struct *` of process `pid` containing `addr`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"An address inside the VMA.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["mm"],"properties":{"mm":{"type":"integer","minimum":1,"description":"`struct mm_struct *` of this process id."}}},{"type":"object","additionalProperties":false,"required":["page"],"properties":{"page":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct page *` mapped at page-aligned `addr` in process `pid`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["pfn"],"properties":{"pfn":{"type":"integer","minimum":0,"description":"`struct page *` of this physical frame number."}}}],"errorMessage":"expected an argument: an integer, a hex string, null, {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}} or {pfn: N}"},"description":"Arguments, in order."}}},"memory":{"type":"object","additionalProperties":false,"required":["processes"],"description":"The initial memory state: processes, their VMAs and resident pages, TLB contents.","properties":{"cpus":{"type":"integer","minimum":1,"maximum":64,"description":"Number of CPUs (TLBs, LRU add batches), at most 64. Default 1."},"processes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","vmas"],"description":"A process (an mm_struct) with its VMAs and resident pages.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"name":{"type":"string","description":"Default `proc<pid>`."},"vmas":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["start","end"],"description":"A virtual memory area [start, end).","properties":{"start":{"description":"Page-aligned start address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"end":{"description":"Page-aligned end address (exclusive).","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"flags":{"type":"array","items":{"enum":["VM_READ","VM_WRITE","VM_EXEC","VM_SHARED"]},"description":"VMA flags. Default ['VM_READ', 'VM_WRITE']."},"anonymous":{"type":"boolean","description":"Anonymous (true, default) or file-backed (false)."}}},"maxItems":1024,"description":"The VMAs of the process (at most 1024)."},"pages":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["addr"],"description":"A resident page mapped at `addr` in this process.","properties":{"addr":{"description":"Page-aligned virtual address the page is mapped at.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"pfn":{"type":"integer","minimum":0,"description":"Explicit physical frame number. Default: allocated upwards from 0x100."},"content":{"type":["string","integer"],"description":"The data the page holds (a tag). Default `<pid>:<addr hex>`."},"pte":{"type":"object","additionalProperties":false,"description":"Bits of the present PTE that maps the page.","properties":{"write":{"type":"boolean","description":"Writable. Default: true iff the VMA has VM_WRITE and the page is not shared (fork shares read-only)."},"dirty":{"type":"boolean","description":"Hardware dirty bit. Default false."},"young":{"type":"boolean","description":"Accessed bit. Default true (the page was touched)."},"softDirty":{"type":"boolean","description":"Soft-dirty (present-PTE bit position). Default false."},"uffdWp":{"type":"boolean","description":"userfaultfd write-protect. Default false."}}},"dirty":{"type":"boolean","description":"PG_dirty. Default false."},"lru":{"enum":["lru","batch","isolated","none"],"description":"Where the page is w.r.t. the LRU. Default 'lru'. 'batch': still in a per-CPU LRU add batch (holds one extra reference until drained). 'isolated': someone else (reclaim, compaction) isolated it (holds one extra reference)."},"batchCpu":{"type":"integer","minimum":0,"description":"CPU whose add batch holds the page when lru is 'batch'. Default 0."},"extraRefs":{"type":"integer","minimum":0,"description":"Extra plain references (a concurrent get_page). Default 0."},"pins":{"type":"integer","minimum":0,"description":"GUP pins (each adds one reference). Default 0."},"locked":{"type":"boolean","description":"PG_locked already held by someone (e.g. another migration). Default false."},"lockOwner":{"type":"integer","minimum":0,"description":"Thread id of the lock holder when locked; 0 (default) = a holder outside the simulation."},"anonExclusive":{"type":"boolean","description":"PG_anon_exclusive. Default: true for an anonymous page that is not shared."},"sharedWith":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"Another mapping of the same physical page (fork-style sharing).","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address in that process (a VMA must cover it).","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"pte":{"type":"object","additionalProperties":false,"description":"Bits of the present PTE that maps the page.","properties":{"write":{"type":"boolean","description":"Writable. Default: true iff the VMA has VM_WRITE and the page is not shared (fork shares read-only)."},"dirty":{"type":"boolean","description":"Hardware dirty bit. Default false."},"young":{"type":"boolean","description":"Accessed bit. Default true (the page was touched)."},"softDirty":{"type":"boolean","description":"Soft-dirty (present-PTE bit position). Default false."},"uffdWp":{"type":"boolean","description":"userfaultfd write-protect. Default false."}}}}},"description":"The same page mapped in other processes (they must list a VMA covering the address)."}}},"description":"Resident pages, each mapped by a present PTE (at most 65536 mappings in all processes, sharedWith included)."}}},"maxItems":64,"description":"The processes of the scenario (at most 64)."},"tlb":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cpu","pid","addr"],"description":"A translation cached in a CPU's TLB; its pfn is the one currently mapped at (pid, addr).","properties":{"cpu":{"type":"integer","minimum":0,"description":"CPU number."},"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"write":{"type":"boolean","description":"Writable translation. Default: the PTE's write bit."}}},"description":"Translations cached in CPU TLBs at the start."},"cache":{"enum":["none","vivt"],"description":"CPU data caches: 'none' (default, x86-like) or 'vivt': a virtually indexed write-back cache per CPU; user stores stay in it until flush_cache_page or a range flush (munmap, madvise, mprotect, mremap, fork) writes them back (bug 3.2)."}}},"invariants":{"type":"object","description":"Switch invariants on (true) or off (false) for this scenario; the rest stay on. Names: mapcount, refcount, migration-entry-locked, freed-page-referenced, lost-write, stale-tlb-use, deadlock, leak (checked when the run ends: no page locked, isolated or referenced beyond its mappings).","additionalProperties":{"type":"boolean"}},"checks":{"type":"object","additionalProperties":false,"description":"How the model treats code that real kernels run although the API leaves it undefined.","properties":{"nonpresent_pte_helpers":{"enum":["warn","fault"],"description":"A present-pte helper (pte_pfn, pte_write, pte_dirty, pte_young, pte_soft_dirty, pte_uffd_wp) applied to a swap-format pte (migration, device-private or swap entry). `warn` (default): a warning at the line, once per helper and line with a count, and the helper returns what x86-64 kernel code computes on that bit pattern. `fault`: an undefined-behaviour fault at the line."}}},"threads":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","function"],"description":"An extra kernel thread. The entry function runs as thread \"main\".","properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","errorMessage":"expected a thread name (letters, digits, _)","description":"Thread name (unique, not \"main\")."},"function":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"Name of a C function defined in one of the sources (name@file.c for a static that several files define)."},"args":{"type":"array","items":{"description":"A C argument: an integer, an address (hex string), null (NULL), or a model object: {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}}, {pfn: N}.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},{"type":"null"},{"type":"object","additionalProperties":false,"required":["vma"],"properties":{"vma":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct vm_area_struct *` of process `pid` containing `addr`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"An address inside the VMA.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["mm"],"properties":{"mm":{"type":"integer","minimum":1,"description":"`struct mm_struct *` of this process id."}}},{"type":"object","additionalProperties":false,"required":["page"],"properties":{"page":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct page *` mapped at page-aligned `addr` in process `pid`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["pfn"],"properties":{"pfn":{"type":"integer","minimum":0,"description":"`struct page *` of this physical frame number."}}}],"errorMessage":"expected an argument: an integer, a hex string, null, {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}} or {pfn: N}"},"description":"Arguments, in order."},"start":{"description":"When the thread starts. 'first': runs before main until it blocks, finishes or calls schedule(). 'when-main-blocks' (default): becomes ready when main first blocks or calls schedule(); then ready threads run in file order (main first). A named point in main's run — {after-call: FN, in: FUNC} (right after main returns from FN, called in FUNC) or {at-line: {file, line}} (just before main runs that line), optionally {occurrence: N} — preempts main there: the thread runs until it blocks, finishes or calls schedule(), then main goes on.","errorMessage":"expected 'first', 'when-main-blocks', {after-call: FN, in: FUNC} or {at-line: {file, line}} (optionally with occurrence: N)","oneOf":[{"enum":["first","when-main-blocks"]},{"type":"object","additionalProperties":false,"required":["after-call"],"properties":{"after-call":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"A C or kernel (native) function main calls."},"in":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"Only calls made directly in this C function."},"occurrence":{"type":"integer","minimum":1,"description":"The N-th such return (default 1)."}}},{"type":"object","additionalProperties":false,"required":["at-line"],"properties":{"at-line":{"type":"object","additionalProperties":false,"required":["file","line"],"properties":{"file":{"type":"string","description":"A C source of the scenario, relative to the scenario file (or its file name)."},"line":{"type":"integer","minimum":1,"description":"A line that starts a statement."}}},"occurrence":{"type":"integer","minimum":1,"description":"The N-th time main reaches the line (default 1)."}}}]}}},"maxItems":64,"description":"Extra kernel threads besides \"main\" (at most 64)."},"view":{"type":"object","additionalProperties":false,"description":"What the state view shows.","properties":{"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","start","end"],"description":"A virtual range [start, end) of a process whose PTEs the state view shows.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"start":{"description":"Page-aligned start.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"end":{"description":"Page-aligned end (exclusive).","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}},"description":"Ranges whose PTEs are shown, at most 262144 pages (1 GiB) together. Default: every populated PTE of every VMA."}}},"expect":{"type":"object","additionalProperties":false,"description":"Expectations checked when the run ends (mmstep check).","properties":{"outcome":{"enum":["completed","fault","violation","deadlock"],"description":"How the run ends. Default: 'fault' if `fault` is given, 'violation' if `violations` is non-empty, else 'completed'."},"returns":{"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an integer","description":"The entry function's return value."},"fault":{"type":"object","additionalProperties":false,"description":"The fault the run stops with.","properties":{"kind":{"enum":["null-deref","out-of-bounds","use-after-free","uninitialized","div-zero","undefined-behaviour","bug-on","sleep-in-atomic","step-budget","call-depth","memory-budget","deadlock","invariant","bad-call","model","unsupported","segv"],"description":"Fault kind: null-deref, out-of-bounds, use-after-free, bug-on, deadlock, ..."},"line":{"type":"integer","minimum":1,"description":"Line of the faulting statement."},"file":{"type":"string","description":"File of the faulting statement (matched against the end of its path)."}}},"ptes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","addr","kind"],"description":"The final state of one PTE.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"kind":{"enum":["none","present","migration","device-private","device-exclusive","swap"],"description":"PTE kind at the end of the run."},"pfn":{"type":"integer","minimum":0,"description":"The frame the entry refers to (present, migration, device entries)."},"bits":{"type":"array","items":{"type":"string","pattern":"^!?[a-z][a-z0-9-]*$"},"description":"Bits that must be set (write, dirty, young, soft-dirty, uffd-wp, ...); \"!bit\" means the bit must be clear."}}},"description":"Final PTE states (inside the view ranges)."},"pages":{"type":"array","items":{"type":"object","additionalProperties":false,"description":"The final state of one page, named by `pfn` or by the PTE at (`pid`, `addr`).","anyOf":[{"required":["pfn"]},{"required":["pid","addr"]}],"errorMessage":"a page is named by `pfn`, or by `pid` and `addr` (the frame the PTE there refers to)","properties":{"pfn":{"type":"integer","minimum":0,"description":"Physical frame number."},"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address; the page is the one its PTE refers to.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"refcount":{"type":"integer","minimum":0,"description":"Expected page refcount."},"mapcount":{"type":"integer","minimum":0,"description":"Expected mapcount (PTEs mapping the page)."},"locked":{"type":"boolean","description":"Expected PG_locked."},"lru":{"enum":["lru","isolated","batch","none"],"description":"Expected LRU state."},"content":{"type":["string","integer"],"description":"Expected page content (tag)."},"pins":{"type":"integer","minimum":0,"description":"Expected GUP pins."},"dirty":{"type":"boolean","description":"Expected PG_dirty."},"lockHolder":{"type":["string","null"],"description":"Thread holding PG_locked: a thread name, \"external\" (held from outside the simulation), or null (nobody)."},"free":{"type":"boolean","description":"Expected to be freed (true) or still allocated (false)."}}},"description":"Final page states."},"tlb":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cpu","pid","addr","cached"],"description":"Whether a CPU's TLB still caches a translation of (pid, addr) at the end.","properties":{"cpu":{"type":"integer","minimum":0,"description":"CPU number."},"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"cached":{"type":"boolean","description":"true: the TLB holds a translation for it; false: it was flushed (or never cached)."},"stale":{"type":"boolean","description":"With cached: true, whether the translation is stale (the PTE no longer maps that pfn)."}}},"description":"Final TLB contents (cached / flushed / stale translations)."},"violations":{"type":"array","items":{"type":"string"},"description":"Invariants expected to be violated (e.g. mapcount). Default: none."},"output":{"type":"array","items":{"type":"string"},"description":"Text expected in the printf output."}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("\\.[ch]$", "u");
const pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$", "u");
const pattern3 = new RegExp("^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$", "u");
const pattern4 = new RegExp("^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$", "u");
const pattern11 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern22 = new RegExp("^!?[a-z][a-z0-9-]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.entry === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entry"},message:"must have required property '"+"entry"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.memory === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema11.properties, key0)) || (pattern0.test(key0)))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.description.type,parentSchema:schema11.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sources !== undefined){
let data3 = data.sources;
if(Array.isArray(data3)){
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.sources,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err10 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/pattern",keyword:"pattern",params:{pattern: "\\.[ch]$"},message:"must match pattern \""+"\\.[ch]$"+"\"",schema:"\\.[ch]$",parentSchema:schema11.properties.sources.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sources.items.type,parentSchema:schema11.properties.sources.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sources.type,parentSchema:schema11.properties.sources,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.kernel_tree !== undefined){
let data5 = data.kernel_tree;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err13 = {instancePath:instancePath+"/kernel_tree",schemaPath:"#/properties/kernel_tree/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.kernel_tree,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/kernel_tree",schemaPath:"#/properties/kernel_tree/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kernel_tree.type,parentSchema:schema11.properties.kernel_tree,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.entry !== undefined){
let data6 = data.entry;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.function === undefined){
const err15 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'",schema:schema11.properties.entry.required,parentSchema:schema11.properties.entry,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "function") || (key1 === "args"))){
const err16 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.entry,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.function !== undefined){
let data7 = data6.function;
if(typeof data7 === "string"){
if(!pattern2.test(data7)){
const err17 = {instancePath:instancePath+"/entry/function",schemaPath:"#/properties/entry/properties/function/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$",parentSchema:schema11.properties.entry.properties.function,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/entry/function",schemaPath:"#/properties/entry/properties/function/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.entry.properties.function.type,parentSchema:schema11.properties.entry.properties.function,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.args !== undefined){
let data8 = data6.args;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs22 = errors;
let valid6 = false;
const _errs23 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.args.items.anyOf[0].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs25 = errors;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err20 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.entry.properties.args.items.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.entry.properties.args.items.anyOf[1].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs27 = errors;
if(data9 !== null){
const err22 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.entry.properties.args.items.anyOf[2].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[2],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs29 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.vma === undefined){
const err23 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/3/required",keyword:"required",params:{missingProperty: "vma"},message:"must have required property '"+"vma"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[3].required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3],data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data9){
if(!(key2 === "vma")){
const err24 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3],data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.vma !== undefined){
let data10 = data9.vma;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.pid === undefined){
const err25 = {instancePath:instancePath+"/entry/args/" + i1+"/vma",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.addr === undefined){
const err26 = {instancePath:instancePath+"/entry/args/" + i1+"/vma",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key3 in data10){
if(!((key3 === "pid") || (key3 === "addr"))){
const err27 = {instancePath:instancePath+"/entry/args/" + i1+"/vma",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.pid !== undefined){
let data11 = data10.pid;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/entry/args/" + i1+"/vma/pid",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.pid.type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.pid,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/entry/args/" + i1+"/vma/pid",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.pid,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data10.addr !== undefined){
let data12 = data10.addr;
const _errs38 = errors;
let valid9 = false;
const _errs39 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err30 = {instancePath:instancePath+"/entry/args/" + i1+"/vma/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err31 = {instancePath:instancePath+"/entry/args/" + i1+"/vma/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var _valid1 = _errs39 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs41 = errors;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err32 = {instancePath:instancePath+"/entry/args/" + i1+"/vma/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/entry/args/" + i1+"/vma/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs41 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err34 = {instancePath:instancePath+"/entry/args/" + i1+"/vma/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.properties.addr,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/entry/args/" + i1+"/vma",schemaPath:"#/properties/entry/properties/args/items/anyOf/3/properties/vma/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma.type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3].properties.vma,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.properties.args.items.anyOf[3].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[3],data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs43 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.mm === undefined){
const err37 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/4/required",keyword:"required",params:{missingProperty: "mm"},message:"must have required property '"+"mm"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[4].required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[4],data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key4 in data9){
if(!(key4 === "mm")){
const err38 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.entry.properties.args.items.anyOf[4],data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data9.mm !== undefined){
let data13 = data9.mm;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err39 = {instancePath:instancePath+"/entry/args/" + i1+"/mm",schemaPath:"#/properties/entry/properties/args/items/anyOf/4/properties/mm/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.args.items.anyOf[4].properties.mm.type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[4].properties.mm,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/entry/args/" + i1+"/mm",schemaPath:"#/properties/entry/properties/args/items/anyOf/4/properties/mm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.entry.properties.args.items.anyOf[4].properties.mm,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
else {
const err41 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.properties.args.items.anyOf[4].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[4],data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs43 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs48 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.page === undefined){
const err42 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/5/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[5].required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5],data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key5 in data9){
if(!(key5 === "page")){
const err43 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5],data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data9.page !== undefined){
let data14 = data9.page;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.pid === undefined){
const err44 = {instancePath:instancePath+"/entry/args/" + i1+"/page",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data14.addr === undefined){
const err45 = {instancePath:instancePath+"/entry/args/" + i1+"/page",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key6 in data14){
if(!((key6 === "pid") || (key6 === "addr"))){
const err46 = {instancePath:instancePath+"/entry/args/" + i1+"/page",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data14.pid !== undefined){
let data15 = data14.pid;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err47 = {instancePath:instancePath+"/entry/args/" + i1+"/page/pid",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.pid.type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.pid,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err48 = {instancePath:instancePath+"/entry/args/" + i1+"/page/pid",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.pid,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data14.addr !== undefined){
let data16 = data14.addr;
const _errs57 = errors;
let valid13 = false;
const _errs58 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err49 = {instancePath:instancePath+"/entry/args/" + i1+"/page/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err50 = {instancePath:instancePath+"/entry/args/" + i1+"/page/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid2 = _errs58 === errors;
valid13 = valid13 || _valid2;
if(!valid13){
const _errs60 = errors;
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
const err51 = {instancePath:instancePath+"/entry/args/" + i1+"/page/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/entry/args/" + i1+"/page/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid2 = _errs60 === errors;
valid13 = valid13 || _valid2;
}
if(!valid13){
const err53 = {instancePath:instancePath+"/entry/args/" + i1+"/page/addr",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.properties.addr,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err54 = {instancePath:instancePath+"/entry/args/" + i1+"/page",schemaPath:"#/properties/entry/properties/args/items/anyOf/5/properties/page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page.type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5].properties.page,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.properties.args.items.anyOf[5].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[5],data:data9};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid0 = _errs48 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs62 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.pfn === undefined){
const err56 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/6/required",keyword:"required",params:{missingProperty: "pfn"},message:"must have required property '"+"pfn"+"'",schema:schema11.properties.entry.properties.args.items.anyOf[6].required,parentSchema:schema11.properties.entry.properties.args.items.anyOf[6],data:data9};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key7 in data9){
if(!(key7 === "pfn")){
const err57 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.entry.properties.args.items.anyOf[6],data:data9};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data9.pfn !== undefined){
let data17 = data9.pfn;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err58 = {instancePath:instancePath+"/entry/args/" + i1+"/pfn",schemaPath:"#/properties/entry/properties/args/items/anyOf/6/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.args.items.anyOf[6].properties.pfn.type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[6].properties.pfn,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err59 = {instancePath:instancePath+"/entry/args/" + i1+"/pfn",schemaPath:"#/properties/entry/properties/args/items/anyOf/6/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.entry.properties.args.items.anyOf[6].properties.pfn,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
else {
const err60 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.properties.args.items.anyOf[6].type,parentSchema:schema11.properties.entry.properties.args.items.anyOf[6],data:data9};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid0 = _errs62 === errors;
valid6 = valid6 || _valid0;
}
}
}
}
}
}
if(!valid6){
const err61 = {instancePath:instancePath+"/entry/args/" + i1,schemaPath:"#/properties/entry/properties/args/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.entry.properties.args.items.anyOf,parentSchema:schema11.properties.entry.properties.args.items,data:data9};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/entry/args",schemaPath:"#/properties/entry/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.entry.properties.args.type,parentSchema:schema11.properties.entry.properties.args,data:data8};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.type,parentSchema:schema11.properties.entry,data:data6};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.memory !== undefined){
let data18 = data.memory;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.processes === undefined){
const err64 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/required",keyword:"required",params:{missingProperty: "processes"},message:"must have required property '"+"processes"+"'",schema:schema11.properties.memory.required,parentSchema:schema11.properties.memory,data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key8 in data18){
if(!((((key8 === "cpus") || (key8 === "processes")) || (key8 === "tlb")) || (key8 === "cache"))){
const err65 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data18.cpus !== undefined){
let data19 = data18.cpus;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err66 = {instancePath:instancePath+"/memory/cpus",schemaPath:"#/properties/memory/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.cpus.type,parentSchema:schema11.properties.memory.properties.cpus,data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 64 || isNaN(data19)){
const err67 = {instancePath:instancePath+"/memory/cpus",schemaPath:"#/properties/memory/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema11.properties.memory.properties.cpus,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err68 = {instancePath:instancePath+"/memory/cpus",schemaPath:"#/properties/memory/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.cpus,data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data18.processes !== undefined){
let data20 = data18.processes;
if(Array.isArray(data20)){
if(data20.length > 64){
const err69 = {instancePath:instancePath+"/memory/processes",schemaPath:"#/properties/memory/properties/processes/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.memory.properties.processes,data:data20};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.pid === undefined){
const err70 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.memory.properties.processes.items.required,parentSchema:schema11.properties.memory.properties.processes.items,data:data21};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data21.vmas === undefined){
const err71 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/required",keyword:"required",params:{missingProperty: "vmas"},message:"must have required property '"+"vmas"+"'",schema:schema11.properties.memory.properties.processes.items.required,parentSchema:schema11.properties.memory.properties.processes.items,data:data21};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key9 in data21){
if(!((((key9 === "pid") || (key9 === "name")) || (key9 === "vmas")) || (key9 === "pages"))){
const err72 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items,data:data21};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data21.pid !== undefined){
let data22 = data21.pid;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err73 = {instancePath:instancePath+"/memory/processes/" + i2+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pid.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pid,data:data22};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
const err74 = {instancePath:instancePath+"/memory/processes/" + i2+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.processes.items.properties.pid,data:data22};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data21.name !== undefined){
let data23 = data21.name;
if(typeof data23 !== "string"){
const err75 = {instancePath:instancePath+"/memory/processes/" + i2+"/name",schemaPath:"#/properties/memory/properties/processes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.name.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.name,data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data21.vmas !== undefined){
let data24 = data21.vmas;
if(Array.isArray(data24)){
if(data24.length > 1024){
const err76 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/maxItems",keyword:"maxItems",params:{limit: 1024},message:"must NOT have more than 1024 items",schema:1024,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas,data:data24};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.start === undefined){
const err77 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data25};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data25.end === undefined){
const err78 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key10 in data25){
if(!((((key10 === "start") || (key10 === "end")) || (key10 === "flags")) || (key10 === "anonymous"))){
const err79 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data25};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data25.start !== undefined){
let data26 = data25.start;
const _errs87 = errors;
let valid22 = false;
const _errs88 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err80 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err81 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
var _valid3 = _errs88 === errors;
valid22 = valid22 || _valid3;
if(!valid22){
const _errs90 = errors;
if(typeof data26 === "string"){
if(!pattern4.test(data26)){
const err82 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid3 = _errs90 === errors;
valid22 = valid22 || _valid3;
}
if(!valid22){
const err84 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start,data:data26};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
else {
errors = _errs87;
if(vErrors !== null){
if(_errs87){
vErrors.length = _errs87;
}
else {
vErrors = null;
}
}
}
}
if(data25.end !== undefined){
let data27 = data25.end;
const _errs93 = errors;
let valid23 = false;
const _errs94 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err85 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err86 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var _valid4 = _errs94 === errors;
valid23 = valid23 || _valid4;
if(!valid23){
const _errs96 = errors;
if(typeof data27 === "string"){
if(!pattern4.test(data27)){
const err87 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid4 = _errs96 === errors;
valid23 = valid23 || _valid4;
}
if(!valid23){
const err89 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end,data:data27};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
}
if(data25.flags !== undefined){
let data28 = data25.flags;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i4=0; i4<len4; i4++){
let data29 = data28[i4];
if(!((((data29 === "VM_READ") || (data29 === "VM_WRITE")) || (data29 === "VM_EXEC")) || (data29 === "VM_SHARED"))){
const err90 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/flags/" + i4,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/flags/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.items.enum,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.items,data:data29};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/flags",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags,data:data28};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data25.anonymous !== undefined){
let data30 = data25.anonymous;
if(typeof data30 !== "boolean"){
const err92 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/anonymous",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.anonymous.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.anonymous,data:data30};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data25};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.vmas.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas,data:data24};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data21.pages !== undefined){
let data31 = data21.pages;
if(Array.isArray(data31)){
const len5 = data31.length;
for(let i5=0; i5<len5; i5++){
let data32 = data31[i5];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.addr === undefined){
const err95 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items,data:data32};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key11 in data32){
if(!(func2.call(schema11.properties.memory.properties.processes.items.properties.pages.items.properties, key11))){
const err96 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items,data:data32};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data32.addr !== undefined){
let data33 = data32.addr;
const _errs109 = errors;
let valid29 = false;
const _errs110 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err97 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[0],data:data33};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err98 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[0],data:data33};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
var _valid5 = _errs110 === errors;
valid29 = valid29 || _valid5;
if(!valid29){
const _errs112 = errors;
if(typeof data33 === "string"){
if(!pattern4.test(data33)){
const err99 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[1],data:data33};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[1],data:data33};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid5 = _errs112 === errors;
valid29 = valid29 || _valid5;
}
if(!valid29){
const err101 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr,data:data33};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs109;
if(vErrors !== null){
if(_errs109){
vErrors.length = _errs109;
}
else {
vErrors = null;
}
}
}
}
if(data32.pfn !== undefined){
let data34 = data32.pfn;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err102 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pfn",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pfn.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pfn,data:data34};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err103 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pfn",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pfn,data:data34};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
if(data32.content !== undefined){
let data35 = data32.content;
if((typeof data35 !== "string") && (!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35))))){
const err104 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/content",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/content/type",keyword:"type",params:{type: schema11.properties.memory.properties.processes.items.properties.pages.items.properties.content.type},message:"must be string,integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.content.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.content,data:data35};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data32.pte !== undefined){
let data36 = data32.pte;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key12 in data36){
if(!(((((key12 === "write") || (key12 === "dirty")) || (key12 === "young")) || (key12 === "softDirty")) || (key12 === "uffdWp"))){
const err105 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte,data:data36};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data36.write !== undefined){
let data37 = data36.write;
if(typeof data37 !== "boolean"){
const err106 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/write",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/write/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.write.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.write,data:data37};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data36.dirty !== undefined){
let data38 = data36.dirty;
if(typeof data38 !== "boolean"){
const err107 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/dirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.dirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.dirty,data:data38};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data36.young !== undefined){
let data39 = data36.young;
if(typeof data39 !== "boolean"){
const err108 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/young",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/young/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.young.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.young,data:data39};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data36.softDirty !== undefined){
let data40 = data36.softDirty;
if(typeof data40 !== "boolean"){
const err109 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/softDirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/softDirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.softDirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.softDirty,data:data40};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data36.uffdWp !== undefined){
let data41 = data36.uffdWp;
if(typeof data41 !== "boolean"){
const err110 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/uffdWp",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/uffdWp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.uffdWp.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.uffdWp,data:data41};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte,data:data36};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data32.dirty !== undefined){
let data42 = data32.dirty;
if(typeof data42 !== "boolean"){
const err112 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/dirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.dirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.dirty,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data32.lru !== undefined){
let data43 = data32.lru;
if(!((((data43 === "lru") || (data43 === "batch")) || (data43 === "isolated")) || (data43 === "none"))){
const err113 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/lru",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/lru/enum",keyword:"enum",params:{allowedValues: schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lru.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lru.enum,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lru,data:data43};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data32.batchCpu !== undefined){
let data44 = data32.batchCpu;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err114 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/batchCpu",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/batchCpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.batchCpu.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.batchCpu,data:data44};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
const err115 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/batchCpu",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/batchCpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.batchCpu,data:data44};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
if(data32.extraRefs !== undefined){
let data45 = data32.extraRefs;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err116 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/extraRefs",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/extraRefs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.extraRefs.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.extraRefs,data:data45};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
const err117 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/extraRefs",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/extraRefs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.extraRefs,data:data45};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
if(data32.pins !== undefined){
let data46 = data32.pins;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err118 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pins",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pins/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pins.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pins,data:data46};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 0 || isNaN(data46)){
const err119 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pins",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pins/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pins,data:data46};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
if(data32.locked !== undefined){
let data47 = data32.locked;
if(typeof data47 !== "boolean"){
const err120 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/locked",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.locked.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.locked,data:data47};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data32.lockOwner !== undefined){
let data48 = data32.lockOwner;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err121 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/lockOwner",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/lockOwner/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lockOwner.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lockOwner,data:data48};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err122 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/lockOwner",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/lockOwner/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lockOwner,data:data48};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
if(data32.anonExclusive !== undefined){
let data49 = data32.anonExclusive;
if(typeof data49 !== "boolean"){
const err123 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/anonExclusive",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/anonExclusive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.anonExclusive.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.anonExclusive,data:data49};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data32.sharedWith !== undefined){
let data50 = data32.sharedWith;
if(Array.isArray(data50)){
const len6 = data50.length;
for(let i6=0; i6<len6; i6++){
let data51 = data50[i6];
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.pid === undefined){
const err124 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data51};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data51.addr === undefined){
const err125 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data51};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key13 in data51){
if(!(((key13 === "pid") || (key13 === "addr")) || (key13 === "pte"))){
const err126 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data51};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data51.pid !== undefined){
let data52 = data51.pid;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err127 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pid.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pid,data:data52};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 1 || isNaN(data52)){
const err128 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pid,data:data52};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
if(data51.addr !== undefined){
let data53 = data51.addr;
const _errs154 = errors;
let valid34 = false;
const _errs155 = errors;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err129 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[0],data:data53};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err130 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[0],data:data53};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
var _valid6 = _errs155 === errors;
valid34 = valid34 || _valid6;
if(!valid34){
const _errs157 = errors;
if(typeof data53 === "string"){
if(!pattern4.test(data53)){
const err131 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[1],data:data53};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[1],data:data53};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
var _valid6 = _errs157 === errors;
valid34 = valid34 || _valid6;
}
if(!valid34){
const err133 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr,data:data53};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
else {
errors = _errs154;
if(vErrors !== null){
if(_errs154){
vErrors.length = _errs154;
}
else {
vErrors = null;
}
}
}
}
if(data51.pte !== undefined){
let data54 = data51.pte;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key14 in data54){
if(!(((((key14 === "write") || (key14 === "dirty")) || (key14 === "young")) || (key14 === "softDirty")) || (key14 === "uffdWp"))){
const err134 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte,data:data54};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data54.write !== undefined){
let data55 = data54.write;
if(typeof data55 !== "boolean"){
const err135 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/write",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/write/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.write.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.write,data:data55};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data54.dirty !== undefined){
let data56 = data54.dirty;
if(typeof data56 !== "boolean"){
const err136 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/dirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.dirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.dirty,data:data56};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data54.young !== undefined){
let data57 = data54.young;
if(typeof data57 !== "boolean"){
const err137 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/young",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/young/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.young.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.young,data:data57};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data54.softDirty !== undefined){
let data58 = data54.softDirty;
if(typeof data58 !== "boolean"){
const err138 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/softDirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/softDirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.softDirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.softDirty,data:data58};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data54.uffdWp !== undefined){
let data59 = data54.uffdWp;
if(typeof data59 !== "boolean"){
const err139 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/uffdWp",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/uffdWp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.uffdWp.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.uffdWp,data:data59};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte,data:data54};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data51};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith,data:data50};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items,data:data32};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.pages.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages,data:data31};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.type,parentSchema:schema11.properties.memory.properties.processes.items,data:data21};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/memory/processes",schemaPath:"#/properties/memory/properties/processes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.type,parentSchema:schema11.properties.memory.properties.processes,data:data20};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data18.tlb !== undefined){
let data60 = data18.tlb;
if(Array.isArray(data60)){
const len7 = data60.length;
for(let i7=0; i7<len7; i7++){
let data61 = data60[i7];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.cpu === undefined){
const err147 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema11.properties.memory.properties.tlb.items.required,parentSchema:schema11.properties.memory.properties.tlb.items,data:data61};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data61.pid === undefined){
const err148 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.memory.properties.tlb.items.required,parentSchema:schema11.properties.memory.properties.tlb.items,data:data61};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data61.addr === undefined){
const err149 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.memory.properties.tlb.items.required,parentSchema:schema11.properties.memory.properties.tlb.items,data:data61};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
for(const key15 in data61){
if(!((((key15 === "cpu") || (key15 === "pid")) || (key15 === "addr")) || (key15 === "write"))){
const err150 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.tlb.items,data:data61};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data61.cpu !== undefined){
let data62 = data61.cpu;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err151 = {instancePath:instancePath+"/memory/tlb/" + i7+"/cpu",schemaPath:"#/properties/memory/properties/tlb/items/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.tlb.items.properties.cpu.type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.cpu,data:data62};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
const err152 = {instancePath:instancePath+"/memory/tlb/" + i7+"/cpu",schemaPath:"#/properties/memory/properties/tlb/items/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.tlb.items.properties.cpu,data:data62};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
if(data61.pid !== undefined){
let data63 = data61.pid;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
const err153 = {instancePath:instancePath+"/memory/tlb/" + i7+"/pid",schemaPath:"#/properties/memory/properties/tlb/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.tlb.items.properties.pid.type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.pid,data:data63};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 1 || isNaN(data63)){
const err154 = {instancePath:instancePath+"/memory/tlb/" + i7+"/pid",schemaPath:"#/properties/memory/properties/tlb/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.tlb.items.properties.pid,data:data63};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
if(data61.addr !== undefined){
let data64 = data61.addr;
const _errs182 = errors;
let valid39 = false;
const _errs183 = errors;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err155 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[0],data:data64};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
const err156 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[0],data:data64};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
var _valid7 = _errs183 === errors;
valid39 = valid39 || _valid7;
if(!valid39){
const _errs185 = errors;
if(typeof data64 === "string"){
if(!pattern4.test(data64)){
const err157 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[1],data:data64};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[1],data:data64};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid7 = _errs185 === errors;
valid39 = valid39 || _valid7;
}
if(!valid39){
const err159 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr,data:data64};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
else {
errors = _errs182;
if(vErrors !== null){
if(_errs182){
vErrors.length = _errs182;
}
else {
vErrors = null;
}
}
}
}
if(data61.write !== undefined){
let data65 = data61.write;
if(typeof data65 !== "boolean"){
const err160 = {instancePath:instancePath+"/memory/tlb/" + i7+"/write",schemaPath:"#/properties/memory/properties/tlb/items/properties/write/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.tlb.items.properties.write.type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.write,data:data65};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.tlb.items.type,parentSchema:schema11.properties.memory.properties.tlb.items,data:data61};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/memory/tlb",schemaPath:"#/properties/memory/properties/tlb/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.tlb.type,parentSchema:schema11.properties.memory.properties.tlb,data:data60};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data18.cache !== undefined){
let data66 = data18.cache;
if(!((data66 === "none") || (data66 === "vivt"))){
const err163 = {instancePath:instancePath+"/memory/cache",schemaPath:"#/properties/memory/properties/cache/enum",keyword:"enum",params:{allowedValues: schema11.properties.memory.properties.cache.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.memory.properties.cache.enum,parentSchema:schema11.properties.memory.properties.cache,data:data66};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.type,parentSchema:schema11.properties.memory,data:data18};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data.invariants !== undefined){
let data67 = data.invariants;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
for(const key16 in data67){
let data68 = data67[key16];
if(typeof data68 !== "boolean"){
const err165 = {instancePath:instancePath+"/invariants/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/invariants/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.invariants.additionalProperties.type,parentSchema:schema11.properties.invariants.additionalProperties,data:data68};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/invariants",schemaPath:"#/properties/invariants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.invariants.type,parentSchema:schema11.properties.invariants,data:data67};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data.checks !== undefined){
let data69 = data.checks;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key17 in data69){
if(!(key17 === "nonpresent_pte_helpers")){
const err167 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.checks,data:data69};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data69.nonpresent_pte_helpers !== undefined){
let data70 = data69.nonpresent_pte_helpers;
if(!((data70 === "warn") || (data70 === "fault"))){
const err168 = {instancePath:instancePath+"/checks/nonpresent_pte_helpers",schemaPath:"#/properties/checks/properties/nonpresent_pte_helpers/enum",keyword:"enum",params:{allowedValues: schema11.properties.checks.properties.nonpresent_pte_helpers.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.checks.properties.nonpresent_pte_helpers.enum,parentSchema:schema11.properties.checks.properties.nonpresent_pte_helpers,data:data70};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data69};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data.threads !== undefined){
let data71 = data.threads;
if(Array.isArray(data71)){
if(data71.length > 64){
const err170 = {instancePath:instancePath+"/threads",schemaPath:"#/properties/threads/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.threads,data:data71};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
const len8 = data71.length;
for(let i8=0; i8<len8; i8++){
let data72 = data71[i8];
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.name === undefined){
const err171 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.threads.items.required,parentSchema:schema11.properties.threads.items,data:data72};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data72.function === undefined){
const err172 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'",schema:schema11.properties.threads.items.required,parentSchema:schema11.properties.threads.items,data:data72};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
for(const key18 in data72){
if(!((((key18 === "name") || (key18 === "function")) || (key18 === "args")) || (key18 === "start"))){
const err173 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items,data:data72};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data72.name !== undefined){
let data73 = data72.name;
if(typeof data73 === "string"){
if(!pattern11.test(data73)){
const err174 = {instancePath:instancePath+"/threads/" + i8+"/name",schemaPath:"#/properties/threads/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.threads.items.properties.name,data:data73};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/threads/" + i8+"/name",schemaPath:"#/properties/threads/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.name.type,parentSchema:schema11.properties.threads.items.properties.name,data:data73};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data72.function !== undefined){
let data74 = data72.function;
if(typeof data74 === "string"){
if(!pattern2.test(data74)){
const err176 = {instancePath:instancePath+"/threads/" + i8+"/function",schemaPath:"#/properties/threads/items/properties/function/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$",parentSchema:schema11.properties.threads.items.properties.function,data:data74};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/threads/" + i8+"/function",schemaPath:"#/properties/threads/items/properties/function/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.function.type,parentSchema:schema11.properties.threads.items.properties.function,data:data74};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data72.args !== undefined){
let data75 = data72.args;
if(Array.isArray(data75)){
const len9 = data75.length;
for(let i9=0; i9<len9; i9++){
let data76 = data75[i9];
const _errs211 = errors;
let valid47 = false;
const _errs212 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err178 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[0].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[0],data:data76};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid8 = _errs212 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs214 = errors;
if(typeof data76 === "string"){
if(!pattern3.test(data76)){
const err179 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[1],data:data76};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.args.items.anyOf[1].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[1],data:data76};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid8 = _errs214 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs216 = errors;
if(data76 !== null){
const err181 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.threads.items.properties.args.items.anyOf[2].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[2],data:data76};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid8 = _errs216 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs218 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.vma === undefined){
const err182 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/required",keyword:"required",params:{missingProperty: "vma"},message:"must have required property '"+"vma"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3],data:data76};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
for(const key19 in data76){
if(!(key19 === "vma")){
const err183 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3],data:data76};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data76.vma !== undefined){
let data77 = data76.vma;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.pid === undefined){
const err184 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data77};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data77.addr === undefined){
const err185 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data77};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
for(const key20 in data77){
if(!((key20 === "pid") || (key20 === "addr"))){
const err186 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data77};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data77.pid !== undefined){
let data78 = data77.pid;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err187 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.pid.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.pid,data:data78};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 < 1 || isNaN(data78)){
const err188 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.pid,data:data78};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
if(data77.addr !== undefined){
let data79 = data77.addr;
const _errs227 = errors;
let valid50 = false;
const _errs228 = errors;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err189 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0],data:data79};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 0 || isNaN(data79)){
const err190 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0],data:data79};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
var _valid9 = _errs228 === errors;
valid50 = valid50 || _valid9;
if(!valid50){
const _errs230 = errors;
if(typeof data79 === "string"){
if(!pattern4.test(data79)){
const err191 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1],data:data79};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1],data:data79};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
var _valid9 = _errs230 === errors;
valid50 = valid50 || _valid9;
}
if(!valid50){
const err193 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr,data:data79};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
else {
errors = _errs227;
if(vErrors !== null){
if(_errs227){
vErrors.length = _errs227;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err194 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data77};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3],data:data76};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
var _valid8 = _errs218 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs232 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.mm === undefined){
const err196 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/required",keyword:"required",params:{missingProperty: "mm"},message:"must have required property '"+"mm"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[4].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4],data:data76};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
for(const key21 in data76){
if(!(key21 === "mm")){
const err197 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4],data:data76};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data76.mm !== undefined){
let data80 = data76.mm;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err198 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/mm",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/properties/mm/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[4].properties.mm.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4].properties.mm,data:data80};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 1 || isNaN(data80)){
const err199 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/mm",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/properties/mm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4].properties.mm,data:data80};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
}
}
else {
const err200 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[4].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4],data:data76};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
var _valid8 = _errs232 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs237 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.page === undefined){
const err201 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5],data:data76};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
for(const key22 in data76){
if(!(key22 === "page")){
const err202 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5],data:data76};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data76.page !== undefined){
let data81 = data76.page;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.pid === undefined){
const err203 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data81};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(data81.addr === undefined){
const err204 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data81};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
for(const key23 in data81){
if(!((key23 === "pid") || (key23 === "addr"))){
const err205 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data81};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data81.pid !== undefined){
let data82 = data81.pid;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err206 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.pid.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.pid,data:data82};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 < 1 || isNaN(data82)){
const err207 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.pid,data:data82};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
if(data81.addr !== undefined){
let data83 = data81.addr;
const _errs246 = errors;
let valid54 = false;
const _errs247 = errors;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err208 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0],data:data83};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 0 || isNaN(data83)){
const err209 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0],data:data83};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
var _valid10 = _errs247 === errors;
valid54 = valid54 || _valid10;
if(!valid54){
const _errs249 = errors;
if(typeof data83 === "string"){
if(!pattern4.test(data83)){
const err210 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1],data:data83};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1],data:data83};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
var _valid10 = _errs249 === errors;
valid54 = valid54 || _valid10;
}
if(!valid54){
const err212 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr,data:data83};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
else {
errors = _errs246;
if(vErrors !== null){
if(_errs246){
vErrors.length = _errs246;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err213 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data81};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5],data:data76};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid8 = _errs237 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs251 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.pfn === undefined){
const err215 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/required",keyword:"required",params:{missingProperty: "pfn"},message:"must have required property '"+"pfn"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[6].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6],data:data76};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key24 in data76){
if(!(key24 === "pfn")){
const err216 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6],data:data76};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data76.pfn !== undefined){
let data84 = data76.pfn;
if(!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))){
const err217 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/pfn",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[6].properties.pfn.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6].properties.pfn,data:data84};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 < 0 || isNaN(data84)){
const err218 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/pfn",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6].properties.pfn,data:data84};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
}
else {
const err219 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[6].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6],data:data76};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
var _valid8 = _errs251 === errors;
valid47 = valid47 || _valid8;
}
}
}
}
}
}
if(!valid47){
const err220 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.threads.items.properties.args.items.anyOf,parentSchema:schema11.properties.threads.items.properties.args.items,data:data76};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
else {
errors = _errs211;
if(vErrors !== null){
if(_errs211){
vErrors.length = _errs211;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err221 = {instancePath:instancePath+"/threads/" + i8+"/args",schemaPath:"#/properties/threads/items/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.threads.items.properties.args.type,parentSchema:schema11.properties.threads.items.properties.args,data:data75};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data72.start !== undefined){
let data85 = data72.start;
const _errs257 = errors;
let valid56 = false;
let passing0 = null;
const _errs258 = errors;
if(!((data85 === "first") || (data85 === "when-main-blocks"))){
const err222 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.threads.items.properties.start.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.threads.items.properties.start.oneOf[0].enum,parentSchema:schema11.properties.threads.items.properties.start.oneOf[0],data:data85};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
var _valid11 = _errs258 === errors;
if(_valid11){
valid56 = true;
passing0 = 0;
}
const _errs259 = errors;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85["after-call"] === undefined){
const err223 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/required",keyword:"required",params:{missingProperty: "after-call"},message:"must have required property '"+"after-call"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[1].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1],data:data85};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
for(const key25 in data85){
if(!(((key25 === "after-call") || (key25 === "in")) || (key25 === "occurrence"))){
const err224 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1],data:data85};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data85["after-call"] !== undefined){
let data86 = data85["after-call"];
if(typeof data86 === "string"){
if(!pattern2.test(data86)){
const err225 = {instancePath:instancePath+"/threads/" + i8+"/start/after-call",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/after-call/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$",parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties["after-call"],data:data86};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/threads/" + i8+"/start/after-call",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/after-call/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.start.oneOf[1].properties["after-call"].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties["after-call"],data:data86};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data85.in !== undefined){
let data87 = data85.in;
if(typeof data87 === "string"){
if(!pattern2.test(data87)){
const err227 = {instancePath:instancePath+"/threads/" + i8+"/start/in",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/in/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$",parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.in,data:data87};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
else {
const err228 = {instancePath:instancePath+"/threads/" + i8+"/start/in",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.start.oneOf[1].properties.in.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.in,data:data87};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data85.occurrence !== undefined){
let data88 = data85.occurrence;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err229 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/occurrence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.start.oneOf[1].properties.occurrence.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.occurrence,data:data88};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < 1 || isNaN(data88)){
const err230 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/occurrence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.occurrence,data:data88};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
}
else {
const err231 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.start.oneOf[1].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1],data:data85};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid11 = _errs259 === errors;
if(_valid11 && valid56){
valid56 = false;
passing0 = [passing0, 1];
}
else {
if(_valid11){
valid56 = true;
passing0 = 1;
}
const _errs268 = errors;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85["at-line"] === undefined){
const err232 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/required",keyword:"required",params:{missingProperty: "at-line"},message:"must have required property '"+"at-line"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[2].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2],data:data85};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
for(const key26 in data85){
if(!((key26 === "at-line") || (key26 === "occurrence"))){
const err233 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2],data:data85};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data85["at-line"] !== undefined){
let data89 = data85["at-line"];
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.file === undefined){
const err234 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data89};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(data89.line === undefined){
const err235 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data89};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
for(const key27 in data89){
if(!((key27 === "file") || (key27 === "line"))){
const err236 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data89};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data89.file !== undefined){
let data90 = data89.file;
if(typeof data90 !== "string"){
const err237 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line/file",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.file.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.file,data:data90};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data89.line !== undefined){
let data91 = data89.line;
if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){
const err238 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line/line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.line.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.line,data:data91};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 < 1 || isNaN(data91)){
const err239 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line/line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.line,data:data91};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
}
else {
const err240 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data89};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data85.occurrence !== undefined){
let data92 = data85.occurrence;
if(!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))){
const err241 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/occurrence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties.occurrence.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties.occurrence,data:data92};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if((typeof data92 == "number") && (isFinite(data92))){
if(data92 < 1 || isNaN(data92)){
const err242 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/occurrence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties.occurrence,data:data92};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
}
}
else {
const err243 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.start.oneOf[2].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2],data:data85};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
var _valid11 = _errs268 === errors;
if(_valid11 && valid56){
valid56 = false;
passing0 = [passing0, 2];
}
else {
if(_valid11){
valid56 = true;
passing0 = 2;
}
}
}
if(!valid56){
const err244 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.threads.items.properties.start.oneOf,parentSchema:schema11.properties.threads.items.properties.start,data:data85};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
else {
errors = _errs257;
if(vErrors !== null){
if(_errs257){
vErrors.length = _errs257;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err245 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.type,parentSchema:schema11.properties.threads.items,data:data72};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/threads",schemaPath:"#/properties/threads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.threads.type,parentSchema:schema11.properties.threads,data:data71};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data.view !== undefined){
let data93 = data.view;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key28 in data93){
if(!(key28 === "ranges")){
const err247 = {instancePath:instancePath+"/view",schemaPath:"#/properties/view/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.view,data:data93};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data93.ranges !== undefined){
let data94 = data93.ranges;
if(Array.isArray(data94)){
const len10 = data94.length;
for(let i10=0; i10<len10; i10++){
let data95 = data94[i10];
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.pid === undefined){
const err248 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.view.properties.ranges.items.required,parentSchema:schema11.properties.view.properties.ranges.items,data:data95};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(data95.start === undefined){
const err249 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema11.properties.view.properties.ranges.items.required,parentSchema:schema11.properties.view.properties.ranges.items,data:data95};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(data95.end === undefined){
const err250 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema11.properties.view.properties.ranges.items.required,parentSchema:schema11.properties.view.properties.ranges.items,data:data95};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
for(const key29 in data95){
if(!(((key29 === "pid") || (key29 === "start")) || (key29 === "end"))){
const err251 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.view.properties.ranges.items,data:data95};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data95.pid !== undefined){
let data96 = data95.pid;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err252 = {instancePath:instancePath+"/view/ranges/" + i10+"/pid",schemaPath:"#/properties/view/properties/ranges/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.view.properties.ranges.items.properties.pid.type,parentSchema:schema11.properties.view.properties.ranges.items.properties.pid,data:data96};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 1 || isNaN(data96)){
const err253 = {instancePath:instancePath+"/view/ranges/" + i10+"/pid",schemaPath:"#/properties/view/properties/ranges/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.view.properties.ranges.items.properties.pid,data:data96};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
if(data95.start !== undefined){
let data97 = data95.start;
const _errs291 = errors;
let valid64 = false;
const _errs292 = errors;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err254 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[0].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[0],data:data97};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < 0 || isNaN(data97)){
const err255 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[0],data:data97};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
var _valid12 = _errs292 === errors;
valid64 = valid64 || _valid12;
if(!valid64){
const _errs294 = errors;
if(typeof data97 === "string"){
if(!pattern4.test(data97)){
const err256 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[1],data:data97};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[1].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[1],data:data97};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
var _valid12 = _errs294 === errors;
valid64 = valid64 || _valid12;
}
if(!valid64){
const err258 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.view.properties.ranges.items.properties.start.anyOf,parentSchema:schema11.properties.view.properties.ranges.items.properties.start,data:data97};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
else {
errors = _errs291;
if(vErrors !== null){
if(_errs291){
vErrors.length = _errs291;
}
else {
vErrors = null;
}
}
}
}
if(data95.end !== undefined){
let data98 = data95.end;
const _errs297 = errors;
let valid65 = false;
const _errs298 = errors;
if(!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))){
const err259 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[0].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[0],data:data98};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if((typeof data98 == "number") && (isFinite(data98))){
if(data98 < 0 || isNaN(data98)){
const err260 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[0],data:data98};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
var _valid13 = _errs298 === errors;
valid65 = valid65 || _valid13;
if(!valid65){
const _errs300 = errors;
if(typeof data98 === "string"){
if(!pattern4.test(data98)){
const err261 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[1],data:data98};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
else {
const err262 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[1].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[1],data:data98};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
var _valid13 = _errs300 === errors;
valid65 = valid65 || _valid13;
}
if(!valid65){
const err263 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.view.properties.ranges.items.properties.end.anyOf,parentSchema:schema11.properties.view.properties.ranges.items.properties.end,data:data98};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
else {
errors = _errs297;
if(vErrors !== null){
if(_errs297){
vErrors.length = _errs297;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err264 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.view.properties.ranges.items.type,parentSchema:schema11.properties.view.properties.ranges.items,data:data95};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
else {
const err265 = {instancePath:instancePath+"/view/ranges",schemaPath:"#/properties/view/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.view.properties.ranges.type,parentSchema:schema11.properties.view.properties.ranges,data:data94};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
else {
const err266 = {instancePath:instancePath+"/view",schemaPath:"#/properties/view/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.view.type,parentSchema:schema11.properties.view,data:data93};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data.expect !== undefined){
let data99 = data.expect;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
for(const key30 in data99){
if(!((((((((key30 === "outcome") || (key30 === "returns")) || (key30 === "fault")) || (key30 === "ptes")) || (key30 === "pages")) || (key30 === "tlb")) || (key30 === "violations")) || (key30 === "output"))){
const err267 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect,data:data99};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data99.outcome !== undefined){
let data100 = data99.outcome;
if(!((((data100 === "completed") || (data100 === "fault")) || (data100 === "violation")) || (data100 === "deadlock"))){
const err268 = {instancePath:instancePath+"/expect/outcome",schemaPath:"#/properties/expect/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.outcome.enum,parentSchema:schema11.properties.expect.properties.outcome,data:data100};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data99.returns !== undefined){
let data101 = data99.returns;
const _errs307 = errors;
let valid67 = false;
const _errs308 = errors;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
const err269 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.returns.anyOf[0].type,parentSchema:schema11.properties.expect.properties.returns.anyOf[0],data:data101};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
var _valid14 = _errs308 === errors;
valid67 = valid67 || _valid14;
if(!valid67){
const _errs310 = errors;
if(typeof data101 === "string"){
if(!pattern3.test(data101)){
const err270 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.returns.anyOf[1],data:data101};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.returns.anyOf[1].type,parentSchema:schema11.properties.expect.properties.returns.anyOf[1],data:data101};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
var _valid14 = _errs310 === errors;
valid67 = valid67 || _valid14;
}
if(!valid67){
const err272 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.returns.anyOf,parentSchema:schema11.properties.expect.properties.returns,data:data101};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
else {
errors = _errs307;
if(vErrors !== null){
if(_errs307){
vErrors.length = _errs307;
}
else {
vErrors = null;
}
}
}
}
if(data99.fault !== undefined){
let data102 = data99.fault;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key31 in data102){
if(!(((key31 === "kind") || (key31 === "line")) || (key31 === "file"))){
const err273 = {instancePath:instancePath+"/expect/fault",schemaPath:"#/properties/expect/properties/fault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.fault,data:data102};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data102.kind !== undefined){
let data103 = data102.kind;
if(!(((((((((((((((((data103 === "null-deref") || (data103 === "out-of-bounds")) || (data103 === "use-after-free")) || (data103 === "uninitialized")) || (data103 === "div-zero")) || (data103 === "undefined-behaviour")) || (data103 === "bug-on")) || (data103 === "sleep-in-atomic")) || (data103 === "step-budget")) || (data103 === "call-depth")) || (data103 === "memory-budget")) || (data103 === "deadlock")) || (data103 === "invariant")) || (data103 === "bad-call")) || (data103 === "model")) || (data103 === "unsupported")) || (data103 === "segv"))){
const err274 = {instancePath:instancePath+"/expect/fault/kind",schemaPath:"#/properties/expect/properties/fault/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.fault.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.fault.properties.kind.enum,parentSchema:schema11.properties.expect.properties.fault.properties.kind,data:data103};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data102.line !== undefined){
let data104 = data102.line;
if(!(((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104))) && (isFinite(data104)))){
const err275 = {instancePath:instancePath+"/expect/fault/line",schemaPath:"#/properties/expect/properties/fault/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.fault.properties.line.type,parentSchema:schema11.properties.expect.properties.fault.properties.line,data:data104};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if((typeof data104 == "number") && (isFinite(data104))){
if(data104 < 1 || isNaN(data104)){
const err276 = {instancePath:instancePath+"/expect/fault/line",schemaPath:"#/properties/expect/properties/fault/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.fault.properties.line,data:data104};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
}
if(data102.file !== undefined){
let data105 = data102.file;
if(typeof data105 !== "string"){
const err277 = {instancePath:instancePath+"/expect/fault/file",schemaPath:"#/properties/expect/properties/fault/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.fault.properties.file.type,parentSchema:schema11.properties.expect.properties.fault.properties.file,data:data105};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
else {
const err278 = {instancePath:instancePath+"/expect/fault",schemaPath:"#/properties/expect/properties/fault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.fault.type,parentSchema:schema11.properties.expect.properties.fault,data:data102};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data99.ptes !== undefined){
let data106 = data99.ptes;
if(Array.isArray(data106)){
const len11 = data106.length;
for(let i11=0; i11<len11; i11++){
let data107 = data106[i11];
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.pid === undefined){
const err279 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.expect.properties.ptes.items.required,parentSchema:schema11.properties.expect.properties.ptes.items,data:data107};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if(data107.addr === undefined){
const err280 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.expect.properties.ptes.items.required,parentSchema:schema11.properties.expect.properties.ptes.items,data:data107};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(data107.kind === undefined){
const err281 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.expect.properties.ptes.items.required,parentSchema:schema11.properties.expect.properties.ptes.items,data:data107};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
for(const key32 in data107){
if(!(((((key32 === "pid") || (key32 === "addr")) || (key32 === "kind")) || (key32 === "pfn")) || (key32 === "bits"))){
const err282 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.ptes.items,data:data107};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data107.pid !== undefined){
let data108 = data107.pid;
if(!(((typeof data108 == "number") && (!(data108 % 1) && !isNaN(data108))) && (isFinite(data108)))){
const err283 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pid",schemaPath:"#/properties/expect/properties/ptes/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.ptes.items.properties.pid.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pid,data:data108};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if((typeof data108 == "number") && (isFinite(data108))){
if(data108 < 1 || isNaN(data108)){
const err284 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pid",schemaPath:"#/properties/expect/properties/ptes/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pid,data:data108};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
}
if(data107.addr !== undefined){
let data109 = data107.addr;
const _errs328 = errors;
let valid72 = false;
const _errs329 = errors;
if(!(((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109))) && (isFinite(data109)))){
const err285 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[0],data:data109};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if((typeof data109 == "number") && (isFinite(data109))){
if(data109 < 0 || isNaN(data109)){
const err286 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[0],data:data109};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
var _valid15 = _errs329 === errors;
valid72 = valid72 || _valid15;
if(!valid72){
const _errs331 = errors;
if(typeof data109 === "string"){
if(!pattern4.test(data109)){
const err287 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[1],data:data109};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
else {
const err288 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[1],data:data109};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
var _valid15 = _errs331 === errors;
valid72 = valid72 || _valid15;
}
if(!valid72){
const err289 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr,data:data109};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
else {
errors = _errs328;
if(vErrors !== null){
if(_errs328){
vErrors.length = _errs328;
}
else {
vErrors = null;
}
}
}
}
if(data107.kind !== undefined){
let data110 = data107.kind;
if(!((((((data110 === "none") || (data110 === "present")) || (data110 === "migration")) || (data110 === "device-private")) || (data110 === "device-exclusive")) || (data110 === "swap"))){
const err290 = {instancePath:instancePath+"/expect/ptes/" + i11+"/kind",schemaPath:"#/properties/expect/properties/ptes/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.ptes.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.ptes.items.properties.kind.enum,parentSchema:schema11.properties.expect.properties.ptes.items.properties.kind,data:data110};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data107.pfn !== undefined){
let data111 = data107.pfn;
if(!(((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111))) && (isFinite(data111)))){
const err291 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pfn",schemaPath:"#/properties/expect/properties/ptes/items/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.ptes.items.properties.pfn.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pfn,data:data111};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if((typeof data111 == "number") && (isFinite(data111))){
if(data111 < 0 || isNaN(data111)){
const err292 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pfn",schemaPath:"#/properties/expect/properties/ptes/items/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pfn,data:data111};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
}
if(data107.bits !== undefined){
let data112 = data107.bits;
if(Array.isArray(data112)){
const len12 = data112.length;
for(let i12=0; i12<len12; i12++){
let data113 = data112[i12];
if(typeof data113 === "string"){
if(!pattern22.test(data113)){
const err293 = {instancePath:instancePath+"/expect/ptes/" + i11+"/bits/" + i12,schemaPath:"#/properties/expect/properties/ptes/items/properties/bits/items/pattern",keyword:"pattern",params:{pattern: "^!?[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^!?[a-z][a-z0-9-]*$"+"\"",schema:"^!?[a-z][a-z0-9-]*$",parentSchema:schema11.properties.expect.properties.ptes.items.properties.bits.items,data:data113};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
else {
const err294 = {instancePath:instancePath+"/expect/ptes/" + i11+"/bits/" + i12,schemaPath:"#/properties/expect/properties/ptes/items/properties/bits/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.ptes.items.properties.bits.items.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.bits.items,data:data113};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
else {
const err295 = {instancePath:instancePath+"/expect/ptes/" + i11+"/bits",schemaPath:"#/properties/expect/properties/ptes/items/properties/bits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.ptes.items.properties.bits.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.bits,data:data112};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
}
else {
const err296 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.ptes.items.type,parentSchema:schema11.properties.expect.properties.ptes.items,data:data107};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
else {
const err297 = {instancePath:instancePath+"/expect/ptes",schemaPath:"#/properties/expect/properties/ptes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.ptes.type,parentSchema:schema11.properties.expect.properties.ptes,data:data106};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data99.pages !== undefined){
let data114 = data99.pages;
if(Array.isArray(data114)){
const len13 = data114.length;
for(let i13=0; i13<len13; i13++){
let data115 = data114[i13];
const _errs344 = errors;
let valid77 = false;
const _errs345 = errors;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(data115.pfn === undefined){
const err298 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf/0/required",keyword:"required",params:{missingProperty: "pfn"},message:"must have required property '"+"pfn"+"'",schema:schema11.properties.expect.properties.pages.items.anyOf[0].required,parentSchema:schema11.properties.expect.properties.pages.items.anyOf[0],data:data115};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
var _valid16 = _errs345 === errors;
valid77 = valid77 || _valid16;
if(!valid77){
const _errs346 = errors;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(data115.pid === undefined){
const err299 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf/1/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.expect.properties.pages.items.anyOf[1].required,parentSchema:schema11.properties.expect.properties.pages.items.anyOf[1],data:data115};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(data115.addr === undefined){
const err300 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf/1/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.expect.properties.pages.items.anyOf[1].required,parentSchema:schema11.properties.expect.properties.pages.items.anyOf[1],data:data115};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
var _valid16 = _errs346 === errors;
valid77 = valid77 || _valid16;
}
if(!valid77){
const err301 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.pages.items.anyOf,parentSchema:schema11.properties.expect.properties.pages.items,data:data115};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
else {
errors = _errs344;
if(vErrors !== null){
if(_errs344){
vErrors.length = _errs344;
}
else {
vErrors = null;
}
}
}
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key33 in data115){
if(!(func2.call(schema11.properties.expect.properties.pages.items.properties, key33))){
const err302 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.pages.items,data:data115};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data115.pfn !== undefined){
let data116 = data115.pfn;
if(!(((typeof data116 == "number") && (!(data116 % 1) && !isNaN(data116))) && (isFinite(data116)))){
const err303 = {instancePath:instancePath+"/expect/pages/" + i13+"/pfn",schemaPath:"#/properties/expect/properties/pages/items/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.pfn.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.pfn,data:data116};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if((typeof data116 == "number") && (isFinite(data116))){
if(data116 < 0 || isNaN(data116)){
const err304 = {instancePath:instancePath+"/expect/pages/" + i13+"/pfn",schemaPath:"#/properties/expect/properties/pages/items/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.pfn,data:data116};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
if(data115.pid !== undefined){
let data117 = data115.pid;
if(!(((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117))) && (isFinite(data117)))){
const err305 = {instancePath:instancePath+"/expect/pages/" + i13+"/pid",schemaPath:"#/properties/expect/properties/pages/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.pid.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.pid,data:data117};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if((typeof data117 == "number") && (isFinite(data117))){
if(data117 < 1 || isNaN(data117)){
const err306 = {instancePath:instancePath+"/expect/pages/" + i13+"/pid",schemaPath:"#/properties/expect/properties/pages/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.pages.items.properties.pid,data:data117};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
if(data115.addr !== undefined){
let data118 = data115.addr;
const _errs353 = errors;
let valid79 = false;
const _errs354 = errors;
if(!(((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118))) && (isFinite(data118)))){
const err307 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[0],data:data118};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if((typeof data118 == "number") && (isFinite(data118))){
if(data118 < 0 || isNaN(data118)){
const err308 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[0],data:data118};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
var _valid17 = _errs354 === errors;
valid79 = valid79 || _valid17;
if(!valid79){
const _errs356 = errors;
if(typeof data118 === "string"){
if(!pattern4.test(data118)){
const err309 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[1],data:data118};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
else {
const err310 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[1],data:data118};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
var _valid17 = _errs356 === errors;
valid79 = valid79 || _valid17;
}
if(!valid79){
const err311 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr,data:data118};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
else {
errors = _errs353;
if(vErrors !== null){
if(_errs353){
vErrors.length = _errs353;
}
else {
vErrors = null;
}
}
}
}
if(data115.refcount !== undefined){
let data119 = data115.refcount;
if(!(((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119))) && (isFinite(data119)))){
const err312 = {instancePath:instancePath+"/expect/pages/" + i13+"/refcount",schemaPath:"#/properties/expect/properties/pages/items/properties/refcount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.refcount.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.refcount,data:data119};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if((typeof data119 == "number") && (isFinite(data119))){
if(data119 < 0 || isNaN(data119)){
const err313 = {instancePath:instancePath+"/expect/pages/" + i13+"/refcount",schemaPath:"#/properties/expect/properties/pages/items/properties/refcount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.refcount,data:data119};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
if(data115.mapcount !== undefined){
let data120 = data115.mapcount;
if(!(((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120))) && (isFinite(data120)))){
const err314 = {instancePath:instancePath+"/expect/pages/" + i13+"/mapcount",schemaPath:"#/properties/expect/properties/pages/items/properties/mapcount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.mapcount.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.mapcount,data:data120};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if((typeof data120 == "number") && (isFinite(data120))){
if(data120 < 0 || isNaN(data120)){
const err315 = {instancePath:instancePath+"/expect/pages/" + i13+"/mapcount",schemaPath:"#/properties/expect/properties/pages/items/properties/mapcount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.mapcount,data:data120};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
}
if(data115.locked !== undefined){
let data121 = data115.locked;
if(typeof data121 !== "boolean"){
const err316 = {instancePath:instancePath+"/expect/pages/" + i13+"/locked",schemaPath:"#/properties/expect/properties/pages/items/properties/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.pages.items.properties.locked.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.locked,data:data121};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data115.lru !== undefined){
let data122 = data115.lru;
if(!((((data122 === "lru") || (data122 === "isolated")) || (data122 === "batch")) || (data122 === "none"))){
const err317 = {instancePath:instancePath+"/expect/pages/" + i13+"/lru",schemaPath:"#/properties/expect/properties/pages/items/properties/lru/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.pages.items.properties.lru.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.pages.items.properties.lru.enum,parentSchema:schema11.properties.expect.properties.pages.items.properties.lru,data:data122};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data115.content !== undefined){
let data123 = data115.content;
if((typeof data123 !== "string") && (!(((typeof data123 == "number") && (!(data123 % 1) && !isNaN(data123))) && (isFinite(data123))))){
const err318 = {instancePath:instancePath+"/expect/pages/" + i13+"/content",schemaPath:"#/properties/expect/properties/pages/items/properties/content/type",keyword:"type",params:{type: schema11.properties.expect.properties.pages.items.properties.content.type},message:"must be string,integer",schema:schema11.properties.expect.properties.pages.items.properties.content.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.content,data:data123};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data115.pins !== undefined){
let data124 = data115.pins;
if(!(((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124))) && (isFinite(data124)))){
const err319 = {instancePath:instancePath+"/expect/pages/" + i13+"/pins",schemaPath:"#/properties/expect/properties/pages/items/properties/pins/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.pins.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.pins,data:data124};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if((typeof data124 == "number") && (isFinite(data124))){
if(data124 < 0 || isNaN(data124)){
const err320 = {instancePath:instancePath+"/expect/pages/" + i13+"/pins",schemaPath:"#/properties/expect/properties/pages/items/properties/pins/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.pins,data:data124};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
if(data115.dirty !== undefined){
let data125 = data115.dirty;
if(typeof data125 !== "boolean"){
const err321 = {instancePath:instancePath+"/expect/pages/" + i13+"/dirty",schemaPath:"#/properties/expect/properties/pages/items/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.pages.items.properties.dirty.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.dirty,data:data125};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data115.lockHolder !== undefined){
let data126 = data115.lockHolder;
if((typeof data126 !== "string") && (data126 !== null)){
const err322 = {instancePath:instancePath+"/expect/pages/" + i13+"/lockHolder",schemaPath:"#/properties/expect/properties/pages/items/properties/lockHolder/type",keyword:"type",params:{type: schema11.properties.expect.properties.pages.items.properties.lockHolder.type},message:"must be string,null",schema:schema11.properties.expect.properties.pages.items.properties.lockHolder.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.lockHolder,data:data126};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data115.free !== undefined){
let data127 = data115.free;
if(typeof data127 !== "boolean"){
const err323 = {instancePath:instancePath+"/expect/pages/" + i13+"/free",schemaPath:"#/properties/expect/properties/pages/items/properties/free/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.pages.items.properties.free.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.free,data:data127};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
}
else {
const err324 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.pages.items.type,parentSchema:schema11.properties.expect.properties.pages.items,data:data115};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
}
else {
const err325 = {instancePath:instancePath+"/expect/pages",schemaPath:"#/properties/expect/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.pages.type,parentSchema:schema11.properties.expect.properties.pages,data:data114};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
if(data99.tlb !== undefined){
let data128 = data99.tlb;
if(Array.isArray(data128)){
const len14 = data128.length;
for(let i14=0; i14<len14; i14++){
let data129 = data128[i14];
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
if(data129.cpu === undefined){
const err326 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data129};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data129.pid === undefined){
const err327 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data129};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(data129.addr === undefined){
const err328 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data129};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if(data129.cached === undefined){
const err329 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "cached"},message:"must have required property '"+"cached"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data129};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
for(const key34 in data129){
if(!(((((key34 === "cpu") || (key34 === "pid")) || (key34 === "addr")) || (key34 === "cached")) || (key34 === "stale"))){
const err330 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.tlb.items,data:data129};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
if(data129.cpu !== undefined){
let data130 = data129.cpu;
if(!(((typeof data130 == "number") && (!(data130 % 1) && !isNaN(data130))) && (isFinite(data130)))){
const err331 = {instancePath:instancePath+"/expect/tlb/" + i14+"/cpu",schemaPath:"#/properties/expect/properties/tlb/items/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.tlb.items.properties.cpu.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.cpu,data:data130};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
if((typeof data130 == "number") && (isFinite(data130))){
if(data130 < 0 || isNaN(data130)){
const err332 = {instancePath:instancePath+"/expect/tlb/" + i14+"/cpu",schemaPath:"#/properties/expect/properties/tlb/items/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.tlb.items.properties.cpu,data:data130};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
}
if(data129.pid !== undefined){
let data131 = data129.pid;
if(!(((typeof data131 == "number") && (!(data131 % 1) && !isNaN(data131))) && (isFinite(data131)))){
const err333 = {instancePath:instancePath+"/expect/tlb/" + i14+"/pid",schemaPath:"#/properties/expect/properties/tlb/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.tlb.items.properties.pid.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.pid,data:data131};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if((typeof data131 == "number") && (isFinite(data131))){
if(data131 < 1 || isNaN(data131)){
const err334 = {instancePath:instancePath+"/expect/tlb/" + i14+"/pid",schemaPath:"#/properties/expect/properties/tlb/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.tlb.items.properties.pid,data:data131};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
}
if(data129.addr !== undefined){
let data132 = data129.addr;
const _errs385 = errors;
let valid83 = false;
const _errs386 = errors;
if(!(((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132))) && (isFinite(data132)))){
const err335 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[0],data:data132};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if((typeof data132 == "number") && (isFinite(data132))){
if(data132 < 0 || isNaN(data132)){
const err336 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[0],data:data132};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
var _valid18 = _errs386 === errors;
valid83 = valid83 || _valid18;
if(!valid83){
const _errs388 = errors;
if(typeof data132 === "string"){
if(!pattern4.test(data132)){
const err337 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[1],data:data132};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
else {
const err338 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[1],data:data132};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
var _valid18 = _errs388 === errors;
valid83 = valid83 || _valid18;
}
if(!valid83){
const err339 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr,data:data132};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
else {
errors = _errs385;
if(vErrors !== null){
if(_errs385){
vErrors.length = _errs385;
}
else {
vErrors = null;
}
}
}
}
if(data129.cached !== undefined){
let data133 = data129.cached;
if(typeof data133 !== "boolean"){
const err340 = {instancePath:instancePath+"/expect/tlb/" + i14+"/cached",schemaPath:"#/properties/expect/properties/tlb/items/properties/cached/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.tlb.items.properties.cached.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.cached,data:data133};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data129.stale !== undefined){
let data134 = data129.stale;
if(typeof data134 !== "boolean"){
const err341 = {instancePath:instancePath+"/expect/tlb/" + i14+"/stale",schemaPath:"#/properties/expect/properties/tlb/items/properties/stale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.tlb.items.properties.stale.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.stale,data:data134};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
}
else {
const err342 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.tlb.items.type,parentSchema:schema11.properties.expect.properties.tlb.items,data:data129};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
}
else {
const err343 = {instancePath:instancePath+"/expect/tlb",schemaPath:"#/properties/expect/properties/tlb/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.tlb.type,parentSchema:schema11.properties.expect.properties.tlb,data:data128};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data99.violations !== undefined){
let data135 = data99.violations;
if(Array.isArray(data135)){
const len15 = data135.length;
for(let i15=0; i15<len15; i15++){
let data136 = data135[i15];
if(typeof data136 !== "string"){
const err344 = {instancePath:instancePath+"/expect/violations/" + i15,schemaPath:"#/properties/expect/properties/violations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.violations.items.type,parentSchema:schema11.properties.expect.properties.violations.items,data:data136};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
}
else {
const err345 = {instancePath:instancePath+"/expect/violations",schemaPath:"#/properties/expect/properties/violations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.violations.type,parentSchema:schema11.properties.expect.properties.violations,data:data135};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data99.output !== undefined){
let data137 = data99.output;
if(Array.isArray(data137)){
const len16 = data137.length;
for(let i16=0; i16<len16; i16++){
let data138 = data137[i16];
if(typeof data138 !== "string"){
const err346 = {instancePath:instancePath+"/expect/output/" + i16,schemaPath:"#/properties/expect/properties/output/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.output.items.type,parentSchema:schema11.properties.expect.properties.output.items,data:data138};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
else {
const err347 = {instancePath:instancePath+"/expect/output",schemaPath:"#/properties/expect/properties/output/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.output.type,parentSchema:schema11.properties.expect.properties.output,data:data137};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
}
else {
const err348 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.type,parentSchema:schema11.properties.expect,data:data99};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
}
else {
const err349 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

