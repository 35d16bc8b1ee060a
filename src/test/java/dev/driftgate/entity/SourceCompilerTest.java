package dev.driftgate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process compiler: cached by content, recompiled on change, errors as one line. */
class SourceCompilerTest {
  @TempDir Path project;
  @TempDir Path cacheRoot;

  private static final String ENTITY =
      """
      package dev.x;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;

      @Entity
      public class Foo {
        @Id private Long id;
      }
      """;

  @Test
  void secondCompilationOfTheSameSourcesIsACacheHit() throws IOException {
    write("entities/dev/x/Foo.java", ENTITY);
    SourceCompiler compiler = new SourceCompiler(new CompileCache(cacheRoot));

    SourceCompiler.Result first = compiler.compile(project, project.resolve("entities"));
    SourceCompiler.Result second = compiler.compile(project, project.resolve("entities"));

    assertThat(first.cached()).isFalse();
    assertThat(first.sourceFiles()).isEqualTo(1);
    assertThat(first.classes().resolve("dev/x/Foo.class")).isRegularFile();
    assertThat(second.cached()).isTrue();
    assertThat(second.classes()).isEqualTo(first.classes());
  }

  @Test
  void aChangedSourceIsRecompiled() throws IOException {
    write("entities/dev/x/Foo.java", ENTITY);
    SourceCompiler compiler = new SourceCompiler(new CompileCache(cacheRoot));
    SourceCompiler.Result before = compiler.compile(project, project.resolve("entities"));

    write("entities/dev/x/Foo.java", ENTITY.replace("private Long id;", "private Integer id;"));
    SourceCompiler.Result after = compiler.compile(project, project.resolve("entities"));

    assertThat(after.cached()).isFalse();
    assertThat(after.classes()).isNotEqualTo(before.classes());
    assertThat(after.classes().resolve("dev/x/Foo.class")).isRegularFile();
  }

  @Test
  void aCompileErrorIsBadInputNamingFileLineAndMessage() throws IOException {
    write(
        "entities/dev/x/Foo.java",
        ENTITY.replace("private Long id;", "private Lung id;\n  private Strin name;"));
    SourceCompiler compiler = new SourceCompiler(new CompileCache(cacheRoot));

    assertThatThrownBy(() -> compiler.compile(project, project.resolve("entities")))
        .isInstanceOfSatisfying(
            DriftgateException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT);
              assertThat(e.getMessage())
                  .startsWith("entities/dev/x/Foo.java:8: cannot find symbol")
                  .endsWith("(and 1 more error)")
                  .doesNotContain("\n");
            });
    try (var left = Files.list(cacheRoot)) {
      assertThat(left).as("no half compilation stays in the cache").isEmpty();
    }
  }

  @Test
  void aDirectoryWithoutSourcesCompilesNothing() throws IOException {
    Files.createDirectories(project.resolve("entities/dev/x"));

    SourceCompiler.Result result =
        new SourceCompiler(new CompileCache(cacheRoot))
            .compile(project, project.resolve("entities"));

    assertThat(result.sourceFiles()).isZero();
    assertThat(result.classes()).isNull();
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
