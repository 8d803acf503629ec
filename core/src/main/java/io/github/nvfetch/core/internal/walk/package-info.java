/**
 * The records of filtered harvests' server walks in the store ({@code .nvfetch/walk-*.json}), which
 * let a rerun with {@code resume} continue a walk: implementation, not API.
 */
package io.github.nvfetch.core.internal.walk;
