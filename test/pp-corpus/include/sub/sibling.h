/* Found next to leaf.h through the quote search of the including file's directory. */
extern int sibling;
