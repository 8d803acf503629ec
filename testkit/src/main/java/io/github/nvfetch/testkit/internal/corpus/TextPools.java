package io.github.nvfetch.testkit.internal.corpus;

import java.util.List;

/** Pools of realistic text the record generators draw from. */
public final class TextPools {

  /**
   * Cognitive Atlas task names; their ids are derived by {@link #taskId(String)} (two are the real
   * ones).
   */
  public static final List<String> TASKS =
      List.of(
          "Landmark task",
          "cue approach task",
          "n-back task",
          "Stroop task",
          "stop signal task",
          "go/no-go task",
          "monetary incentive delay task",
          "emotional face matching",
          "balloon analogue risk task",
          "Iowa gambling task",
          "Sternberg item recognition task",
          "flanker task",
          "Eriksen flanker task",
          "resting state",
          "finger tapping task",
          "motor sequence learning",
          "story comprehension",
          "theory of mind task",
          "false belief task",
          "mental rotation task",
          "delay discounting task",
          "probabilistic reversal learning",
          "visual oddball task",
          "auditory oddball task",
          "semantic decision task",
          "picture naming task",
          "verb generation task",
          "pain stimulation task");

  /** Contrast descriptions. */
  public static final List<String> CONTRASTS =
      List.of(
          "correct or incorrect response (control)",
          "high value go minus no go at probe",
          "2-back > 0-back",
          "incongruent > congruent",
          "stop > go",
          "successful stop > failed stop",
          "gain anticipation > neutral",
          "faces > shapes",
          "fearful > neutral faces",
          "task > rest",
          "left hand > right hand",
          "words > pseudowords",
          "story > math",
          "risky > safe choice",
          "reward > punishment",
          "oddball > standard",
          "encoding: remembered > forgotten",
          "pain > warm",
          "self > other",
          "mean activation",
          "linear effect of load",
          "parametric modulation by value");

  /** Scanner makes and models, as "make|model". */
  public static final List<String> SCANNERS =
      List.of(
          "Siemens|Trio",
          "Siemens|Skyra",
          "Siemens|Prisma",
          "Siemens|Verio",
          "GE|Discovery MR750",
          "GE|Signa HDxt",
          "Philips|Achieva",
          "Philips|Ingenia");

  /** Analysis software, as "package|version". */
  public static final List<String> SOFTWARE =
      List.of(
          "FSL|5.0.9",
          "FSL|6.0.4",
          "SPM|SPM8",
          "SPM|SPM12",
          "AFNI|AFNI_17.2",
          "FreeSurfer|6.0",
          "fMRIPrep|20.2.1",
          "Nipype|1.5");

  /** Journals. */
  public static final List<String> JOURNALS =
      List.of(
          "NeuroImage",
          "Nature Neuroscience",
          "Cerebral Cortex",
          "Journal of Neuroscience",
          "Human Brain Mapping",
          "Neuron",
          "eLife",
          "PNAS",
          "Social Cognitive and Affective Neuroscience",
          "Scientific Data",
          "GigaScience",
          "Brain");

  /** Study topics used in collection names. */
  public static final List<String> TOPICS =
      List.of(
          "working memory",
          "reward anticipation",
          "response inhibition",
          "face perception",
          "emotion regulation",
          "language comprehension",
          "motor learning",
          "pain processing",
          "spatial attention",
          "decision making under risk",
          "social cognition",
          "episodic memory encoding",
          "resting-state connectivity",
          "value-based choice",
          "cognitive control",
          "visual imagery");

  /** Author family names (some non-ASCII, as the live API emits raw UTF-8). */
  public static final List<String> SURNAMES =
      List.of(
          "Schonberg",
          "Bakkour",
          "Poldrack",
          "Gorgolewski",
          "Müller",
          "García",
          "Nguyen",
          "Smith",
          "Chen",
          "Okafor",
          "Larsson",
          "Dubois",
          "Rossi",
          "Kowalski",
          "Yamamoto",
          "Fernández",
          "Novák",
          "Haxby",
          "Yarkoni",
          "Nichols");

  /** Author given names. */
  public static final List<String> GIVEN_NAMES =
      List.of(
          "Tom",
          "Akram",
          "Russell",
          "Krzysztof",
          "Anna",
          "Jorge",
          "Linh",
          "Sarah",
          "Wei",
          "Chidi",
          "Emma",
          "Camille",
          "Giulia",
          "Piotr",
          "Yuki",
          "Lucía",
          "Jan",
          "James",
          "Tal",
          "Thomas");

  /** Text that the live service uses to mean "no value". */
  public static final List<String> NULL_LIKE = List.of("", "N/A", "None / Other", "None", "null");

  private TextPools() {}

  /** A stable Cognitive Atlas-like id for a task name (the two real ids are kept). */
  public static String taskId(String task) {
    return switch (task) {
      case "Landmark task" -> "trm_5346938eed092";
      case "cue approach task" -> "trm_553e77e53497d";
      default -> "trm_" + String.format("%013x", Rng.mix(task.hashCode()) & 0xFFFFFFFFFFFFFL);
    };
  }

  /** A stable Cognitive Atlas-like contrast id. */
  public static String contrastId(String contrast) {
    return "cnt_"
        + String.format("%013x", Rng.mix(contrast.hashCode() * 31L + 7) & 0xFFFFFFFFFFFFFL);
  }

  /** A username for an owner id. */
  public static String username(long ownerId) {
    Rng rng = Rng.of(0, 99, ownerId);
    return rng.pick(GIVEN_NAMES).toLowerCase(java.util.Locale.ROOT).replace('í', 'i')
        + rng.pick(SURNAMES).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "")
        + ownerId;
  }

  /** "Given Surname" picked from the pools. */
  public static String person(Rng rng) {
    return rng.pick(GIVEN_NAMES) + " " + rng.pick(SURNAMES);
  }
}
