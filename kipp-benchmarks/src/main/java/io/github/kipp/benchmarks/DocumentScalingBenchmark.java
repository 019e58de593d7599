package io.github.kipp.benchmarks;

import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the cost of reading a competition document grows with its proposals: 3,500 (a national
 * edition, 10.5 MB of JSON), 35,000 and 100,000, the most one document may hold
 * ({@link CompetitionDocument#MAX_PROPOSALS}). The panel keeps 60 evaluators per 3,500 proposals and
 * each proposal has 3 desk sheets. The reader's document length limit is raised to the largest
 * document's length; every other check is kept. {@link ScalingTable} fits the growth exponent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
public class DocumentScalingBenchmark {

  /** The number of proposals. */
  @Param({"3500", "35000", "100000"})
  public int proposals;

  /** The document as UTF-8 JSON. */
  byte[] bytes;
  /** kipp's reader, with a document length limit that admits the document. */
  KippJson json;

  /**
   * Builds and writes the document of the size, and checks that kipp reads it back.
   *
   * @throws IllegalStateException if kipp reads back a different document
   */
  @Setup(Level.Trial)
  public void setUp() {
    CompetitionDocument document = DocumentBenchmark.document(proposals);
    String text = KippJson.json().write(document);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    json = KippJson.newBuilder().maxDocumentLength(Math.max(text.length(), 1)).build();
    if (!read().equals(document)) {
      throw new IllegalStateException("kipp does not read back the document of " + proposals + " proposals it wrote");
    }
  }

  /**
   * kipp reads the document: decodes the bytes and maps them to the domain, checking every value.
   *
   * @return the document
   */
  @Benchmark
  public CompetitionDocument read() {
    return json.readCompetition(new String(bytes, StandardCharsets.UTF_8));
  }
}
