package io.github.nvfetch.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code nvfetch ids}: whole collections and single images, nilearn's fetch_neurovault_ids. */
@Command(
    name = "ids",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Harvest whole collections and single images by id (nilearn's " + "fetch_neurovault_ids):",
      "no filter, no limit; collections first, then images, in "
          + "the order given, duplicates removed."
    },
    footer = {
      "",
      "Examples:",
      "  nvfetch ids --collection 1952 --image 32015 32016",
      "  nvfetch ids --request ids.json --json",
      "",
      ExitCodes.HELP
    })
public final class IdsCommand extends HarvestCommand {

  @ArgGroup(validate = false, heading = "%nIds:%n", order = 1)
  private IdsOptions ids = new IdsOptions();

  /** Creates the command (picocli instantiates it). */
  public IdsCommand() {}

  @Override
  protected HarvestJob job() {
    return HarvestJob.of(RequestAssembler.ids(store, ids));
  }
}
