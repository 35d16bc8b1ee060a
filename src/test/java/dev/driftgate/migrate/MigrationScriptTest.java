package dev.driftgate.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.config.ManifestReader;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration's parts, the files it pulls in with {@code \i}, belong to it: they are listed, they
 * count in its checksum, and they are not migrations of their own.
 */
class MigrationScriptTest {
  @TempDir Path root;

  @Test
  void aMigrationWithoutIncludesKeepsTheChecksumOfItsFile() throws Exception {
    write("migrations/manifest.yaml", "migrations:\n  - name: plain\n");
    write("migrations/plain.sql", "CREATE TABLE IF NOT EXISTS t (id int);\n");
    MigrationScript plain = load("plain");
    assertThat(plain.checksum()).isEqualTo(sha256(Files.readAllBytes(file("plain"))));
    assertThat(plain.parts()).containsExactly(file("plain"));
  }

  @Test
  void theChecksumOfAMigrationWithPartsCoversEachPartInIncludeOrder() throws Exception {
    write("migrations/manifest.yaml", "migrations:\n  - name: upgrade\n");
    write("migrations/upgrade.sql", "\\i parts/a.sql\n\\i b.sql\n");
    write("migrations/parts/a.sql", "CREATE TABLE IF NOT EXISTS a (id int);\n");
    write("migrations/b.sql", "CREATE TABLE IF NOT EXISTS b (id int);\n");
    MigrationScript upgrade = load("upgrade");
    assertThat(upgrade.parts())
        .containsExactly(
            file("upgrade"),
            root.resolve("migrations/parts/a.sql"),
            root.resolve("migrations/b.sql"));
    assertThat(upgrade.statements()).hasSize(2);
    assertThat(upgrade.checksum())
        .isEqualTo(
            sha256(
                concat(
                    digest(file("upgrade")),
                    digest(root.resolve("migrations/parts/a.sql")),
                    digest(root.resolve("migrations/b.sql")))))
        .isEqualTo(MigrationScript.checksumOf(root, file("upgrade")))
        .isNotEqualTo(MigrationScript.checksumOf(file("upgrade")));

    write("migrations/parts/a.sql", "CREATE TABLE IF NOT EXISTS a (id bigint);\n");
    assertThat(load("upgrade").checksum()).isNotEqualTo(upgrade.checksum());
  }

  @Test
  void lintDoesNotCallAPartAnUnregisteredMigration() throws Exception {
    write("migrations/manifest.yaml", "migrations:\n  - name: upgrade\n");
    write("migrations/upgrade.sql", "\\i parts/a.sql\n\\i b.sql\n");
    write("migrations/parts/a.sql", "CREATE TABLE IF NOT EXISTS a (id int);\n");
    write("migrations/b.sql", "CREATE TABLE IF NOT EXISTS b (id int);\n");
    write("migrations/stray.sql", "CREATE TABLE IF NOT EXISTS c (id int);\n");
    assertThat(MigrationLinter.lint(project()))
        .extracting(LintFinding::rule, LintFinding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "migration.unregistered", "migrations/stray.sql:1"));
  }

  private MigrationScript load(String name) {
    Project project = project();
    Migration migration =
        project.manifest().migrations().stream()
            .filter(m -> m.name().equals(name))
            .findFirst()
            .orElseThrow();
    return MigrationScript.load(project, migration);
  }

  private Project project() {
    return new Project(root, ManifestReader.read(root));
  }

  private Path file(String name) {
    return root.resolve("migrations/" + name + ".sql");
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static byte[] digest(Path file) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
