package dev.driftgate.config;

import dev.driftgate.error.DriftgateException;
import java.util.regex.Pattern;

/**
 * The names driftgate accepts for tenant slugs and databases (SPEC §6 security): lower-case
 * letters, digits and underscores, so that no name can smuggle SQL, a path or a second line into
 * anything. Identifiers are quoted in SQL all the same.
 */
public final class DatabaseNames {
  public static final Pattern SLUG = Pattern.compile("[a-z0-9_]{1,50}");
  public static final Pattern DATABASE = Pattern.compile("[a-z0-9_]{1,63}");

  private DatabaseNames() {}

  /** Returns {@code name} if it is a valid database name; {@code what} says where it came from. */
  public static String check(String what, String name) {
    if (name == null || !DATABASE.matcher(name).matches()) {
      throw DriftgateException.badInput(
          what
              + ": database name "
              + Printable.of(String.valueOf(name))
              + " must match ^[a-z0-9_]{1,63}$ (lower-case letters, digits, underscores)");
    }
    return name;
  }

  /** Returns {@code slug} if it is a valid tenant slug; {@code what} says where it came from. */
  public static String checkSlug(String what, String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw DriftgateException.badInput(
          what
              + ": tenant slug "
              + Printable.of(String.valueOf(slug))
              + " must match ^[a-z0-9_]{1,50}$ (lower-case letters, digits, underscores)");
    }
    return slug;
  }
}
