package dev.driftgate.postgres;

import dev.driftgate.config.Secret;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;

/**
 * The superuser password of an embedded cluster (SPEC §7: no trust authentication). initdb makes
 * every cluster ask for a password on every connection ({@code --auth=scram-sha-256}) with a random
 * one; each run replaces it by its own random one as soon as the server is up, so no moment exists
 * where the server trusts a connection. The current password lives in the data directory (mode 0600
 * in a 0700 directory: only its owner can read it), where the next start of a kept cluster finds
 * it; it is never printed.
 */
final class ClusterPassword {
  /** Where a data directory keeps its superuser's password. */
  static final String FILE = "driftgate.password";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ClusterPassword() {}

  /** A new random password (URL-safe, so a JDBC URL may carry it unescaped). */
  static Secret random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Writes {@code password} to {@code file}, readable by its owner only, in one rename. */
  static void write(Path file, Secret password) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.deleteIfExists(next);
    Files.createFile(
        next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(next, password.reveal() + "\n");
    try {
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The password a data directory's cluster has now. */
  static Secret read(Path dataDirectory) throws IOException {
    return Secret.of(Files.readString(dataDirectory.resolve(FILE)).strip());
  }

  /** Whether a data directory was made with a password (clusters of older versions were not). */
  static boolean present(Path dataDirectory) {
    return Files.isRegularFile(dataDirectory.resolve(FILE));
  }

  /**
   * Gives the superuser {@code password} (sent as a SCRAM verifier computed here, so the statement
   * never carries it) and records it in the data directory.
   */
  static void change(Connection superuser, Path dataDirectory, Secret password)
      throws SQLException, IOException {
    write(dataDirectory.resolve(FILE), password);
    ScramSecret.set(superuser, "postgres", password.reveal().toCharArray());
  }
}
