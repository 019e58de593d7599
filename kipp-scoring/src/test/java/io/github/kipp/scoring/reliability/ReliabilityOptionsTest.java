package io.github.kipp.scoring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each check of {@link ReliabilityOptions.Builder#build()} on its own: the last value it accepts and the first it refuses. */
class ReliabilityOptionsTest {

  /** 21 decimals, one more than kipp accepts in any decimal. */
  private static final String TWENTY_ONE_DECIMALS = "0.123456789012345678901";

  private static ReliabilityOptions build(UnaryOperator<ReliabilityOptions.Builder> set) {
    return set.apply(ReliabilityOptions.newBuilder().seed(1)).build();
  }

  /** The code and path of each violation a builder's values cause, in order. */
  private static List<String> refused(UnaryOperator<ReliabilityOptions.Builder> set) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> build(set));
    assertThat(e).as("the values are refused").isNotNull();
    return e.violations().stream().map(v -> v.code() + " at " + v.path()).collect(Collectors.toList());
  }

  @Test
  void the_replicates_may_be_one_to_the_maximum_and_no_more_or_fewer() {
    assertThat(build(b -> b.replicates(1)).replicates()).isEqualTo(1);
    assertThat(build(b -> b.replicates(ReliabilityOptions.MAX_REPLICATES)).replicates()).isEqualTo(100_000);

    assertThat(refused(b -> b.replicates(0))).containsExactly("kipp.reliability.replicates at replicates");
    assertThat(refused(b -> b.replicates(100_001))).containsExactly("kipp.reliability.replicates at replicates");
  }

  @Test
  void the_confidence_lies_strictly_between_zero_and_one() {
    assertThat(build(b -> b.confidence(new BigDecimal("0.0001"))).confidence()).isEqualByComparingTo("0.0001");
    assertThat(build(b -> b.confidence(new BigDecimal("0.9999"))).confidence()).isEqualByComparingTo("0.9999");

    assertThat(refused(b -> b.confidence(BigDecimal.ZERO))).containsExactly("kipp.reliability.confidence at confidence");
    assertThat(refused(b -> b.confidence(BigDecimal.ONE))).containsExactly("kipp.reliability.confidence at confidence");
    assertThat(refused(b -> b.confidence(new BigDecimal("-0.5")))).containsExactly("kipp.reliability.confidence at confidence");
  }

  @Test
  void the_minimum_of_shared_proposals_is_one_or_more() {
    assertThat(build(b -> b.minShared(1)).minShared()).isEqualTo(1);

    assertThat(refused(b -> b.minShared(0))).containsExactly("kipp.reliability.minShared at minShared");
  }

  @Test
  void each_threshold_is_more_than_zero() {
    assertThat(build(b -> b.offsetThreshold(new BigDecimal("0.0001"))).offsetThreshold()).isEqualByComparingTo("0.0001");
    assertThat(build(b -> b.spreadThreshold(new BigDecimal("0.0001"))).spreadThreshold()).isEqualByComparingTo("0.0001");

    assertThat(refused(b -> b.offsetThreshold(BigDecimal.ZERO))).containsExactly("kipp.reliability.threshold at offsetThreshold");
    assertThat(refused(b -> b.spreadThreshold(BigDecimal.ZERO))).containsExactly("kipp.reliability.threshold at spreadThreshold");
  }

  @Test
  void a_decimal_beyond_kipps_bounds_is_refused_naming_its_field() {
    BigDecimal tooFine = new BigDecimal(TWENTY_ONE_DECIMALS);

    assertThat(refused(b -> b.confidence(tooFine))).containsExactly("kipp.number.precision at confidence");
    assertThat(refused(b -> b.offsetThreshold(tooFine))).containsExactly("kipp.number.precision at offsetThreshold");
    assertThat(refused(b -> b.spreadThreshold(tooFine))).containsExactly("kipp.number.precision at spreadThreshold");
    Violation confidence = catchThrowableOfType(InvalidInputException.class, () -> build(b -> b.confidence(tooFine))).violations().get(0);
    assertThat(confidence.message().english()).contains(TWENTY_ONE_DECIMALS);
  }
}
