package example.boot;

import io.github.kipp.jackson.KippModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.core.rule.RuleRegistry;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A host application: Boot registers kipp's Jackson module, as any Module bean, with its ObjectMapper. */
@SpringBootApplication
public class KippHostApplication {

  public static void main(String[] args) {
    SpringApplication.run(KippHostApplication.class, args);
  }

  @Bean
  KippModule kippModule() {
    return new KippModule();
  }

  @Bean
  RuleRegistry ruleRegistry() {
    return SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).build();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
