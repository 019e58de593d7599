package example.boot;

import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.jackson3.KippModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A host application on Spring Boot 4, whose JSON line is Jackson 3. */
@SpringBootApplication
public class KippHostApplication {

  public static void main(String[] args) {
    SpringApplication.run(KippHostApplication.class, args);
  }

  @Bean
  RuleRegistry ruleRegistry() {
    return SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).build();
  }

  /** kipp's Jackson 3 module: Boot 4 adds every {@code JacksonModule} bean to its {@code JsonMapper}. */
  @Bean
  KippModule kippModule() {
    return new KippModule();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
