/**
 * Who takes part: {@link io.github.kipp.core.institution.Institution institutions} (<i>instansi</i>)
 * of the seven published {@link io.github.kipp.core.institution.InstitutionType types}, their {@link
 * io.github.kipp.core.institution.Unit units} (<i>perangkat daerah</i>, <i>unit pelayanan</i>), and
 * the {@link io.github.kipp.core.institution.Region regions} of Indonesia with their Kemendagri codes.
 *
 * <p>The bundled {@link io.github.kipp.core.institution.RegionCatalogue} holds the 38 provinces and
 * 514 regencies and cities of the {@code idn-area-data} package (ODbL 1.0; attribution and licence
 * ship beside the data in {@code io/github/kipp/core/institution/regions/}). The 3T flag is
 * configuration ({@link io.github.kipp.core.institution.ThreeTRegions}), with Perpres 63/2020's
 * disadvantaged regencies as a cited default. Stable API.
 */
@NullMarked
package io.github.kipp.core.institution;

import org.jspecify.annotations.NullMarked;
