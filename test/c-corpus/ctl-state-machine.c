/* A switch-driven state machine in a loop. */
#include <stdio.h>

enum state { S_IDLE, S_ISOLATE, S_UNMAP, S_COPY, S_REMAP, S_DONE };

int main(void)
{
	enum state s = S_IDLE;
	int ticks = 0, retries = 1;

	while (s != S_DONE) {
		ticks++;
		switch (s) {
		case S_IDLE:
			s = S_ISOLATE;
			break;
		case S_ISOLATE:
			s = S_UNMAP;
			break;
		case S_UNMAP:
			if (retries-- > 0) {
				printf("unmap busy\n");
				s = S_ISOLATE;
			} else {
				s = S_COPY;
			}
			break;
		case S_COPY:
			s = S_REMAP;
			break;
		case S_REMAP:
			s = S_DONE;
			break;
		default:
			printf("bad state\n");
			return 1;
		}
		printf("tick %d -> %d\n", ticks, s);
	}
	return 0;
}
