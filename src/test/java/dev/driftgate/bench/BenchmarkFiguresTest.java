package dev.driftgate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the benchmark reads and summarises figures; it times nothing. */
class BenchmarkFiguresTest {

  @Test
  void peakHeapIsTheLargestHeapBeforeACollectionOrAtExit(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("gc.log");
    Files.writeString(
        log,
        """
        [0.032s][info][gc] Using Serial
        [3.544s][info][gc] GC(0) Pause Young (Allocation Failure) 100M->50M(365M) 323.511ms
        [3.768s][info][gc] GC(1) Pause Full (Ergonomics) 1G->86M(1365M) 190.459ms
        [3.981s][info][gc,heap,exit] Heap
        [3.981s][info][gc,heap,exit]  def new generation   total 116160K, used 19456K [0x0, 0x0)
        [3.981s][info][gc,heap,exit]   eden space 103296K,   6% used [0x0, 0x0, 0x0)
        [3.981s][info][gc,heap,exit]  tenured generation   total 258048K, used 111616K [0x0, 0x0)
        [3.981s][info][gc,heap,exit]  Metaspace       used 9229K, committed 9472K, reserved 1114112K
        [3.981s][info][gc,heap,exit]   class space    used 1130K, committed 1216K, reserved 1048576K
        """);

    GcLog heap = GcLog.parse(log);

    assertThat(heap.peakUsedMib()).isEqualTo(1024.0);
    assertThat(heap.maxAfterGcMib()).isEqualTo(86.0);
    assertThat(heap.collections()).isEqualTo(2);
  }

  @Test
  void withoutCollectionsThePeakIsTheHeapAtExit(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("gc.log");
    Files.writeString(
        log,
        """
        [0.554s][info][gc,heap,exit]  def new generation   total 116160K, used 6144K [0x0, 0x0)
        [0.554s][info][gc,heap,exit]  tenured generation   total 258048K, used 1024K [0x0, 0x0)
        """);

    assertThat(GcLog.parse(log).peakUsedMib()).isEqualTo(7.0);
    assertThat(GcLog.parse(log).collections()).isZero();
  }

  @Test
  void countedPhasesAreSummedUnderOneName() {
    assertThat(VerifyRun.phaseName("tenant migration 3/90 007_add_columns_to_x"))
        .isEqualTo("tenant migration 1..90 (sum)");
    assertThat(VerifyRun.phaseName("tenant setup catalog read"))
        .isEqualTo("tenant setup catalog read");
  }

  @Test
  void spreadsAreMediansAndRangesInTheOrderFiguresFirstAppear() {
    Sample a = new Sample();
    a.millis("start", 1000);
    a.millis("build", 300);
    a.millis("build", 200);
    Sample b = new Sample();
    b.millis("start", 3000);
    b.millis("build", 700);

    List<Spread> spreads = Spread.of(List.of(a, b));

    assertThat(spreads).extracting(Spread::name).containsExactly("start", "build");
    assertThat(spreads.get(0).median()).isCloseTo(2000, within(0.001));
    assertThat(spreads.get(0).rangeText()).isEqualTo("1.00–3.00 s");
    assertThat(spreads.get(1).medianText()).isEqualTo("0.60 s");
  }

  @Test
  void sizesParseWithAndWithoutTheTierCount() {
    assertThat(Options.Size.parse("1000/100")).isEqualTo(new Options.Size(1000, 100, true));
    assertThat(Options.Size.parse("1000/100/1").label())
        .isEqualTo("1,000 tables, 100 migrations, 1 tier");
    assertThat(
            Options.parse(new String[] {"--runs", "2"}).runsFor(new Options.Size(5000, 200, true)))
        .isEqualTo(3);
  }

  @Test
  void aSizeInPgDumpFormHasItsOwnLabelAndDirectory() {
    Options.Size twoTiers = Options.Size.parse("1000/100/pgdump");
    Options.Size oneTier = Options.Size.parse("100/10/1/pgdump");

    assertThat(twoTiers.pgDump()).isTrue();
    assertThat(twoTiers.twoTiers()).isTrue();
    assertThat(twoTiers.label()).isEqualTo("1,000 tables, 100 migrations, 2 tiers, pg_dump form");
    assertThat(twoTiers.directory()).isEqualTo("1000-100-pgdump");
    assertThat(oneTier.twoTiers()).isFalse();
    assertThat(oneTier.directory()).isEqualTo("100-10-1tier-pgdump");
    assertThat(Options.Size.parse("1000/100").pgDump()).isFalse();
  }
}
