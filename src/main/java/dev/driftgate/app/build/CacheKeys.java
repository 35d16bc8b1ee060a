package dev.driftgate.app.build;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.sqlscript.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The keys of replay states: a hash of everything that determines a database built from scripts —
 * driftgate's and the server's versions, how scripts run, and every statement with its text, place
 * and lexing setting (places matter: blame reports them). A migration's state key chains the key of
 * the state before it, so a changed migration changes the keys of every state after it.
 */
final class CacheKeys {
  private final String salt;

  /** {@code salt}: what every key depends on besides the scripts (versions, script policy). */
  CacheKeys(String salt) {
    this.salt = salt;
  }

  /** Whether {@code other} gives every key this gives (the same versions and script policy). */
  boolean sameAs(CacheKeys other) {
    return salt.equals(other.salt);
  }

  /** The state of a tier's canonical script, built. */
  String setup(TierInputs tier) {
    Digest d = new Digest().add("setup").add(salt).add(tier.name());
    tier.setup().forEach(session -> d.add("session").add(session));
    return d.hex();
  }

  /** The state of a tier's replay before its first migration: the baseline applied. */
  String baseline(TierInputs tier) {
    Digest d = new Digest().add("baseline").add(salt).add(tier.name());
    if (tier.baseline() != null) {
      d.add(tier.baseline().file());
      tier.baseline().sessions().forEach(session -> d.add("session").add(session));
    }
    return d.hex();
  }

  /** The state after {@code migration} is applied to the state {@code before}. */
  String after(String before, MigrationScript migration) {
    return migration(new Digest().add("after").add(before), migration).hex();
  }

  /**
   * The keys of a tier's replay: {@code get(0)} the baseline applied, {@code get(i)} the state
   * after its i-th migration.
   */
  List<String> chain(TierInputs tier) {
    List<String> chain = new java.util.ArrayList<>();
    chain.add(baseline(tier));
    for (MigrationScript m : tier.migrations()) {
      chain.add(after(chain.get(chain.size() - 1), m));
    }
    return chain;
  }

  /** A migration probed on a fresh install of the canonical script's state {@code setupKey}. */
  String freshInstall(String setupKey, MigrationScript migration) {
    return migration(new Digest().add("fresh-install").add(setupKey), migration).hex();
  }

  private static Digest migration(Digest d, MigrationScript m) {
    return d.add(m.name())
        .add(m.file())
        .add(m.checksum())
        .add(Boolean.toString(m.once()))
        .add(m.statements());
  }

  /** SHA-256 over length-prefixed parts, so that no two sequences of parts collide by joining. */
  private static final class Digest {
    private final MessageDigest sha;

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }

    Digest add(String part) {
      byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
      sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(bytes);
      return this;
    }

    Digest add(List<Statement> statements) {
      for (Statement s : statements) {
        add(s.sql())
            .add(s.location().toString())
            .add(s.kind().name())
            .add(Boolean.toString(s.standardStrings()))
            .add(s.copyData() == null ? "-" : "+" + s.copyData());
      }
      return this;
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
