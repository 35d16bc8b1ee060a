package dev.driftgate.report;

/**
 * The choices a format leaves open, made once by the caller: renderers stay pure functions of the
 * report and these options.
 *
 * @param color ANSI colours in the text format (a terminal that wants them)
 * @param detail how much of the report the text format shows
 * @param timings whether the text format lists the phase timings
 * @param toolVersion the driftgate version that produced the report, as SARIF names its tool
 */
public record RenderOptions(boolean color, Detail detail, boolean timings, String toolVersion) {

  /** How much the text format shows. */
  public enum Detail {
    /** The verdict line alone ({@code --quiet}). */
    VERDICT,
    /** One line per finding, then the verdict: what accompanies reports written to files. */
    SUMMARY,
    /**
     * A summary of root causes per tier, then every check and each root cause once: both sides'
     * locations, long bodies as a diff, the fix's first line, related findings one line each.
     */
    COMPACT,
    /** Every check and every finding in full: both values, locations, whole fixes ({@code -v}). */
    FULL
  }

  /** The full report without colours or timings. */
  public static RenderOptions plain(String toolVersion) {
    return new RenderOptions(false, Detail.FULL, false, toolVersion);
  }
}
