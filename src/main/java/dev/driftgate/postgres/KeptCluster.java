package dev.driftgate.postgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A cluster directory an embedded server keeps between runs (the replay-state cache lives in it),
 * held by one run at a time: a run that finds it held by another goes on without it. The lock is
 * the operating system's, so a run that dies releases it.
 */
public final class KeptCluster implements AutoCloseable {
  private final Path directory;
  private final Path dataDirectory;
  private final FileChannel channel;
  private final FileLock lock;

  private KeptCluster(Path directory, FileChannel channel, FileLock lock) {
    this.directory = directory;
    this.dataDirectory = directory.resolve("data");
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The cluster kept in {@code directory} (its {@code data} subdirectory), or empty when another
   * run holds it or the directory cannot be used.
   */
  public static Optional<KeptCluster> acquire(Path directory) {
    FileChannel channel = null;
    try {
      PrivateDirectory.create(directory);
      channel =
          FileChannel.open(
              directory.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new KeptCluster(directory, channel, lock));
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      return Optional.empty();
    }
  }

  /** The directory of the cluster, where what is kept beside its databases may go too. */
  Path directory() {
    return directory;
  }

  /** Where the cluster's files are (absent until the first run copies a pristine cluster there). */
  Path dataDirectory() {
    return dataDirectory;
  }

  /**
   * Whether the server that last ran on the cluster stopped cleanly. A postmaster removes its pid
   * file when it stops; one left behind (the run was killed, the machine went down) means a stop
   * that durability switched off (fsync) does not survive: what the cluster holds may be torn, and
   * a cache must not be trusted on a maybe.
   */
  boolean stoppedCleanly() {
    return !Files.exists(dataDirectory.resolve(EmbeddedServer.PID_FILE));
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // the lock goes with the process at the latest
    }
  }
}
