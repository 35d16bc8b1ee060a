package dev.driftgate.layout;

import dev.driftgate.config.SettingsText;
import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A tool's settings file ({@code .properties}, {@code .yml}/{@code .yaml}) read into flat keys as
 * Spring sees them: {@code spring.flyway.locations}, lists joined with commas. Shared by the
 * layouts that read Spring Boot's {@code application.*} and their tool's own files.
 */
public final class SettingsFiles {
  public static final String RESOURCES = "src/main/resources";

  /** Spring Boot's application settings, in the order later ones override earlier ones. */
  public static final List<String> APPLICATION =
      List.of(
          RESOURCES + "/application.properties",
          RESOURCES + "/application.yml",
          RESOURCES + "/application.yaml");

  private SettingsFiles() {}

  /** The file's settings, flat; none when it does not exist. {@code file} is root-relative. */
  public static Map<String, String> read(Path root, String file) {
    Path path = root.resolve(file);
    if (!Files.isRegularFile(path)) {
      return Map.of();
    }
    return SettingsText.flat(file, InputFiles.readUtf8(path, file, InputLimit.CONFIGURATION));
  }
}
