// Kernel iterator macros (`list_for_each_entry(pos, head, member) { ... }`). The grammar parses
// such a use as a call missing its ';' followed by the loop body as the next statement; the
// compiler recognises the pair and expands the macro into a for loop around that body.
// Their definitions are ordinary macros of ours built on __mmstep_container_of, which steps from
// a list_head back to the struct containing it (the type comes from the cursor variable).

export const ITERATOR_MACROS: Record<string, string> = {
  list_for_each: '#define list_for_each(pos, head) for (pos = (head)->next; pos != (head); pos = pos->next)',
  list_for_each_safe:
    '#define list_for_each_safe(pos, n, head) for (pos = (head)->next, n = pos->next; pos != (head); pos = n, n = pos->next)',
  list_for_each_entry:
    '#define list_for_each_entry(pos, head, member) for (pos = __mmstep_container_of((head)->next, pos, member); &pos->member != (head); pos = __mmstep_container_of(pos->member.next, pos, member))',
  list_for_each_entry_reverse:
    '#define list_for_each_entry_reverse(pos, head, member) for (pos = __mmstep_container_of((head)->prev, pos, member); &pos->member != (head); pos = __mmstep_container_of(pos->member.prev, pos, member))',
  list_for_each_entry_safe:
    '#define list_for_each_entry_safe(pos, n, head, member) for (pos = __mmstep_container_of((head)->next, pos, member), n = __mmstep_container_of(pos->member.next, pos, member); &pos->member != (head); pos = n, n = __mmstep_container_of(n->member.next, n, member))',
};

export const ITERATOR_NAMES = new Set(Object.keys(ITERATOR_MACROS));

export const ITERATOR_PRELUDE = Object.values(ITERATOR_MACROS).join('\n') + '\n';
