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
   * Reads {@code file}. Errors read "{@code display}: problem{@code suffix}", where the suffix says
   * which include led here, if any.
   */
  static String read(Path file, String display, String suffix) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw DriftgateException.badInput(
          display + ": cannot read the file (" + e.getMessage() + ")" + suffix);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw DriftgateException.badInput(display + ": binary file, not an SQL script" + suffix);
      }
    }
    String text = decode(bytes, display, suffix);
    // Editors on Windows like to add a BOM; psql would send it as part of the first statement.
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static String decode(byte[] bytes, String display, String suffix) {
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
          display + ": not valid UTF-8 (byte offset " + in.position() + ")" + suffix);
    }
    return out.flip().toString();
  }
}
