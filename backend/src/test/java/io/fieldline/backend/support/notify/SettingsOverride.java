package io.fieldline.backend.support.notify;

import io.fieldline.backend.notify.NotifySettings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

/** The app's {@link NotifySettings} with some values replaced, for components built in a test. */
public final class SettingsOverride {
  private SettingsOverride() {}

  /** {@code base} with each method named in {@code overrides} answering the given value. */
  public static NotifySettings of(NotifySettings base, Map<String, Object> overrides) {
    return (NotifySettings)
        Proxy.newProxyInstance(
            NotifySettings.class.getClassLoader(),
            new Class<?>[] {NotifySettings.class},
            (proxy, method, args) -> {
              if (overrides.containsKey(method.getName())) {
                return overrides.get(method.getName());
              }
              try {
                return method.invoke(base, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
