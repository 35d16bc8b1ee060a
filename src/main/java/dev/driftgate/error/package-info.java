/**
 * The failure vocabulary: one exception root, {@link dev.driftgate.error.DriftgateException}, whose
 * {@link dev.driftgate.error.ErrorCode} owns the exit code. Depends on nothing.
 */
package dev.driftgate.error;
