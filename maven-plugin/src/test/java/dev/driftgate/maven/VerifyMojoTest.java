package dev.driftgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal on small projects, against an embedded PostgreSQL as the CLI starts it. */
class VerifyMojoTest {
  private static final Path PROJECTS = Path.of("src/test/resources/projects");

  @TempDir Path target;

  @Test
  void aCleanProjectPassesAndLeavesItsReports() throws Exception {
    mojo("clean").execute();

    assertThat(target.resolve("driftgate")).isDirectoryContaining("glob:**/driftgate.txt");
    assertThat(target.resolve("driftgate/driftgate-junit.xml")).exists();
    assertThat(target.resolve("driftgate/driftgate.json")).content().contains("\"status\"");
  }

  @Test
  void driftFailsTheBuildNamingTheFinding() {
    assertThatThrownBy(() -> mojo("drift").execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 drift finding(s)")
        .hasMessageContaining("default: column.type public.items.name at setup_databases.sql:2");
  }

  @Test
  void aMissingProjectIsAnExecutionErrorWithTheCliReason() {
    VerifyMojo mojo = mojo("no-such-project");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no-such-project")
        .hasMessageEndingWith("(exit 2)");
  }

  @Test
  void skipRunsNothing() throws Exception {
    VerifyMojo mojo = mojo("drift");
    mojo.skip = true;

    mojo.execute();

    assertThat(target.resolve("driftgate")).doesNotExist();
  }

  @Test
  void argumentsMirrorTheCliOptionsAndLeaveUnsetOnesOut() throws Exception {
    VerifyMojo mojo = mojo("clean");
    mojo.pgVersion = "16";
    mojo.naming = "snake_case";
    mojo.trustScripts = true;
    mojo.allowExtensions = List.of("postgis");
    mojo.postgres = null;

    assertThat(mojo.arguments())
        .containsSubsequence("--format", "text,junit,json")
        .containsSubsequence("--pg-version", "16")
        .containsSubsequence("--naming", "snake_case")
        .containsSubsequence("--allow-extension", "postgis")
        .contains("--trust-scripts")
        .doesNotContain("--postgres", "--jdbc-url", "--entities-classpath");
  }

  private VerifyMojo mojo(String project) {
    VerifyMojo mojo = new VerifyMojo();
    MavenProject maven = new MavenProject();
    Build build = new Build();
    build.setDirectory(target.toString());
    build.setOutputDirectory(target.resolve("classes").toString());
    maven.setBuild(build);
    mojo.project = maven;
    mojo.projectDir = PROJECTS.resolve(project).toFile();
    mojo.formats = List.of("text", "junit");
    mojo.outputDirectory = new File(target.toFile(), "driftgate");
    mojo.postgres = "embedded";
    mojo.baseline = "none";
    mojo.debug = Boolean.getBoolean("driftgate.debug");
    return mojo;
  }
}
