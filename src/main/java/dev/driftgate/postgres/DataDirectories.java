package dev.driftgate.postgres;

import static java.nio.file.StandardCopyOption.COPY_ATTRIBUTES;

import dev.driftgate.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Data directories for embedded servers. {@code initdb} costs about a second; copying a cluster it
 * made once costs a tenth of that, so each version's pristine cluster is made once, kept in the
 * cache, and copied for every run — into memory ({@code /dev/shm}) where the machine has it.
 */
final class DataDirectories {
  private static final String RUN_PREFIX = "driftgate-pg-";
  private static final Duration STALE = Duration.ofHours(12);
  private static final long SHM_HEADROOM = 2L << 30;

  private static final Object PRISTINE_LOCK = new Object();

  private DataDirectories() {}

  /**
   * A fresh data directory holding a copy of the pristine cluster; {@code initdb} is a builder that
   * runs initdb into the directory it is given when started once.
   */
  static Path fresh(Path clusters, String version, InitDb initdb) throws IOException {
    Path pristine = pristine(clusters.resolve(version), initdb);
    Path base = runBase();
    purgeStale(base);
    Path run = base.resolve(RUN_PREFIX + UUID.randomUUID());
    copyTree(pristine, run);
    return run;
  }

  /**
   * The data directory a kept cluster uses: as a previous run left it, or a fresh copy of the
   * pristine cluster where there is none yet ({@code discard}: one that failed to start).
   */
  static Path kept(Path clusters, String version, InitDb initdb, Path dir, boolean discard)
      throws IOException {
    if (discard) {
      deleteQuietly(dir);
    }
    // a kept cluster of an older driftgate, made without a password, is replaced too
    if (!Files.isRegularFile(dir.resolve("PG_VERSION")) || !ClusterPassword.present(dir)) {
      deleteQuietly(dir);
      Path pristine = pristine(clusters.resolve(version), initdb);
      Path copying = dir.resolveSibling(dir.getFileName() + "-copying");
      deleteQuietly(copying);
      copyTree(pristine, copying);
      Files.move(copying, dir, StandardCopyOption.ATOMIC_MOVE);
    }
    return dir;
  }

  /** Runs initdb into a directory by starting and stopping an embedded server there. */
  interface InitDb {
    void into(Path dataDirectory) throws IOException;

    /** Runs initdb, then creates and prepares the template database if there is one. */
    static InitDb with(Supplier<EmbeddedPostgres.Builder> builder, ClusterTemplate template) {
      return dir -> {
        // initdb takes the first password from a file, which must not be in the (empty) directory
        // it initialises; the cluster asks every connection for it from its first start on
        Path pwfile = dir.resolveSibling(dir.getFileName() + ".password");
        Secret password = ClusterPassword.random();
        ClusterPassword.write(pwfile, password);
        try (EmbeddedPostgres postgres =
            builder
                .get()
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", pwfile.toString())
                // zonky's readiness check logs in
                .setConnectConfig("password", password.reveal())
                .setDataDirectory(dir.toFile())
                .setCleanDataDirectory(false)
                .start()) {
          if (template != null) {
            prepare(postgres.getPort(), template, password);
          }
        }
        Files.move(pwfile, dir.resolve(ClusterPassword.FILE));
      };
    }

    /** Creates the template database, prepares it, then makes its ready copies. */
    private static void prepare(int port, ClusterTemplate template, Secret password)
        throws IOException {
      try (Connection admin = EmbeddedServer.superuser(port, "postgres", password)) {
        DatabaseAdmin.createCopy(admin, template.name(), null);
        try (Connection c = EmbeddedServer.superuser(port, template.name(), password)) {
          template.setup().prepare(c);
        }
        for (String copy : template.copyNames()) {
          DatabaseAdmin.createCopy(admin, copy, template.name());
        }
      } catch (SQLException e) {
        throw new IOException("could not prepare " + template.name() + ": " + e.getMessage(), e);
      }
    }
  }

  private static Path pristine(Path versionDir, InitDb initdb) throws IOException {
    Path data = versionDir.resolve("data");
    if (Files.isRegularFile(data.resolve("postgresql.conf"))) {
      return data;
    }
    Files.createDirectories(versionDir);
    // the file lock excludes other processes; threads of this one (a Maven build verifying several
    // modules, the server start of a run that already failed) queue here first: a second lock of
    // the same file in one JVM is not a wait but an OverlappingFileLockException
    synchronized (PRISTINE_LOCK) {
      return pristineLocked(versionDir, data, initdb);
    }
  }

  private static Path pristineLocked(Path versionDir, Path data, InitDb initdb) throws IOException {
    try (FileChannel channel =
            FileChannel.open(
                versionDir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      if (!Files.isRegularFile(data.resolve("postgresql.conf"))) {
        Path building = versionDir.resolve("building-" + UUID.randomUUID());
        initdb.into(building);
        Files.deleteIfExists(building.resolve("epg-lock"));
        Files.move(building, data, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    return data;
  }

  /** Memory-backed /dev/shm when it exists with room to spare, else the temporary directory. */
  private static Path runBase() throws IOException {
    Path shm = Paths.get("/dev/shm");
    if (Files.isDirectory(shm) && Files.isWritable(shm)) {
      if (Files.getFileStore(shm).getUsableSpace() > SHM_HEADROOM) {
        return shm;
      }
    }
    return Paths.get(System.getProperty("java.io.tmpdir"));
  }

  /** Removes run directories that a killed run left behind. */
  private static void purgeStale(Path base) {
    FileTime limit = FileTime.from(Instant.now().minus(STALE));
    try (Stream<Path> dirs = Files.list(base)) {
      dirs.filter(d -> d.getFileName().toString().startsWith(RUN_PREFIX))
          .filter(d -> lastModified(d).compareTo(limit) < 0)
          .forEach(DataDirectories::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // leftovers cost disk space, nothing else; the next run tries again
    }
  }

  static void deleteQuietly(Path dir) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // a run directory that cannot be deleted now is purged as stale later
    }
  }

  private static FileTime lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.from(Instant.now());
    }
  }

  /**
   * Copies a cluster: directories first (with their mode: PostgreSQL refuses a data directory
   * others can read), then the files in parallel, which halves the copy on two cores.
   */
  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> directories = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(p -> (Files.isDirectory(p) ? directories : files).add(p));
    }
    for (Path directory : directories) {
      Files.copy(directory, to.resolve(from.relativize(directory).toString()), COPY_ATTRIBUTES);
    }
    try {
      files.parallelStream()
          .forEach(file -> copyFile(file, to.resolve(from.relativize(file).toString())));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void copyFile(Path from, Path to) {
    try {
      Files.copy(from, to, COPY_ATTRIBUTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
