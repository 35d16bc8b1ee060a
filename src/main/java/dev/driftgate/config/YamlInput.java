package dev.driftgate.config;

import dev.driftgate.error.DriftgateException;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * How every YAML file of a project is parsed (the manifest, {@code driftgate.yaml}, Spring's {@code
 * application.yml}): what snakeyaml refuses, and a nesting deep enough to exhaust its recursive
 * parser ({@code [[[[…]]]]} 20,000 levels), are one line naming the file, exit 2.
 */
public final class YamlInput {
  private YamlInput() {}

  /** What {@code parse} returns for {@code file}, or the input error saying why it cannot. */
  public static <T> T parse(String file, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (YamlEngineException e) {
      throw DriftgateException.badInput(
          file + ": malformed YAML: " + e.getMessage().replaceAll("\\s+", " ").trim());
    } catch (StackOverflowError e) {
      throw DriftgateException.badInput(file + ": malformed YAML: nested too deeply to read");
    }
  }
}
