package dev.driftgate.zoo;

import java.util.Map;

/**
 * The zoo scenarios whose fix script cannot converge, and why: the test checks that they indeed do
 * not, so that a scenario that becomes fixable leaves the list.
 */
final class Unfixable {
  private Unfixable() {}

  static final Map<String, String> REASONS = Map.ofEntries();
}
