package dev.driftgate.bench;

import dev.driftgate.testing.Projects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's entry point ({@code bench/run}): for each size, generates a synthetic project and
 * times {@code verify} against the floor; prints the Markdown and writes it to {@code
 * docs/benchmark.md}.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws IOException, SQLException {
    if (args.length > 0 && args[0].equals("audit")) {
      AuditBench.main(List.of(args).subList(1, args.length));
      return;
    }
    if (List.of(args).contains("--help")) {
      System.out.println(Options.USAGE);
      return;
    }
    boolean cache = List.of(args).contains("--cache");
    Options options =
        Options.parse(
            List.of(args).stream().filter(a -> !a.equals("--cache")).toArray(String[]::new));
    Path repo = Projects.milestone();
    Path work = Files.createDirectories(repo.resolve("target/bench"));
    if (cache) {
      CacheBench bench = new CacheBench(repo.resolve("driftgate"), options, System.out);
      for (Options.Size size : options.sizes()) {
        if (!size.repository()) {
          bench.run(size, work);
        }
      }
      return;
    }
    Machine machine = Machine.describe(work);
    System.out.printf(
        "%s, %d cores, %s; %s; %s%n",
        machine.cpu(), machine.cores(), machine.memory(), machine.java(), machine.psql());
    SizeBench bench =
        new SizeBench(
            new VerifyRun(
                repo.resolve("driftgate"),
                options.dataRows() > 0
                    ? List.of("--data", Integer.toString(options.dataRows()))
                    : List.of()),
            options,
            System.out,
            repo);
    List<SizeBench.Result> results = new ArrayList<>();
    boolean warmup = options.warmup();
    for (Options.Size size : options.sizes()) {
      results.add(bench.run(size, work, warmup));
      warmup = false;
    }
    String command = ("bench/run " + String.join(" ", args)).trim();
    String markdown = BenchmarkDoc.render(machine, command, results);
    System.out.println();
    System.out.println(markdown);
    if (options.doc() != null) {
      Path doc = repo.resolve(options.doc());
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, markdown, StandardCharsets.UTF_8);
      System.out.println("written to " + doc);
    }
  }
}
