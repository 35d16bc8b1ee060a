package dev.driftgate.cli;

import dev.driftgate.app.lint.Lint;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code driftgate lint}: the migrations checked without a database. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description =
        "Find statements that fail on a rerun, statements that cannot run in a transaction, and"
            + " migration files the manifest does not list (no database needed).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (warnings allowed)", "1:at least one error", "2:bad input"})
final class LintCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ProjectOptions common;

  @Override
  public Integer call() {
    List<Lint.Finding> findings = Lint.run(common.project);
    PrintWriter out = spec.commandLine().getOut();
    for (Lint.Finding f : findings) {
      out.println(
          f.location()
              + ": "
              + f.severity()
              + " "
              + f.rule()
              + ": "
              + f.message()
              + " — "
              + f.fix());
    }
    long errors = findings.stream().filter(Lint.Finding::error).count();
    long notes = findings.stream().filter(f -> f.severity().equals("info")).count();
    out.println(
        errors
            + " error(s), "
            + (findings.size() - errors - notes)
            + " warning(s)"
            + (notes == 0 ? "" : ", " + notes + " note(s)"));
    out.flush();
    return errors > 0 ? 1 : 0;
  }
}
