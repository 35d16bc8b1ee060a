package dev.driftgate.model;

/** An identity column's generation mode and the options of its implicit sequence. */
public record Identity(Generation generation, SequenceOptions options)
    implements java.io.Serializable {
  public enum Generation {
    ALWAYS,
    BY_DEFAULT;

    public String sql() {
      return this == ALWAYS ? "ALWAYS" : "BY DEFAULT";
    }
  }

  @Override
  public String toString() {
    return "GENERATED " + generation.sql() + " AS IDENTITY (" + options + ")";
  }
}
