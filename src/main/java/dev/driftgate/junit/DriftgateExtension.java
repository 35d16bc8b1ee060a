package dev.driftgate.junit;

import dev.driftgate.app.build.Progress;
import dev.driftgate.app.verify.Verify;
import dev.driftgate.report.Report;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@code verify} once per test class annotated with {@link DriftgateProject} and hands its
 * result to test methods as {@link DriftgateChecks}.
 */
public final class DriftgateExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DriftgateExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DriftgateChecks.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    DriftgateProject project =
        AnnotationSupport.findAnnotation(testClass, DriftgateProject.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        testClass.getName()
                            + " needs @DriftgateProject to receive DriftgateChecks"));
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    return store.getOrComputeIfAbsent(
        testClass.getName(), key -> verify(project), DriftgateChecks.class);
  }

  private static DriftgateChecks verify(DriftgateProject project) {
    Path dir = Path.of(project.dir());
    Report report =
        new Verify(
                () -> SharedPostgres.server(project.postgres(), project.pgVersion()),
                Progress.NONE,
                AnnotatedProject.entityOptions(project, dir))
            .run(dir, project.baseline());
    return new DriftgateChecks(report, Set.of(project.tiers()), project.failOnWarnings());
  }
}
