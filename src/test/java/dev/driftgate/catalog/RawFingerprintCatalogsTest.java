package dev.driftgate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The raw fingerprint leaves out the catalogs in its {@code unread} list; that is sound only while
 * the catalog reader's own queries name none of them. A query added later that reads one of them
 * (publications, say) fails here until the list gives that catalog back.
 */
class RawFingerprintCatalogsTest {
  private static final Path QUERIES =
      dev.driftgate.testing.Projects.milestone()
          .resolve("src/main/resources/dev/driftgate/catalog");

  @Test
  void noQueryOfTheReaderNamesACatalogTheRawFingerprintLeavesOut() throws IOException {
    List<String> unread = unread();
    assertThat(unread).contains("pg_statistic", "pg_publication", "pg_event_trigger");
    try (Stream<Path> files = Files.list(QUERIES)) {
      List<Path> readerQueries =
          files
              .filter(f -> f.toString().endsWith(".sql"))
              .filter(f -> !f.getFileName().toString().contains("fingerprint"))
              .toList();
      assertThat(readerQueries).hasSizeGreaterThan(10);
      for (Path query : readerQueries) {
        String text = Files.readString(query);
        for (String catalog : unread) {
          assertThat(Pattern.compile("\\b" + catalog + "\\b").matcher(text).find())
              .as("%s names %s, which the raw fingerprint does not hash", query, catalog)
              .isFalse();
        }
      }
    }
  }

  private static List<String> unread() throws IOException {
    String sql = Files.readString(QUERIES.resolve("raw_fingerprint.sql"));
    Matcher block =
        Pattern.compile("unread\\(catalog\\) AS \\((.*?)\\n\\)", Pattern.DOTALL).matcher(sql);
    assertThat(block.find()).as("raw_fingerprint.sql has its unread list").isTrue();
    List<String> names = new ArrayList<>();
    Matcher name = Pattern.compile("'(pg_[a-z_]+)'").matcher(block.group(1));
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }
}
