package io.github.nvfetch.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code nvfetch fetch}: a filtered harvest, nilearn's {@code fetch_neurovault}. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Harvest the images that pass the filters (nilearn's fetch_neurovault):",
      "collections in API order, images in collection order, nilearn's default terms unless "
          + "--no-default-terms, at most --max-images (default 100)."
    },
    footer = {
      "",
      "Examples:",
      "  nvfetch fetch --term modality=fMRI-BOLD --max-images 20 --neurosynth",
      "  nvfetch fetch --term 'map_type~IsIn:T map,Z map' --max-images all",
      "  nvfetch fetch --term 'name~Pattern:.*faces/i' --collection-term 'DOI~NotNull'",
      "  nvfetch fetch --request request.json --max-images all --json",
      "",
      "Flags override the --request file: terms are merged over its terms (same key "
          + "replaced), other flags replace its values.",
      ExitCodes.HELP
    })
public final class FetchCommand extends HarvestCommand {

  @ArgGroup(validate = false, heading = "%nSelection:%n", order = 1)
  private FilterOptions filters = new FilterOptions();

  /** Creates the command (picocli instantiates it). */
  public FetchCommand() {}

  @Override
  protected HarvestJob job() {
    return HarvestJob.of(RequestAssembler.fetch(store, filters));
  }
}
