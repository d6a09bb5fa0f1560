/* A singly linked list built from an array of nodes. */
#include <stdio.h>
#include <stddef.h>

struct node {
	int val;
	struct node *next;
};

int main(void)
{
	struct node nodes[5];
	struct node *head = NULL, *n;
	int i, total = 0;

	for (i = 0; i < 5; i++) {
		nodes[i].val = i * i;
		nodes[i].next = head;
		head = &nodes[i];
	}
	for (n = head; n; n = n->next) {
		printf("%d ", n->val);
		total += n->val;
	}
	printf("\n%d\n", total);
	printf("%d\n", head->next->next->val);
	return 0;
}
