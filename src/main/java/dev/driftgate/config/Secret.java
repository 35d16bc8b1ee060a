package dev.driftgate.config;

import java.util.Objects;

/**
 * A password. Its {@link #toString()} never shows the value, so a secret that ends up in a message,
 * a log line or a record's {@code toString} prints as a mask; only {@link #reveal()} hands it to
 * the JDBC driver.
 */
public final class Secret {
  private static final Secret NONE = new Secret(null);

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** A secret holding {@code value}; null or empty means none. */
  public static Secret of(String value) {
    return value == null || value.isEmpty() ? NONE : new Secret(value);
  }

  public static Secret none() {
    return NONE;
  }

  public boolean isSet() {
    return value != null;
  }

  /** The password itself: only for a connection property or a hash, never for text. */
  public String reveal() {
    return Objects.requireNonNull(value, "no secret set");
  }

  @Override
  public String toString() {
    return isSet() ? "********" : "(not set)";
  }
}
