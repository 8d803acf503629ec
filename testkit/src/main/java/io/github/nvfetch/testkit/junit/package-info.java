/**
 * JUnit 5 support for tests that harvest from the replica: {@link
 * io.github.nvfetch.testkit.junit.ReplicaExtension} starts a replica for a test class and checks
 * what a harvest left in its data directory ({@link
 * io.github.nvfetch.testkit.junit.StoreContents}). JUnit Jupiter is an optional dependency of the
 * testkit: add {@code junit-jupiter-api} to use this package.
 */
@NullMarked
package io.github.nvfetch.testkit.junit;

import org.jspecify.annotations.NullMarked;
