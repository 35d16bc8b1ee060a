package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.diff.Finding;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} with an entity source or class directory as either side (SPEC §6). */
class DiffEntitiesTest {
  private static final String ITEM =
      "package shop; import jakarta.persistence.*; @Entity @Table(name = \"items\")"
          + " public class Item { @Id Integer id; @Column(nullable = false, length = 80) String name;"
          + " @Column(length = 20) String sku; }";

  @TempDir Path dir;

  @Test
  void anEntitySourceDirectoryOnTheLeftIsCheckedWithTheEntityRules() {
    Path script = script("CREATE TABLE items (id integer PRIMARY KEY, name varchar(80) NOT NULL);");
    Projects.write(dir, "entities/shop/Item.java", ITEM);

    Report report =
        new Diff(TestPostgres::server, null)
            .run(dir.resolve("entities").toString(), script.toString(), null);

    assertThat(report.findings())
        .extracting(f -> f.severity().id() + " " + f.kind().id() + " " + f.object())
        .containsExactly("error column.missing public.items.sku");
    Finding missing = report.findings().get(0);
    assertThat(missing.fix().toString()).contains("ALTER TABLE public.items ADD COLUMN sku");
  }

  @Test
  void aClassDirectoryOnTheRightAgainstAScriptThatMatches() throws Exception {
    Path script =
        script(
            "CREATE TABLE items (id integer PRIMARY KEY, name varchar(80) NOT NULL,"
                + " sku varchar(20), note text);");
    Projects.write(dir, "src/shop/Item.java", ITEM);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    int code =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                dir.resolve("src/shop/Item.java").toString());
    assertThat(code).isZero();

    Report report =
        new Diff(TestPostgres::server, null).run(script.toString(), classes.toString(), null);

    assertThat(report.findings())
        .extracting(f -> f.severity().id() + " " + f.kind().id() + " " + f.object())
        .containsExactly("info column.unmapped public.items.note");
  }

  @Test
  void twoEntityDirectoriesAreBadInput() {
    Projects.write(dir, "a/shop/Item.java", ITEM);
    Projects.write(dir, "b/shop/Item.java", ITEM);

    assertThatThrownBy(
            () ->
                new Diff(TestPostgres::server, null)
                    .run(dir.resolve("a").toString(), dir.resolve("b").toString(), null))
        .isInstanceOf(DriftgateException.class)
        .hasMessageContaining("not with other entities");
  }

  private Path script(String sql) {
    Projects.write(dir, "schema.sql", sql + "\n");
    return dir.resolve("schema.sql");
  }
}
