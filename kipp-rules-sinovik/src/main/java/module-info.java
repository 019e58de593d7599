/**
 * The rule modules of KIPP (SINOVIK): the national editions of 2021, 2022, 2023 and 2025 and the
 * regional modules, each parameter cited; module files in YAML or JSON; module diffs and what-if
 * replays.
 *
 * <p>{@code io.github.kipp.rules.sinovik} and {@code .regional} are exported; {@code
 * io.github.kipp.rules.sinovik.internal} is not API and stays closed. The national editions are
 * provided under {@link io.github.kipp.core.spi.RuleModule} for {@link java.util.ServiceLoader},
 * the same classes that {@code META-INF/services} lists for the class path.
 */
module io.github.kipp.rules.sinovik {
  requires transitive io.github.kipp.core;
  requires transitive io.github.kipp.scoring;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.kipp.rules.sinovik;
  exports io.github.kipp.rules.sinovik.regional;

  provides io.github.kipp.core.spi.RuleModule with
      io.github.kipp.rules.sinovik.internal.Installed2021,
      io.github.kipp.rules.sinovik.internal.Installed2022,
      io.github.kipp.rules.sinovik.internal.Installed2023,
      io.github.kipp.rules.sinovik.internal.Installed2025;
}
