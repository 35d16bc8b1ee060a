/**
 * The JUnit 5 extension other projects drop into their test suites: one annotated test class naming
 * the project turns every tier and check of {@code verify} into a dynamic test of their own build,
 * all sharing one PostgreSQL per test run.
 *
 * <p>May depend on {@code app}, {@code report}, {@code diff}, {@code postgres} and {@code error}.
 */
package dev.driftgate.junit;
