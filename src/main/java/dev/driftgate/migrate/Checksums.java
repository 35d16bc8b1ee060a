package dev.driftgate.migrate;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The SHA-256 checksums the ledger records for a migration file. A checkout's line endings are not
 * part of the migration: git with {@code core.autocrlf} hands Windows users CRLF files, and a
 * checksum over the raw bytes made every applied migration "changed" there. So the checksum is
 * taken over the bytes with CRLF turned into LF and a leading UTF-8 byte-order mark dropped (the
 * reader drops it too). A lone CR stays: no checkout produces one, and inside a literal it is data.
 */
final class Checksums {
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Checksums() {}

  /** The checksum the ledger records now. */
  static String of(byte[] file) {
    return sha256(normalised(file));
  }

  /**
   * What ledgers written before line endings were normalised may hold for the same file: the
   * checksum of its raw bytes, and of its CRLF spelling (applied from a Windows checkout, now run
   * from an LF one).
   */
  static Set<String> former(byte[] file) {
    Set<String> former = new LinkedHashSet<>();
    former.add(sha256(file));
    former.add(sha256(crlf(normalised(file))));
    former.remove(of(file));
    return former;
  }

  static byte[] normalised(byte[] file) {
    int start = startsWithBom(file) ? BOM.length : 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
    for (int i = start; i < file.length; i++) {
      if (!(file[i] == CR && i + 1 < file.length && file[i + 1] == LF)) {
        out.write(file[i]);
      }
    }
    return out.toByteArray();
  }

  private static byte[] crlf(byte[] lf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(lf.length + lf.length / 16);
    for (byte b : lf) {
      if (b == LF) {
        out.write(CR);
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  private static boolean startsWithBom(byte[] file) {
    return file.length >= BOM.length && file[0] == BOM[0] && file[1] == BOM[1] && file[2] == BOM[2];
  }

  /** The SHA-256 of bytes as they are (a digest of digests, for a migration with parts). */
  static String ofBytes(byte[] bytes) {
    return sha256(bytes);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
