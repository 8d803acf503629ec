package io.github.nvfetch.testkit.internal.corpus;

import java.util.List;

/** The Neurosynth-like vocabulary the replica's decoder draws words from: a few hundred real terms. */
public final class NeuroTerms {

  /** The terms, unique, in no particular order. */
  public static final List<String> TERMS = List.of(
      "premotor", "motor", "movements", "parietal", "premotor cortex", "visual", "execution", "hand", "finger",
      "intraparietal", "motor imagery", "intraparietal sulcus", "movement", "action", "dorsal premotor",
      "posterior cingulate", "eye", "finger movements", "supplementary", "medial", "reward", "monetary",
      "anticipation", "striatum", "ventral striatum", "nucleus accumbens", "dopamine", "incentive", "gain", "loss",
      "decision", "decision making", "choice", "value", "risk", "uncertainty", "gambling", "prediction error",
      "learning", "reinforcement learning", "memory", "working memory", "episodic memory", "encoding", "retrieval",
      "recognition", "recollection", "familiarity", "hippocampus", "parahippocampal", "medial temporal",
      "entorhinal", "amygdala", "fear", "emotion", "emotional", "affective", "negative", "positive", "valence",
      "arousal", "faces", "face", "facial expressions", "fusiform", "fusiform face", "object", "objects", "scene",
      "scenes", "place", "spatial", "navigation", "attention", "attentional", "visual attention", "spatial attention",
      "selective attention", "orienting", "salience", "saliency", "conflict", "interference", "stroop", "inhibition",
      "response inhibition", "stop signal", "go nogo", "error", "errors", "monitoring", "performance monitoring",
      "cognitive control", "executive", "executive function", "task switching", "switching", "flexibility",
      "planning", "reasoning", "problem solving", "intelligence", "language", "semantic", "semantics", "syntactic",
      "sentence", "sentences", "words", "word", "reading", "phonological", "speech", "speech production",
      "speech perception", "comprehension", "naming", "verbal", "lexical", "auditory", "sound", "sounds", "music",
      "pitch", "tone", "tones", "listening", "voice", "temporal", "superior temporal", "primary auditory",
      "heschl", "visual cortex", "primary visual", "occipital", "v1", "motion", "visual motion", "mt",
      "color", "shape", "orientation", "retinotopic", "visual field", "saccades", "saccade", "eye movements",
      "oculomotor", "frontal eye", "fixation", "somatosensory", "touch", "tactile", "pain", "painful", "noxious",
      "nociceptive", "heat", "thermal", "insula", "anterior insula", "interoception", "autonomic", "heart rate",
      "cingulate", "anterior cingulate", "dorsal anterior", "midcingulate", "prefrontal", "prefrontal cortex",
      "dorsolateral prefrontal", "dlpfc", "ventrolateral prefrontal", "ventromedial prefrontal", "vmpfc",
      "orbitofrontal", "orbitofrontal cortex", "medial prefrontal", "mpfc", "frontal", "frontal pole",
      "inferior frontal", "inferior frontal gyrus", "broca", "precentral", "postcentral", "sensorimotor",
      "primary motor", "supplementary motor", "sma", "pre sma", "cerebellum", "cerebellar", "basal ganglia",
      "caudate", "putamen", "pallidus", "thalamus", "thalamic", "subthalamic", "brainstem", "midbrain",
      "substantia nigra", "vta", "hypothalamus", "default mode", "default network", "resting state",
      "functional connectivity", "connectivity", "network", "networks", "self", "self referential", "autobiographical",
      "mentalizing", "theory mind", "social", "social cognition", "empathy", "moral", "trust", "cooperation",
      "imitation", "mirror", "observation", "action observation", "biological motion", "gaze", "joint attention",
      "precuneus", "angular gyrus", "supramarginal", "temporoparietal", "temporoparietal junction", "tpj",
      "inferior parietal", "superior parietal", "posterior parietal", "calculation", "arithmetic", "numerical",
      "number", "magnitude", "time", "timing", "rhythm", "sequence", "sequences", "motor learning", "skill",
      "practice", "training", "plasticity", "imagery", "mental imagery", "visual imagery", "consciousness",
      "awareness", "sleep", "anesthesia", "schizophrenia", "depression", "major depression", "anxiety",
      "bipolar", "autism", "adhd", "ptsd", "obsessive compulsive", "addiction", "alcohol", "smoking", "nicotine",
      "cocaine", "craving", "food", "eating", "taste", "gustatory", "olfactory", "odor", "hunger", "obesity",
      "aging", "older adults", "children", "adolescents", "development", "developmental", "sex differences",
      "genetic", "alzheimer", "dementia", "parkinson", "stroke", "epilepsy", "multiple sclerosis", "pain modulation",
      "placebo", "stress", "cortisol", "reappraisal", "regulation", "emotion regulation", "mood", "sad",
      "happy", "disgust", "anger", "threat", "punishment", "avoidance", "approach", "motivation", "effort",
      "fatigue", "vigilance", "sustained attention", "alerting", "detection", "target detection", "oddball",
      "novelty", "novel", "familiar", "repetition", "adaptation", "priming", "perception", "perceptual",
      "categorization", "category", "concepts", "conceptual", "knowledge", "abstract", "concrete", "imagine",
      "future", "prospective", "counterfactual", "vision", "multisensory", "integration", "crossmodal",
      "audiovisual", "somatosensory cortex", "secondary somatosensory", "vestibular", "balance", "posture",
      "grasping", "reaching", "pointing", "tool", "tools", "manipulation", "body", "limb", "foot", "mouth",
      "tongue", "swallowing", "breathing", "heart", "blood pressure", "pupil", "skin conductance");

  private NeuroTerms() {
  }
}
