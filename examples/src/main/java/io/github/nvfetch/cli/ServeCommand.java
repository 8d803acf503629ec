package io.github.nvfetch.cli;

import io.github.nvfetch.examples.service.HarvestService;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nvfetch serve}: runs the harvest service in the foreground with one shared client, prints
 * {@code service listening on <URL>} once ready and stops cleanly on SIGINT/SIGTERM.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serve harvests over HTTP, streamed as NDJSON (one line per stored image, "
          + "then a summary):",
      "  GET  /harvest?term=KEY=VALUE&max_images=N&words=true   (the fetch command's terms)",
      "  POST /harvest                                          (a JSON request document)",
      "  GET  /harvest/ids?collection=ID&image=ID",
      "  GET  /progress/{harvest}  (the id is in the Nvfetch-Harvest response header)",
      "  GET  /metrics  (Micrometer meters, Prometheus text format)",
      "  GET  /health"
    })
public final class ServeCommand implements Callable<Integer> {

  private final CountDownLatch stopRequested = new CountDownLatch(1);

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      required = true,
      paramLabel = "PORT",
      description = "Port to listen on (0: any free port).")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "nvfetch-data",
      description = "Where every harvest stores its files (default: ${DEFAULT-VALUE}).")
  private Path dataDir;

  @ArgGroup(validate = false, heading = "%nConnection:%n")
  private ClientOptions client = new ClientOptions();

  /** Creates the command (picocli instantiates it). */
  public ServeCommand() {}

  /** Starts the service and blocks until a stop is requested. */
  @Override
  public Integer call() throws InterruptedException {
    PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (NeuroVaultClient shared = client.toBuilder().meterRegistry(meters).build();
        HarvestService service = HarvestService.start(shared, meters, dataDir, host, port)) {
      Thread hook = new Thread(this::requestStop, "nvfetch-serve-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      PrintWriter out = spec.commandLine().getOut();
      out.println("service listening on " + service.baseUrl());
      out.flush();
      stopRequested.await();
    } finally {
      meters.close();
    }
    return ExitCodes.OK;
  }

  /** Asks a running {@link #call()} to stop the service and return. */
  public void requestStop() {
    stopRequested.countDown();
  }
}
