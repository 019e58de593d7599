/**
 * Runnable examples of kipp. {@link io.github.kipp.examples.KippExample} runs a complete provincial
 * competition (KIPP Provinsi Sulawesi Selatan 2023) on embedded sample data or a competition file and
 * writes an offline HTML report, {@code results.json} and the decision log;
 * {@link io.github.kipp.examples.EmbeddingExample} shows the few calls a host application makes.
 * Not published; not API.
 */
@NullMarked
package io.github.kipp.examples;

import org.jspecify.annotations.NullMarked;
