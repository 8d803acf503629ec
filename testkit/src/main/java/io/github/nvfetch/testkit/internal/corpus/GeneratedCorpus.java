package io.github.nvfetch.testkit.internal.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FileStatus;
import io.github.nvfetch.testkit.HostileImageIds;
import io.github.nvfetch.testkit.VolumeMix;
import io.github.nvfetch.testkit.VolumeVariant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The {@link Corpus} implementation: a layout plus record, file and word generators. Thread-safe.
 */
public final class GeneratedCorpus implements Corpus {

  private final CorpusSpec spec;
  private final CorpusLayout layout;
  private final VariedVolumes varied;
  private final FileStore files;
  private final HostileRecords hostile;
  private final CollectionRecords collections;
  private final ImageRecords images;
  private final FileIndex fileIndex = new FileIndex();

  private GeneratedCorpus(CorpusSpec spec) {
    this.spec = spec;
    this.layout = LayoutGenerator.generate(spec, spec.hostileRecords() ? HostileRecords.COUNT : 0);
    this.varied =
        spec.volumes() == VolumeMix.VARIED ? new VariedVolumes(spec.seed(), layout) : null;
    this.files = new FileStore(spec.seed(), spec.realisticFileSize(), varied);
    this.hostile = spec.hostileRecords() ? new HostileRecords(layout, files) : null;
    this.collections = new CollectionRecords(spec.seed(), layout);
    this.images = new ImageRecords(spec.seed(), this::servedSize);
  }

  /** Generates the corpus of a spec. */
  public static GeneratedCorpus create(CorpusSpec spec) {
    return new GeneratedCorpus(spec);
  }

  /** The layout. */
  public CorpusLayout layout() {
    return layout;
  }

  /** The record generator of collections (also gives identities for filters). */
  public CollectionRecords collections() {
    return collections;
  }

  /** The traits of an image. */
  public ImageTraits traits(ImageSlot slot) {
    CollectionTraits collection = collections.traits(slot.position());
    if (hostile != null && hostile.isHostileCollection(slot.position())) {
      return hostile.traits(collection, slot.index());
    }
    return ImageTraits.of(
        spec.seed(),
        spec.missingFileRate(),
        spec.corruptFileRate(),
        collection,
        layout,
        slot.index());
  }

  /** The record of an image at a slot. */
  public ObjectNode imageRecord(ImageSlot slot, String base) {
    ImageTraits t = traits(slot);
    ObjectNode record = images.build(t, base);
    return hostile != null && hostile.isHostileCollection(slot.position())
        ? hostile.patch(record, t, base)
        : record;
  }

  /** The body served for an image's file, or null when missing. */
  public FileBody fileBody(ImageTraits t) {
    return isHostile(t) ? hostile.body(t) : files.body(t);
  }

  /** The index of the image of a collection whose file has a relative path (decoded), or -1. */
  public int findFile(int position, String relativePath) {
    return fileIndex.find(
        position,
        layout.imageCount(position),
        i -> traits(new ImageSlot(position, i)).relativePath(),
        relativePath);
  }

  @Override
  public CorpusSpec spec() {
    return spec;
  }

  @Override
  public LongStream collectionIds() {
    ListIndex index = layout.index(false);
    return IntStream.range(0, index.collectionCount())
        .mapToLong(i -> layout.collectionId(index.position(i)));
  }

  @Override
  public LongStream allCollectionIds() {
    return IntStream.range(0, layout.size()).mapToLong(layout::collectionId);
  }

  @Override
  public int collectionCount() {
    return layout.index(false).collectionCount();
  }

  @Override
  public long imageCount() {
    return layout.index(false).imageCount();
  }

  @Override
  public long totalImageCount() {
    return layout.index(true).imageCount();
  }

  @Override
  public boolean collectionExists(long collectionId) {
    return layout.positionOf(collectionId).isPresent();
  }

  @Override
  public boolean isPrivate(long collectionId) {
    OptionalInt p = layout.positionOf(collectionId);
    return p.isPresent() && layout.isPrivate(p.getAsInt());
  }

  @Override
  public Optional<String> privateToken(long collectionId) {
    OptionalInt p = layout.positionOf(collectionId);
    return p.isPresent() ? Optional.ofNullable(layout.token(p.getAsInt())) : Optional.empty();
  }

  @Override
  public ObjectNode collectionJson(long collectionId, String baseUrl) {
    return collections.build(position(collectionId), baseUrl);
  }

  @Override
  public LongStream imageIds(long collectionId) {
    OptionalInt p = layout.positionOf(collectionId);
    if (p.isEmpty()) {
      return LongStream.empty();
    }
    int position = p.getAsInt();
    return IntStream.range(0, layout.imageCount(position))
        .mapToLong(i -> layout.imageId(position, i));
  }

  @Override
  public LongStream imageIds() {
    ListIndex index = layout.index(false);
    return IntStream.range(0, index.collectionCount())
        .mapToObj(index::position)
        .flatMapToLong(
            p -> IntStream.range(0, layout.imageCount(p)).mapToLong(i -> layout.imageId(p, i)));
  }

  @Override
  public boolean imageExists(long imageId) {
    return layout.locate(imageId) != null;
  }

  @Override
  public long collectionOf(long imageId) {
    return layout.collectionId(slot(imageId).position());
  }

  @Override
  public ObjectNode imageJson(long imageId, String baseUrl) {
    return imageRecord(slot(imageId), baseUrl);
  }

  @Override
  public FileStatus fileStatus(long imageId) {
    return traits(slot(imageId)).fileStatus();
  }

  @Override
  public byte[] fileBytes(long imageId) {
    FileBody body = fileBody(traits(slot(imageId)));
    return body == null ? new byte[0] : body.toBytes();
  }

  @Override
  public String filePath(long imageId) {
    ImageTraits t = traits(slot(imageId));
    return Links.media("", t.collection().ref(), t.relativePath());
  }

  @Override
  public Map<String, Double> words(long imageId) {
    ImageTraits t = traits(slot(imageId));
    return NeurosynthWords.of(spec.seed(), imageId, t.kind());
  }

  @Override
  public Optional<VolumeVariant> volumeVariant(long imageId) {
    ImageSlot slot = slot(imageId);
    boolean hostileImage = hostile != null && hostile.isHostileCollection(slot.position());
    return varied == null || hostileImage ? Optional.empty() : Optional.of(varied.variant(slot));
  }

  @Override
  public Optional<HostileImageIds> hostileImageIds() {
    return hostile == null ? Optional.empty() : Optional.of(hostile.ids());
  }

  private long servedSize(ImageTraits t) {
    return isHostile(t) ? hostile.size(t) : files.size(t);
  }

  private boolean isHostile(ImageTraits t) {
    return hostile != null && hostile.isHostileCollection(t.collection().position());
  }

  private int position(long collectionId) {
    return layout
        .positionOf(collectionId)
        .orElseThrow(() -> new IllegalArgumentException("no collection " + collectionId));
  }

  private ImageSlot slot(long imageId) {
    ImageSlot slot = layout.locate(imageId);
    if (slot == null) {
      throw new IllegalArgumentException("no image " + imageId);
    }
    return slot;
  }
}
