package dev.driftgate.app.verify;

import dev.driftgate.app.build.CachedAnswers;
import dev.driftgate.app.build.Stopwatch;
import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.postgres.ServerInfo;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import dev.driftgate.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report of a verify, whether its databases were built on a server or kept by the cache. */
final class VerifyReport {
  private VerifyReport() {}

  static Report of(
      Path projectDir,
      ServerInfo server,
      List<CheckResult> checks,
      List<String> notes,
      Stopwatch stopwatch,
      long start) {
    return new Report(
        "verify",
        projectDir.toString(),
        server.mode(),
        server.version(),
        checks,
        notes,
        stopwatch.timings(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The report of a run whose every build the replay-state cache kept whole: the same checks, over
   * the databases as the cache's files hold them, and no server.
   */
  static Report answered(
      CachedAnswers answers,
      List<CachedAnswers.Tier> built,
      VerifyInputs inputs,
      EntityVerification entities,
      Path projectDir,
      Stopwatch stopwatch,
      long start) {
    List<Comparisons> comparing = new ArrayList<>();
    for (int i = 0; i < inputs.tiers().size(); i++) {
      CachedAnswers.Tier tier = built.get(i);
      comparing.add(
          Comparisons.start(inputs.tiers().get(i), tier.setup(), tier.replay(), entities));
    }
    List<CheckResult> checks = new ArrayList<>();
    comparing.forEach(c -> checks.addAll(c.all()));
    checks.add(hygiene(inputs));
    List<String> notes = notes(inputs.notes(), entities.notes(), null);
    notes.add(answers.note(inputs.tiers().size()));
    return of(projectDir, answers.server(), checks, notes, stopwatch, start);
  }

  static CheckResult hygiene(VerifyInputs inputs) {
    int count = inputs.project().manifest().migrations().size();
    String summary =
        inputs.project().registry() == null
            ? count + " migrations found by their names, every file present"
            : count + " migrations listed, every file registered";
    return new CheckResult(
        ManifestHygiene.TIER, Check.MANIFEST, ManifestHygiene.check(inputs), null, summary, 0);
  }

  static List<String> notes(List<String> first, List<String> second, FixScripts.Proven fixes) {
    List<String> notes = new ArrayList<>(first);
    notes.addAll(second);
    if (fixes != null) {
      notes.addAll(fixes.notes());
    }
    return notes;
  }
}
