/**
 * The harvest report: {@link io.github.nvfetch.report.HarvestReport} writes a self-contained HTML
 * page with glass-brain thumbnails from a dataset or a data dir; {@link
 * io.github.nvfetch.report.ThumbnailPool} renders thumbnails while a harvest runs.
 */
@NullMarked
package io.github.nvfetch.report;

import org.jspecify.annotations.NullMarked;
