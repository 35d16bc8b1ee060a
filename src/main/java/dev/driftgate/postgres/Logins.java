package dev.driftgate.postgres;

import java.util.Properties;

/**
 * Connection properties that log in as a role: the password travels as a property, never in a URL.
 */
final class Logins {
  private Logins() {}

  static Properties as(String user, String password) {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null) {
      props.setProperty("password", password);
    }
    props.setProperty("ApplicationName", "driftgate");
    return props;
  }
}
