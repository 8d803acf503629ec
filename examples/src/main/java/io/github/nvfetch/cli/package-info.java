/**
 * The {@code nvfetch} command line (picocli): {@link io.github.nvfetch.cli.NvfetchCommand} and its
 * subcommands.
 */
package io.github.nvfetch.cli;
