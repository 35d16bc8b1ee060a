package dev.driftgate.model;

/** The options every sequence has, whether standalone or behind an identity column. */
public record SequenceOptions(
    String dataType, long start, long increment, long min, long max, long cache, boolean cycle)
    implements java.io.Serializable {

  @Override
  public String toString() {
    return "AS "
        + dataType
        + " START "
        + start
        + " INCREMENT "
        + increment
        + " MINVALUE "
        + min
        + " MAXVALUE "
        + max
        + " CACHE "
        + cache
        + (cycle ? " CYCLE" : " NO CYCLE");
  }
}
