package io.github.nvfetch.reactor;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import java.util.Objects;

/**
 * The blocking facade, for callers that do not use Reactor: nilearn's two functions with the same
 * names. Each call blocks until the harvest ends.
 *
 * <pre>{@code
 * NeuroVaultDataset data = NeuroVault.fetchNeurovault(FetchRequest.builder()
 *     .imageTerm("modality", "fMRI-BOLD").maxImages(7).build());
 * }</pre>
 */
public final class NeuroVault {

  private NeuroVault() {}

  /** nilearn's {@code fetch_neurovault}, with a client built from the defaults and closed after. */
  public static NeuroVaultDataset fetchNeurovault(FetchRequest request) {
    try (NeuroVaultClient client = NeuroVaultClient.builder().build()) {
      return fetchNeurovault(client, request);
    }
  }

  /** nilearn's {@code fetch_neurovault} with your client. */
  public static NeuroVaultDataset fetchNeurovault(NeuroVaultClient client, FetchRequest request) {
    return Objects.requireNonNull(client.fetchDataset(request).block(), "dataset");
  }

  /** nilearn's {@code fetch_neurovault_ids}, with a client built from the defaults. */
  public static NeuroVaultDataset fetchNeurovaultIds(IdsRequest request) {
    try (NeuroVaultClient client = NeuroVaultClient.builder().build()) {
      return fetchNeurovaultIds(client, request);
    }
  }

  /** nilearn's {@code fetch_neurovault_ids} with your client. */
  public static NeuroVaultDataset fetchNeurovaultIds(NeuroVaultClient client, IdsRequest request) {
    return Objects.requireNonNull(
        client.fetchIdsDataset(request, HarvestListener.NONE).block(), "dataset");
  }
}
