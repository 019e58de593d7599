/**
 * Regional rule modules shipped with kipp, written as module files the way a regional government
 * would write its own (docs/modules.md): a provincial competition of Sulawesi Selatan and a regency
 * selection of Luwu Utara, each extending the national 2023 module with declared, cited overrides.
 * The classes read their files from the jar. Stable API.
 */
@NullMarked
package io.github.kipp.rules.sinovik.regional;

import org.jspecify.annotations.NullMarked;
