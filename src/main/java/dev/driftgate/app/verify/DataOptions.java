package dev.driftgate.app.verify;

import java.nio.file.Path;
import java.util.Map;

/**
 * Whether and how {@code verify} replays the migrations over rows ({@code --data}, issue 18).
 *
 * @param rows rows generated per table; 0 replays over no rows (the check is off)
 * @param seed the seed of the generated rows (the same seed gives the same rows), or null for the
 *     manifest's or the default
 * @param seedScript a data-only script (a {@code pg_dump --data-only}) loaded instead of generated
 *     rows, or null
 * @param estimates production row counts by table ({@code public.orders} or {@code orders}), for
 *     the time estimates of the hazards measured
 */
public record DataOptions(int rows, Long seed, Path seedScript, Map<String, Long> estimates) {
  /** No replay over rows. */
  public static final DataOptions NONE = new DataOptions(0, null, null, Map.of());

  /** The seed when none is given. */
  static final long DEFAULT_SEED = 1;

  public DataOptions {
    estimates = Map.copyOf(estimates);
  }

  /** These options over what the manifest sets for a tier: a row count or seed given here wins. */
  DataOptions over(dev.driftgate.config.DataSetting setting) {
    return new DataOptions(
        rows > 0 ? rows : setting.rows(),
        seed != null ? seed : setting.seed(),
        seedScript,
        estimates);
  }

  long seedOrDefault() {
    return seed == null ? DEFAULT_SEED : seed;
  }

  public boolean enabled() {
    return rows > 0 || seedScript != null;
  }

  /** The production row count the user gave for a table, or null. */
  Long estimate(dev.driftgate.model.QualifiedName table) {
    Long qualified = estimates.get(table.toString());
    return qualified != null || !table.schema().equals("public")
        ? qualified
        : estimates.get(table.name());
  }
}
