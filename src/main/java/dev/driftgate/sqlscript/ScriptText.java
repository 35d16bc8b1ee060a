package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a script file as strict UTF-8. A lenient decoder would turn bad bytes into U+FFFD inside
 * identifiers or literals, and the gate would then compare a schema the author never wrote.
 */
final class ScriptText {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private ScriptText() {}

  /**
   * Reads {@code file}; {@code where} names it in errors ("path" or "path (included from ...)").
   */
  static String read(Path file, String where) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw DriftgateException.badInput(where + ": cannot read the file (" + e.getMessage() + ")");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw DriftgateException.badInput(where + ": binary file, not an SQL script");
      }
    }
    String text = decode(bytes, where);
    // Editors on Windows like to add a BOM; psql would send it as part of the first statement.
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static String decode(byte[] bytes, String where) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw DriftgateException.badInput(
          where + ": not valid UTF-8 (byte offset " + in.position() + ")");
    }
    return out.flip().toString();
  }
}
