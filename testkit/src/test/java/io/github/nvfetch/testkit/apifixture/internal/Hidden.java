package io.github.nvfetch.testkit.apifixture.internal;

/** An implementation type that public signatures must not mention. */
public final class Hidden {}
