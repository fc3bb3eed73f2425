package io.fieldline.backend.harness;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Public constructors and methods by name and arguments, for {@link OldReleaseClient}. */
final class Reflection {
  private Reflection() {}

  static Object make(Class<?> type, Object... args) {
    for (Constructor<?> c : type.getConstructors()) {
      if (fits(c.getParameterTypes(), args)) {
        try {
          return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(type + ": " + e, e);
        }
      }
    }
    throw new IllegalStateException("no constructor of " + type + " for the arguments");
  }

  static Object call(Object target, String method, Object... args) {
    return callOn(target.getClass(), target, method, args);
  }

  static Object callStatic(Class<?> owner, String method, Object... args) {
    return callOn(owner, null, method, args);
  }

  /** A public method by name and arguments; a failure inside it as an unchecked exception. */
  private static Object callOn(Class<?> owner, Object target, String method, Object... args) {
    try {
      return invokeOn(owner, target, method, args);
    } catch (StoppedException e) {
      throw new IllegalStateException("stopped in " + method, e.getCause());
    }
  }

  static Object invoke(Object target, String method) {
    return invokeOn(target.getClass(), target, method);
  }

  private static Object invokeOn(Class<?> owner, Object target, String method, Object... args) {
    for (Method m : owner.getMethods()) {
      if (m.getName().equals(method) && fits(m.getParameterTypes(), args)) {
        try {
          return m.invoke(target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause().getClass().getSimpleName().equals("SyncStoppedException")) {
            throw new StoppedException(e.getCause());
          }
          if (e.getCause() instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          throw new IllegalStateException(method + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("no method " + method + " on " + owner.getName());
  }

  private static boolean fits(Class<?>[] params, Object[] args) {
    if (params.length != args.length) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      Class<?> p = params[i].isPrimitive() ? boxed(params[i]) : params[i];
      if (args[i] != null && !p.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> primitive) {
    return switch (primitive.getName()) {
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "boolean" -> Boolean.class;
      default -> Object.class;
    };
  }

  /** The old client stopped syncing (its {@code SyncStoppedException}). */
  static final class StoppedException extends RuntimeException {
    StoppedException(Throwable cause) {
      super(cause);
    }
  }
}
