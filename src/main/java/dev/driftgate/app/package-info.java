/**
 * The use cases ({@code Verify}, later {@code Migrate}, {@code InitDb}, {@code Diff}), wired by
 * hand with constructors. They orchestrate the packages below and return data; they never print.
 *
 * <p>May depend on every package but {@code cli}.
 */
package dev.driftgate.app;
