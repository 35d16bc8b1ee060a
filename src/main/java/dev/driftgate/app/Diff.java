package dev.driftgate.app;

import dev.driftgate.app.DiffSides.TierSide;
import dev.driftgate.app.VerifyInputs.TierInputs;
import dev.driftgate.config.Tier;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.model.Mapping;
import dev.driftgate.postgres.ExternalServer;
import dev.driftgate.postgres.PostgresServer;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code diff LEFT RIGHT} (SPEC §6): compares any two of a SQL script, a migrations directory and a
 * live database, tier by tier, or one of them with an entity directory ({@link DiffEntities}). A
 * live database is opened read-only; scripts and migrations are built in scratch databases of the
 * run's own server, which starts only if one is needed.
 */
public final class Diff {
  private final ServerProvider servers;
  private final String password;

  /**
   * @param password the password for live databases whose URL carries none (DB_PASSWORD), or null
   */
  public Diff(ServerProvider servers, String password) {
    this.servers = servers;
    this.password = password;
  }

  /** Compares; {@code tier} picks the tier of a multi-tier side, or is null. */
  public Report run(String leftArgument, String rightArgument, String tier) {
    long start = System.nanoTime();
    DiffSource left = DiffSource.of(leftArgument);
    DiffSource right = DiffSource.of(rightArgument);
    if (left instanceof DiffSource.Entities && right instanceof DiffSource.Entities) {
      throw DriftgateException.badInput(
          "diff compares entities with a database side (a SQL script, migrations or a live"
              + " database), not with other entities");
    }
    boolean entities = left instanceof DiffSource.Entities || right instanceof DiffSource.Entities;
    Mapping mapping =
        left instanceof DiffSource.Entities e
            ? DiffEntities.load(e)
            : right instanceof DiffSource.Entities e ? DiffEntities.load(e) : null;
    List<TierInputs> leftInputs = DiffSides.inputs(left);
    List<TierInputs> rightInputs = DiffSides.inputs(right);
    Sides sides = sides(left, leftInputs, right, rightInputs);
    List<CheckResult> checks =
        entities
            ? DiffEntities.compare(
                mapping, sides.left().isEmpty() ? sides.right() : sides.left(), tier)
            : compare(TierPairs.of(sides.left(), sides.right(), tier));
    String note =
        "compared "
            + ExternalServer.redact(leftArgument)
            + " (left) with "
            + ExternalServer.redact(rightArgument)
            + (entities
                ? " with the entity rules; fixes change the database to match the entities"
                : " (right); fixes change the left side to match the right");
    return new Report(
        "diff",
        left instanceof DiffSource.Script s
            ? String.valueOf(s.file().toAbsolutePath().getParent())
            : ".",
        sides.mode(),
        sides.version(),
        checks,
        List.of(note),
        List.of(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Both sides built or read, and the server that did it ("live" when none was needed). */
  private record Sides(List<TierSide> left, List<TierSide> right, String mode, String version) {}

  private Sides sides(
      DiffSource left,
      List<TierInputs> leftInputs,
      DiffSource right,
      List<TierInputs> rightInputs) {
    try {
      if (leftInputs.isEmpty() && rightInputs.isEmpty()) {
        return new Sides(
            side(left, leftInputs, null), side(right, rightInputs, null), "live", null);
      }
      try (PostgresServer server = servers.start();
          ScratchDatabases databases = new ScratchDatabases(server, true)) {
        DatabaseBuilder builder =
            new DatabaseBuilder(
                databases,
                Runs.template(server, databases),
                new Stopwatch(Progress.NONE),
                RunLimits.DEFAULTS.startingNow());
        return new Sides(
            side(left, leftInputs, builder),
            side(right, rightInputs, builder),
            server.info().mode(),
            server.info().version());
      }
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(
          "PostgreSQL failed during the build: " + Runs.firstLine(e), e);
    }
  }

  private List<TierSide> side(DiffSource source, List<TierInputs> inputs, DatabaseBuilder builder)
      throws SQLException {
    if (source instanceof DiffSource.Live live) {
      return List.of(DiffSides.live(live, password));
    }
    if (source instanceof DiffSource.Entities) {
      return List.of();
    }
    Map<String, Tier> tiers =
        source instanceof DiffSource.Script script ? script.tiers().tiers() : Map.of();
    return DiffSides.built(source, inputs, builder, tiers);
  }

  private static List<CheckResult> compare(List<TierPairs.Pair> pairs) {
    List<CheckResult> checks = new ArrayList<>();
    for (TierPairs.Pair p : pairs) {
      List<Finding> failures = new ArrayList<>();
      Optional.ofNullable(p.left().failure()).ifPresent(failures::add);
      Optional.ofNullable(p.right().failure()).ifPresent(failures::add);
      if (!failures.isEmpty()) {
        checks.add(
            new CheckResult(p.name(), Check.DIFF, failures, null, "a side did not build", 0));
        continue;
      }
      List<Finding> findings = CatalogDiff.compare(p.name(), p.left().side(), p.right().side());
      checks.add(
          new CheckResult(
              p.name(),
              Check.DIFF,
              findings,
              null,
              p.left().side().catalog().tables().size() + " tables compared, no differences",
              0));
    }
    return checks;
  }

  static String names(List<TierSide> sides) {
    return sides.stream().map(TierSide::tier).collect(Collectors.joining(", "));
  }
}
