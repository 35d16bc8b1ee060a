package dev.driftgate.config;

/**
 * A tier's replay over rows as the manifest sets it ({@code data: { rows: 1000, seed: 7 }} under
 * {@code defaults:} or a tier): {@code verify} replays its migrations over that many generated rows
 * per table. {@code verify --data} and {@code --data-seed} override it.
 *
 * @param rows rows per table; 0 for no replay over rows
 * @param seed the seed of the generated rows, or null for the default
 */
public record DataSetting(int rows, Long seed) {
  public static final DataSetting NONE = new DataSetting(0, null);
}
