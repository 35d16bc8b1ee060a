/**
 * What the use cases share: loading a project ({@code ProjectLoader}), the inputs of a tier ({@code
 * VerifyInputs}, {@code SetupSections}, {@code ReplayStart}), building a tier's scratch databases
 * ({@code DatabaseBuilder}: setup, baseline and migrations, with blame and probes), the server a
 * run uses, and a run's limits, threads, timings and progress.
 *
 * <p>Depends on the packages below {@code app}, never on a use-case package beside it.
 */
package dev.driftgate.app.build;
