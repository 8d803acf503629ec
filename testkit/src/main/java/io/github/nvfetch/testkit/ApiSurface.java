package io.github.nvfetch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public API surface of a module read by reflection from its compiled classes: every public
 * type outside the {@code .internal} packages and the types its public or protected signatures
 * mention (supertypes, fields, constructors, methods, record components, type parameters, thrown
 * types). {@link #internalLeaks} lists each signature mentioning an internal type, so that a test
 * can fail on any.
 */
public final class ApiSurface {

  private final List<Class<?>> publicTypes;

  private ApiSurface(List<Class<?>> publicTypes) {
    this.publicTypes = publicTypes;
  }

  /**
   * The public types of packages under {@code rootPackage} in the class directory or jar that holds
   * {@code anchor}.
   */
  public static ApiSurface of(Class<?> anchor, String rootPackage) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + anchor, e);
    }
    String prefix = rootPackage.replace('.', '/') + "/";
    List<Class<?>> types = new ArrayList<>();
    for (String file : classFiles(root)) {
      String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
      if (file.startsWith(prefix) && !isInternal(name) && !name.endsWith("package-info")) {
        Class<?> type = load(name, anchor.getClassLoader());
        if (isExported(type)) {
          types.add(type);
        }
      }
    }
    return new ApiSurface(types);
  }

  /** The class files ({@code a/b/C.class}) of a class directory or a jar. */
  private static List<String> classFiles(Path root) {
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          return files
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .filter(f -> f.endsWith(".class"))
              .toList();
        }
      }
      try (JarFile jar = new JarFile(root.toFile())) {
        return jar.stream().map(JarEntry::getName).filter(f -> f.endsWith(".class")).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes of " + root, e);
    }
  }

  /** The public API types found. */
  public List<Class<?>> types() {
    return List.copyOf(publicTypes);
  }

  /** One line per public or protected signature that mentions a type of an internal package. */
  public List<String> internalLeaks() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTypes) {
      check(type + " extends", type.getGenericSuperclass(), leaks);
      for (Type parent : type.getGenericInterfaces()) {
        check(type + " implements", parent, leaks);
      }
      for (TypeVariable<?> variable : type.getTypeParameters()) {
        check(type + " type parameter", variable, leaks);
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          check(type + " component " + component.getName(), component.getGenericType(), leaks);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field)) {
          check(type + "." + field.getName(), field.getGenericType(), leaks);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor)) {
          checkExecutable(type + " constructor", constructor, leaks);
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (visible(method) && !method.isBridge()) {
          check(type + "." + method.getName() + " returns", method.getGenericReturnType(), leaks);
          checkExecutable(type + "." + method.getName(), method, leaks);
        }
      }
    }
    return leaks;
  }

  private static void checkExecutable(String where, Executable executable, List<String> leaks) {
    for (Type parameter : executable.getGenericParameterTypes()) {
      check(where + " parameter", parameter, leaks);
    }
    for (Type thrown : executable.getGenericExceptionTypes()) {
      check(where + " throws", thrown, leaks);
    }
    for (TypeVariable<?> variable : executable.getTypeParameters()) {
      check(where + " type parameter", variable, leaks);
    }
  }

  private static void check(String where, Type type, List<String> leaks) {
    Set<String> found = new HashSet<>();
    collect(type, found, new HashSet<>());
    found.stream()
        .filter(ApiSurface::isInternal)
        .sorted()
        .forEach(name -> leaks.add(where + " mentions " + name));
  }

  private static void collect(Type type, Set<String> names, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      names.add(element.getName());
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), names, seen);
      collect(p.getOwnerType(), names, seen);
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, names, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        collect(bound, names, seen);
      }
      for (Type bound : w.getLowerBounds()) {
        collect(bound, names, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        collect(bound, names, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), names, seen);
    }
  }

  private static boolean visible(AnnotatedElement element) {
    int modifiers = ((Member) element).getModifiers();
    return !((Member) element).isSynthetic()
        && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  /** Whether a type is reachable from outside: public, and so is every type enclosing it. */
  private static boolean isExported(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())
          || c.isAnonymousClass()
          || c.isLocalClass()
          || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInternal(String className) {
    return className.contains(".internal.") || className.endsWith(".internal");
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + name, e);
    }
  }
}
