package dev.driftgate.app.diff;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.DatabaseBuilder;
import dev.driftgate.app.build.ReplayStart;
import dev.driftgate.app.build.Runs;
import dev.driftgate.app.build.SetupSections;
import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.config.Manifest;
import dev.driftgate.config.Tier;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.model.Provenance;
import dev.driftgate.postgres.ExternalServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns one {@link DiffSource} into a comparable model per tier. */
final class DiffSides {
  private DiffSides() {}

  /**
   * One tier of one side.
   *
   * @param database the database the tier lives in, for pairing with a live database, or null
   * @param failure why the side could not be built, or null
   */
  record TierSide(String tier, String database, CatalogDiff.Side side, Finding failure) {}

  /** Reads what needs no database (scripts, migrations) so that bad input fails early. */
  static List<TierInputs> inputs(DiffSource source) {
    if (source instanceof DiffSource.Script script) {
      Manifest manifest = script.tiers();
      java.nio.file.Path file = script.file().toAbsolutePath().normalize();
      Map<String, List<List<dev.driftgate.sqlscript.Statement>>> sections =
          SetupSections.sessions(manifest, file.getParent(), file);
      return manifest.tiers().values().stream()
          .map(t -> new TierInputs(t.name(), sections.get(t.name()), null, List.of(), false))
          .toList();
    }
    if (source instanceof DiffSource.Migrations migrations) {
      return VerifyInputs.read(migrations.project(), new ReplayStart.Baselines()).tiers();
    }
    return List.of();
  }

  static List<TierSide> built(
      DiffSource source, List<TierInputs> inputs, DatabaseBuilder builder, Map<String, Tier> tiers)
      throws SQLException {
    List<TierSide> sides = new ArrayList<>();
    for (TierInputs tier : inputs) {
      BuiltDatabase db =
          source instanceof DiffSource.Migrations ? builder.replay(tier) : builder.setup(tier);
      Tier declared = tiers.get(tier.name());
      sides.add(
          new TierSide(
              tier.name(),
              declared == null ? null : declared.database(),
              new CatalogDiff.Side(source.source(), db.catalog(), db.provenance()),
              db.failure()));
    }
    return sides;
  }

  /** Reads a live database through a connection that cannot write. */
  static TierSide live(DiffSource.Live live, String password) {
    ExternalServer server = ExternalServer.connect(live.jdbcUrl(), password);
    try (Connection c = server.connectReadOnly(live.database())) {
      return new TierSide(
          live.database(),
          live.database(),
          new CatalogDiff.Side(live.source(), CatalogReader.read(c), Provenance.NONE),
          null);
    } catch (SQLException e) {
      throw DriftgateException.infrastructure(
          "cannot read the catalog of "
              + server.jdbcUrl(live.database())
              + ": "
              + Runs.firstLine(e),
          e);
    }
  }
}
