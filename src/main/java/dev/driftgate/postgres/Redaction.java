package dev.driftgate.postgres;

import dev.driftgate.config.Secret;

/** The last line of defence: removes a password from text that is about to become a message. */
public final class Redaction {
  private Redaction() {}

  /** {@code text} with every occurrence of the secret replaced by a mask. */
  public static String scrub(String text, Secret secret) {
    if (text == null || !secret.isSet()) {
      return text;
    }
    return text.replace(secret.reveal(), secret.toString());
  }
}
