package io.github.nvfetch.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.nvfetch.testkit.internal.http.PageLinks;
import io.github.nvfetch.testkit.internal.http.PageParams;
import io.github.nvfetch.testkit.internal.http.QueryString;
import io.github.nvfetch.testkit.internal.http.RequestTarget;
import org.junit.jupiter.api.Test;

/** Python/DRF query semantics. */
class QueryAndPagingTest {

  @Test
  void queryStringsParseAsParseQsAndEncodeAsUrlencodeSorted() {
    QueryString q = QueryString.parse("b=2&a=x+y&a=%C3%A9&flag&c=a%2Fb");
    assertEquals("é", q.last("a").orElseThrow());
    assertEquals("", q.last("flag").orElseThrow());
    assertEquals("a=x+y&a=%C3%A9&b=2&c=a%2Fb&flag=", q.encodeSorted());
    assertEquals("a=x+y&a=%C3%A9&b=9&c=a%2Fb&flag=", q.with("b", "9").encodeSorted());
    assertEquals("b=2&c=a%2Fb&flag=", q.without("a").encodeSorted());
  }

  @Test
  void limitAndOffsetFallBackAsDrfDoes() {
    assertEquals(new PageParams(100, 0), PageParams.of(QueryString.parse("")));
    assertEquals(new PageParams(100, 0), PageParams.of(QueryString.parse("limit=0&offset=-1")));
    assertEquals(new PageParams(100, 0), PageParams.of(QueryString.parse("limit=abc&offset=x")));
    assertEquals(
        new PageParams(1000, 5),
        PageParams.of(QueryString.parse("limit=99999999999999999999&offset=5")));
    assertEquals(new PageParams(12, 7), PageParams.of(QueryString.parse("limit=1_2&offset=+7")));
    assertEquals(
        new PageParams(3, 0),
        PageParams.of(QueryString.parse("limit=5&limit=3")),
        "last value wins");
  }

  @Test
  void linksMatchDrf() {
    QueryString q = QueryString.parse("offset=100&format=json");
    PageParams p = PageParams.of(q);
    assertEquals(
        "http://h/api/collections/?format=json&limit=100&offset=200",
        PageLinks.next("http://h", "/api/collections/", q, p, 17_333));
    assertEquals(
        "http://h/api/collections/?format=json&limit=100",
        PageLinks.previous("http://h", "/api/collections/", q, p));
    assertNull(PageLinks.next("http://h", "/x/", q, p, 200));
    assertNull(
        PageLinks.previous("http://h", "/x/", QueryString.parse("limit=3"), new PageParams(3, 0)));
  }

  @Test
  void requestTargetsSplitRawPathAndQuery() {
    RequestTarget t = RequestTarget.parse("http://example.org/api/images/?limit=2#frag");
    assertEquals("/api/images/", t.path());
    assertEquals("limit=2", t.query());
    assertNull(RequestTarget.parse("/api/images/").query());
  }
}
