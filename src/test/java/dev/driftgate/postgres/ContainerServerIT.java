package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Container mode, per version: runs only where a Docker engine answers. */
class ContainerServerIT {

  @BeforeEach
  void needsDocker() {
    assumeTrue(
        ContainerServer.dockerAnswers(),
        "no Docker engine answers (DOCKER_HOST unset, no /var/run/docker.sock): container mode"
            + " is not tested on this machine");
  }

  @ParameterizedTest
  @EnumSource(PostgresVersion.class)
  void milestoneVerifiesCleanInAContainer(PostgresVersion version) {
    Report report = new Verify(() -> ContainerServer.start(version)).run(Projects.milestone());

    assertThat(report.serverMode()).isEqualTo("container");
    assertThat(report.serverVersion()).startsWith(version.major() + ".");
    assertThat(report.status()).isEqualTo(Report.Status.CLEAN);
  }
}
