package dev.driftgate.report;

/** How long one phase of a run took; phases of parallel work overlap. */
public record Timing(String phase, long millis) {}
