package dev.driftgate.testing;

import dev.driftgate.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process with a given environment and captures what it prints. */
public final class Cli {
  private Cli() {}

  /** Exit code and the captured streams of one run. */
  public record Run(int code, String out, String err) {
    /** Everything printed, for checks that nothing leaks. */
    public String all() {
      return out + err;
    }
  }

  public static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new Run(code, out.toString(), err.toString());
  }
}
