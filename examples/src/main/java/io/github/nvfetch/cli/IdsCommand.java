package io.github.nvfetch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nvfetch ids}: whole collections and single images, nilearn's fetch_neurovault_ids. */
@Command(name = "ids", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Harvest whole collections and single images by id (nilearn's "
        + "fetch_neurovault_ids):", "no filter, no limit; collections first, then images, in "
        + "the order given, duplicates removed."},
    footer = {"", "Examples:",
        "  nvfetch ids --collection 1952 --image 32015 32016",
        "  nvfetch ids --request ids.json --json",
        "", "Exit codes: 0 done (failed images and collections are listed, not errors), "
            + "1 harvest stopped, 2 bad input, 3 data directory or export not writable."})
public final class IdsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private IdsOptions ids;

  @Mixin
  private StoreOptions store;

  @Mixin
  private ClientOptions client;

  @Mixin
  private OutputOptions output;

  /** Creates the command (picocli instantiates it). */
  public IdsCommand() {
  }

  /** Runs the harvest and prints its summary. */
  @Override
  public Integer call() {
    HarvestJob job = HarvestJob.of(RequestAssembler.ids(store, ids));
    new HarvestSession(spec.commandLine().getOut(), spec.commandLine().getErr(), output,
        HarvestSession.stdoutIsTerminal()).run(job, client.toBuilder());
    return ExitCodes.OK;
  }
}
