package dev.driftgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names read back from a written synthetic project: its migrations, its first table. */
final class SyntheticNames {
  private static final Pattern NAME = Pattern.compile("(?m)^\\s*- name: (\\S+)");
  private static final Pattern TABLE =
      Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?([\\w.\"]+)");

  private SyntheticNames() {}

  static List<String> migrations(Path project) throws IOException {
    Matcher m = NAME.matcher(Files.readString(project.resolve("migrations/manifest.yaml")));
    return m.results().map(r -> r.group(1)).toList();
  }

  static String firstTable(Path project) throws IOException {
    Matcher m = TABLE.matcher(Files.readString(project.resolve("migrations/baseline/app.sql")));
    if (!m.find()) {
      throw new IOException("no CREATE TABLE in the baseline");
    }
    return m.group(1);
  }
}
