package dev.driftgate.sqlscript;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import dev.driftgate.sqlscript.ProjectFiles.ProjectFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Reads a script and inlines its includes recursively, like psql running {@code psql -f file} from
 * the project root: {@code \i} paths are relative to the project root, {@code \ir} paths to the
 * including file. Included items keep their own file's display path and line numbers.
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
    return new Script(expansion.items);
  }

  /** One read: the output so far and the chain of files currently being included. */
  private static final class Expansion {
    private final ProjectFiles files;
    private final BinaryOperator<String> prepare;
    private final List<ScriptItem> items = new ArrayList<>();
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
              InputFiles.readUtf8(file.path(), file.display(), "an SQL script", suffix));
      for (ScriptItem item : SqlLexer.split(text, file.display())) {
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
      Path base = include.relativeToScript() ? includer.path().getParent() : files.root();
      String command = include.relativeToScript() ? "\\ir " : "\\i ";
      String context = include.location() + ": " + command + include.path();
      return files.resolve(
          base, include.path(), context, " (included from " + include.location() + ")");
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
