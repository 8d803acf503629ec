/** Runnable examples of the SDK, one per use case (added with the SDK's use cases). */
package io.github.nvfetch.examples;
