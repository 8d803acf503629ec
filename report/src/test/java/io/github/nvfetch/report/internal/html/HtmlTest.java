package io.github.nvfetch.report.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesMarkupQuotesAndDropsControlCharacters() {
    assertEquals(
        "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
        Html.text("<a href=\"x\" onclick='y'>&amp;</a>"));
    assertEquals("a\ufffdb\tc\nd\ufffd", Html.text("a\u0000b\tc\nd\u0085"));
    assertEquals("\ufffdx\ufffd", Html.text("\ud800x\udc00"), "lone surrogates");
    assertEquals("\ud83e\udde0 brain", Html.text("\ud83e\udde0 brain"), "pairs are kept");
  }

  @Test
  void numbersHaveThreeSignificantDigits() {
    assertEquals("3.14", Html.number(3.14159));
    assertEquals("-12", Html.number(-12.0));
    assertEquals("0", Html.number(0));
    assertEquals("1.23e+04", Html.number(12345));
  }

  @Test
  void barChartsEscapeLabelsAndFoldTheTail() {
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < 20; i++) {
      counts.put("type " + (char) ('a' + i), (long) (i + 1));
    }
    counts.put("<img src=x onerror=alert(1)>", 50L);
    String html = BarChart.of("c", "Map types", counts);
    assertFalse(html.contains("<img"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("style=\"width:100%\""), "the largest bar is full width");
    assertTrue(html.contains(">9 others<"), html);
    assertEquals(BarChart.MAX_ROWS + 1, html.split("<tr>", -1).length - 1);
  }
}
