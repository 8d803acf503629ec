package io.github.nvfetch.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.testkit.ApiSurface;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No public or protected signature of the SDK's public types (fields, methods, constructors,
 * supertypes, record components) mentions a type of an {@code .internal} package: the internals can
 * change without breaking a caller. (The modules are automatic modules, see the README, so this
 * test stands in for a {@code module-info} that exports only public packages.)
 */
class PublicApiSurfaceTest {

  @Test
  void theSdksPublicSignaturesMentionNoInternalType() {
    ApiSurface sdk = ApiSurface.of(NeuroVaultClient.class, "io.github.nvfetch.reactor");
    assertTrue(sdk.types().contains(NeuroVaultClient.class), "scanned " + sdk.types());
    assertEquals(List.of(), sdk.internalLeaks());
  }
}
