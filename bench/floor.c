/*
 * floor.c: the floor for loading -- libyaml's event parser run over the
 * same files, building nothing.  Prints the number of scalars so the work
 * cannot be optimised away.
 *
 *     floor FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv)
{
	size_t scalars = 0;
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		yaml_parser_t parser;
		if (!f || !yaml_parser_initialize(&parser)) {
			fprintf(stderr, "floor: cannot read %s\n", argv[i]);
			return 2;
		}
		yaml_parser_set_input_file(&parser, f);
		for (int done = 0; !done;) {
			yaml_event_t event;
			if (!yaml_parser_parse(&parser, &event)) {
				fprintf(stderr, "floor: %s: %s\n", argv[i], parser.problem);
				return 2;
			}
			scalars += event.type == YAML_SCALAR_EVENT;
			done = event.type == YAML_STREAM_END_EVENT;
			yaml_event_delete(&event);
		}
		yaml_parser_delete(&parser);
		fclose(f);
	}
	printf("%zu scalars\n", scalars);
	return 0;
}
