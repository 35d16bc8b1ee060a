package dev.driftgate.app.migrate;

import dev.driftgate.config.Secret;
import java.security.SecureRandom;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The seeded administrator's password: {@code ADMIN_PASSWORD} when set, else a random one that
 * {@code init-db} shows once. Seed scripts only ever see its bcrypt hash ({@code $2a$}, cost 12,
 * which Python's bcrypt/passlib, Spring Security and PHP verify).
 */
final class AdminPassword {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AdminPassword() {}

  /** A new random password of 20 characters (about 117 bits). */
  static Secret generate() {
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return Secret.of(sb.toString());
  }

  static String hash(Secret password) {
    return BCrypt.hashpw(password.reveal(), BCrypt.gensalt(12, RANDOM));
  }
}
