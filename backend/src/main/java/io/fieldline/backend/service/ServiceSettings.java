package io.fieldline.backend.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Field-service configuration ({@code fieldline.service.*}); backend/docs/service.md lists it. */
@ConfigMapping(prefix = "fieldline.service")
public interface ServiceSettings {

  /** How often the SLA monitor runs over every tenant; zero turns it off in this instance. */
  @WithDefault("PT5M")
  Duration slaMonitorInterval();

  /** The monitor flags work orders due within this many hours that no visit will finish in time. */
  @WithDefault("24")
  int slaHorizonHours();
}
