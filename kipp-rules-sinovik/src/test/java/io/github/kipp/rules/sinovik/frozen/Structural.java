package io.github.kipp.rules.sinovik.frozen;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Equality of values by their structure: records component by component, maps key by key, lists in
 * order, and objects whose class does not define {@code equals} (the aggregation, combination and
 * conflict-of-interest policies, made as anonymous classes) field by field, the fields they capture
 * included, in the order of their names. A class that defines {@code equals} is compared with it.
 */
final class Structural {

  private static final int MAX_DEPTH = 40;

  private Structural() {}

  /**
   * Returns where two values differ, or empty when they are equal by structure.
   *
   * @param expected the expected value
   * @param actual the actual value
   * @return the path of the first difference and the two values there, or empty
   */
  static Optional<String> difference(Object expected, Object actual) {
    return difference("", expected, actual, 0);
  }

  private static Optional<String> difference(String path, Object a, Object b, int depth) {
    if (a == b) {
      return Optional.empty();
    }
    if (a == null || b == null) {
      return differs(path, a, b);
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("values nested deeper than " + MAX_DEPTH + " at " + path);
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return differs(path + " keys", x.keySet(), y.keySet());
      }
      List<String> keysInOrder = new ArrayList<>();
      x.keySet().forEach(k -> keysInOrder.add(String.valueOf(k)));
      List<String> otherOrder = new ArrayList<>();
      y.keySet().forEach(k -> otherOrder.add(String.valueOf(k)));
      if (!keysInOrder.equals(otherOrder)) {
        return differs(path + " key order", keysInOrder, otherOrder);
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        Optional<String> d = difference(path + "[" + e.getKey() + "]", e.getValue(), y.get(e.getKey()), depth + 1);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (a instanceof Set<?> && b instanceof Set<?>) {
      return a.equals(b) && a.toString().equals(b.toString()) ? Optional.empty() : differs(path, a, b);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return differs(path + " size", x.size(), y.size());
      }
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      for (int n = 0; i.hasNext(); n++) {
        Optional<String> d = difference(path + "[" + n + "]", i.next(), j.next(), depth + 1);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      if (x.isPresent() != y.isPresent()) {
        return differs(path, x, y);
      }
      return x.isPresent() ? difference(path, x.get(), y.get(), depth + 1) : Optional.empty();
    }
    if (a.getClass() != b.getClass()) {
      return differs(path + " class", a.getClass().getName(), b.getClass().getName());
    }
    if (a.getClass().isRecord()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        Optional<String> d = difference(path + "." + c.getName(), invoke(c, a), invoke(c, b), depth + 1);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (definesEquals(a.getClass())) {
      return a.equals(b) ? Optional.empty() : differs(path, a, b);
    }
    for (Class<?> c = a.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      // By name: the order of getDeclaredFields is unspecified, and the first difference reported must not vary.
      Field[] fields = c.getDeclaredFields();
      Arrays.sort(fields, Comparator.comparing(Field::getName));
      for (Field f : fields) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        Optional<String> d;
        try {
          d = difference(path + "." + f.getName(), f.get(a), f.get(b), depth + 1);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + f, e);
        }
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Object invoke(RecordComponent c, Object record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  private static boolean definesEquals(Class<?> type) {
    try {
      return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> differs(String path, Object a, Object b) {
    return Optional.of((path.isEmpty() ? "(value)" : path) + ": expected <" + a + "> but was <" + b + ">");
  }
}
