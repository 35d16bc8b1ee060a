/**
 * The command line (SPEC §6): picocli commands that parse, call one use case and return an exit
 * code. The only package that writes to stdout or stderr or exits; exceptions become exit codes in
 * one place, {@link dev.driftgate.cli.Main}.
 *
 * <p>May depend on {@code app}, {@code config}, {@code report} (and {@code error}).
 */
package dev.driftgate.cli;
