/**
 * A frozen copy of the Java builders of the SINOVIK modules as they stood before the modules' parameters
 * moved to data files (the national editions, {@code internal/National20xx}, {@code Common} and
 * {@code Sources}, and the Sulawesi Selatan and Luwu Utara variants). Nothing here is changed when a
 * data file changes: {@link io.github.kipp.rules.sinovik.frozen.ModuleComparison} checks that each
 * module built from data holds exactly the parameters, values and citations these builders make.
 */
package io.github.kipp.rules.sinovik.frozen;
