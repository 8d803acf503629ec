package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.filter.ValueMatcher;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python value semantics over the plain Java values of the metadata model ({@code null} for {@code
 * None}, {@link Boolean}, integral and floating {@link Number}s, {@link String}, {@link List} and
 * {@link Map}) and {@link ValueMatcher}s (nilearn's special values).
 *
 * <p>Used by the filter algebra so that terms behave exactly like nilearn's dict terms: truthiness
 * ({@code bool(x)}), equality ({@code a == b}, including the reflected comparison that makes a
 * special value's {@code __eq__} win over a builtin's) and membership ({@code x in c}).
 */
public final class PythonValues {

  private PythonValues() {}

  /** Python {@code bool(value)}: None, zero, False, empty strings, lists and maps are falsy. */
  public static boolean isTruthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof Number) {
      return isNonZero((Number) value);
    }
    if (value instanceof CharSequence) {
      return ((CharSequence) value).length() > 0;
    }
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    if (value instanceof Map) {
      return !((Map<?, ?>) value).isEmpty();
    }
    return true;
  }

  private static boolean isNonZero(Number number) {
    if (isFloating(number)) {
      return number.doubleValue() != 0.0;
    }
    return exactDecimal(number).signum() != 0;
  }

  /**
   * Python {@code left == right}. A {@link ValueMatcher} on the left decides; a builtin on the left
   * does not know a matcher on the right, so the comparison is reflected onto the matcher.
   */
  public static boolean equal(Object left, Object right) {
    if (left instanceof ValueMatcher) {
      return ((ValueMatcher) left).matches(right);
    }
    if (right instanceof ValueMatcher) {
      return ((ValueMatcher) right).matches(left);
    }
    if (left == null || right == null) {
      return left == null && right == null;
    }
    if (isNumeric(left) && isNumeric(right)) {
      return numericEqual(asNumber(left), asNumber(right));
    }
    if (left instanceof String && right instanceof String) {
      return left.equals(right);
    }
    if (left instanceof List && right instanceof List) {
      return listEqual((List<?>) left, (List<?>) right);
    }
    if (left instanceof Map && right instanceof Map) {
      return mapEqual((Map<?, ?>) left, (Map<?, ?>) right);
    }
    return !isBuiltin(left) && !isBuiltin(right) && left.equals(right);
  }

  /**
   * CPython's {@code PyObject_RichCompareBool}: identity first (meaningful only for matchers, whose
   * equality is not reflexive), then {@code ==}. Used by membership tests and container equality.
   */
  static boolean identicalOrEqual(Object left, Object right) {
    if (left == right && left instanceof ValueMatcher) {
      return true;
    }
    return equal(left, right);
  }

  /** True for the values Python treats as containers: strings, lists (and sets) and dicts. */
  public static boolean isContainer(Object value) {
    return value instanceof String || value instanceof Collection || value instanceof Map;
  }

  /**
   * Python {@code item in container}.
   *
   * @throws PythonTypeError where Python raises {@code TypeError}: a non-string looked up in a
   *     string, an unhashable item looked up in a dict, or a container that is not one
   */
  public static boolean contains(Object container, Object item) {
    if (container instanceof String) {
      if (!(item instanceof String)) {
        throw new PythonTypeError("'in <string>' requires string as left operand");
      }
      return ((String) container).contains((String) item);
    }
    if (container instanceof Collection) {
      return ((Collection<?>) container).stream().anyMatch(e -> identicalOrEqual(e, item));
    }
    if (container instanceof Map) {
      if (!isHashable(item)) {
        throw new PythonTypeError("unhashable type");
      }
      return findKey((Map<?, ?>) container, item) != null;
    }
    throw new PythonTypeError("argument of type is not iterable");
  }

  /** Python {@code item in values} for a tuple of values: {@code any(e is item or e == item)}. */
  public static boolean isAmong(Object item, List<?> values) {
    return values.stream().anyMatch(e -> identicalOrEqual(e, item));
  }

  private static boolean isHashable(Object value) {
    return !(value instanceof Collection)
        && !(value instanceof Map)
        && !(value instanceof ValueMatcher);
  }

  private static boolean listEqual(List<?> left, List<?> right) {
    if (left.size() != right.size()) {
      return false;
    }
    Iterator<?> l = left.iterator();
    Iterator<?> r = right.iterator();
    while (l.hasNext()) {
      if (!identicalOrEqual(l.next(), r.next())) {
        return false;
      }
    }
    return true;
  }

  private static boolean mapEqual(Map<?, ?> left, Map<?, ?> right) {
    if (left.size() != right.size()) {
      return false;
    }
    for (Map.Entry<?, ?> entry : left.entrySet()) {
      Map.Entry<?, ?> match = findKey(right, entry.getKey());
      if (match == null || !identicalOrEqual(entry.getValue(), match.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** A dict lookup: the entry whose key is equal to {@code key} the way Python hashes keys. */
  private static Map.Entry<?, ?> findKey(Map<?, ?> map, Object key) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (equal(entry.getKey(), key)) {
        return entry;
      }
    }
    return null;
  }

  private static boolean isBuiltin(Object value) {
    return value instanceof Boolean
        || value instanceof Number
        || value instanceof String
        || value instanceof List
        || value instanceof Map;
  }

  /** True for booleans and numbers: Python's {@code bool} is an {@code int}. */
  static boolean isNumeric(Object value) {
    return value instanceof Number || value instanceof Boolean;
  }

  /** A boolean as the integer Python sees (0 or 1); numbers unchanged. */
  static Number asNumber(Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value ? 1L : 0L;
    }
    return (Number) value;
  }

  /** True for binary floating-point numbers (Python {@code float}). */
  static boolean isFloating(Number number) {
    return number instanceof Double || number instanceof Float;
  }

  /** True for whole numbers of any Java integral type (Python {@code int}). */
  static boolean isIntegral(Number number) {
    return number instanceof Long
        || number instanceof Integer
        || number instanceof Short
        || number instanceof Byte
        || number instanceof BigInteger;
  }

  private static boolean numericEqual(Number left, Number right) {
    if (isNonFinite(left) || isNonFinite(right)) {
      return left.doubleValue() == right.doubleValue();
    }
    return exactDecimal(left).compareTo(exactDecimal(right)) == 0;
  }

  private static boolean isNonFinite(Number number) {
    return isFloating(number) && !Double.isFinite(number.doubleValue());
  }

  /** The exact value of a finite number (Python compares int and float exactly). */
  static BigDecimal exactDecimal(Number number) {
    if (number instanceof BigDecimal) {
      return (BigDecimal) number;
    }
    if (number instanceof BigInteger) {
      return new BigDecimal((BigInteger) number);
    }
    if (isFloating(number)) {
      return new BigDecimal(number.doubleValue());
    }
    return BigDecimal.valueOf(number.longValue());
  }
}
