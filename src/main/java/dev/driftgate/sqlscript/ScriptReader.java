package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import dev.driftgate.sqlscript.ProjectFiles.ProjectFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Reads a script and inlines its includes recursively, in one psql session: a setting an included
 * file changes holds for the rest of its includer. A relative {@code \i} path is taken from the
 * project root, as by {@code psql -f file} run there, or, where no such file exists there, from the
 * including file's directory, as by psql run from the script's own directory (how upgrade scripts
 * are usually run); {@code \ir} paths are relative to the including file. Included items keep their
 * own file's display path and line numbers.
 */
public final class ScriptReader {

  /**
   * Reads {@code file}; a relative {@code file} is taken relative to {@code projectRoot}.
   *
   * @throws DriftgateException BAD_INPUT for a missing, binary or non-UTF-8 file, a lexical error,
   *     an include cycle, or a path that leaves the project root
   */
  public Script read(Path projectRoot, Path file) {
    return read(projectRoot, file, (display, text) -> text);
  }

  /**
   * Like {@link #read(Path, Path)}, with each file's text passed through {@code prepare} (display
   * path, text) before it is lexed: placeholder replacement, which must keep the line count.
   */
  public Script read(Path projectRoot, Path file, BinaryOperator<String> prepare) {
    ProjectFiles files = new ProjectFiles(projectRoot);
    ProjectFile top = files.resolve(files.root(), file.toString(), file.toString(), "");
    Expansion expansion = new Expansion(files, prepare);
    expansion.expand(top, "");
    return new Script(expansion.items, List.copyOf(expansion.read));
  }

  /** One read: the output so far, the files read, and the chain of files being included. */
  private static final class Expansion {
    private final ProjectFiles files;
    private final ScriptSession session = new ScriptSession();
    private final BinaryOperator<String> prepare;
    private final List<ScriptItem> items = new ArrayList<>();
    private final Set<Path> read = new LinkedHashSet<>();
    private final Deque<Frame> chain = new ArrayDeque<>();
    private boolean quit;

    Expansion(ProjectFiles files, BinaryOperator<String> prepare) {
      this.files = files;
      this.prepare = prepare;
    }

    void expand(ProjectFile file, String suffix) {
      rejectCycle(file);
      Frame frame = new Frame(file);
      chain.addLast(frame);
      String text =
          prepare.apply(
              file.display(),
              InputFiles.readUtf8(file.path(), file.display(), InputLimit.SQL_SCRIPT, suffix));
      read.add(file.path());
      SqlLexer lexer = new SqlLexer(text, file.display(), session);
      ScriptItem item;
      while ((item = lexer.next()) != null) {
        if (item instanceof MetaCommand.Include include) {
          frame.includeLine = include.location().line();
          expand(resolve(file, include), " (included from " + include.location() + ")");
        } else {
          items.add(item);
          quit = item instanceof MetaCommand.Quit;
        }
        if (quit) {
          return;
        }
      }
      chain.removeLast();
    }

    private ProjectFile resolve(ProjectFile includer, MetaCommand.Include include) {
      Path here = includer.path().getParent();
      String path = include.path();
      String suffix = " (included from " + include.location() + ")";
      boolean fromHere = include.relativeToScript() || !files.exists(files.root(), path);
      if (!include.relativeToScript() && fromHere && !files.exists(here, path)) {
        String atRoot = files.display(files.root(), path);
        String nextToIt = files.display(here, path);
        if (!atRoot.equals(nextToIt)) {
          throw DriftgateException.badInput(
              atRoot + ": no such file, nor " + nextToIt + " next to the including file" + suffix);
        }
      }
      String command = include.relativeToScript() ? "\\ir " : "\\i ";
      String context = include.location() + ": " + command + path;
      return files.resolve(fromHere ? here : files.root(), path, context, suffix);
    }

    private void rejectCycle(ProjectFile file) {
      boolean cycle = chain.stream().anyMatch(f -> f.file.realPath().equals(file.realPath()));
      if (cycle) {
        String path =
            chain.stream()
                .map(f -> f.file.display() + ":" + f.includeLine)
                .collect(Collectors.joining(" -> "));
        throw DriftgateException.badInput("include cycle: " + path + " -> " + file.display());
      }
    }
  }

  /** A file being expanded and the line of the include it is currently following. */
  private static final class Frame {
    private final ProjectFile file;
    private int includeLine;

    Frame(ProjectFile file) {
      this.file = file;
    }
  }
}
