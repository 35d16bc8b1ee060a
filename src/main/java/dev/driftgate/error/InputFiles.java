package dev.driftgate.error;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files a project consists of. A file that is missing, binary or not UTF-8 is bad
 * input, reported with the path the user knows it by, never as a stack trace.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Reads {@code file} strictly as UTF-8; {@code display} is how messages name it. */
  public static String readUtf8(Path file, String display) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw DriftgateException.badInput(display + ": no such file");
    } catch (IOException e) {
      throw DriftgateException.badInput(display + ": cannot be read (" + e.getMessage() + ")");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw DriftgateException.badInput(
            display + ": binary file, not text (NUL byte at offset " + i + ")");
      }
    }
    return decode(bytes, display);
  }

  private static String decode(byte[] bytes, String display) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(buffer).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (MalformedInputException e) {
      throw DriftgateException.badInput(
          display + ": not valid UTF-8 (byte offset " + buffer.position() + ")");
    } catch (CharacterCodingException e) {
      throw DriftgateException.badInput(display + ": not valid UTF-8");
    }
  }
}
