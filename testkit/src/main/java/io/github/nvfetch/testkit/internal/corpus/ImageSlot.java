package io.github.nvfetch.testkit.internal.corpus;

/**
 * Where an image sits in the corpus layout.
 *
 * @param position the collection's position in the layout (ascending collection id)
 * @param index the image's index within its collection (ascending image id)
 */
public record ImageSlot(int position, int index) {}
