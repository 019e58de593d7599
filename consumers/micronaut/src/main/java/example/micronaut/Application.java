package example.micronaut;

import io.micronaut.runtime.Micronaut;

/** A host application on Micronaut. */
public class Application {

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
