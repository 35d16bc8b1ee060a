/**
 * Reports: the result of a run ({@link dev.driftgate.report.Report}) and one renderer per output
 * format (text, JSON, JUnit XML, Markdown, GitHub workflow commands, SARIF), each a pure function
 * of the report and the {@link dev.driftgate.report.RenderOptions} the caller chose. The schemas of
 * the machine-readable formats are published in {@code docs/}.
 *
 * <p>May depend on {@code diff} and {@code model}.
 */
package dev.driftgate.report;
