/* A local far larger than the interpreter's memory budget for C objects. */
int main(void)
{
	char buf[1 << 24][64];

	buf[1][2] = 3;
	return buf[1][2];
}
