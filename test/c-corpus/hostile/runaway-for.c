/* A loop without condition, update or statement: must still be stoppable. */
int main(void)
{
	int i;

	for (i = 0;;)
		;
	return i;
}
