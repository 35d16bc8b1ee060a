package dev.driftgate.config;

import dev.driftgate.config.Settings.AppAdmin;
import dev.driftgate.config.Settings.Credentials;
import dev.driftgate.config.Settings.Endpoint;
import dev.driftgate.config.Settings.Pool;
import dev.driftgate.error.DriftgateException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@link Settings} from environment variables (SPEC §3), failing on the first bad value with
 * a one-line message that names the variable and says how to fix it. Values of password variables
 * are never quoted back.
 */
public final class SettingsReader {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]+\\]");
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.@-]{1,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}");

  private final Map<String, String> env;

  private SettingsReader(Map<String, String> env) {
    this.env = env;
  }

  /** Reads the settings from {@code env} (the process environment, or a map in tests). */
  public static Settings read(Map<String, String> env) {
    return new SettingsReader(env).settings();
  }

  private Settings settings() {
    Endpoint database =
        new Endpoint(
            host("DB_HOST", "localhost"),
            port("DB_PORT", 5432),
            DatabaseNames.check("DB_NAME", text("DB_NAME", "milestone")),
            new Credentials(user("DB_USER", "milestone"), Secret.of(env.get("DB_PASSWORD"))));
    Endpoint master =
        new Endpoint(
            host("MASTER_DB_HOST", database.host()),
            port("MASTER_DB_PORT", database.port()),
            DatabaseNames.check("MASTER_DB_NAME", text("MASTER_DB_NAME", "milestone_admin")),
            new Credentials(
                user("MASTER_DB_USER", database.credentials().user()),
                env.containsKey("MASTER_DB_PASSWORD")
                    ? Secret.of(env.get("MASTER_DB_PASSWORD"))
                    : database.credentials().password()));
    Credentials pgAdmin =
        env.containsKey("PG_ADMIN_USER")
            ? new Credentials(user("PG_ADMIN_USER", null), Secret.of(env.get("PG_ADMIN_PASSWORD")))
            : database.credentials();
    return new Settings(
        database,
        master,
        pgAdmin,
        TlsSetting.read(env),
        pool(),
        bool("MULTI_TENANT", false),
        bool("AUTO_INIT_DB", false),
        new AppAdmin(email(), adminPassword()));
  }

  /**
   * {@code DB_POOL_TIMEOUT} of {@code env}: how long a connection may wait for the server, for the
   * runner and for the servers {@code verify} and {@code diff} are pointed at alike.
   */
  public static Duration poolTimeout(Map<String, String> env) {
    return new SettingsReader(env).poolTimeout();
  }

  private Duration poolTimeout() {
    return Duration.ofSeconds(integer("DB_POOL_TIMEOUT", 30, 1, 3600));
  }

  private Pool pool() {
    int size = integer("DB_POOL_SIZE", 20, 1, 1000);
    int overflow = integer("DB_POOL_MAX_OVERFLOW", 10, 0, 1000);
    return new Pool(size, overflow, poolTimeout());
  }

  private String text(String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private String host(String name, String fallback) {
    String value = text(name, fallback);
    require(HOST.matcher(value).matches(), name, value, "a host name or IP address");
    return value;
  }

  private String user(String name, String fallback) {
    String value = text(name, fallback);
    require(value != null, name, "", "a PostgreSQL role name");
    require(USER.matcher(value).matches(), name, value, "a PostgreSQL role name");
    return value;
  }

  private String email() {
    String value = text("ADMIN_EMAIL", "admin@localhost");
    require(EMAIL.matcher(value).matches(), "ADMIN_EMAIL", value, "an e-mail address");
    return value;
  }

  /** bcrypt reads 72 bytes at most; a longer password would be cut without a word. */
  private Secret adminPassword() {
    Secret password = Secret.of(env.get("ADMIN_PASSWORD"));
    if (password.isSet()) {
      int bytes = password.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes < 8 || bytes > 72) {
        throw DriftgateException.badInput(
            "ADMIN_PASSWORD has " + bytes + " bytes; use 8 to 72 bytes (bcrypt's limit)");
      }
    }
    return password;
  }

  private int port(String name, int fallback) {
    return integer(name, fallback, 1, 65535);
  }

  private int integer(String name, int fallback, int min, int max) {
    String value = text(name, null);
    if (value == null) {
      return fallback;
    }
    String wanted = "an integer from " + min + " to " + max;
    require(value.matches("[0-9]{1,9}"), name, value, wanted);
    int parsed = Integer.parseInt(value);
    require(parsed >= min && parsed <= max, name, value, wanted);
    return parsed;
  }

  private boolean bool(String name, boolean fallback) {
    return Booleans.parse(name, text(name, null), fallback);
  }

  static void require(boolean ok, String name, String value, String wanted) {
    if (!ok) {
      throw DriftgateException.badInput(
          name
              + "="
              + Printable.of(value)
              + " is not "
              + wanted
              + "; fix "
              + name
              + " or unset it");
    }
  }
}
