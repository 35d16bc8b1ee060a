package zoo;

/** Stored by name or by ordinal. */
public enum Size {
  SMALL,
  MEDIUM,
  LARGE
}
