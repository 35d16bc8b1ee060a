/**
 * Reports: the result of a run ({@link dev.driftgate.report.Report}) and one renderer per output
 * format, each a pure function of the report.
 *
 * <p>May depend on {@code diff} and {@code model}.
 */
package dev.driftgate.report;
