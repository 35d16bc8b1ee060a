package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.app.verify.fixscript.FixProof;
import dev.driftgate.app.verify.fixscript.FixScript;
import dev.driftgate.app.verify.fixscript.TierFixes;
import dev.driftgate.config.Tier;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Source;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code verify --fix-script}: the script made of every tier's setup ⇄ migrations fixes, and its
 * proof on a copy of each tier's database. A proof that fails is reported, never thrown: the script
 * is advice, and verify's verdict does not depend on it.
 */
final class FixScripts {
  private FixScripts() {}

  /** A tier after its builds and checks: what its section is made from and proven on. */
  record Built(
      TierInputs tier, BuiltDatabase setup, BuiltDatabase replay, List<CheckResult> checks) {
    /** The database the fixes change: the canonical script's, or on an upgrade path the replay. */
    BuiltDatabase fixed() {
      return tier.upgradePath() ? replay : setup;
    }

    BuiltDatabase target() {
      return tier.upgradePath() ? setup : replay;
    }

    /**
     * Whether the two builds were compared (neither failed, the project has a canonical script).
     */
    boolean compared() {
      return tier.setup() != null && !setup.failed() && !replay.failed();
    }

    TierFixes fixes(Map<String, Tier> tiers) {
      Tier declared = tiers.get(tier.name());
      return new TierFixes(
          tier.name(),
          declared == null ? null : declared.database(),
          checks.stream()
              .filter(c -> c.check() == Check.SETUP_VS_MIGRATIONS)
              .flatMap(c -> c.findings().stream())
              .toList(),
          fixed().catalog());
    }
  }

  /** The script, and one line per tier saying whether it applies and converges. */
  record Proven(FixScript script, List<FixProof.Result> results) {
    List<String> notes() {
      return results.stream().map(FixProof.Result::message).toList();
    }
  }

  static Proven prove(List<Built> builds, Map<String, Tier> tiers, FixProof proof, String file) {
    FixScript script =
        FixScript.of(builds.stream().filter(Built::compared).map(b -> b.fixes(tiers)).toList());
    List<FixProof.Result> results = new ArrayList<>();
    for (Built b : builds) {
      if (b.compared() && script.fixes(b.tier().name())) {
        results.add(prove(script, b, proof, file));
      }
    }
    return new Proven(script, results);
  }

  private static FixProof.Result prove(FixScript script, Built b, FixProof proof, String file) {
    Source fixed = b.tier().upgradePath() ? Source.MIGRATIONS : Source.SETUP;
    Source target = b.tier().upgradePath() ? Source.SETUP : Source.MIGRATIONS;
    try {
      return proof.prove(
          script,
          file,
          b.tier().name(),
          b.fixed().name(),
          new CatalogDiff.Side(fixed, b.fixed().catalog(), b.fixed().provenance()),
          new CatalogDiff.Side(target, b.target().catalog(), b.target().provenance()));
    } catch (SQLException | RuntimeException e) {
      return new FixProof.Result(
          b.tier().name(),
          false,
          "fix script, tier " + b.tier().name() + ": could not be proven: " + e.getMessage());
    }
  }
}
