/** Implementation of the replica: not API, may change in any release. */
package io.github.nvfetch.testkit.internal;
