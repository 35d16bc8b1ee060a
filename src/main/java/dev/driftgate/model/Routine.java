package dev.driftgate.model;

/**
 * A function or procedure.
 *
 * @param arguments identity arguments as {@code pg_get_function_identity_arguments} prints them,
 *     with names
 * @param argumentTypes the argument types alone, which identify an overload
 * @param result the result type, or null for a procedure
 * @param volatility {@code IMMUTABLE}, {@code STABLE} or {@code VOLATILE}
 * @param body the source text between the dollar quotes ({@code prosrc})
 * @param settings {@code SET} clauses ({@code proconfig}), or null
 * @param definition the complete {@code CREATE OR REPLACE} statement as the server prints it, or
 *     null for aggregates; used to write fixes, never compared as text
 */
public record Routine(
    QualifiedName name,
    Kind kind,
    String arguments,
    String argumentTypes,
    String result,
    String language,
    String volatility,
    boolean strict,
    boolean securityDefiner,
    String body,
    String settings,
    String definition,
    String comment)
    implements java.io.Serializable {

  /** What kind of routine. */
  public enum Kind {
    FUNCTION,
    PROCEDURE,
    AGGREGATE,
    WINDOW
  }

  /** The key of a routine: overloads differ by their argument types. */
  public String signature() {
    return name + "(" + argumentTypes + ")";
  }
}
