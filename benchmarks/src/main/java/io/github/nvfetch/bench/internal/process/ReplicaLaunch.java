package io.github.nvfetch.bench.internal.process;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.Faults;
import java.util.List;
import java.util.Set;

/**
 * What a replica child process serves: a corpus (seed, collections, images, file size, private
 * rate) and a fault profile. Passed to the child as command-line options, so that parent and child
 * generate the same corpus.
 *
 * @param seed corpus seed
 * @param collections collections
 * @param images images
 * @param realisticFiles realistic 0.7 MB files instead of tiny ones
 * @param privateRate fraction of private collections
 * @param profile fault profile name ({@code none}, {@code nginx}, {@code neurovault}, ...)
 */
public record ReplicaLaunch(
    long seed,
    int collections,
    long images,
    boolean realisticFiles,
    double privateRate,
    String profile) {

  /** The options the child reads. */
  public static final Set<String> OPTIONS =
      Set.of("seed", "collections", "images", "realistic-files", "private-rate", "profile");

  /** The corpus spec. */
  public CorpusSpec spec() {
    return CorpusSpec.builder()
        .seed(seed)
        .collections(collections)
        .images(images)
        .realisticFileSize(realisticFiles)
        .privateCollectionRate(privateRate)
        .build();
  }

  /** The faults of the profile. */
  public Faults faults() {
    return FaultProfile.named(profile).faults();
  }

  /** The child's command-line options. */
  public List<String> toArgs() {
    return List.of(
        "--seed",
        Long.toString(seed),
        "--collections",
        Integer.toString(collections),
        "--images",
        Long.toString(images),
        "--realistic-files",
        Boolean.toString(realisticFiles),
        "--private-rate",
        Double.toString(privateRate),
        "--profile",
        profile);
  }

  /** Reads the child's command-line options. */
  public static ReplicaLaunch fromArgs(Args args) {
    return new ReplicaLaunch(
        args.positiveLong("seed", 42),
        args.positiveInt("collections", 30),
        args.positiveLong("images", 300),
        args.flag("realistic-files"),
        Double.parseDouble(args.string("private-rate", "0.03")),
        args.string("profile", "none"));
  }
}
