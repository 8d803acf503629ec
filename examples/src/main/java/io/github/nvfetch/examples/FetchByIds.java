package io.github.nvfetch.examples;

import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import java.util.Arrays;

/**
 * nilearn's {@code fetch_neurovault_ids(collection_ids=[1952], image_ids=[32015, 32016])}: a whole
 * collection and two single images, no filter, no limit. Collection 1952 is large on the real
 * service (thousands of images); the embedded replica has other ids, so the example uses the
 * replica's first collection and two images of its second collection instead, and says so.
 *
 * <p>Run: {@code ./nvfetch example ids [--base-url https://neurovault.org]}
 */
public final class FetchByIds {

  /** The collection of nilearn's example. */
  public static final long COLLECTION = 1952;

  /** The images of nilearn's example. */
  @SuppressWarnings("MutablePublicArray") // an example's constant, printed by its test
  public static final long[] IMAGES = {32015, 32016};

  static final CorpusSpec CORPUS =
      CorpusSpec.builder().seed(42).collections(6).images(60).privateCollectionRate(0).build();

  private FetchByIds() {}

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args, CORPUS)) {
      run(env);
    }
  }

  /** Fetches the collection and the images, prints and returns them. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    long collection = COLLECTION;
    long[] images = IMAGES;
    if (env.embedded()) {
      Corpus corpus = env.replica().orElseThrow().corpus();
      long[] collections = corpus.collectionIds().limit(2).toArray();
      collection = collections[0];
      images = corpus.imageIds(collections[1]).limit(2).toArray();
      env.out()
          .println(
              "The replica has no collection 1952 nor images 32015, 32016: using its "
                  + "collection "
                  + collection
                  + " and images "
                  + Arrays.toString(images)
                  + " instead.");
    }
    IdsRequest request =
        IdsRequest.builder()
            .collectionIds(collection)
            .imageIds(images)
            .dataDir(env.dataDir())
            .build();
    NeuroVaultDataset dataset = NeuroVault.fetchNeurovaultIds(env.client(), request);
    Show.dataset(dataset, env.out());
    return dataset;
  }
}
