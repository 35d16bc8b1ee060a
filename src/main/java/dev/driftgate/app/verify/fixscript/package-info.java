/**
 * The fix script of {@code verify --fix-script}: every fix of a tier's findings split into
 * statements, put in the order PostgreSQL can run them (what others need is created first,
 * dependents are dropped before what they depend on), written as one script with a section per
 * tier, and proven by running it on a copy of the database it fixes and comparing again.
 *
 * <p>Part of the {@code verify} use case: may use {@code diff}, {@code sqlscript}, {@code migrate},
 * {@code catalog}, {@code postgres} and {@code model}.
 */
package dev.driftgate.app.verify.fixscript;
