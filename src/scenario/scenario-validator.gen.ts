// GENERATED FILE, do not edit: the scenario validator, ajv standalone code for the schema of
// src/scenario/schema.ts, written by src/scenario/validator-build.ts (`npm run build` rewrites
// it when the schema changed; test/unit/scenario/validator-build.test.ts fails when it is stale).
/* eslint-disable */
// @ts-nocheck
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"mmstep scenario","description":"A scenario for mmstep: C sources, entry point, initial memory state, threads, view and expectations.","type":"object","additionalProperties":false,"required":["name","sources","entry","memory"],"patternProperties":{"^x-":{"description":"Free-form: a place for YAML anchors (`x-page: &page {...}`) merged elsewhere with `<<: *page`."}},"properties":{"$schema":{"type":"string","description":"Schema reference for editors."},"name":{"type":"string","minLength":1,"description":"Short name shown by the CLI and the debugger."},"description":{"type":"string","description":"What the scenario shows, in the kernel’s terms."},"sources":{"type":"array","minItems":1,"items":{"type":"string","pattern":"\\.[ch]$","errorMessage":"expected a path to a .c or .h file"},"description":"C files to load, relative to the scenario file. `tree:mm/migrate_device.c` names a file of the kernel tree (kernel_tree, or the CLI’s --kernel-tree); a file inside any kernel tree (a directory whose top Makefile sets VERSION and PATCHLEVEL) is compiled unmodified against mmstep’s compatibility headers for that version."},"kernel_tree":{"type":"string","minLength":1,"description":"A Linux kernel tree (the directory with its top Makefile), absolute or relative to the scenario file; `$VAR` and `${VAR}` name environment variables. Sources written `tree:PATH` are read from it, unmodified. The CLI’s --kernel-tree overrides it."},"entry":{"type":"object","additionalProperties":false,"required":["function"],"description":"The function the \"main\" thread runs, and its arguments.","properties":{"function":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"Name of a C function defined in one of the sources (name@file.c for a static that several files define)."},"args":{"type":"array","items":{"description":"A C argument: an integer, an address (hex string), null (NULL), or a model object: {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}}, {pfn: N}.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},{"type":"null"},{"type":"object","additionalProperties":false,"required":["vma"],"properties":{"vma":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct vm_area_struct *` of process `pid` containing `addr`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"An address inside the VMA.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["mm"],"properties":{"mm":{"type":"integer","minimum":1,"description":"`struct mm_struct *` of this process id."}}},{"type":"object","additionalProperties":false,"required":["page"],"properties":{"page":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct page *` mapped at page-aligned `addr` in process `pid`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["pfn"],"properties":{"pfn":{"type":"integer","minimum":0,"description":"`struct page *` of this physical frame number."}}}],"errorMessage":"expected an argument: an integer, a hex string, null, {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}} or {pfn: N}"},"description":"Arguments, in order."},"user_process":{"type":"integer","minimum":1,"description":"Run the entry function as a user-space program of this process (a pid of memory.processes): its loads and stores go through the process's TLB and page tables, a fault runs the kernel's fault path (kernel/mm/memory.c) as C you can step through, and mmap, munmap, mprotect, madvise, malloc and free are system calls and libc of that process (the process gets a malloc heap)."}}},"memory":{"type":"object","additionalProperties":false,"required":["processes"],"description":"The initial memory state: processes, their VMAs and resident pages, TLB contents.","properties":{"cpus":{"type":"integer","minimum":1,"maximum":64,"description":"Number of CPUs (TLBs, LRU add batches), at most 64. Default 1."},"processes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","vmas"],"description":"A process (an mm_struct) with its VMAs and resident pages.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"name":{"type":"string","description":"Default `proc<pid>`."},"vmas":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["start","end"],"description":"A virtual memory area [start, end).","properties":{"start":{"description":"Page-aligned start address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"end":{"description":"Page-aligned end address (exclusive).","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"flags":{"type":"array","items":{"enum":["VM_READ","VM_WRITE","VM_EXEC","VM_SHARED"]},"description":"VMA flags. Default ['VM_READ', 'VM_WRITE']."},"anonymous":{"type":"boolean","description":"Anonymous (true, default) or file-backed (false)."}}},"maxItems":1024,"description":"The VMAs of the process (at most 1024)."},"pages":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["addr"],"description":"A resident page mapped at `addr` in this process.","properties":{"addr":{"description":"Page-aligned virtual address the page is mapped at.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"pfn":{"type":"integer","minimum":0,"description":"Explicit physical frame number. Default: allocated upwards from 0x100."},"content":{"type":["string","integer"],"description":"The data the page holds (a tag). Default `<pid>:<addr hex>`."},"pte":{"type":"object","additionalProperties":false,"description":"Bits of the present PTE that maps the page.","properties":{"write":{"type":"boolean","description":"Writable. Default: true iff the VMA has VM_WRITE and the page is not shared (fork shares read-only)."},"dirty":{"type":"boolean","description":"Hardware dirty bit. Default false."},"young":{"type":"boolean","description":"Accessed bit. Default true (the page was touched)."},"softDirty":{"type":"boolean","description":"Soft-dirty (present-PTE bit position). Default false."},"uffdWp":{"type":"boolean","description":"userfaultfd write-protect. Default false."}}},"dirty":{"type":"boolean","description":"PG_dirty. Default false."},"lru":{"enum":["lru","batch","isolated","none"],"description":"Where the page is w.r.t. the LRU. Default 'lru'. 'batch': still in a per-CPU LRU add batch (holds one extra reference until drained). 'isolated': someone else (reclaim, compaction) isolated it (holds one extra reference)."},"batchCpu":{"type":"integer","minimum":0,"description":"CPU whose add batch holds the page when lru is 'batch'. Default 0."},"extraRefs":{"type":"integer","minimum":0,"description":"Extra plain references (a concurrent get_page). Default 0."},"pins":{"type":"integer","minimum":0,"description":"GUP pins (each adds one reference). Default 0."},"locked":{"type":"boolean","description":"PG_locked already held by someone (e.g. another migration). Default false."},"lockOwner":{"type":"integer","minimum":0,"description":"Thread id of the lock holder when locked; 0 (default) = a holder outside the simulation."},"anonExclusive":{"type":"boolean","description":"PG_anon_exclusive. Default: true for an anonymous page that is not shared."},"sharedWith":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"Another mapping of the same physical page (fork-style sharing).","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address in that process (a VMA must cover it).","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"pte":{"type":"object","additionalProperties":false,"description":"Bits of the present PTE that maps the page.","properties":{"write":{"type":"boolean","description":"Writable. Default: true iff the VMA has VM_WRITE and the page is not shared (fork shares read-only)."},"dirty":{"type":"boolean","description":"Hardware dirty bit. Default false."},"young":{"type":"boolean","description":"Accessed bit. Default true (the page was touched)."},"softDirty":{"type":"boolean","description":"Soft-dirty (present-PTE bit position). Default false."},"uffdWp":{"type":"boolean","description":"userfaultfd write-protect. Default false."}}}}},"description":"The same page mapped in other processes (they must list a VMA covering the address)."}}},"description":"Resident pages, each mapped by a present PTE (at most 65536 mappings in all processes, sharedWith included)."}}},"maxItems":64,"description":"The processes of the scenario (at most 64)."},"tlb":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cpu","pid","addr"],"description":"A translation cached in a CPU's TLB; its pfn is the one currently mapped at (pid, addr).","properties":{"cpu":{"type":"integer","minimum":0,"description":"CPU number."},"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"write":{"type":"boolean","description":"Writable translation. Default: the PTE's write bit."}}},"description":"Translations cached in CPU TLBs at the start."},"cache":{"enum":["none","vivt"],"description":"CPU data caches: 'none' (default, x86-like) or 'vivt': a virtually indexed write-back cache per CPU; user stores stay in it until flush_cache_page or a range flush (munmap, madvise, mprotect, mremap, fork) writes them back (bug 3.2)."}}},"invariants":{"type":"object","description":"Switch invariants on (true) or off (false) for this scenario; the rest stay on. Names: mapcount, refcount, migration-entry-locked, freed-page-referenced, lost-write, stale-tlb-use, deadlock, leak (checked when the run ends: no page locked, isolated or referenced beyond its mappings).","additionalProperties":{"type":"boolean"}},"checks":{"type":"object","additionalProperties":false,"description":"How the model treats code that real kernels run although the API leaves it undefined.","properties":{"nonpresent_pte_helpers":{"enum":["warn","fault"],"description":"A present-pte helper (pte_pfn, pte_write, pte_dirty, pte_young, pte_soft_dirty, pte_uffd_wp) applied to a swap-format pte (migration, device-private or swap entry). `warn` (default): a warning at the line, once per helper and line with a count, and the helper returns what x86-64 kernel code computes on that bit pattern. `fault`: an undefined-behaviour fault at the line."}}},"threads":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","function"],"description":"An extra kernel thread. The entry function runs as thread \"main\".","properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","errorMessage":"expected a thread name (letters, digits, _)","description":"Thread name (unique, not \"main\")."},"function":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"Name of a C function defined in one of the sources (name@file.c for a static that several files define)."},"args":{"type":"array","items":{"description":"A C argument: an integer, an address (hex string), null (NULL), or a model object: {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}}, {pfn: N}.","anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},{"type":"null"},{"type":"object","additionalProperties":false,"required":["vma"],"properties":{"vma":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct vm_area_struct *` of process `pid` containing `addr`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"An address inside the VMA.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["mm"],"properties":{"mm":{"type":"integer","minimum":1,"description":"`struct mm_struct *` of this process id."}}},{"type":"object","additionalProperties":false,"required":["page"],"properties":{"page":{"type":"object","additionalProperties":false,"required":["pid","addr"],"description":"`struct page *` mapped at page-aligned `addr` in process `pid`.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}}}},{"type":"object","additionalProperties":false,"required":["pfn"],"properties":{"pfn":{"type":"integer","minimum":0,"description":"`struct page *` of this physical frame number."}}}],"errorMessage":"expected an argument: an integer, a hex string, null, {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}} or {pfn: N}"},"description":"Arguments, in order."},"start":{"description":"When the thread starts. 'first': runs before main until it blocks, finishes or calls schedule(). 'when-main-blocks' (default): becomes ready when main first blocks or calls schedule(); then ready threads run in file order (main first). A named point in main's run — {after-call: FN, in: FUNC} (right after main returns from FN, called in FUNC) or {at-line: {file, line}} (just before main runs that line), optionally {occurrence: N} — preempts main there: the thread runs until it blocks, finishes or calls schedule(), then main goes on.","errorMessage":"expected 'first', 'when-main-blocks', {after-call: FN, in: FUNC} or {at-line: {file, line}} (optionally with occurrence: N)","oneOf":[{"enum":["first","when-main-blocks"]},{"type":"object","additionalProperties":false,"required":["after-call"],"properties":{"after-call":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"A C or kernel (native) function main calls."},"in":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$","errorMessage":"expected a C function name (name@file.c for a static that several files define)","description":"Only calls made directly in this C function."},"occurrence":{"type":"integer","minimum":1,"description":"The N-th such return (default 1)."}}},{"type":"object","additionalProperties":false,"required":["at-line"],"properties":{"at-line":{"type":"object","additionalProperties":false,"required":["file","line"],"properties":{"file":{"type":"string","description":"A C source of the scenario, relative to the scenario file (or its file name)."},"line":{"type":"integer","minimum":1,"description":"A line that starts a statement."}}},"occurrence":{"type":"integer","minimum":1,"description":"The N-th time main reaches the line (default 1)."}}}]}}},"maxItems":64,"description":"Extra kernel threads besides \"main\" (at most 64)."},"view":{"type":"object","additionalProperties":false,"description":"What the state view shows.","properties":{"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","start","end"],"description":"A virtual range [start, end) of a process whose PTEs the state view shows.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"start":{"description":"Page-aligned start.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"end":{"description":"Page-aligned end (exclusive).","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]}}},"description":"Ranges whose PTEs are shown, at most 262144 pages (1 GiB) together. Default: every populated PTE of every VMA."}}},"expect":{"type":"object","additionalProperties":false,"description":"Expectations checked when the run ends (mmstep check).","properties":{"outcome":{"enum":["completed","fault","violation","deadlock"],"description":"How the run ends. Default: 'fault' if `fault` is given, 'violation' if `violations` is non-empty, else 'completed'."},"returns":{"anyOf":[{"type":"integer"},{"type":"string","pattern":"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an integer","description":"The entry function's return value."},"fault":{"type":"object","additionalProperties":false,"description":"The fault the run stops with.","properties":{"kind":{"enum":["null-deref","out-of-bounds","use-after-free","uninitialized","div-zero","undefined-behaviour","bug-on","sleep-in-atomic","step-budget","call-depth","memory-budget","deadlock","invariant","bad-call","model","unsupported","segv"],"description":"Fault kind: null-deref, out-of-bounds, use-after-free, bug-on, deadlock, ..."},"line":{"type":"integer","minimum":1,"description":"Line of the faulting statement."},"file":{"type":"string","description":"File of the faulting statement (matched against the end of its path)."}}},"ptes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pid","addr","kind"],"description":"The final state of one PTE.","properties":{"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"kind":{"enum":["none","present","migration","device-private","device-exclusive","swap"],"description":"PTE kind at the end of the run."},"pfn":{"type":"integer","minimum":0,"description":"The frame the entry refers to (present, migration, device entries)."},"bits":{"type":"array","items":{"type":"string","pattern":"^!?[a-z][a-z0-9-]*$"},"description":"Bits that must be set (write, dirty, young, soft-dirty, uffd-wp, ...); \"!bit\" means the bit must be clear."}}},"description":"Final PTE states (inside the view ranges)."},"pages":{"type":"array","items":{"type":"object","additionalProperties":false,"description":"The final state of one page, named by `pfn` or by the PTE at (`pid`, `addr`).","anyOf":[{"required":["pfn"]},{"required":["pid","addr"]}],"errorMessage":"a page is named by `pfn`, or by `pid` and `addr` (the frame the PTE there refers to)","properties":{"pfn":{"type":"integer","minimum":0,"description":"Physical frame number."},"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address; the page is the one its PTE refers to.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"refcount":{"type":"integer","minimum":0,"description":"Expected page refcount."},"mapcount":{"type":"integer","minimum":0,"description":"Expected mapcount (PTEs mapping the page)."},"locked":{"type":"boolean","description":"Expected PG_locked."},"lru":{"enum":["lru","isolated","batch","none"],"description":"Expected LRU state."},"content":{"type":["string","integer"],"description":"Expected page content (tag)."},"pins":{"type":"integer","minimum":0,"description":"Expected GUP pins."},"dirty":{"type":"boolean","description":"Expected PG_dirty."},"lockHolder":{"type":["string","null"],"description":"Thread holding PG_locked: a thread name, \"external\" (held from outside the simulation), or null (nobody)."},"free":{"type":"boolean","description":"Expected to be freed (true) or still allocated (false)."}}},"description":"Final page states."},"tlb":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cpu","pid","addr","cached"],"description":"Whether a CPU's TLB still caches a translation of (pid, addr) at the end.","properties":{"cpu":{"type":"integer","minimum":0,"description":"CPU number."},"pid":{"type":"integer","minimum":1,"description":"Process id of a process listed under memory.processes."},"addr":{"description":"Page-aligned virtual address.","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"}],"errorMessage":"expected an address: an integer or a hex string such as \"0x7f0000000000\"","defaultSnippets":[{"body":"0x${1:7f0000000000}"}]},"cached":{"type":"boolean","description":"true: the TLB holds a translation for it; false: it was flushed (or never cached)."},"stale":{"type":"boolean","description":"With cached: true, whether the translation is stale (the PTE no longer maps that pfn)."}}},"description":"Final TLB contents (cached / flushed / stale translations)."},"violations":{"type":"array","items":{"type":"string"},"description":"Invariants expected to be violated (e.g. mapcount). Default: none."},"output":{"type":"array","items":{"type":"string"},"description":"Text expected in the printf output."}}}}};
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
if(!(((key1 === "function") || (key1 === "args")) || (key1 === "user_process"))){
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
if(data6.user_process !== undefined){
let data18 = data6.user_process;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err63 = {instancePath:instancePath+"/entry/user_process",schemaPath:"#/properties/entry/properties/user_process/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.entry.properties.user_process.type,parentSchema:schema11.properties.entry.properties.user_process,data:data18};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err64 = {instancePath:instancePath+"/entry/user_process",schemaPath:"#/properties/entry/properties/user_process/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.entry.properties.user_process,data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.entry.type,parentSchema:schema11.properties.entry,data:data6};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.memory !== undefined){
let data19 = data.memory;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.processes === undefined){
const err66 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/required",keyword:"required",params:{missingProperty: "processes"},message:"must have required property '"+"processes"+"'",schema:schema11.properties.memory.required,parentSchema:schema11.properties.memory,data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key8 in data19){
if(!((((key8 === "cpus") || (key8 === "processes")) || (key8 === "tlb")) || (key8 === "cache"))){
const err67 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data19.cpus !== undefined){
let data20 = data19.cpus;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err68 = {instancePath:instancePath+"/memory/cpus",schemaPath:"#/properties/memory/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.cpus.type,parentSchema:schema11.properties.memory.properties.cpus,data:data20};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 64 || isNaN(data20)){
const err69 = {instancePath:instancePath+"/memory/cpus",schemaPath:"#/properties/memory/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema11.properties.memory.properties.cpus,data:data20};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err70 = {instancePath:instancePath+"/memory/cpus",schemaPath:"#/properties/memory/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.cpus,data:data20};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data19.processes !== undefined){
let data21 = data19.processes;
if(Array.isArray(data21)){
if(data21.length > 64){
const err71 = {instancePath:instancePath+"/memory/processes",schemaPath:"#/properties/memory/properties/processes/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.memory.properties.processes,data:data21};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.pid === undefined){
const err72 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.memory.properties.processes.items.required,parentSchema:schema11.properties.memory.properties.processes.items,data:data22};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data22.vmas === undefined){
const err73 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/required",keyword:"required",params:{missingProperty: "vmas"},message:"must have required property '"+"vmas"+"'",schema:schema11.properties.memory.properties.processes.items.required,parentSchema:schema11.properties.memory.properties.processes.items,data:data22};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key9 in data22){
if(!((((key9 === "pid") || (key9 === "name")) || (key9 === "vmas")) || (key9 === "pages"))){
const err74 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items,data:data22};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data22.pid !== undefined){
let data23 = data22.pid;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err75 = {instancePath:instancePath+"/memory/processes/" + i2+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pid.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pid,data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1 || isNaN(data23)){
const err76 = {instancePath:instancePath+"/memory/processes/" + i2+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.processes.items.properties.pid,data:data23};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data22.name !== undefined){
let data24 = data22.name;
if(typeof data24 !== "string"){
const err77 = {instancePath:instancePath+"/memory/processes/" + i2+"/name",schemaPath:"#/properties/memory/properties/processes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.name.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.name,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data22.vmas !== undefined){
let data25 = data22.vmas;
if(Array.isArray(data25)){
if(data25.length > 1024){
const err78 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/maxItems",keyword:"maxItems",params:{limit: 1024},message:"must NOT have more than 1024 items",schema:1024,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
let data26 = data25[i3];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.start === undefined){
const err79 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data26};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data26.end === undefined){
const err80 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data26};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key10 in data26){
if(!((((key10 === "start") || (key10 === "end")) || (key10 === "flags")) || (key10 === "anonymous"))){
const err81 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data26};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data26.start !== undefined){
let data27 = data26.start;
const _errs89 = errors;
let valid22 = false;
const _errs90 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err82 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err83 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
var _valid3 = _errs90 === errors;
valid22 = valid22 || _valid3;
if(!valid22){
const _errs92 = errors;
if(typeof data27 === "string"){
if(!pattern4.test(data27)){
const err84 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid3 = _errs92 === errors;
valid22 = valid22 || _valid3;
}
if(!valid22){
const err86 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/start",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/start/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.start,data:data27};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
else {
errors = _errs89;
if(vErrors !== null){
if(_errs89){
vErrors.length = _errs89;
}
else {
vErrors = null;
}
}
}
}
if(data26.end !== undefined){
let data28 = data26.end;
const _errs95 = errors;
let valid23 = false;
const _errs96 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err87 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[0],data:data28};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err88 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[0],data:data28};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
var _valid4 = _errs96 === errors;
valid23 = valid23 || _valid4;
if(!valid23){
const _errs98 = errors;
if(typeof data28 === "string"){
if(!pattern4.test(data28)){
const err89 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid4 = _errs98 === errors;
valid23 = valid23 || _valid4;
}
if(!valid23){
const err91 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/end",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/end/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.end,data:data28};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
}
}
if(data26.flags !== undefined){
let data29 = data26.flags;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(!((((data30 === "VM_READ") || (data30 === "VM_WRITE")) || (data30 === "VM_EXEC")) || (data30 === "VM_SHARED"))){
const err92 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/flags/" + i4,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/flags/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.items.enum,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.items,data:data30};
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
const err93 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/flags",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.flags,data:data29};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data26.anonymous !== undefined){
let data31 = data26.anonymous;
if(typeof data31 !== "boolean"){
const err94 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3+"/anonymous",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.anonymous.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items.properties.anonymous,data:data31};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas/" + i3,schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.vmas.items.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas.items,data:data26};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/memory/processes/" + i2+"/vmas",schemaPath:"#/properties/memory/properties/processes/items/properties/vmas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.vmas.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.vmas,data:data25};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data22.pages !== undefined){
let data32 = data22.pages;
if(Array.isArray(data32)){
const len5 = data32.length;
for(let i5=0; i5<len5; i5++){
let data33 = data32[i5];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.addr === undefined){
const err97 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items,data:data33};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key11 in data33){
if(!(func2.call(schema11.properties.memory.properties.processes.items.properties.pages.items.properties, key11))){
const err98 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items,data:data33};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data33.addr !== undefined){
let data34 = data33.addr;
const _errs111 = errors;
let valid29 = false;
const _errs112 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err99 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err100 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
var _valid5 = _errs112 === errors;
valid29 = valid29 || _valid5;
if(!valid29){
const _errs114 = errors;
if(typeof data34 === "string"){
if(!pattern4.test(data34)){
const err101 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid5 = _errs114 === errors;
valid29 = valid29 || _valid5;
}
if(!valid29){
const err103 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.addr,data:data34};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
errors = _errs111;
if(vErrors !== null){
if(_errs111){
vErrors.length = _errs111;
}
else {
vErrors = null;
}
}
}
}
if(data33.pfn !== undefined){
let data35 = data33.pfn;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err104 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pfn",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pfn.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pfn,data:data35};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 0 || isNaN(data35)){
const err105 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pfn",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pfn,data:data35};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
if(data33.content !== undefined){
let data36 = data33.content;
if((typeof data36 !== "string") && (!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36))))){
const err106 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/content",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/content/type",keyword:"type",params:{type: schema11.properties.memory.properties.processes.items.properties.pages.items.properties.content.type},message:"must be string,integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.content.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.content,data:data36};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data33.pte !== undefined){
let data37 = data33.pte;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key12 in data37){
if(!(((((key12 === "write") || (key12 === "dirty")) || (key12 === "young")) || (key12 === "softDirty")) || (key12 === "uffdWp"))){
const err107 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte,data:data37};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data37.write !== undefined){
let data38 = data37.write;
if(typeof data38 !== "boolean"){
const err108 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/write",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/write/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.write.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.write,data:data38};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data37.dirty !== undefined){
let data39 = data37.dirty;
if(typeof data39 !== "boolean"){
const err109 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/dirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.dirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.dirty,data:data39};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data37.young !== undefined){
let data40 = data37.young;
if(typeof data40 !== "boolean"){
const err110 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/young",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/young/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.young.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.young,data:data40};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data37.softDirty !== undefined){
let data41 = data37.softDirty;
if(typeof data41 !== "boolean"){
const err111 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/softDirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/softDirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.softDirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.softDirty,data:data41};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data37.uffdWp !== undefined){
let data42 = data37.uffdWp;
if(typeof data42 !== "boolean"){
const err112 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte/uffdWp",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/properties/uffdWp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.uffdWp.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.properties.uffdWp,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pte/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pte,data:data37};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data33.dirty !== undefined){
let data43 = data33.dirty;
if(typeof data43 !== "boolean"){
const err114 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/dirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.dirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.dirty,data:data43};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data33.lru !== undefined){
let data44 = data33.lru;
if(!((((data44 === "lru") || (data44 === "batch")) || (data44 === "isolated")) || (data44 === "none"))){
const err115 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/lru",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/lru/enum",keyword:"enum",params:{allowedValues: schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lru.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lru.enum,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lru,data:data44};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data33.batchCpu !== undefined){
let data45 = data33.batchCpu;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err116 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/batchCpu",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/batchCpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.batchCpu.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.batchCpu,data:data45};
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
const err117 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/batchCpu",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/batchCpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.batchCpu,data:data45};
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
if(data33.extraRefs !== undefined){
let data46 = data33.extraRefs;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err118 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/extraRefs",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/extraRefs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.extraRefs.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.extraRefs,data:data46};
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
const err119 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/extraRefs",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/extraRefs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.extraRefs,data:data46};
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
if(data33.pins !== undefined){
let data47 = data33.pins;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err120 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pins",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pins/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pins.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pins,data:data47};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 0 || isNaN(data47)){
const err121 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/pins",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/pins/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.pins,data:data47};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data33.locked !== undefined){
let data48 = data33.locked;
if(typeof data48 !== "boolean"){
const err122 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/locked",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.locked.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.locked,data:data48};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data33.lockOwner !== undefined){
let data49 = data33.lockOwner;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err123 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/lockOwner",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/lockOwner/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lockOwner.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lockOwner,data:data49};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err124 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/lockOwner",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/lockOwner/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.lockOwner,data:data49};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
if(data33.anonExclusive !== undefined){
let data50 = data33.anonExclusive;
if(typeof data50 !== "boolean"){
const err125 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/anonExclusive",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/anonExclusive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.anonExclusive.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.anonExclusive,data:data50};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data33.sharedWith !== undefined){
let data51 = data33.sharedWith;
if(Array.isArray(data51)){
const len6 = data51.length;
for(let i6=0; i6<len6; i6++){
let data52 = data51[i6];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.pid === undefined){
const err126 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data52};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data52.addr === undefined){
const err127 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.required,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data52};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key13 in data52){
if(!(((key13 === "pid") || (key13 === "addr")) || (key13 === "pte"))){
const err128 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data52};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data52.pid !== undefined){
let data53 = data52.pid;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err129 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pid.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pid,data:data53};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err130 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pid",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pid,data:data53};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
if(data52.addr !== undefined){
let data54 = data52.addr;
const _errs156 = errors;
let valid34 = false;
const _errs157 = errors;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err131 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[0],data:data54};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err132 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[0],data:data54};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
var _valid6 = _errs157 === errors;
valid34 = valid34 || _valid6;
if(!valid34){
const _errs159 = errors;
if(typeof data54 === "string"){
if(!pattern4.test(data54)){
const err133 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[1],data:data54};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf[1],data:data54};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid6 = _errs159 === errors;
valid34 = valid34 || _valid6;
}
if(!valid34){
const err135 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/addr",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr.anyOf,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.addr,data:data54};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
errors = _errs156;
if(vErrors !== null){
if(_errs156){
vErrors.length = _errs156;
}
else {
vErrors = null;
}
}
}
}
if(data52.pte !== undefined){
let data55 = data52.pte;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key14 in data55){
if(!(((((key14 === "write") || (key14 === "dirty")) || (key14 === "young")) || (key14 === "softDirty")) || (key14 === "uffdWp"))){
const err136 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte,data:data55};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data55.write !== undefined){
let data56 = data55.write;
if(typeof data56 !== "boolean"){
const err137 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/write",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/write/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.write.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.write,data:data56};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data55.dirty !== undefined){
let data57 = data55.dirty;
if(typeof data57 !== "boolean"){
const err138 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/dirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.dirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.dirty,data:data57};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data55.young !== undefined){
let data58 = data55.young;
if(typeof data58 !== "boolean"){
const err139 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/young",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/young/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.young.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.young,data:data58};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data55.softDirty !== undefined){
let data59 = data55.softDirty;
if(typeof data59 !== "boolean"){
const err140 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/softDirty",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/softDirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.softDirty.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.softDirty,data:data59};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data55.uffdWp !== undefined){
let data60 = data55.uffdWp;
if(typeof data60 !== "boolean"){
const err141 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte/uffdWp",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/properties/uffdWp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.uffdWp.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.properties.uffdWp,data:data60};
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
const err142 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6+"/pte",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/properties/pte/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.properties.pte,data:data55};
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
const err143 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith/" + i6,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.items,data:data52};
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
const err144 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5+"/sharedWith",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/properties/sharedWith/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items.properties.sharedWith,data:data51};
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
const err145 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages/" + i5,schemaPath:"#/properties/memory/properties/processes/items/properties/pages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.properties.pages.items.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages.items,data:data33};
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
const err146 = {instancePath:instancePath+"/memory/processes/" + i2+"/pages",schemaPath:"#/properties/memory/properties/processes/items/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.items.properties.pages.type,parentSchema:schema11.properties.memory.properties.processes.items.properties.pages,data:data32};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/memory/processes/" + i2,schemaPath:"#/properties/memory/properties/processes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.processes.items.type,parentSchema:schema11.properties.memory.properties.processes.items,data:data22};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/memory/processes",schemaPath:"#/properties/memory/properties/processes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.processes.type,parentSchema:schema11.properties.memory.properties.processes,data:data21};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data19.tlb !== undefined){
let data61 = data19.tlb;
if(Array.isArray(data61)){
const len7 = data61.length;
for(let i7=0; i7<len7; i7++){
let data62 = data61[i7];
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.cpu === undefined){
const err149 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema11.properties.memory.properties.tlb.items.required,parentSchema:schema11.properties.memory.properties.tlb.items,data:data62};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data62.pid === undefined){
const err150 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.memory.properties.tlb.items.required,parentSchema:schema11.properties.memory.properties.tlb.items,data:data62};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data62.addr === undefined){
const err151 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.memory.properties.tlb.items.required,parentSchema:schema11.properties.memory.properties.tlb.items,data:data62};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
for(const key15 in data62){
if(!((((key15 === "cpu") || (key15 === "pid")) || (key15 === "addr")) || (key15 === "write"))){
const err152 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.memory.properties.tlb.items,data:data62};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data62.cpu !== undefined){
let data63 = data62.cpu;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
const err153 = {instancePath:instancePath+"/memory/tlb/" + i7+"/cpu",schemaPath:"#/properties/memory/properties/tlb/items/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.tlb.items.properties.cpu.type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.cpu,data:data63};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 0 || isNaN(data63)){
const err154 = {instancePath:instancePath+"/memory/tlb/" + i7+"/cpu",schemaPath:"#/properties/memory/properties/tlb/items/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.tlb.items.properties.cpu,data:data63};
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
if(data62.pid !== undefined){
let data64 = data62.pid;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err155 = {instancePath:instancePath+"/memory/tlb/" + i7+"/pid",schemaPath:"#/properties/memory/properties/tlb/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.tlb.items.properties.pid.type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.pid,data:data64};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 1 || isNaN(data64)){
const err156 = {instancePath:instancePath+"/memory/tlb/" + i7+"/pid",schemaPath:"#/properties/memory/properties/tlb/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.memory.properties.tlb.items.properties.pid,data:data64};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
if(data62.addr !== undefined){
let data65 = data62.addr;
const _errs184 = errors;
let valid39 = false;
const _errs185 = errors;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
const err157 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[0],data:data65};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 0 || isNaN(data65)){
const err158 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[0],data:data65};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
var _valid7 = _errs185 === errors;
valid39 = valid39 || _valid7;
if(!valid39){
const _errs187 = errors;
if(typeof data65 === "string"){
if(!pattern4.test(data65)){
const err159 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[1],data:data65};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf[1],data:data65};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid7 = _errs187 === errors;
valid39 = valid39 || _valid7;
}
if(!valid39){
const err161 = {instancePath:instancePath+"/memory/tlb/" + i7+"/addr",schemaPath:"#/properties/memory/properties/tlb/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.memory.properties.tlb.items.properties.addr.anyOf,parentSchema:schema11.properties.memory.properties.tlb.items.properties.addr,data:data65};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
else {
errors = _errs184;
if(vErrors !== null){
if(_errs184){
vErrors.length = _errs184;
}
else {
vErrors = null;
}
}
}
}
if(data62.write !== undefined){
let data66 = data62.write;
if(typeof data66 !== "boolean"){
const err162 = {instancePath:instancePath+"/memory/tlb/" + i7+"/write",schemaPath:"#/properties/memory/properties/tlb/items/properties/write/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.memory.properties.tlb.items.properties.write.type,parentSchema:schema11.properties.memory.properties.tlb.items.properties.write,data:data66};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/memory/tlb/" + i7,schemaPath:"#/properties/memory/properties/tlb/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.properties.tlb.items.type,parentSchema:schema11.properties.memory.properties.tlb.items,data:data62};
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
const err164 = {instancePath:instancePath+"/memory/tlb",schemaPath:"#/properties/memory/properties/tlb/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.memory.properties.tlb.type,parentSchema:schema11.properties.memory.properties.tlb,data:data61};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data19.cache !== undefined){
let data67 = data19.cache;
if(!((data67 === "none") || (data67 === "vivt"))){
const err165 = {instancePath:instancePath+"/memory/cache",schemaPath:"#/properties/memory/properties/cache/enum",keyword:"enum",params:{allowedValues: schema11.properties.memory.properties.cache.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.memory.properties.cache.enum,parentSchema:schema11.properties.memory.properties.cache,data:data67};
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
const err166 = {instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.memory.type,parentSchema:schema11.properties.memory,data:data19};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data.invariants !== undefined){
let data68 = data.invariants;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key16 in data68){
let data69 = data68[key16];
if(typeof data69 !== "boolean"){
const err167 = {instancePath:instancePath+"/invariants/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/invariants/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.invariants.additionalProperties.type,parentSchema:schema11.properties.invariants.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/invariants",schemaPath:"#/properties/invariants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.invariants.type,parentSchema:schema11.properties.invariants,data:data68};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data.checks !== undefined){
let data70 = data.checks;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key17 in data70){
if(!(key17 === "nonpresent_pte_helpers")){
const err169 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.checks,data:data70};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data70.nonpresent_pte_helpers !== undefined){
let data71 = data70.nonpresent_pte_helpers;
if(!((data71 === "warn") || (data71 === "fault"))){
const err170 = {instancePath:instancePath+"/checks/nonpresent_pte_helpers",schemaPath:"#/properties/checks/properties/nonpresent_pte_helpers/enum",keyword:"enum",params:{allowedValues: schema11.properties.checks.properties.nonpresent_pte_helpers.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.checks.properties.nonpresent_pte_helpers.enum,parentSchema:schema11.properties.checks.properties.nonpresent_pte_helpers,data:data71};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data70};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.threads !== undefined){
let data72 = data.threads;
if(Array.isArray(data72)){
if(data72.length > 64){
const err172 = {instancePath:instancePath+"/threads",schemaPath:"#/properties/threads/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.threads,data:data72};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
const len8 = data72.length;
for(let i8=0; i8<len8; i8++){
let data73 = data72[i8];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.name === undefined){
const err173 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.threads.items.required,parentSchema:schema11.properties.threads.items,data:data73};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data73.function === undefined){
const err174 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'",schema:schema11.properties.threads.items.required,parentSchema:schema11.properties.threads.items,data:data73};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
for(const key18 in data73){
if(!((((key18 === "name") || (key18 === "function")) || (key18 === "args")) || (key18 === "start"))){
const err175 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items,data:data73};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data73.name !== undefined){
let data74 = data73.name;
if(typeof data74 === "string"){
if(!pattern11.test(data74)){
const err176 = {instancePath:instancePath+"/threads/" + i8+"/name",schemaPath:"#/properties/threads/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.threads.items.properties.name,data:data74};
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
const err177 = {instancePath:instancePath+"/threads/" + i8+"/name",schemaPath:"#/properties/threads/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.name.type,parentSchema:schema11.properties.threads.items.properties.name,data:data74};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data73.function !== undefined){
let data75 = data73.function;
if(typeof data75 === "string"){
if(!pattern2.test(data75)){
const err178 = {instancePath:instancePath+"/threads/" + i8+"/function",schemaPath:"#/properties/threads/items/properties/function/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$",parentSchema:schema11.properties.threads.items.properties.function,data:data75};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/threads/" + i8+"/function",schemaPath:"#/properties/threads/items/properties/function/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.function.type,parentSchema:schema11.properties.threads.items.properties.function,data:data75};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data73.args !== undefined){
let data76 = data73.args;
if(Array.isArray(data76)){
const len9 = data76.length;
for(let i9=0; i9<len9; i9++){
let data77 = data76[i9];
const _errs213 = errors;
let valid47 = false;
const _errs214 = errors;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
const err180 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[0].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[0],data:data77};
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
if(typeof data77 === "string"){
if(!pattern3.test(data77)){
const err181 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[1],data:data77};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.args.items.anyOf[1].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[1],data:data77};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid8 = _errs216 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs218 = errors;
if(data77 !== null){
const err183 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.threads.items.properties.args.items.anyOf[2].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[2],data:data77};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid8 = _errs218 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs220 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.vma === undefined){
const err184 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/required",keyword:"required",params:{missingProperty: "vma"},message:"must have required property '"+"vma"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3],data:data77};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key19 in data77){
if(!(key19 === "vma")){
const err185 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3],data:data77};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data77.vma !== undefined){
let data78 = data77.vma;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.pid === undefined){
const err186 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data78};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data78.addr === undefined){
const err187 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data78};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
for(const key20 in data78){
if(!((key20 === "pid") || (key20 === "addr"))){
const err188 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data78};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data78.pid !== undefined){
let data79 = data78.pid;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err189 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.pid.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.pid,data:data79};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 1 || isNaN(data79)){
const err190 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.pid,data:data79};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
if(data78.addr !== undefined){
let data80 = data78.addr;
const _errs229 = errors;
let valid50 = false;
const _errs230 = errors;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err191 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0],data:data80};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 0 || isNaN(data80)){
const err192 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[0],data:data80};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
var _valid9 = _errs230 === errors;
valid50 = valid50 || _valid9;
if(!valid50){
const _errs232 = errors;
if(typeof data80 === "string"){
if(!pattern4.test(data80)){
const err193 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1],data:data80};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf[1],data:data80};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid9 = _errs232 === errors;
valid50 = valid50 || _valid9;
}
if(!valid50){
const err195 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr.anyOf,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.properties.addr,data:data80};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
errors = _errs229;
if(vErrors !== null){
if(_errs229){
vErrors.length = _errs229;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err196 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/vma",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/properties/vma/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3].properties.vma,data:data78};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[3].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[3],data:data77};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
var _valid8 = _errs220 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs234 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.mm === undefined){
const err198 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/required",keyword:"required",params:{missingProperty: "mm"},message:"must have required property '"+"mm"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[4].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4],data:data77};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
for(const key21 in data77){
if(!(key21 === "mm")){
const err199 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4],data:data77};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data77.mm !== undefined){
let data81 = data77.mm;
if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){
const err200 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/mm",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/properties/mm/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[4].properties.mm.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4].properties.mm,data:data81};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 < 1 || isNaN(data81)){
const err201 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/mm",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/properties/mm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4].properties.mm,data:data81};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
}
else {
const err202 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[4].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[4],data:data77};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
var _valid8 = _errs234 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs239 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.page === undefined){
const err203 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5],data:data77};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
for(const key22 in data77){
if(!(key22 === "page")){
const err204 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5],data:data77};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data77.page !== undefined){
let data82 = data77.page;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.pid === undefined){
const err205 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data82};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(data82.addr === undefined){
const err206 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data82};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
for(const key23 in data82){
if(!((key23 === "pid") || (key23 === "addr"))){
const err207 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data82};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data82.pid !== undefined){
let data83 = data82.pid;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err208 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.pid.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.pid,data:data83};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 1 || isNaN(data83)){
const err209 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/pid",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.pid,data:data83};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
if(data82.addr !== undefined){
let data84 = data82.addr;
const _errs248 = errors;
let valid54 = false;
const _errs249 = errors;
if(!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))){
const err210 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0],data:data84};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 < 0 || isNaN(data84)){
const err211 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[0],data:data84};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
var _valid10 = _errs249 === errors;
valid54 = valid54 || _valid10;
if(!valid54){
const _errs251 = errors;
if(typeof data84 === "string"){
if(!pattern4.test(data84)){
const err212 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1],data:data84};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf[1],data:data84};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
var _valid10 = _errs251 === errors;
valid54 = valid54 || _valid10;
}
if(!valid54){
const err214 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page/addr",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr.anyOf,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.properties.addr,data:data84};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
else {
errors = _errs248;
if(vErrors !== null){
if(_errs248){
vErrors.length = _errs248;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err215 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/page",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/properties/page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5].properties.page,data:data82};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[5].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[5],data:data77};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
var _valid8 = _errs239 === errors;
valid47 = valid47 || _valid8;
if(!valid47){
const _errs253 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.pfn === undefined){
const err217 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/required",keyword:"required",params:{missingProperty: "pfn"},message:"must have required property '"+"pfn"+"'",schema:schema11.properties.threads.items.properties.args.items.anyOf[6].required,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6],data:data77};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
for(const key24 in data77){
if(!(key24 === "pfn")){
const err218 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6],data:data77};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data77.pfn !== undefined){
let data85 = data77.pfn;
if(!(((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85))) && (isFinite(data85)))){
const err219 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/pfn",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.args.items.anyOf[6].properties.pfn.type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6].properties.pfn,data:data85};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if((typeof data85 == "number") && (isFinite(data85))){
if(data85 < 0 || isNaN(data85)){
const err220 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9+"/pfn",schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6].properties.pfn,data:data85};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
}
else {
const err221 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf/6/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.args.items.anyOf[6].type,parentSchema:schema11.properties.threads.items.properties.args.items.anyOf[6],data:data77};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
var _valid8 = _errs253 === errors;
valid47 = valid47 || _valid8;
}
}
}
}
}
}
if(!valid47){
const err222 = {instancePath:instancePath+"/threads/" + i8+"/args/" + i9,schemaPath:"#/properties/threads/items/properties/args/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.threads.items.properties.args.items.anyOf,parentSchema:schema11.properties.threads.items.properties.args.items,data:data77};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
else {
errors = _errs213;
if(vErrors !== null){
if(_errs213){
vErrors.length = _errs213;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err223 = {instancePath:instancePath+"/threads/" + i8+"/args",schemaPath:"#/properties/threads/items/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.threads.items.properties.args.type,parentSchema:schema11.properties.threads.items.properties.args,data:data76};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data73.start !== undefined){
let data86 = data73.start;
const _errs259 = errors;
let valid56 = false;
let passing0 = null;
const _errs260 = errors;
if(!((data86 === "first") || (data86 === "when-main-blocks"))){
const err224 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.threads.items.properties.start.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.threads.items.properties.start.oneOf[0].enum,parentSchema:schema11.properties.threads.items.properties.start.oneOf[0],data:data86};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
var _valid11 = _errs260 === errors;
if(_valid11){
valid56 = true;
passing0 = 0;
}
const _errs261 = errors;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86["after-call"] === undefined){
const err225 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/required",keyword:"required",params:{missingProperty: "after-call"},message:"must have required property '"+"after-call"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[1].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1],data:data86};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
for(const key25 in data86){
if(!(((key25 === "after-call") || (key25 === "in")) || (key25 === "occurrence"))){
const err226 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1],data:data86};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data86["after-call"] !== undefined){
let data87 = data86["after-call"];
if(typeof data87 === "string"){
if(!pattern2.test(data87)){
const err227 = {instancePath:instancePath+"/threads/" + i8+"/start/after-call",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/after-call/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$",parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties["after-call"],data:data87};
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
const err228 = {instancePath:instancePath+"/threads/" + i8+"/start/after-call",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/after-call/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.start.oneOf[1].properties["after-call"].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties["after-call"],data:data87};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data86.in !== undefined){
let data88 = data86.in;
if(typeof data88 === "string"){
if(!pattern2.test(data88)){
const err229 = {instancePath:instancePath+"/threads/" + i8+"/start/in",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/in/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$",parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.in,data:data88};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
else {
const err230 = {instancePath:instancePath+"/threads/" + i8+"/start/in",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.start.oneOf[1].properties.in.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.in,data:data88};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data86.occurrence !== undefined){
let data89 = data86.occurrence;
if(!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))){
const err231 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/occurrence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.start.oneOf[1].properties.occurrence.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.occurrence,data:data89};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if((typeof data89 == "number") && (isFinite(data89))){
if(data89 < 1 || isNaN(data89)){
const err232 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/properties/occurrence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1].properties.occurrence,data:data89};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
}
else {
const err233 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.start.oneOf[1].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[1],data:data86};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
var _valid11 = _errs261 === errors;
if(_valid11 && valid56){
valid56 = false;
passing0 = [passing0, 1];
}
else {
if(_valid11){
valid56 = true;
passing0 = 1;
}
const _errs270 = errors;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86["at-line"] === undefined){
const err234 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/required",keyword:"required",params:{missingProperty: "at-line"},message:"must have required property '"+"at-line"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[2].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2],data:data86};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
for(const key26 in data86){
if(!((key26 === "at-line") || (key26 === "occurrence"))){
const err235 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2],data:data86};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data86["at-line"] !== undefined){
let data90 = data86["at-line"];
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.file === undefined){
const err236 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data90};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data90.line === undefined){
const err237 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].required,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data90};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
for(const key27 in data90){
if(!((key27 === "file") || (key27 === "line"))){
const err238 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data90};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data90.file !== undefined){
let data91 = data90.file;
if(typeof data91 !== "string"){
const err239 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line/file",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.file.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.file,data:data91};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data90.line !== undefined){
let data92 = data90.line;
if(!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))){
const err240 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line/line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.line.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.line,data:data92};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if((typeof data92 == "number") && (isFinite(data92))){
if(data92 < 1 || isNaN(data92)){
const err241 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line/line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].properties.line,data:data92};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
}
else {
const err242 = {instancePath:instancePath+"/threads/" + i8+"/start/at-line",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/at-line/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties["at-line"],data:data90};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data86.occurrence !== undefined){
let data93 = data86.occurrence;
if(!(((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93))) && (isFinite(data93)))){
const err243 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/occurrence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.threads.items.properties.start.oneOf[2].properties.occurrence.type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties.occurrence,data:data93};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if((typeof data93 == "number") && (isFinite(data93))){
if(data93 < 1 || isNaN(data93)){
const err244 = {instancePath:instancePath+"/threads/" + i8+"/start/occurrence",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/properties/occurrence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2].properties.occurrence,data:data93};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
}
else {
const err245 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.properties.start.oneOf[2].type,parentSchema:schema11.properties.threads.items.properties.start.oneOf[2],data:data86};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
var _valid11 = _errs270 === errors;
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
const err246 = {instancePath:instancePath+"/threads/" + i8+"/start",schemaPath:"#/properties/threads/items/properties/start/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.threads.items.properties.start.oneOf,parentSchema:schema11.properties.threads.items.properties.start,data:data86};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
else {
errors = _errs259;
if(vErrors !== null){
if(_errs259){
vErrors.length = _errs259;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err247 = {instancePath:instancePath+"/threads/" + i8,schemaPath:"#/properties/threads/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.threads.items.type,parentSchema:schema11.properties.threads.items,data:data73};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/threads",schemaPath:"#/properties/threads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.threads.type,parentSchema:schema11.properties.threads,data:data72};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data.view !== undefined){
let data94 = data.view;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key28 in data94){
if(!(key28 === "ranges")){
const err249 = {instancePath:instancePath+"/view",schemaPath:"#/properties/view/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.view,data:data94};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data94.ranges !== undefined){
let data95 = data94.ranges;
if(Array.isArray(data95)){
const len10 = data95.length;
for(let i10=0; i10<len10; i10++){
let data96 = data95[i10];
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.pid === undefined){
const err250 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.view.properties.ranges.items.required,parentSchema:schema11.properties.view.properties.ranges.items,data:data96};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(data96.start === undefined){
const err251 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema11.properties.view.properties.ranges.items.required,parentSchema:schema11.properties.view.properties.ranges.items,data:data96};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(data96.end === undefined){
const err252 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema11.properties.view.properties.ranges.items.required,parentSchema:schema11.properties.view.properties.ranges.items,data:data96};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
for(const key29 in data96){
if(!(((key29 === "pid") || (key29 === "start")) || (key29 === "end"))){
const err253 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.view.properties.ranges.items,data:data96};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data96.pid !== undefined){
let data97 = data96.pid;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err254 = {instancePath:instancePath+"/view/ranges/" + i10+"/pid",schemaPath:"#/properties/view/properties/ranges/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.view.properties.ranges.items.properties.pid.type,parentSchema:schema11.properties.view.properties.ranges.items.properties.pid,data:data97};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < 1 || isNaN(data97)){
const err255 = {instancePath:instancePath+"/view/ranges/" + i10+"/pid",schemaPath:"#/properties/view/properties/ranges/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.view.properties.ranges.items.properties.pid,data:data97};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
if(data96.start !== undefined){
let data98 = data96.start;
const _errs293 = errors;
let valid64 = false;
const _errs294 = errors;
if(!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))){
const err256 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[0].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[0],data:data98};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if((typeof data98 == "number") && (isFinite(data98))){
if(data98 < 0 || isNaN(data98)){
const err257 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[0],data:data98};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
var _valid12 = _errs294 === errors;
valid64 = valid64 || _valid12;
if(!valid64){
const _errs296 = errors;
if(typeof data98 === "string"){
if(!pattern4.test(data98)){
const err258 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[1],data:data98};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[1].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.start.anyOf[1],data:data98};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
var _valid12 = _errs296 === errors;
valid64 = valid64 || _valid12;
}
if(!valid64){
const err260 = {instancePath:instancePath+"/view/ranges/" + i10+"/start",schemaPath:"#/properties/view/properties/ranges/items/properties/start/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.view.properties.ranges.items.properties.start.anyOf,parentSchema:schema11.properties.view.properties.ranges.items.properties.start,data:data98};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
else {
errors = _errs293;
if(vErrors !== null){
if(_errs293){
vErrors.length = _errs293;
}
else {
vErrors = null;
}
}
}
}
if(data96.end !== undefined){
let data99 = data96.end;
const _errs299 = errors;
let valid65 = false;
const _errs300 = errors;
if(!(((typeof data99 == "number") && (!(data99 % 1) && !isNaN(data99))) && (isFinite(data99)))){
const err261 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[0].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[0],data:data99};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 < 0 || isNaN(data99)){
const err262 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[0],data:data99};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
var _valid13 = _errs300 === errors;
valid65 = valid65 || _valid13;
if(!valid65){
const _errs302 = errors;
if(typeof data99 === "string"){
if(!pattern4.test(data99)){
const err263 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[1],data:data99};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[1].type,parentSchema:schema11.properties.view.properties.ranges.items.properties.end.anyOf[1],data:data99};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
var _valid13 = _errs302 === errors;
valid65 = valid65 || _valid13;
}
if(!valid65){
const err265 = {instancePath:instancePath+"/view/ranges/" + i10+"/end",schemaPath:"#/properties/view/properties/ranges/items/properties/end/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.view.properties.ranges.items.properties.end.anyOf,parentSchema:schema11.properties.view.properties.ranges.items.properties.end,data:data99};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
else {
errors = _errs299;
if(vErrors !== null){
if(_errs299){
vErrors.length = _errs299;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err266 = {instancePath:instancePath+"/view/ranges/" + i10,schemaPath:"#/properties/view/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.view.properties.ranges.items.type,parentSchema:schema11.properties.view.properties.ranges.items,data:data96};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/view/ranges",schemaPath:"#/properties/view/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.view.properties.ranges.type,parentSchema:schema11.properties.view.properties.ranges,data:data95};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/view",schemaPath:"#/properties/view/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.view.type,parentSchema:schema11.properties.view,data:data94};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data.expect !== undefined){
let data100 = data.expect;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key30 in data100){
if(!((((((((key30 === "outcome") || (key30 === "returns")) || (key30 === "fault")) || (key30 === "ptes")) || (key30 === "pages")) || (key30 === "tlb")) || (key30 === "violations")) || (key30 === "output"))){
const err269 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect,data:data100};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data100.outcome !== undefined){
let data101 = data100.outcome;
if(!((((data101 === "completed") || (data101 === "fault")) || (data101 === "violation")) || (data101 === "deadlock"))){
const err270 = {instancePath:instancePath+"/expect/outcome",schemaPath:"#/properties/expect/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.outcome.enum,parentSchema:schema11.properties.expect.properties.outcome,data:data101};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data100.returns !== undefined){
let data102 = data100.returns;
const _errs309 = errors;
let valid67 = false;
const _errs310 = errors;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
const err271 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.returns.anyOf[0].type,parentSchema:schema11.properties.expect.properties.returns.anyOf[0],data:data102};
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
if(!valid67){
const _errs312 = errors;
if(typeof data102 === "string"){
if(!pattern3.test(data102)){
const err272 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.returns.anyOf[1],data:data102};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
else {
const err273 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.returns.anyOf[1].type,parentSchema:schema11.properties.expect.properties.returns.anyOf[1],data:data102};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
var _valid14 = _errs312 === errors;
valid67 = valid67 || _valid14;
}
if(!valid67){
const err274 = {instancePath:instancePath+"/expect/returns",schemaPath:"#/properties/expect/properties/returns/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.returns.anyOf,parentSchema:schema11.properties.expect.properties.returns,data:data102};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
else {
errors = _errs309;
if(vErrors !== null){
if(_errs309){
vErrors.length = _errs309;
}
else {
vErrors = null;
}
}
}
}
if(data100.fault !== undefined){
let data103 = data100.fault;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
for(const key31 in data103){
if(!(((key31 === "kind") || (key31 === "line")) || (key31 === "file"))){
const err275 = {instancePath:instancePath+"/expect/fault",schemaPath:"#/properties/expect/properties/fault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.fault,data:data103};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data103.kind !== undefined){
let data104 = data103.kind;
if(!(((((((((((((((((data104 === "null-deref") || (data104 === "out-of-bounds")) || (data104 === "use-after-free")) || (data104 === "uninitialized")) || (data104 === "div-zero")) || (data104 === "undefined-behaviour")) || (data104 === "bug-on")) || (data104 === "sleep-in-atomic")) || (data104 === "step-budget")) || (data104 === "call-depth")) || (data104 === "memory-budget")) || (data104 === "deadlock")) || (data104 === "invariant")) || (data104 === "bad-call")) || (data104 === "model")) || (data104 === "unsupported")) || (data104 === "segv"))){
const err276 = {instancePath:instancePath+"/expect/fault/kind",schemaPath:"#/properties/expect/properties/fault/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.fault.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.fault.properties.kind.enum,parentSchema:schema11.properties.expect.properties.fault.properties.kind,data:data104};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data103.line !== undefined){
let data105 = data103.line;
if(!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))){
const err277 = {instancePath:instancePath+"/expect/fault/line",schemaPath:"#/properties/expect/properties/fault/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.fault.properties.line.type,parentSchema:schema11.properties.expect.properties.fault.properties.line,data:data105};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if((typeof data105 == "number") && (isFinite(data105))){
if(data105 < 1 || isNaN(data105)){
const err278 = {instancePath:instancePath+"/expect/fault/line",schemaPath:"#/properties/expect/properties/fault/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.fault.properties.line,data:data105};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
}
if(data103.file !== undefined){
let data106 = data103.file;
if(typeof data106 !== "string"){
const err279 = {instancePath:instancePath+"/expect/fault/file",schemaPath:"#/properties/expect/properties/fault/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.fault.properties.file.type,parentSchema:schema11.properties.expect.properties.fault.properties.file,data:data106};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
}
else {
const err280 = {instancePath:instancePath+"/expect/fault",schemaPath:"#/properties/expect/properties/fault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.fault.type,parentSchema:schema11.properties.expect.properties.fault,data:data103};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data100.ptes !== undefined){
let data107 = data100.ptes;
if(Array.isArray(data107)){
const len11 = data107.length;
for(let i11=0; i11<len11; i11++){
let data108 = data107[i11];
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.pid === undefined){
const err281 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.expect.properties.ptes.items.required,parentSchema:schema11.properties.expect.properties.ptes.items,data:data108};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(data108.addr === undefined){
const err282 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.expect.properties.ptes.items.required,parentSchema:schema11.properties.expect.properties.ptes.items,data:data108};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(data108.kind === undefined){
const err283 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.expect.properties.ptes.items.required,parentSchema:schema11.properties.expect.properties.ptes.items,data:data108};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
for(const key32 in data108){
if(!(((((key32 === "pid") || (key32 === "addr")) || (key32 === "kind")) || (key32 === "pfn")) || (key32 === "bits"))){
const err284 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.ptes.items,data:data108};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data108.pid !== undefined){
let data109 = data108.pid;
if(!(((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109))) && (isFinite(data109)))){
const err285 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pid",schemaPath:"#/properties/expect/properties/ptes/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.ptes.items.properties.pid.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pid,data:data109};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if((typeof data109 == "number") && (isFinite(data109))){
if(data109 < 1 || isNaN(data109)){
const err286 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pid",schemaPath:"#/properties/expect/properties/ptes/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pid,data:data109};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
if(data108.addr !== undefined){
let data110 = data108.addr;
const _errs330 = errors;
let valid72 = false;
const _errs331 = errors;
if(!(((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110))) && (isFinite(data110)))){
const err287 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[0],data:data110};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if((typeof data110 == "number") && (isFinite(data110))){
if(data110 < 0 || isNaN(data110)){
const err288 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[0],data:data110};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
var _valid15 = _errs331 === errors;
valid72 = valid72 || _valid15;
if(!valid72){
const _errs333 = errors;
if(typeof data110 === "string"){
if(!pattern4.test(data110)){
const err289 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[1],data:data110};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
else {
const err290 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf[1],data:data110};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
var _valid15 = _errs333 === errors;
valid72 = valid72 || _valid15;
}
if(!valid72){
const err291 = {instancePath:instancePath+"/expect/ptes/" + i11+"/addr",schemaPath:"#/properties/expect/properties/ptes/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.ptes.items.properties.addr.anyOf,parentSchema:schema11.properties.expect.properties.ptes.items.properties.addr,data:data110};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
else {
errors = _errs330;
if(vErrors !== null){
if(_errs330){
vErrors.length = _errs330;
}
else {
vErrors = null;
}
}
}
}
if(data108.kind !== undefined){
let data111 = data108.kind;
if(!((((((data111 === "none") || (data111 === "present")) || (data111 === "migration")) || (data111 === "device-private")) || (data111 === "device-exclusive")) || (data111 === "swap"))){
const err292 = {instancePath:instancePath+"/expect/ptes/" + i11+"/kind",schemaPath:"#/properties/expect/properties/ptes/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.ptes.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.ptes.items.properties.kind.enum,parentSchema:schema11.properties.expect.properties.ptes.items.properties.kind,data:data111};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data108.pfn !== undefined){
let data112 = data108.pfn;
if(!(((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112))) && (isFinite(data112)))){
const err293 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pfn",schemaPath:"#/properties/expect/properties/ptes/items/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.ptes.items.properties.pfn.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pfn,data:data112};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if((typeof data112 == "number") && (isFinite(data112))){
if(data112 < 0 || isNaN(data112)){
const err294 = {instancePath:instancePath+"/expect/ptes/" + i11+"/pfn",schemaPath:"#/properties/expect/properties/ptes/items/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.ptes.items.properties.pfn,data:data112};
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
if(data108.bits !== undefined){
let data113 = data108.bits;
if(Array.isArray(data113)){
const len12 = data113.length;
for(let i12=0; i12<len12; i12++){
let data114 = data113[i12];
if(typeof data114 === "string"){
if(!pattern22.test(data114)){
const err295 = {instancePath:instancePath+"/expect/ptes/" + i11+"/bits/" + i12,schemaPath:"#/properties/expect/properties/ptes/items/properties/bits/items/pattern",keyword:"pattern",params:{pattern: "^!?[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^!?[a-z][a-z0-9-]*$"+"\"",schema:"^!?[a-z][a-z0-9-]*$",parentSchema:schema11.properties.expect.properties.ptes.items.properties.bits.items,data:data114};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
else {
const err296 = {instancePath:instancePath+"/expect/ptes/" + i11+"/bits/" + i12,schemaPath:"#/properties/expect/properties/ptes/items/properties/bits/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.ptes.items.properties.bits.items.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.bits.items,data:data114};
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
const err297 = {instancePath:instancePath+"/expect/ptes/" + i11+"/bits",schemaPath:"#/properties/expect/properties/ptes/items/properties/bits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.ptes.items.properties.bits.type,parentSchema:schema11.properties.expect.properties.ptes.items.properties.bits,data:data113};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath:instancePath+"/expect/ptes/" + i11,schemaPath:"#/properties/expect/properties/ptes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.ptes.items.type,parentSchema:schema11.properties.expect.properties.ptes.items,data:data108};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
}
else {
const err299 = {instancePath:instancePath+"/expect/ptes",schemaPath:"#/properties/expect/properties/ptes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.ptes.type,parentSchema:schema11.properties.expect.properties.ptes,data:data107};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data100.pages !== undefined){
let data115 = data100.pages;
if(Array.isArray(data115)){
const len13 = data115.length;
for(let i13=0; i13<len13; i13++){
let data116 = data115[i13];
const _errs346 = errors;
let valid77 = false;
const _errs347 = errors;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
if(data116.pfn === undefined){
const err300 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf/0/required",keyword:"required",params:{missingProperty: "pfn"},message:"must have required property '"+"pfn"+"'",schema:schema11.properties.expect.properties.pages.items.anyOf[0].required,parentSchema:schema11.properties.expect.properties.pages.items.anyOf[0],data:data116};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
var _valid16 = _errs347 === errors;
valid77 = valid77 || _valid16;
if(!valid77){
const _errs348 = errors;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
if(data116.pid === undefined){
const err301 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf/1/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.expect.properties.pages.items.anyOf[1].required,parentSchema:schema11.properties.expect.properties.pages.items.anyOf[1],data:data116};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(data116.addr === undefined){
const err302 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf/1/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.expect.properties.pages.items.anyOf[1].required,parentSchema:schema11.properties.expect.properties.pages.items.anyOf[1],data:data116};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
var _valid16 = _errs348 === errors;
valid77 = valid77 || _valid16;
}
if(!valid77){
const err303 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.pages.items.anyOf,parentSchema:schema11.properties.expect.properties.pages.items,data:data116};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
else {
errors = _errs346;
if(vErrors !== null){
if(_errs346){
vErrors.length = _errs346;
}
else {
vErrors = null;
}
}
}
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key33 in data116){
if(!(func2.call(schema11.properties.expect.properties.pages.items.properties, key33))){
const err304 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.pages.items,data:data116};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data116.pfn !== undefined){
let data117 = data116.pfn;
if(!(((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117))) && (isFinite(data117)))){
const err305 = {instancePath:instancePath+"/expect/pages/" + i13+"/pfn",schemaPath:"#/properties/expect/properties/pages/items/properties/pfn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.pfn.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.pfn,data:data117};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if((typeof data117 == "number") && (isFinite(data117))){
if(data117 < 0 || isNaN(data117)){
const err306 = {instancePath:instancePath+"/expect/pages/" + i13+"/pfn",schemaPath:"#/properties/expect/properties/pages/items/properties/pfn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.pfn,data:data117};
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
if(data116.pid !== undefined){
let data118 = data116.pid;
if(!(((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118))) && (isFinite(data118)))){
const err307 = {instancePath:instancePath+"/expect/pages/" + i13+"/pid",schemaPath:"#/properties/expect/properties/pages/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.pid.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.pid,data:data118};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if((typeof data118 == "number") && (isFinite(data118))){
if(data118 < 1 || isNaN(data118)){
const err308 = {instancePath:instancePath+"/expect/pages/" + i13+"/pid",schemaPath:"#/properties/expect/properties/pages/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.pages.items.properties.pid,data:data118};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
}
if(data116.addr !== undefined){
let data119 = data116.addr;
const _errs355 = errors;
let valid79 = false;
const _errs356 = errors;
if(!(((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119))) && (isFinite(data119)))){
const err309 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[0],data:data119};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if((typeof data119 == "number") && (isFinite(data119))){
if(data119 < 0 || isNaN(data119)){
const err310 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[0],data:data119};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
var _valid17 = _errs356 === errors;
valid79 = valid79 || _valid17;
if(!valid79){
const _errs358 = errors;
if(typeof data119 === "string"){
if(!pattern4.test(data119)){
const err311 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[1],data:data119};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
else {
const err312 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf[1],data:data119};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
var _valid17 = _errs358 === errors;
valid79 = valid79 || _valid17;
}
if(!valid79){
const err313 = {instancePath:instancePath+"/expect/pages/" + i13+"/addr",schemaPath:"#/properties/expect/properties/pages/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.pages.items.properties.addr.anyOf,parentSchema:schema11.properties.expect.properties.pages.items.properties.addr,data:data119};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
else {
errors = _errs355;
if(vErrors !== null){
if(_errs355){
vErrors.length = _errs355;
}
else {
vErrors = null;
}
}
}
}
if(data116.refcount !== undefined){
let data120 = data116.refcount;
if(!(((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120))) && (isFinite(data120)))){
const err314 = {instancePath:instancePath+"/expect/pages/" + i13+"/refcount",schemaPath:"#/properties/expect/properties/pages/items/properties/refcount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.refcount.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.refcount,data:data120};
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
const err315 = {instancePath:instancePath+"/expect/pages/" + i13+"/refcount",schemaPath:"#/properties/expect/properties/pages/items/properties/refcount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.refcount,data:data120};
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
if(data116.mapcount !== undefined){
let data121 = data116.mapcount;
if(!(((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121))) && (isFinite(data121)))){
const err316 = {instancePath:instancePath+"/expect/pages/" + i13+"/mapcount",schemaPath:"#/properties/expect/properties/pages/items/properties/mapcount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.mapcount.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.mapcount,data:data121};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
if((typeof data121 == "number") && (isFinite(data121))){
if(data121 < 0 || isNaN(data121)){
const err317 = {instancePath:instancePath+"/expect/pages/" + i13+"/mapcount",schemaPath:"#/properties/expect/properties/pages/items/properties/mapcount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.mapcount,data:data121};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
if(data116.locked !== undefined){
let data122 = data116.locked;
if(typeof data122 !== "boolean"){
const err318 = {instancePath:instancePath+"/expect/pages/" + i13+"/locked",schemaPath:"#/properties/expect/properties/pages/items/properties/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.pages.items.properties.locked.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.locked,data:data122};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data116.lru !== undefined){
let data123 = data116.lru;
if(!((((data123 === "lru") || (data123 === "isolated")) || (data123 === "batch")) || (data123 === "none"))){
const err319 = {instancePath:instancePath+"/expect/pages/" + i13+"/lru",schemaPath:"#/properties/expect/properties/pages/items/properties/lru/enum",keyword:"enum",params:{allowedValues: schema11.properties.expect.properties.pages.items.properties.lru.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expect.properties.pages.items.properties.lru.enum,parentSchema:schema11.properties.expect.properties.pages.items.properties.lru,data:data123};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data116.content !== undefined){
let data124 = data116.content;
if((typeof data124 !== "string") && (!(((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124))) && (isFinite(data124))))){
const err320 = {instancePath:instancePath+"/expect/pages/" + i13+"/content",schemaPath:"#/properties/expect/properties/pages/items/properties/content/type",keyword:"type",params:{type: schema11.properties.expect.properties.pages.items.properties.content.type},message:"must be string,integer",schema:schema11.properties.expect.properties.pages.items.properties.content.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.content,data:data124};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
if(data116.pins !== undefined){
let data125 = data116.pins;
if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){
const err321 = {instancePath:instancePath+"/expect/pages/" + i13+"/pins",schemaPath:"#/properties/expect/properties/pages/items/properties/pins/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.pages.items.properties.pins.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.pins,data:data125};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
if((typeof data125 == "number") && (isFinite(data125))){
if(data125 < 0 || isNaN(data125)){
const err322 = {instancePath:instancePath+"/expect/pages/" + i13+"/pins",schemaPath:"#/properties/expect/properties/pages/items/properties/pins/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.pages.items.properties.pins,data:data125};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
}
if(data116.dirty !== undefined){
let data126 = data116.dirty;
if(typeof data126 !== "boolean"){
const err323 = {instancePath:instancePath+"/expect/pages/" + i13+"/dirty",schemaPath:"#/properties/expect/properties/pages/items/properties/dirty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.pages.items.properties.dirty.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.dirty,data:data126};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data116.lockHolder !== undefined){
let data127 = data116.lockHolder;
if((typeof data127 !== "string") && (data127 !== null)){
const err324 = {instancePath:instancePath+"/expect/pages/" + i13+"/lockHolder",schemaPath:"#/properties/expect/properties/pages/items/properties/lockHolder/type",keyword:"type",params:{type: schema11.properties.expect.properties.pages.items.properties.lockHolder.type},message:"must be string,null",schema:schema11.properties.expect.properties.pages.items.properties.lockHolder.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.lockHolder,data:data127};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data116.free !== undefined){
let data128 = data116.free;
if(typeof data128 !== "boolean"){
const err325 = {instancePath:instancePath+"/expect/pages/" + i13+"/free",schemaPath:"#/properties/expect/properties/pages/items/properties/free/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.pages.items.properties.free.type,parentSchema:schema11.properties.expect.properties.pages.items.properties.free,data:data128};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
}
else {
const err326 = {instancePath:instancePath+"/expect/pages/" + i13,schemaPath:"#/properties/expect/properties/pages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.pages.items.type,parentSchema:schema11.properties.expect.properties.pages.items,data:data116};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
}
else {
const err327 = {instancePath:instancePath+"/expect/pages",schemaPath:"#/properties/expect/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.pages.type,parentSchema:schema11.properties.expect.properties.pages,data:data115};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data100.tlb !== undefined){
let data129 = data100.tlb;
if(Array.isArray(data129)){
const len14 = data129.length;
for(let i14=0; i14<len14; i14++){
let data130 = data129[i14];
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
if(data130.cpu === undefined){
const err328 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data130};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if(data130.pid === undefined){
const err329 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "pid"},message:"must have required property '"+"pid"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data130};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(data130.addr === undefined){
const err330 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data130};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(data130.cached === undefined){
const err331 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/required",keyword:"required",params:{missingProperty: "cached"},message:"must have required property '"+"cached"+"'",schema:schema11.properties.expect.properties.tlb.items.required,parentSchema:schema11.properties.expect.properties.tlb.items,data:data130};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
for(const key34 in data130){
if(!(((((key34 === "cpu") || (key34 === "pid")) || (key34 === "addr")) || (key34 === "cached")) || (key34 === "stale"))){
const err332 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.expect.properties.tlb.items,data:data130};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data130.cpu !== undefined){
let data131 = data130.cpu;
if(!(((typeof data131 == "number") && (!(data131 % 1) && !isNaN(data131))) && (isFinite(data131)))){
const err333 = {instancePath:instancePath+"/expect/tlb/" + i14+"/cpu",schemaPath:"#/properties/expect/properties/tlb/items/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.tlb.items.properties.cpu.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.cpu,data:data131};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if((typeof data131 == "number") && (isFinite(data131))){
if(data131 < 0 || isNaN(data131)){
const err334 = {instancePath:instancePath+"/expect/tlb/" + i14+"/cpu",schemaPath:"#/properties/expect/properties/tlb/items/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.tlb.items.properties.cpu,data:data131};
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
if(data130.pid !== undefined){
let data132 = data130.pid;
if(!(((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132))) && (isFinite(data132)))){
const err335 = {instancePath:instancePath+"/expect/tlb/" + i14+"/pid",schemaPath:"#/properties/expect/properties/tlb/items/properties/pid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.tlb.items.properties.pid.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.pid,data:data132};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if((typeof data132 == "number") && (isFinite(data132))){
if(data132 < 1 || isNaN(data132)){
const err336 = {instancePath:instancePath+"/expect/tlb/" + i14+"/pid",schemaPath:"#/properties/expect/properties/tlb/items/properties/pid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.expect.properties.tlb.items.properties.pid,data:data132};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
}
if(data130.addr !== undefined){
let data133 = data130.addr;
const _errs387 = errors;
let valid83 = false;
const _errs388 = errors;
if(!(((typeof data133 == "number") && (!(data133 % 1) && !isNaN(data133))) && (isFinite(data133)))){
const err337 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[0].type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if((typeof data133 == "number") && (isFinite(data133))){
if(data133 < 0 || isNaN(data133)){
const err338 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
var _valid18 = _errs388 === errors;
valid83 = valid83 || _valid18;
if(!valid83){
const _errs390 = errors;
if(typeof data133 === "string"){
if(!pattern4.test(data133)){
const err339 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"},message:"must match pattern \""+"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$"+"\"",schema:"^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$",parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
else {
const err340 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[1].type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
var _valid18 = _errs390 === errors;
valid83 = valid83 || _valid18;
}
if(!valid83){
const err341 = {instancePath:instancePath+"/expect/tlb/" + i14+"/addr",schemaPath:"#/properties/expect/properties/tlb/items/properties/addr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expect.properties.tlb.items.properties.addr.anyOf,parentSchema:schema11.properties.expect.properties.tlb.items.properties.addr,data:data133};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
else {
errors = _errs387;
if(vErrors !== null){
if(_errs387){
vErrors.length = _errs387;
}
else {
vErrors = null;
}
}
}
}
if(data130.cached !== undefined){
let data134 = data130.cached;
if(typeof data134 !== "boolean"){
const err342 = {instancePath:instancePath+"/expect/tlb/" + i14+"/cached",schemaPath:"#/properties/expect/properties/tlb/items/properties/cached/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.tlb.items.properties.cached.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.cached,data:data134};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
if(data130.stale !== undefined){
let data135 = data130.stale;
if(typeof data135 !== "boolean"){
const err343 = {instancePath:instancePath+"/expect/tlb/" + i14+"/stale",schemaPath:"#/properties/expect/properties/tlb/items/properties/stale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expect.properties.tlb.items.properties.stale.type,parentSchema:schema11.properties.expect.properties.tlb.items.properties.stale,data:data135};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
}
else {
const err344 = {instancePath:instancePath+"/expect/tlb/" + i14,schemaPath:"#/properties/expect/properties/tlb/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.properties.tlb.items.type,parentSchema:schema11.properties.expect.properties.tlb.items,data:data130};
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
const err345 = {instancePath:instancePath+"/expect/tlb",schemaPath:"#/properties/expect/properties/tlb/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.tlb.type,parentSchema:schema11.properties.expect.properties.tlb,data:data129};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data100.violations !== undefined){
let data136 = data100.violations;
if(Array.isArray(data136)){
const len15 = data136.length;
for(let i15=0; i15<len15; i15++){
let data137 = data136[i15];
if(typeof data137 !== "string"){
const err346 = {instancePath:instancePath+"/expect/violations/" + i15,schemaPath:"#/properties/expect/properties/violations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.violations.items.type,parentSchema:schema11.properties.expect.properties.violations.items,data:data137};
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
const err347 = {instancePath:instancePath+"/expect/violations",schemaPath:"#/properties/expect/properties/violations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.violations.type,parentSchema:schema11.properties.expect.properties.violations,data:data136};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data100.output !== undefined){
let data138 = data100.output;
if(Array.isArray(data138)){
const len16 = data138.length;
for(let i16=0; i16<len16; i16++){
let data139 = data138[i16];
if(typeof data139 !== "string"){
const err348 = {instancePath:instancePath+"/expect/output/" + i16,schemaPath:"#/properties/expect/properties/output/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expect.properties.output.items.type,parentSchema:schema11.properties.expect.properties.output.items,data:data139};
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
const err349 = {instancePath:instancePath+"/expect/output",schemaPath:"#/properties/expect/properties/output/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.expect.properties.output.type,parentSchema:schema11.properties.expect.properties.output,data:data138};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
}
else {
const err350 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.expect.type,parentSchema:schema11.properties.expect,data:data100};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
}
else {
const err351 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

