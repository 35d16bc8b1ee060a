package dev.driftgate.postgres;

/** Turns exception chains into the one-line messages users see. */
final class Messages {
  private Messages() {}

  /** The innermost cause's message, on one line. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
