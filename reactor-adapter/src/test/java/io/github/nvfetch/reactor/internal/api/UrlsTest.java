package io.github.nvfetch.reactor.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void resolvesApiPathsUnderTheBaseKeepingAPrefix() {
    assertEquals(
        URI.create("https://nv.example/api/images/"),
        Urls.resolve(URI.create("https://nv.example"), "/api/images/"));
    assertEquals(
        URI.create("http://proxy:8080/nv/api/images/"),
        Urls.resolve(URI.create("http://proxy:8080/nv/"), "/api/images/"));
  }

  @Test
  void setsQueryParametersKeepingTheOthersAndEncoding() {
    URI next = URI.create("http://h/api/collections/?format=json&limit=100&offset=200");
    assertEquals(
        URI.create("http://h/api/collections/?format=json&limit=50&offset=200"),
        Urls.withQuery(next, Map.of("limit", "50")));
    assertEquals(
        URI.create("http://h/x/?DOI=10.2%2Fy"),
        Urls.withQuery(URI.create("http://h/x/"), Map.of("DOI", "10.2/y")));
  }

  @Test
  void pinsSameHostLinksToTheConfiguredSchemeAndRefusesOtherHosts() {
    URI base = URI.create("https://nv.example");
    assertEquals(
        Optional.of(URI.create("https://nv.example/api/collections/?limit=2&offset=2")),
        Urls.sameHostLink(base, "http://nv.example/api/collections/?limit=2&offset=2"));
    assertEquals(Optional.empty(), Urls.sameHostLink(base, "http://evil.example/api/"));
    assertEquals(Optional.empty(), Urls.sameHostLink(base, null));
  }
}
