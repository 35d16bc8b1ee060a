package dev.driftgate.config;

import dev.driftgate.config.Settings.Tls;
import java.util.Map;
import java.util.Set;

/**
 * {@code DB_SSL} and {@code DB_SSLMODE}: {@code DB_SSL=true} requires TLS ({@code sslmode=require}
 * unless {@code DB_SSLMODE} asks for certificate checks); without it the connection is plain.
 */
final class TlsSetting {
  private static final Set<String> REQUIRING = Set.of("require", "verify-ca", "verify-full");

  private TlsSetting() {}

  static Tls read(Map<String, String> env) {
    boolean required = Booleans.parse("DB_SSL", blankToNull(env.get("DB_SSL")), false);
    String mode = blankToNull(env.get("DB_SSLMODE"));
    if (mode == null) {
      return new Tls(required ? "require" : "disable");
    }
    SettingsReader.require(
        REQUIRING.contains(mode) || mode.equals("disable"),
        "DB_SSLMODE",
        mode,
        "one of disable, require, verify-ca, verify-full");
    SettingsReader.require(
        required == REQUIRING.contains(mode),
        "DB_SSLMODE",
        mode,
        required ? "a mode that requires TLS, as DB_SSL=true does" : "used without DB_SSL=true");
    return new Tls(mode);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
