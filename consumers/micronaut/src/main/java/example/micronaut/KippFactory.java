package example.micronaut;

import io.github.kipp.jackson.KippModule;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Micronaut registers every Jackson Module bean with its ObjectMapper, kipp's among them. */
@Factory
public class KippFactory {

  @Singleton
  KippModule kippModule() {
    return new KippModule();
  }
}
