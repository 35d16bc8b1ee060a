package dev.driftgate.app.audit;

import dev.driftgate.migrate.Ledger;
import dev.driftgate.model.Catalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What an audit read from one live database: its ledger (null when it has none) and its catalog
 * (driftgate's own schema is never part of it), with the catalog's fingerprint.
 */
record LiveState(Map<String, Ledger.Entry> ledger, Catalog catalog, String fingerprint) {

  static LiveState of(Map<String, Ledger.Entry> ledger, Catalog catalog) {
    return new LiveState(ledger, catalog, fingerprint(catalog));
  }

  /**
   * The SHA-256 of the catalog model's text: the model is made of records and sorted maps, so equal
   * catalogs print equal text, and the text holds no oid or other trace of the database it came
   * from.
   */
  static String fingerprint(Catalog catalog) {
    return sha256(catalog.toString());
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
