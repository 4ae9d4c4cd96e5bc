// cli/cli.h: what cli/main.c (the command line) and cli/repl.c (the
// interactive prompt) share.
#ifndef OURO_CLI_CLI_H
#define OURO_CLI_CLI_H

// Run the interactive loop on stdin in __main__'s namespace until EOF.
// On a terminal it edits lines with libedit (history in ~/.ouro_history,
// Tab completion); otherwise it reads plain lines, prompts going to stderr
// as CPython's do. `quiet` (-q) leaves out the banner. Returns 0 at EOF, or
// -1 with SystemExit pending (exit(), quit(), sys.exit()).
int ou_repl_run(int quiet);

#endif
