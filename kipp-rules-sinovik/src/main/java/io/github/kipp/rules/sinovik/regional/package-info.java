/**
 * Regional rule modules shipped with kipp, written as module files the way a regional government
 * would write its own (docs/modules.md): the provincial competitions of Sulawesi Selatan (2023) and
 * Sulawesi Tengah (2022, 2023) and the regency selection of Luwu Utara (2023), each extending a
 * national module with declared, cited overrides, and Kabupaten Takalar's village competition of 2018,
 * a module of its own (no national module exists for 2018). The classes read their files from the
 * jar; hosts register the ones they run. Stable API.
 */
@NullMarked
package io.github.kipp.rules.sinovik.regional;

import org.jspecify.annotations.NullMarked;
