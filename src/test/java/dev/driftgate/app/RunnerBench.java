package dev.driftgate.app;

import dev.driftgate.testing.Cli.Run;
import dev.driftgate.testing.MultiTenantProject;
import dev.driftgate.testing.RunnerEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Figures, not a test: the wall time of {@code migrate --all} fanning a five-statement migration
 * out to 200 tenant databases, and of eight concurrent {@code migrate --all} runs (the scenario of
 * {@link RunnerSafetyTest}). Run it as the README's Development section shows; arguments: tenants
 * (200) and parallelism (8).
 */
public final class RunnerBench {
  private RunnerBench() {}

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    fanOut(tenants, parallel);
    concurrency();
  }

  private static void fanOut(int tenants, int parallel) throws Exception {
    Path dir = Files.createTempDirectory("driftgate-bench");
    try (RunnerEnv env = new RunnerEnv()) {
      MultiTenantProject project = new MultiTenantProject(dir, env);
      project.provision("t000");
      long cloning = System.nanoTime();
      for (int i = 1; i < tenants; i++) {
        String slug = String.format(Locale.ROOT, "t%03d", i);
        project.cloneTenant("t000", slug);
      }
      System.out.printf(
          Locale.ROOT, "setup: %d tenant databases cloned in %.1f s%n", tenants, seconds(cloning));
      project.addMigration("add_widgets", "tenant", MultiTenantRunnerTest.WIDGETS);
      long start = System.nanoTime();
      Run run = project.cli("migrate", "--all", "--parallel", String.valueOf(parallel));
      double wall = seconds(start);
      List<String> lines = run.out().lines().toList();
      System.out.println("fan-out: " + lines.get(lines.size() - 1) + " (exit " + run.code() + ")");
      System.out.printf(
          Locale.ROOT,
          "fan-out: migrate --all --parallel %d to %d tenants: %.2f s wall%n",
          parallel,
          tenants,
          wall);
    }
  }

  private static void concurrency() throws Exception {
    Path dir = Files.createTempDirectory("driftgate-bench");
    try (RunnerEnv env = new RunnerEnv()) {
      MultiTenantProject project = new MultiTenantProject(dir, env);
      project.provision("acme", "globex", "initech");
      project.addMigration("count_master", "master", RunnerSafetyTest.COUNTED);
      project.addMigration("count_tenant", "tenant", RunnerSafetyTest.COUNTED);
      long start = System.nanoTime();
      List<Run> runs = RunnerSafetyTest.concurrently(project, 8);
      double wall = seconds(start);
      long ok = runs.stream().filter(r -> r.code() == 0).count();
      System.out.printf(
          Locale.ROOT,
          "concurrency: 8 concurrent migrate --all on master + 3 tenants: %.2f s wall, %d of 8 exit 0%n",
          wall,
          ok);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
