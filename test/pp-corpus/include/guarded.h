/* A guarded header for the corpus. */
#ifndef CORPUS_GUARDED_H
#define CORPUS_GUARDED_H
#define GUARDED_COUNT 1
int guarded_decl;
const char *guarded_file = __FILE__;
int guarded_level = __INCLUDE_LEVEL__;
#endif /* CORPUS_GUARDED_H */
