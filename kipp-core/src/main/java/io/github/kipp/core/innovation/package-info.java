/**
 * What is entered: {@link io.github.kipp.core.innovation.Innovation innovations} (<i>inovasi</i>),
 * which span editions, and {@link io.github.kipp.core.innovation.Proposal proposals}, an innovation
 * entered in one edition with its group, category, SDG targets, sections, attachments and video.
 *
 * <p>Start dates of implementation carry their precision ({@link
 * io.github.kipp.core.innovation.ImplementationStart}); word counts follow one documented rule
 * ({@link io.github.kipp.core.innovation.WordCounter}). Values are immutable and checked on
 * creation. Stable API.
 */
@NullMarked
package io.github.kipp.core.innovation;

import org.jspecify.annotations.NullMarked;
