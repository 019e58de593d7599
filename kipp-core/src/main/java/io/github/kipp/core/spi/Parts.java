package io.github.kipp.core.spi;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/** The part interfaces a module class implements, found once per class. */
final class Parts {

  private static final ClassValue<ImmutableList<Class<? extends ModulePart>>> IMPLEMENTED = new ClassValue<>() {
    @Override
    protected ImmutableList<Class<? extends ModulePart>> computeValue(Class<?> type) {
      Set<Class<? extends ModulePart>> found = new LinkedHashSet<>();
      Deque<Class<?>> todo = new ArrayDeque<>();
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        todo.add(c);
      }
      while (!todo.isEmpty()) {
        Class<?> c = todo.removeFirst();
        for (Class<?> i : c.getInterfaces()) {
          if (i != ModulePart.class && ModulePart.class.isAssignableFrom(i)) {
            found.add(i.asSubclass(ModulePart.class));
          }
          todo.add(i);
        }
      }
      return ImmutableList.sortedCopyOf(Comparator.comparing(Class::getName), found);
    }
  };

  private static final ClassValue<Boolean> OVERRIDES_COMPETITION = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      try {
        return !isDefault(type.getMethod("edition")) && !isDefault(type.getMethod("pipeline"))
            && !isDefault(type.getMethod("eligibilityRules"));
      } catch (NoSuchMethodException e) {
        return false;
      }
    }

    private boolean isDefault(java.lang.reflect.Method m) {
      return m.getDeclaringClass() == RuleModule.class;
    }
  };

  private Parts() {}

  /**
   * Tells whether a module class answers all three competition accessors of {@link RuleModule}
   * itself, so that it has the {@link CompetitionRules} part as a view of them.
   */
  static boolean overridesCompetition(Class<?> type) {
    return RuleModule.class.isAssignableFrom(type) && OVERRIDES_COMPETITION.get(type);
  }

  /**
   * Returns the part interfaces a class implements, directly or through its supertypes, sorted by
   * name.
   */
  static ImmutableList<Class<? extends ModulePart>> implementedBy(Class<?> type) {
    return IMPLEMENTED.get(type);
  }

  /** Refuses {@link ModulePart} itself as the type of a part. */
  static <T extends ModulePart> Class<T> checkType(Class<T> type) {
    if (type == ModulePart.class) {
      throw new IllegalArgumentException("ask for a part by its own interface (such as ScoringRules.class), not by ModulePart itself");
    }
    return type;
  }
}
