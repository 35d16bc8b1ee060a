package dev.driftgate.postgres;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Keeps the caller's environment (a CI job's secrets) out of the embedded server (SPEC §7). zonky
 * starts {@code pg_ctl} with the JVM's environment and offers no way to change it, so driftgate
 * puts a small shell script in {@code pg_ctl}'s place in the unpacked binaries: it runs the real
 * {@code pg_ctl} (kept beside it) under {@code env -i} with the locale and time zone only, and the
 * postmaster inherits nothing else. {@code pg_ctl} still finds {@code postgres} beside itself.
 */
final class ServerEnvironment {
  /** The variables a server may see: the locale (so clusters keep their encoding) and TZ. */
  static final List<String> PASSED =
      List.of(
          "LANG",
          "LANGUAGE",
          "LC_ALL",
          "LC_CTYPE",
          "LC_COLLATE",
          "LC_MESSAGES",
          "LC_MONETARY",
          "LC_NUMERIC",
          "LC_TIME",
          "TZ");

  private static final String REAL = ".driftgate-real";
  private static final String MARK = "# driftgate: minimal environment";

  private ServerEnvironment() {}

  /**
   * Wraps {@code pg_ctl} in every unpacked set of binaries under {@code unpacked} that is not
   * wrapped yet; called before each postmaster start, after zonky has unpacked its binaries.
   */
  static void wrapAll(Path unpacked) {
    try (Stream<Path> dirs = Files.list(unpacked)) {
      for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("PG-")).toList()) {
        Path pgCtl = dir.resolve("bin/pg_ctl");
        if (Files.isRegularFile(pgCtl) && !wrapped(pgCtl)) {
          wrap(pgCtl);
        }
        keepUnpacked(dir);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot start PostgreSQL with a minimal environment: " + Messages.oneLine(e), e);
    }
  }

  /** The environment of a helper process driftgate starts itself: the same variables only. */
  static void restrict(Map<String, String> environment) {
    Map<String, String> kept = new TreeMap<>();
    PASSED.forEach(name -> copy(environment, kept, name));
    environment.clear();
    environment.putAll(kept);
    environment.put("PATH", "/usr/bin:/bin");
  }

  private static void copy(Map<String, String> from, Map<String, String> to, String name) {
    if (from.containsKey(name)) {
      to.put(name, from.get(name));
    }
  }

  /**
   * zonky unpacks its binaries again, over the ones a running server uses, whenever anything in
   * their directory is newer than its {@code .exists} marker: the wrapped {@code pg_ctl} is, so the
   * marker is made as new as the wrap (one run in two unpacked for 2 s before it was).
   */
  static void keepUnpacked(Path dir) throws IOException {
    Path marker = dir.resolve(".exists");
    if (!Files.isRegularFile(marker)) {
      return; // an unpacking that did not finish: zonky unpacks again, and rightly so
    }
    FileTime newest = newest(dir);
    if (Files.getLastModifiedTime(marker).compareTo(newest) < 0) {
      FileTime now = FileTime.fromMillis(System.currentTimeMillis());
      Files.setLastModifiedTime(marker, now.compareTo(newest) > 0 ? now : newest);
    }
  }

  /** Whether zonky finished unpacking {@code dir}: its marker is as new as anything in it. */
  static boolean unpackedWhole(Path dir) throws IOException {
    Path marker = dir.resolve(".exists");
    return Files.isRegularFile(marker)
        && Files.getLastModifiedTime(marker).compareTo(newest(dir)) >= 0;
  }

  /** The newest modification time of a directory of binaries and its entries, its marker aside. */
  private static FileTime newest(Path dir) throws IOException {
    FileTime newest = Files.getLastModifiedTime(dir);
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry :
          entries.filter(e -> !e.getFileName().toString().equals(".exists")).toList()) {
        FileTime modified = Files.getLastModifiedTime(entry);
        newest = modified.compareTo(newest) > 0 ? modified : newest;
      }
    }
    return newest;
  }

  private static boolean wrapped(Path pgCtl) throws IOException {
    try (Stream<String> lines = Files.lines(pgCtl, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      return lines.limit(2).anyMatch(MARK::equals);
    }
  }

  /**
   * The real binary gets a second name first (a hard link: another run that wraps at the same
   * moment finds it and stops there), then the script replaces {@code pg_ctl} in one rename, so a
   * concurrent start runs either the binary or the script, both whole.
   */
  private static void wrap(Path pgCtl) throws IOException {
    Path real = pgCtl.resolveSibling("pg_ctl" + REAL);
    try {
      Files.createLink(real, pgCtl);
    } catch (FileAlreadyExistsException e) {
      // another run is wrapping it, or did: its script replaces pg_ctl in one rename
    }
    Path script = Files.createTempFile(pgCtl.getParent(), "pg_ctl", ".tmp");
    Files.writeString(script, script());
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    try {
      Files.move(script, pgCtl, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(script, pgCtl, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String script() {
    StringBuilder passed = new StringBuilder();
    for (String name : PASSED) {
      passed.append(" ${").append(name).append("+\"").append(name).append("=$").append(name);
      passed.append("\"}");
    }
    return "#!/bin/sh\n"
        + MARK
        + " (the caller's variables, CI secrets among them, never reach the server)\n"
        + "exec /usr/bin/env -i PATH=/usr/bin:/bin"
        + passed
        + " \"$0"
        + REAL
        + "\" \"$@\"\n";
  }
}
