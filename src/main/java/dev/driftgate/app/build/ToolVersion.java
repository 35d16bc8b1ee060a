package dev.driftgate.app.build;

/** The version of driftgate that runs, as recorded in ledgers and reports. */
public final class ToolVersion {
  private ToolVersion() {}

  public static String get() {
    String version = ToolVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
