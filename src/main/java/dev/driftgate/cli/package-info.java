/**
 * The command line (SPEC §6): picocli commands that parse, call one use case and return an exit
 * code ({@code verify}, {@code migrate}, {@code init-db}, {@code lint}, {@code postgres start}).
 * The only package that writes to stdout or stderr or exits; exceptions become exit codes in one
 * place, {@link dev.driftgate.cli.Main}. Settings come from the environment {@code Main} is given.
 *
 * <p>May depend on {@code app}, {@code config}, {@code report}, {@code postgres} (and {@code
 * error}).
 */
package dev.driftgate.cli;
