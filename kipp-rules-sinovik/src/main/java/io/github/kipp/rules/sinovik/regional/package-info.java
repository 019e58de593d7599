/**
 * Regional rule modules shipped with kipp, built only on kipp's public API the way a regional
 * government would build its own: a provincial competition of Sulawesi Selatan and a regency
 * selection of Luwu Utara, each extending the national 2023 module with declared, cited overrides.
 * Stable API.
 */
@NullMarked
package io.github.kipp.rules.sinovik.regional;

import org.jspecify.annotations.NullMarked;
