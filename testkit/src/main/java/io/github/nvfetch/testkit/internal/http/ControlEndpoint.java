package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.internal.stats.StatsJson;
import io.github.nvfetch.testkit.internal.stats.StatsRecorder;

/** The replica's own routes: {@code GET /_replica/stats} and {@code POST /_replica/stats/reset}. */
final class ControlEndpoint {

  private final StatsRecorder stats;
  private final Runnable reset;

  ControlEndpoint(StatsRecorder stats, Runnable reset) {
    this.stats = stats;
    this.reset = reset;
  }

  Reply handle(String method, ResolvedRoute route) {
    if (route.control().equals("stats") && (method.equals("GET") || method.equals("HEAD"))) {
      return Replies.controlJson(200, StatsJson.of(stats.snapshot()));
    }
    if (route.control().equals("reset") && method.equals("POST")) {
      reset.run();
      return Replies.controlJson(200, StatsJson.of(stats.snapshot()));
    }
    return Replies.methodNotAllowed(method);
  }
}
