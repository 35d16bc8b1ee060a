package dev.driftgate.postgres;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gives a role of a cluster driftgate owns a password, sent as a SCRAM-SHA-256 secret computed here
 * (RFC 5802, RFC 7677), so no statement carries the password itself.
 *
 * <p>The secret is salted and hashed {@value #ITERATIONS} times instead of PostgreSQL's 4,096.
 * Hashing many times slows down guessing a password from a stolen secret, which matters for
 * passwords people choose; these are 24 random bytes, and whoever could read the secret (the
 * cluster's files) could as well read the password next to it. Every login computes the same hash
 * on the client, and a run logs in a dozen times: 4,096 rounds cost about 10 ms each (more before
 * the JIT has compiled them), on the critical path of a run that is meant to take a second or two.
 */
final class ScramSecret {
  static final int ITERATIONS = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ScramSecret() {}

  /** Sets the password of {@code role}, as its superuser connection {@code admin}. */
  static void set(Connection admin, String role, char[] password) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute(
          "ALTER ROLE " + Identifiers.quote(role) + " PASSWORD '" + of(password, ITERATIONS) + "'");
    }
  }

  /**
   * The secret PostgreSQL keeps for {@code password}: {@code
   * SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey}. The passwords here are ASCII without
   * control characters, which SASLprep leaves as they are.
   */
  static String of(char[] password, int iterations) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    try {
      byte[] salted =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password, salt, iterations, 256))
              .getEncoded();
      byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(hmac(salted, "Client Key"));
      byte[] serverKey = hmac(salted, "Server Key");
      Base64.Encoder b64 = Base64.getEncoder();
      return "SCRAM-SHA-256$"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + "$"
          + b64.encodeToString(storedKey)
          + ":"
          + b64.encodeToString(serverKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot compute SCRAM-SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
  }
}
