package dev.driftgate.cli;

import dev.driftgate.app.build.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code driftgate --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"driftgate " + ToolVersion.get()};
  }
}
