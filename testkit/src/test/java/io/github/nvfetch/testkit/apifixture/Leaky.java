package io.github.nvfetch.testkit.apifixture;

import io.github.nvfetch.testkit.apifixture.internal.Hidden;
import java.util.List;

/** A public type whose signatures mention an internal type in every way the scan knows. */
public class Leaky implements Comparable<Hidden> {

  /** A field. */
  public Hidden field;

  /** Not part of the API: private members may mention anything. */
  private Hidden secret;

  /** A constructor. */
  protected Leaky(Hidden hidden) {
    this.secret = hidden;
  }

  /** A generic return type. */
  public List<? extends Hidden> list() {
    return List.of(secret);
  }

  /** A package-private method is not part of the API. */
  Hidden quiet() {
    return secret;
  }

  @Override
  public int compareTo(Hidden other) {
    return 0;
  }

  /** A record component. */
  public record Holder(Hidden[] hidden) {}
}
