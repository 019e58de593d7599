/**
 * Kemendagri's regional innovation index (IID) as a rule family of its own: the dated modules, the
 * regional government's report, the claimed and verified index with its bands and explanations, and
 * the Innovative Government Award built on it (clusters, nominees, presentation, winners).
 *
 * <p>Every package but {@code io.github.kipp.rules.iid.internal} is exported.
 */
module io.github.kipp.rules.iid {
  requires transitive io.github.kipp.core;
  requires transitive io.github.kipp.scoring;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.kipp.rules.iid;
  exports io.github.kipp.rules.iid.iga;
  exports io.github.kipp.rules.iid.spi;
}
