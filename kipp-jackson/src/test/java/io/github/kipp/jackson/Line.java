package io.github.kipp.jackson;

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

/**
 * A Jackson line's {@code KippJson} and {@code KippCsv} as the shared corpus of hostile documents
 * uses them ({@link SharedBadInput}, {@link SharedEveryProblem}, {@link SharedCsvHeaders}, {@link
 * SharedIndicatorRows}): each
 * line's adapter says how its facades read and write, nothing else, so that one corpus runs against
 * both lines.
 */
public interface Line {

  /**
   * Returns the line's JSON facade with one other limit.
   *
   * @param maxDocumentLength the longest input, or 0 for the default
   * @param maxStringLength the longest string, or 0 for the default
   * @return the facade
   */
  Line json(int maxDocumentLength, int maxStringLength);

  /**
   * Returns the line's YAML facade with the default limits.
   *
   * @return the facade
   */
  Line yaml();

  /**
   * Returns the line's YAML facade with other limits.
   *
   * @param maxDocumentLength the longest input, or 0 for the default
   * @param maxStringLength the longest string, or 0 for the default
   * @return the facade
   */
  Line yaml(int maxDocumentLength, int maxStringLength);

  /**
   * Reads every token of the input with a parser of the facade's own mapper, from the reader itself
   * (the facade's {@code read(Reader, Class)} reads the whole input before it parses), so that a
   * test can count the characters the parser took before it refused.
   *
   * @param input the input
   * @return the number of tokens read
   * @throws Exception whatever the line's parser throws
   */
  long parseTokens(java.io.Reader input) throws Exception;

  /**
   * Reads a text as a tree with the facade's own mapper (its parser, its dialect of YAML) and writes
   * that tree as JSON, so that a test can look at what the line itself parsed without binding it.
   *
   * @param text the text, in the facade's format
   * @return the tree as JSON
   */
  String treeAsJson(String text);

  /**
   * Writes a value as the facade does.
   *
   * @param value the value
   * @return the text
   */
  String write(Object value);

  /**
   * Reads a value as {@code KippJson.read(text, type)} does.
   *
   * @param text the text
   * @param type the type
   * @param <T> the type
   * @return the value
   */
  <T> T read(String text, Class<T> type);

  /**
   * Reads a value as {@code KippJson.read(text, type, context)} does.
   *
   * @param text the text
   * @param type the type
   * @param context the document ids resolve against
   * @param <T> the type
   * @return the value
   */
  <T> T read(String text, Class<T> type, CompetitionDocument context);

  /**
   * Reads a competition document.
   *
   * @param text the text
   * @return the document
   */
  CompetitionDocument readCompetition(String text);

  /**
   * Reads a competition document, checking its sheets against criteria.
   *
   * @param text the text
   * @param criteria the criteria
   * @return the document
   */
  CompetitionDocument readCompetition(String text, Iterable<CriteriaSet> criteria);

  /**
   * Reads a results document.
   *
   * @param text the text
   * @param competition the competition document
   * @return the document
   */
  ResultsDocument readResults(String text, CompetitionDocument competition);

  /**
   * Reads a replication network.
   *
   * @param text the text
   * @return the network
   */
  io.github.kipp.core.replication.ReplicationNetwork readReplicationNetwork(String text);

  /**
   * Reads a stored edition result.
   *
   * @param text the text
   * @param document the competition document
   * @param competition the competition
   * @return the result
   */
  EditionResult readEditionResult(String text, CompetitionDocument document, Competition competition);

  /**
   * Reads a value with a host's own mapper carrying the line's {@code KippModule}, which stops at
   * the first problem and throws the line's own exception.
   *
   * @param text the text
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws RuntimeException whatever the host's mapper throws
   */
  <T> T readWithHostMapper(String text, Class<T> type) throws Exception;

  /**
   * Writes proposals as {@code KippCsv.writeProposals} does.
   *
   * @param proposals the proposals
   * @return the CSV
   */
  String writeProposals(Iterable<Proposal> proposals);

  /**
   * Reads proposals as {@code KippCsv.readProposals} does.
   *
   * @param csv the CSV
   * @param institutions the institutions
   * @param units the units
   * @return the proposals
   */
  ImmutableList<Proposal> readProposals(String csv, Iterable<Institution> institutions, Iterable<Unit> units);

  /**
   * Writes score sheets as {@code KippCsv.writeScoreSheets} does.
   *
   * @param sheets the sheets
   * @param criteria the criteria
   * @return the CSV
   */
  String writeScoreSheets(Iterable<ScoreSheet> sheets, CriteriaSet criteria);

  /**
   * Reads score sheets as {@code KippCsv.readScoreSheets} does.
   *
   * @param csv the CSV
   * @return the sheets
   */
  ImmutableList<ScoreSheet> readScoreSheets(String csv);

  /**
   * Returns the line's CSV of indicator rows, {@code IndicatorRowsCsv.csv()}.
   *
   * @return the facade, as kipp-format's type both lines' facades extend
   */
  AbstractIndicatorRowsCsv indicatorRows();
}
