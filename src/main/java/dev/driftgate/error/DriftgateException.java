package dev.driftgate.error;

/**
 * The one exception root of driftgate. It means the run could not happen; drift is never an
 * exception. The message is a single line meant for the user: what, where, and how to fix it. It
 * must never contain a password.
 */
public class DriftgateException extends RuntimeException {
  private final ErrorCode code;

  public DriftgateException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public DriftgateException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  public static DriftgateException badInput(String message) {
    return new DriftgateException(ErrorCode.BAD_INPUT, message);
  }

  public static DriftgateException infrastructure(String message, Throwable cause) {
    return new DriftgateException(ErrorCode.INFRASTRUCTURE, message, cause);
  }
}
