/**
 * A harvest service: NeuroVault harvests over HTTP, streamed as NDJSON, on Reactor Netty with one
 * shared client ({@code nvfetch serve}).
 */
package io.github.nvfetch.examples.service;
