package dev.driftgate.app.build;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The project as it was at a git ref: its SQL files ({@code setup_databases.sql}, the manifest, the
 * migrations and anything they include) copied out of the repository into a temporary directory.
 * Read with JGit, so no git executable is needed.
 */
final class GitSnapshot {
  private GitSnapshot() {}

  static ReplayStart.Snapshot extract(Path projectDir, String ref) {
    Path project = projectDir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toFile());
    if (builder.getGitDir() == null) {
      throw DriftgateException.badInput(
          "--baseline git:" + ref + ": " + projectDir + " is not inside a git repository");
    }
    try (Repository repo = builder.build();
        RevWalk walk = new RevWalk(repo)) {
      ObjectId id = repo.resolve(ref + "^{commit}");
      if (id == null) {
        throw DriftgateException.badInput(
            "--baseline git:" + ref + ": no such tag, branch or commit in " + repo.getWorkTree());
      }
      RevCommit commit = walk.parseCommit(id);
      String prefix = prefixOf(repo, project);
      Path target = Files.createTempDirectory("driftgate-baseline-");
      int copied = copy(repo, commit, prefix, target);
      if (!Files.isRegularFile(target.resolve("setup_databases.sql"))) {
        throw DriftgateException.badInput(
            "--baseline git:"
                + ref
                + ": "
                + (prefix.isEmpty() ? "" : prefix + "/")
                + "setup_databases.sql did not exist at that commit ("
                + copied
                + " SQL files there)");
      }
      return new ReplayStart.Snapshot(target, "git:" + ref);
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "--baseline git:" + ref + ": cannot read the repository (" + e.getMessage() + ")");
    }
  }

  private static String prefixOf(Repository repo, Path project) {
    Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
    return top.relativize(project).toString().replace('\\', '/');
  }

  /** Copies the SQL and YAML files under {@code prefix} at the commit; returns how many. */
  private static int copy(Repository repo, RevCommit commit, String prefix, Path target)
      throws IOException {
    int copied = 0;
    try (TreeWalk tree = new TreeWalk(repo)) {
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      if (!prefix.isEmpty()) {
        tree.setFilter(PathFilter.create(prefix));
      }
      while (tree.next()) {
        String path = tree.getPathString();
        if (!path.endsWith(".sql") && !path.endsWith(".yaml") && !path.endsWith(".yml")) {
          continue;
        }
        String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
        Path file = target.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, repo.open(tree.getObjectId(0)).getBytes());
        copied++;
      }
    }
    return copied;
  }

  /** Deletes an extracted snapshot; its content is in memory once the inputs are read. */
  static void delete(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(GitSnapshot::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
