package dev.driftgate.config;

/**
 * What a layout does to a migration's text before it is lexed: nothing for the manifest layout,
 * placeholder replacement for Flyway. It must keep the line count, so that every statement keeps
 * the line it has in the file.
 */
@FunctionalInterface
public interface ScriptText {
  /** The text as it is run; a bad-input error naming {@code display:line} when it cannot be. */
  String prepare(String display, String text);

  /** Scripts run as they are written. */
  ScriptText VERBATIM = (display, text) -> text;
}
