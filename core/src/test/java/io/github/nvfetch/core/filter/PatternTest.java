package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternTest {

  @Test
  void nilearnTestPattern() {
    Pattern pattern0 = Pattern.of("[0-9akqj]{5}$");
    assertEquals("Pattern(pattern='[0-9akqj]{5}$', flags=0)", pattern0.toString());
    Pattern pattern1 = Pattern.of("[0-9akqj]{5}$", Pattern.Flag.IGNORECASE);

    assertTrue(pattern0.matches("ak05q"));
    assertFalse(pattern0.matches("Ak05q"));
    assertFalse(pattern0.matches("ak05e"));
    assertTrue(pattern1.matches("ak05q"));
    assertTrue(pattern1.matches("Ak05q"));
    assertFalse(pattern1.matches("ak05e"));
  }

  @Test
  void isAnchoredAtTheStartOnly() {
    assertTrue(Pattern.of("T").matches("T map"));
    assertFalse(Pattern.of("map").matches("T map"));
    assertTrue(Pattern.of(".*map").matches("T map"));
  }

  @Test
  void onlyStringsMatch() {
    assertFalse(Pattern.of(".*").matches(null));
    assertFalse(Pattern.of("1").matches(1L));
    assertFalse(Pattern.of("\\[").matches(List.of("a")));
    assertFalse(Terms.of("name", Pattern.of(".*")).test(record()));
    assertTrue(Terms.of("name", Pattern.of("mo")).test(record("name", "motor")));
  }

  @Test
  void multilineAndDotallFlags() {
    String text = "first\nsecond";
    assertFalse(Pattern.of("first.second").matches(text));
    assertTrue(Pattern.of("first.second", Pattern.Flag.DOTALL).matches(text));
    assertFalse(Pattern.of("first$\\nsecond$").matches(text + "\nthird"));
    assertTrue(Pattern.of("first$\\nsecond$", Pattern.Flag.MULTILINE).matches(text + "\nthird"));
  }

  @Test
  void dollarMatchesBeforeATrailingNewlineOnly() {
    assertTrue(Pattern.of("abc$").matches("abc\n"));
    assertFalse(Pattern.of("abc$").matches("abc\r"));
    assertFalse(Pattern.of("abc\\Z").matches("abc\n"));
    assertTrue(Pattern.of("abc\\Z").matches("abc"));
  }

  @Test
  void unicodeAwareUnlessAscii() {
    assertTrue(Pattern.of("\\w+$").matches("été"));
    assertFalse(Pattern.of("\\w+$", Pattern.Flag.ASCII).matches("été"));
    assertTrue(Pattern.of("ÉTÉ", Pattern.Flag.IGNORECASE).matches("été"));
  }

  @Test
  void verboseIgnoresWhitespaceAndComments() {
    assertTrue(Pattern.of("a b  # letters", Pattern.Flag.VERBOSE).matches("ab"));
  }

  @Test
  void acceptsPythonNamedGroups() {
    assertTrue(Pattern.of("(?P<x>ab)(?P=x)").matches("abab"));
    assertFalse(Pattern.of("(?P<x>ab)(?P=x)").matches("abba"));
  }

  @Test
  void reprListsFlagsLikePython() {
    assertEquals(
        "Pattern(pattern='a', flags=re.IGNORECASE|re.DOTALL)",
        Pattern.of("a", Pattern.Flag.DOTALL, Pattern.Flag.IGNORECASE).toString());
    assertEquals("Pattern(pattern=\"it's\", flags=0)", Pattern.of("it's").toString());
  }

  @Test
  void flagNamesParseLikePython() {
    assertEquals(Pattern.Flag.IGNORECASE, Pattern.Flag.parse("IGNORECASE"));
    assertEquals(Pattern.Flag.IGNORECASE, Pattern.Flag.parse("re.I"));
    assertEquals(Pattern.Flag.DOTALL, Pattern.Flag.parse("s"));
    assertEquals(Pattern.Flag.MULTILINE, Pattern.Flag.parse(" multiline "));
    assertEquals(2, Pattern.Flag.IGNORECASE.pythonValue());
    assertThrows(IllegalArgumentException.class, () -> Pattern.Flag.parse("LOCALE"));
  }

  @Test
  void invalidInputIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Pattern.of("(unclosed"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Pattern.of("a", Pattern.Flag.ASCII, Pattern.Flag.UNICODE));
    assertThrows(NullPointerException.class, () -> Pattern.of(null));
  }

  @Test
  void valueEquality() {
    assertEquals(
        Pattern.of("a", Pattern.Flag.IGNORECASE),
        Pattern.ofFlags("a", Set.of(Pattern.Flag.IGNORECASE)));
    assertEquals(Pattern.of("a").hashCode(), Pattern.of("a").hashCode());
    assertNotEquals(Pattern.of("a"), Pattern.of("a", Pattern.Flag.IGNORECASE));
    assertEquals("a", Pattern.of("a").pattern());
    assertEquals(Set.of(Pattern.Flag.DOTALL), Pattern.of("a", Pattern.Flag.DOTALL).flags());
  }
}
