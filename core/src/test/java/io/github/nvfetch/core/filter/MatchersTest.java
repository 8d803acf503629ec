package io.github.nvfetch.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchersTest {

  @Test
  void facadeBuildsTheSameMatchersAsTheFactories() {
    assertEquals(IsNull.of(), Matchers.isNull());
    assertEquals(NotNull.of(), Matchers.notNull());
    assertEquals(NotEqual.of("a"), Matchers.notEqual("a"));
    assertEquals(GreaterOrEqual.of(1), Matchers.greaterOrEqual(1));
    assertEquals(GreaterThan.of(1), Matchers.greaterThan(1));
    assertEquals(LessOrEqual.of(1), Matchers.lessOrEqual(1));
    assertEquals(LessThan.of(1), Matchers.lessThan(1));
    assertEquals(IsIn.of(1, 2), Matchers.isIn(1, 2));
    assertEquals(IsIn.of(1, 2), Matchers.isInAll(List.of(1, 2)));
    assertEquals(NotIn.of(1, 2), Matchers.notIn(1, 2));
    assertEquals(NotIn.of(1, 2), Matchers.notInAll(List.of(1, 2)));
    assertEquals(Contains.of("a"), Matchers.contains("a"));
    assertEquals(NotContains.of("a"), Matchers.notContains("a"));
    assertEquals(Pattern.of("a", Pattern.Flag.DOTALL), Matchers.pattern("a", Pattern.Flag.DOTALL));
  }
}
