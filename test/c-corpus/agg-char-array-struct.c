/* char arrays inside structs used as names. */
#include <stdio.h>

struct task {
	int pid;
	char comm[16];
};

static void set_comm(struct task *t, const char *s)
{
	int i;

	for (i = 0; i < 15 && s[i]; i++)
		t->comm[i] = s[i];
	t->comm[i] = '\0';
}

int main(void)
{
	struct task t = { 42, "init" };

	printf("%d %s\n", t.pid, t.comm);
	set_comm(&t, "kcompactd0");
	printf("%s %c\n", t.comm, t.comm[1]);
	set_comm(&t, "a-very-long-task-name");
	printf("%s\n", t.comm);
	return 0;
}
