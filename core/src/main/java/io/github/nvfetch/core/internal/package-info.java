/** Implementation of the core: not API, may change in any release. */
package io.github.nvfetch.core.internal;
