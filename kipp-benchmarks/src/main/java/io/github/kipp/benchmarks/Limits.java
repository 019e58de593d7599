package io.github.kipp.benchmarks;

import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;

/**
 * The edition-wide values of the 2023 eligibility rules as the Easy Rules, Drools and hand-written
 * versions read them, taken from the module's parameters and its edition's published schedule and
 * form: the edition and its form, the minimum age, the last day counted and how a partial start date
 * is counted.
 */
public final class Limits {

  private final Edition edition;
  private final Form form;
  private final Period minimumAge;
  private final LocalDate closeDay;
  private final PartialDateResolution resolution;

  /**
   * Reads the values of a module.
   *
   * @param module the module, not null
   */
  public Limits(SinovikModule module) {
    this.edition = module.edition();
    this.form = new Form(edition);
    this.minimumAge = module.parameters().get(SinovikKeys.MINIMUM_AGE);
    this.resolution = module.parameters().get(SinovikKeys.AGE_PARTIAL_DATES);
    Window registration = edition.schedule().window(Phase.REGISTRATION).orElseThrow();
    ZonedDateTime close = module.parameters().get(SinovikKeys.AGE_CLOSE) == AgeRequirement.CloseBasis.ORIGINAL
        ? registration.originalClose() : registration.close();
    this.closeDay = close.withZoneSameInstant(edition.zone()).minusNanos(1).toLocalDate();
  }

  /**
   * Returns the edition.
   *
   * @return the edition, not null
   */
  public Edition getEdition() {
    return edition;
  }

  /**
   * Returns the edition's form, as the fit check reads it.
   *
   * @return the form, not null
   */
  public Form getForm() {
    return form;
  }

  /**
   * Returns the minimum age.
   *
   * @return the age, not null
   */
  public Period getMinimumAge() {
    return minimumAge;
  }

  /**
   * Returns the last day of registration, the day ages are counted to.
   *
   * @return the day, not null
   */
  public LocalDate getCloseDay() {
    return closeDay;
  }

  /**
   * Returns how a partial start date is counted.
   *
   * @return the resolution, not null
   */
  public PartialDateResolution getResolution() {
    return resolution;
  }
}
