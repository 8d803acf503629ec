package io.github.nvfetch.report.internal.model;

import java.util.Optional;

/**
 * Something a harvest asked for and did not get.
 *
 * @param kind {@code "image"} or {@code "collection"}
 * @param id its id
 * @param name its name, when known (raw server text)
 * @param reason what went wrong (raw text)
 */
public record ReportFailure(String kind, long id, Optional<String> name, String reason) {}
