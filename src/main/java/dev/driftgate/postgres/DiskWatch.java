package dev.driftgate.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Enforces {@code --disk-limit} (SPEC §7: bounded): a thread polls the size of the run's scratch
 * databases (those it created or took ready) as the administrator and, once their sum exceeds the
 * cap, cancels what runs in them. It polls again before they could fill the room left writing
 * {@value #WRITES_PER_SECOND} bytes a second, every 250 ms at most and every 2 s at least: sizing a
 * database stats each of its files (40-100 ms for a kept state of 1,000 tables, on the server's
 * cores, while the run waits on them), and the default 8 GB cap leaves seconds of room. The
 * executor reports the cancelled statement at its line with {@link #reached()}. A poll that fails
 * (a database dropped between listing and sizing) is retried at the next one. {@code
 * temp_file_limit} covers temporary files; this covers tables, indexes and WAL-less growth.
 */
public final class DiskWatch implements SpaceCap, AutoCloseable {
  private static final long MIN_POLL_MILLIS = 250;
  private static final long MAX_POLL_MILLIS = 2_000;

  /** Faster than a few sessions of one PostgreSQL server write tables and indexes. */
  static final long WRITES_PER_SECOND = 1L << 30;

  private static final String SIZE =
      "SELECT coalesce(sum(pg_database_size(oid)), 0) FROM pg_database WHERE datname = ANY (?)";
  private static final String CANCEL =
      "SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity"
          + " WHERE datname = ANY (?) AND pid <> pg_backend_pid()";

  private final ScratchDatabases databases;
  private final long capBytes;
  private final String limit;
  private final AtomicReference<String> reason = new AtomicReference<>();
  private final Thread thread;

  private DiskWatch(ScratchDatabases databases, long capBytes, String limit) {
    this.databases = databases;
    this.capBytes = capBytes;
    this.limit = limit;
    this.thread = new Thread(this::watch, "driftgate-disk-watch");
    thread.setDaemon(true);
  }

  /**
   * Watches {@code databases} against {@code capBytes}, named {@code limit} in the message (0: no
   * cap, no thread).
   */
  public static DiskWatch start(ScratchDatabases databases, long capBytes, String limit) {
    DiskWatch watch = new DiskWatch(databases, capBytes, limit);
    if (capBytes > 0) {
      watch.thread.start();
    }
    return watch;
  }

  @Override
  public Optional<String> reached() {
    return Optional.ofNullable(reason.get());
  }

  @Override
  public void close() {
    thread.interrupt();
  }

  private void watch() {
    try (Connection c = databases.administer("postgres");
        PreparedStatement size = c.prepareStatement(SIZE);
        PreparedStatement cancel = c.prepareStatement(CANCEL)) {
      while (!Thread.currentThread().isInterrupted()) {
        Array names = c.createArrayOf("text", databases.watched().toArray());
        size.setArray(1, names);
        long bytes = sizeOf(size);
        if (bytes > capBytes) {
          reason.compareAndSet(null, message(bytes));
          cancel.setArray(1, names);
          cancel.execute(); // again at every poll: nothing may go on growing
        }
        // a poll that failed is tried again soon: the room left is not known
        Thread.sleep(bytes < 0 ? MIN_POLL_MILLIS : nextPollMillis(capBytes - bytes));
      }
    } catch (SQLException e) {
      // the server went away: the run fails on its own connections, with their reason
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long a poll may wait with {@code roomBytes} left under the cap. */
  static long nextPollMillis(long roomBytes) {
    long filling = Math.max(0, roomBytes) / (WRITES_PER_SECOND / 1000);
    return Math.max(MIN_POLL_MILLIS, Math.min(MAX_POLL_MILLIS, filling));
  }

  /** The databases' total size, -1 when the poll failed. */
  private static long sizeOf(PreparedStatement size) {
    try (ResultSet rs = size.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  private String message(long bytes) {
    return "the run's scratch databases grew to "
        + bytes / (1024 * 1024)
        + " MB, past the disk limit of "
        + limit
        + " (--disk-limit); the statement was cancelled";
  }
}
