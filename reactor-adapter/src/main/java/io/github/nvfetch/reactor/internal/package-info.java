/** Implementation of the reactive SDK: not API, may change in any release. */
package io.github.nvfetch.reactor.internal;
