package io.github.nvfetch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nvfetch fetch}: a filtered harvest, nilearn's {@code fetch_neurovault}. */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Harvest the images that pass the filters (nilearn's fetch_neurovault):",
        "collections in API order, images in collection order, nilearn's default terms unless "
            + "--no-default-terms, at most --max-images (default 100)."},
    footer = {"", "Examples:",
        "  nvfetch fetch --term modality=fMRI-BOLD --max-images 20 --neurosynth",
        "  nvfetch fetch --term 'modality~IsIn:fMRI-BOLD,fMRI-CBF' --term 'map_type=Z map'",
        "  nvfetch fetch --term 'name~Pattern:.*faces/i' --collection-term 'DOI~NotNull'",
        "  nvfetch fetch --request request.json --max-images all --json",
        "", "Flags override the --request file: terms are merged over its terms (same key "
            + "replaced), other flags replace its values.",
        "Exit codes: 0 done (failed images are listed, not errors), 1 harvest stopped, "
            + "2 bad input, 3 data directory or export not writable."})
public final class FetchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private FilterOptions filters;

  @Mixin
  private StoreOptions store;

  @Mixin
  private ClientOptions client;

  @Mixin
  private OutputOptions output;

  /** Creates the command (picocli instantiates it). */
  public FetchCommand() {
  }

  /** Runs the harvest and prints its summary. */
  @Override
  public Integer call() {
    HarvestJob job = HarvestJob.of(RequestAssembler.fetch(store, filters));
    new HarvestSession(spec.commandLine().getOut(), spec.commandLine().getErr(), output,
        HarvestSession.stdoutIsTerminal()).run(job, client.toBuilder());
    return ExitCodes.OK;
  }
}
