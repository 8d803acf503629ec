package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.filter.Contains;
import io.github.nvfetch.core.filter.GreaterOrEqual;
import io.github.nvfetch.core.filter.GreaterThan;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.IsNull;
import io.github.nvfetch.core.filter.LessOrEqual;
import io.github.nvfetch.core.filter.LessThan;
import io.github.nvfetch.core.filter.NotContains;
import io.github.nvfetch.core.filter.NotEqual;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.NotNull;
import io.github.nvfetch.core.filter.Pattern;
import io.github.nvfetch.core.filter.Terms;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The term flag syntax: every operator, value typing, and the errors. */
class TermParserTest {

  private static Object value(String text) {
    return TermParser.parse(text).value();
  }

  @Test
  void equalityValuesAreJsonScalarsWhenTheyLookLikeOne() {
    assertEquals(new TermArgument("modality", "fMRI-BOLD"), TermParser.parse("modality=fMRI-BOLD"));
    assertEquals(42L, value("number_of_subjects=42"));
    assertEquals(-3L, value("x=-3"));
    assertEquals(2.5, value("x=2.5"));
    assertEquals(1000.0, value("x=1e3"));
    assertEquals(Boolean.FALSE, value("not_mni=false"));
    assertEquals(Boolean.TRUE, value("is_valid=true"));
    assertNull(value("DOI=null"));
    assertEquals("42", value("name=\"42\""));
    assertEquals("", value("name="));
    assertEquals("007", value("name=007"));
    assertEquals(Boolean.TRUE, value("x=True"), "Python's spelling, as nilearn users write it");
    assertEquals(Boolean.FALSE, value("not_mni=False"));
    assertNull(value("DOI=None"));
    assertEquals("TRUE", value("x=TRUE"));
    assertEquals("False", value("x=\"False\""));
    assertEquals(
        new BigInteger("123456789012345678901234567890"),
        value("x=123456789012345678901234567890"));
    assertEquals("a=b~c", value("name=a=b~c"));
  }

  @Test
  void everyOperator() {
    assertEquals(IsNull.of(), value("DOI~IsNull"));
    assertEquals(NotNull.of(), value("DOI~NotNull"));
    assertEquals(NotEqual.of("atlas"), value("image_type~NotEqual:atlas"));
    assertEquals(NotEqual.of(0L), value("x~NotEqual:0"));
    assertEquals(GreaterThan.of(10L), value("number_of_subjects~GreaterThan:10"));
    assertEquals(GreaterOrEqual.of("2016-01-01"), value("add_date~GreaterOrEqual:2016-01-01"));
    assertEquals(LessThan.of(7L), value("x~LessThan:7"));
    assertEquals(LessOrEqual.of(0.5), value("x~LessOrEqual:0.5"));
    assertEquals(
        IsIn.of("fMRI-BOLD", "fMRI-CBF", "fMRI-CBV"),
        value("modality~IsIn:fMRI-BOLD,fMRI-CBF,fMRI-CBV"));
    assertEquals(IsIn.of(0L, 1L, "T map"), value("x~IsIn:0,1,T map"));
    assertEquals(IsIn.of("a,b", "c"), value("x~IsIn:a\\,b,c"));
    assertEquals(NotIn.of("ROI/mask", "anatomical"), value("map_type~NotIn:ROI/mask,anatomical"));
    assertEquals(Contains.of("fMRI"), value("modality~Contains:fMRI"));
    assertEquals(NotContains.of("rest", "sleep"), value("name~NotContains:rest,sleep"));
    assertEquals(Pattern.of("fmri(-.*)?"), value("modality~Pattern:fmri(-.*)?"));
    assertEquals(
        Pattern.of("fmri(-.*)?", Pattern.Flag.IGNORECASE), value("modality~Pattern:fmri(-.*)?/i"));
    assertEquals(Pattern.of("a:b=c"), value("x~Pattern:a:b=c"));
    assertEquals(IsIn.of("x"), value("k~isin:x"), "operator names match in any case");
  }

  @Test
  void comparisonsWrittenAsSymbols() {
    assertEquals(
        new TermArgument("modality", NotEqual.of("fMRI-BOLD")),
        TermParser.parse("modality!=fMRI-BOLD"));
    assertEquals(GreaterOrEqual.of(10L), value("number_of_subjects>=10"));
    assertEquals(LessOrEqual.of(0.5), value("x<=0.5"));
    assertEquals(GreaterThan.of("2016-01-01"), value("add_date>2016-01-01"));
    assertEquals(LessThan.of(7L), value("x<7"));
    assertEquals(NotEqual.of(null), value("DOI!=None"));
    assertEquals(IsIn.of(true, null), value("x~IsIn:True,None"));
  }

  @Test
  void spacesAroundKeysAndOperatorsAreIgnored() {
    assertEquals(
        new TermArgument("modality", "fMRI-BOLD"), TermParser.parse(" modality = fMRI-BOLD"));
    assertEquals(new TermArgument("x", GreaterOrEqual.of(3L)), TermParser.parse("x >= 3"));
    assertEquals(
        new TermArgument("map_type", IsIn.of("T map", "Z map")),
        TermParser.parse("map_type ~ IsIn:T map,Z map"));
    assertEquals("T map", value("map_type= T map"), "inner spaces of a value stay");
  }

  @Test
  void otherOperatorCharactersAreRejectedWithTheForms() {
    for (String bad :
        new String[] {
          "modality==fMRI-BOLD", "x=>3", "x=<3", "x<>3", "x!3", "x!~IsNull", "x>>3", "x!==3"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TermParser.parse(bad), bad);
      assertTrue(
          e.getMessage()
              .contains(
                  "is not an operator: write KEY=VALUE, KEY!=VALUE, "
                      + "KEY>=VALUE, KEY<=VALUE, KEY>VALUE, KEY<VALUE or KEY~Operator:VALUE"),
          e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
    assertEquals("=x", value("name=\"=x\""), "a quoted value may start with '='");
  }

  @Test
  void parsedTermsSelectAsNilearnWould() {
    ImageMeta bold =
        ImageMeta.fromMap(Map.of("id", 1, "modality", "fMRI-BOLD", "number_of_subjects", 12));
    assertTrue(Terms.of("modality", value("modality~Pattern:FMRI/i")).test(bold));
    assertTrue(
        Terms.of("number_of_subjects", value("number_of_subjects~GreaterThan:10")).test(bold));
    assertTrue(Terms.of("DOI", value("DOI~IsNull")).test(bold));
    assertTrue(!Terms.of("modality", value("modality~Pattern:FMRI")).test(bold));
  }

  @Test
  void mistakesAreOneLineMessages() {
    assertMessage(
        "unknown operator 'IsInn' in 'x~IsInn:a'; use one of IsNull, NotNull,", "x~IsInn:a");
    assertMessage("'modality' is not a term: write KEY=VALUE, KEY!=VALUE, ", "modality");
    assertMessage("'>3' has no key before '>'", ">3");
    assertMessage("'=x' has no key before '='", "=x");
    assertMessage("IsNull takes no value: write 'DOI~IsNull'", "DOI~IsNull:1");
    assertMessage("IsIn needs a value: write 'x~IsIn:a,b'", "x~IsIn");
    assertMessage("GreaterThan needs a value: write 'x~GreaterThan:value'", "x~GreaterThan");
    assertMessage("bad argument in 'x~GreaterThan:null': a comparison needs", "x~GreaterThan:null");
    assertMessage("bad argument in 'x~Pattern:(': ", "x~Pattern:(");
  }

  private static void assertMessage(String expectedStart, String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TermParser.parse(text));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }
}
