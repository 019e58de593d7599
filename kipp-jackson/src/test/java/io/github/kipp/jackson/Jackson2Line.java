package io.github.kipp.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.AbstractIndicatorRowsCsv;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;

/** The Jackson 2 line ({@link KippJson}, {@link KippCsv}) for the shared corpus. */
public final class Jackson2Line implements Line {

  private final KippJson json;

  private Jackson2Line(KippJson json) {
    this.json = json;
  }

  /**
   * Returns the line with the default JSON facade.
   *
   * @return the line
   */
  public static Jackson2Line json() {
    return new Jackson2Line(KippJson.json());
  }

  @Override
  public Line json(int maxDocumentLength, int maxStringLength) {
    KippJson.Builder b = KippJson.newBuilder();
    if (maxDocumentLength > 0) {
      b.maxDocumentLength(maxDocumentLength);
    }
    if (maxStringLength > 0) {
      b.maxStringLength(maxStringLength);
    }
    return new Jackson2Line(b.build());
  }

  @Override
  public Line yaml() {
    return new Jackson2Line(KippJson.yaml());
  }

  @Override
  public Line yaml(int maxDocumentLength, int maxStringLength) {
    KippJson.Builder b = KippJson.newBuilder().yaml();
    if (maxDocumentLength > 0) {
      b.maxDocumentLength(maxDocumentLength);
    }
    if (maxStringLength > 0) {
      b.maxStringLength(maxStringLength);
    }
    return new Jackson2Line(b.build());
  }

  @Override
  public long parseTokens(java.io.Reader input) throws java.io.IOException {
    long tokens = 0;
    try (com.fasterxml.jackson.core.JsonParser parser = json.mapper().getFactory().createParser(input)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  @Override
  public String treeAsJson(String text) {
    try {
      return new ObjectMapper().writeValueAsString(json.mapper().readTree(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public String write(Object value) {
    return json.write(value);
  }

  @Override
  public <T> T read(String text, Class<T> type) {
    return json.read(text, type);
  }

  @Override
  public <T> T read(String text, Class<T> type, CompetitionDocument context) {
    return json.read(text, type, context);
  }

  @Override
  public CompetitionDocument readCompetition(String text) {
    return json.readCompetition(text);
  }

  @Override
  public CompetitionDocument readCompetition(String text, Iterable<CriteriaSet> criteria) {
    return json.readCompetition(text, criteria);
  }

  @Override
  public ResultsDocument readResults(String text, CompetitionDocument competition) {
    return json.readResults(text, competition);
  }

  @Override
  public io.github.kipp.core.replication.ReplicationNetwork readReplicationNetwork(String text) {
    return json.readReplicationNetwork(text);
  }

  @Override
  public EditionResult readEditionResult(String text, CompetitionDocument document, Competition competition) {
    return json.readEditionResult(text, document, competition);
  }

  @Override
  public <T> T readWithHostMapper(String text, Class<T> type) throws Exception {
    return new ObjectMapper().registerModule(new KippModule()).readValue(text, type);
  }

  @Override
  public String writeProposals(Iterable<Proposal> proposals) {
    return KippCsv.csv().writeProposals(proposals);
  }

  @Override
  public ImmutableList<Proposal> readProposals(String csv, Iterable<Institution> institutions, Iterable<Unit> units) {
    return KippCsv.csv().readProposals(csv, institutions, units);
  }

  @Override
  public String writeScoreSheets(Iterable<ScoreSheet> sheets, CriteriaSet criteria) {
    return KippCsv.csv().writeScoreSheets(sheets, criteria);
  }

  @Override
  public ImmutableList<ScoreSheet> readScoreSheets(String csv) {
    return KippCsv.csv().readScoreSheets(csv);
  }

  @Override
  public AbstractIndicatorRowsCsv indicatorRows() {
    return IndicatorRowsCsv.csv();
  }
}
