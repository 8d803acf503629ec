package io.github.nvfetch.testkit.internal.http;

/**
 * What a list page holds, for the poison-record fault.
 *
 * @param limit the effective page limit
 * @param collectionIds the collection ids of a collection list page (empty otherwise)
 * @param imageIds the image ids of an image list page (empty otherwise)
 */
public record PageInfo(int limit, long[] collectionIds, long[] imageIds) {}
