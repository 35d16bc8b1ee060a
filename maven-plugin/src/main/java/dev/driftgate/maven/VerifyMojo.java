package dev.driftgate.maven;

import dev.driftgate.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code driftgate verify} on the project being built: reports in {@code target/driftgate/}, the
 * build fails on drift (exit 1), and on bad input or a PostgreSQL that cannot start (exit 2, 3)
 * with the CLI's one-line reason. Parameters mirror the CLI's options.
 */
@Mojo(
    name = "verify",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class VerifyMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Skips the goal ({@code -Ddriftgate.skip}). */
  @Parameter(property = "driftgate.skip", defaultValue = "false")
  boolean skip;

  /** {@code --project}: the driftgate project (manifest or Flyway layout). */
  @Parameter(property = "driftgate.projectDir", defaultValue = "${project.basedir}")
  File projectDir;

  /** {@code --format}: text, json, junit, markdown, github, sarif; json is always written too. */
  @Parameter(property = "driftgate.formats", defaultValue = "text,junit")
  List<String> formats;

  /** {@code --output DIR/}: where the reports go, a file per format. */
  @Parameter(
      property = "driftgate.outputDirectory",
      defaultValue = "${project.build.directory}/driftgate")
  File outputDirectory;

  /** {@code --postgres}: embedded, container or external. */
  @Parameter(property = "driftgate.postgres")
  String postgres;

  /** {@code --pg-version}: 15, 16, 17 or 18. */
  @Parameter(property = "driftgate.pgVersion")
  String pgVersion;

  /** {@code --jdbc-url}: the server of external mode (a password comes from DB_PASSWORD). */
  @Parameter(property = "driftgate.jdbcUrl")
  String jdbcUrl;

  /** {@code --baseline}: none, file:PATH or git:REF. */
  @Parameter(property = "driftgate.baseline", defaultValue = "none")
  String baseline;

  /**
   * {@code --entities-classpath}. Default: the project's {@code entities/} sources if it has them,
   * else its compiled classes ({@code target/classes}).
   */
  @Parameter(property = "driftgate.entitiesClasspath")
  List<File> entitiesClasspath;

  /** {@code --entities-package}. */
  @Parameter(property = "driftgate.entitiesPackage")
  String entitiesPackage;

  /** {@code --persistence-unit}. */
  @Parameter(property = "driftgate.persistenceUnit")
  String persistenceUnit;

  /** {@code --naming}: auto (default), default or snake_case. */
  @Parameter(property = "driftgate.naming")
  String naming;

  /** {@code --spring-profile}: the Spring profiles whose settings count. */
  @Parameter(property = "driftgate.springProfile")
  String springProfile;

  /** {@code --trust-scripts}: run the scripts as superuser (never for untrusted changes). */
  @Parameter(property = "driftgate.trustScripts", defaultValue = "false")
  boolean trustScripts;

  /** {@code --allow-extension}: extensions the scripts may create though only a superuser may. */
  @Parameter(property = "driftgate.allowExtensions")
  List<String> allowExtensions;

  /** {@code --statement-timeout}, e.g. 5m. */
  @Parameter(property = "driftgate.statementTimeout")
  String statementTimeout;

  /** {@code --timeout}: the whole run's scripts, e.g. 30m. */
  @Parameter(property = "driftgate.timeout")
  String timeout;

  /** {@code --debug}: stack traces of failures in the build log. */
  @Parameter(property = "driftgate.debug", defaultValue = "false")
  boolean debug;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("driftgate: skipped (driftgate.skip)");
      return;
    }
    List<String> args = arguments();
    getLog().debug("driftgate " + String.join(" ", args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    out.toString().lines().forEach(getLog()::info);
    err.toString().lines().forEach(getLog()::error);
    switch (code) {
      case 0 -> {}
      case 1 ->
          throw new MojoFailureException(
              FindingSummary.of(outputDirectory.toPath().resolve("driftgate.json")));
      default -> throw new MojoExecutionException(reason(err.toString(), code));
    }
  }

  List<String> arguments() {
    CliArguments cli = new CliArguments();
    cli.add("verify").option("--project", projectDir.getPath());
    cli.option("--format", String.join(",", withJson(formats)));
    cli.option("--output", outputDirectory.getPath() + File.separator);
    cli.option("--postgres", postgres).option("--pg-version", pgVersion);
    cli.option("--jdbc-url", jdbcUrl).option("--baseline", baseline);
    cli.option("--entities-classpath", entityClasspath());
    cli.option("--entities-package", entitiesPackage)
        .option("--persistence-unit", persistenceUnit)
        .option("--naming", naming);
    cli.option("--spring-profile", springProfile);
    cli.flag("--trust-scripts", trustScripts).flag("--debug", debug);
    if (allowExtensions != null) {
      allowExtensions.forEach(e -> cli.option("--allow-extension", e));
    }
    cli.option("--statement-timeout", statementTimeout).option("--timeout", timeout);
    return cli.list();
  }

  private static List<String> withJson(List<String> formats) {
    List<String> all = new ArrayList<>(formats == null ? List.of("text") : formats);
    if (!all.contains("json")) {
      all.add("json");
    }
    return all;
  }

  /**
   * The classes named, else none when the project has {@code entities/} sources (the CLI compiles
   * them), else the project's compiled classes. Not its dependencies: every class on the entity
   * classpath is loaded to find the entities, and a Spring Boot application's jars hold tens of
   * thousands (and a Hibernate of their own that the tool's must not meet).
   */
  private String entityClasspath() {
    if (entitiesClasspath != null && !entitiesClasspath.isEmpty()) {
      return CliArguments.path(entitiesClasspath.stream().map(File::toPath).toList());
    }
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    if (Files.isDirectory(projectDir.toPath().resolve("entities"))) {
      return null;
    }
    return CliArguments.path(List.of(classes));
  }

  /** The CLI's one-line reason (its first line; a stack trace may follow with --debug). */
  private static String reason(String err, int code) {
    return err.lines()
            .filter(l -> l.startsWith("driftgate:"))
            .findFirst()
            .orElse("driftgate exited with " + code)
        + " (exit "
        + code
        + ")";
  }
}
