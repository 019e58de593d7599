package example.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.github.kipp.jackson.KippModule;
import jakarta.inject.Singleton;

/** Registers kipp's Jackson module with the ObjectMapper Quarkus makes. */
@Singleton
public class KippJackson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new KippModule());
  }
}
