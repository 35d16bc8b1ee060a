package dev.driftgate.error;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files a project consists of, strictly as UTF-8: a lenient decoder would turn bad
 * bytes into U+FFFD inside identifiers or literals, and the gate would compare a schema nobody
 * wrote. A file that is missing, binary, not UTF-8 or over its {@link InputLimit} is bad input,
 * reported with the path the user knows it by, never as a stack trace.
 */
public final class InputFiles {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private InputFiles() {}

  /**
   * Reads {@code file}; {@code display} is how messages name it, {@code limit} what it should be
   * and how large it may be.
   */
  public static String readUtf8(Path file, String display, InputLimit limit) {
    return readUtf8(file, display, limit, "");
  }

  /**
   * Reads {@code file}. Errors read "{@code display}: problem{@code suffix}"; the suffix can say,
   * for example, which include led here.
   */
  public static String readUtf8(Path file, String display, InputLimit limit, String suffix) {
    String what = limit.what();
    byte[] bytes;
    try {
      bytes = readAtMost(file, limit, display, suffix);
    } catch (NoSuchFileException e) {
      throw DriftgateException.badInput(display + ": no such file" + suffix);
    } catch (IOException e) {
      throw DriftgateException.badInput(
          display + ": cannot read the file (" + e.getMessage() + ")" + suffix);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw DriftgateException.badInput(display + ": binary file, not " + what + suffix);
      }
    }
    String text = decode(bytes, display, suffix);
    // Editors on Windows like to add a BOM; it is not part of the text.
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /**
   * The file's bytes, reading no more than one byte over the limit: a special file such as {@code
   * /dev/zero} has no size to check first.
   */
  private static byte[] readAtMost(Path file, InputLimit limit, String display, String suffix)
      throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > limit.bytes()) {
      throw limit.refused(display, Files.size(file), suffix);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) limit.bytes() + 1);
      if (bytes.length > limit.bytes()) {
        throw limit.refused(display, -1, suffix);
      }
      return bytes;
    }
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
