package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.SinovikModule;

/**
 * The national modules, built from the history of their parameters in {@value #RESOURCE}: each key
 * in one place, with its value and citation in each edition.
 */
public final class NationalHistory {

  /** The history of the national parameters, a resource of this jar. */
  public static final String RESOURCE = "io/github/kipp/rules/sinovik/modules/sinovik-national.yaml";

  private NationalHistory() {}

  /**
   * Reads the history and builds every edition's module, afresh.
   *
   * @return the modules by edition year: 2021, 2022, 2023, 2025
   * @throws InvalidModuleFileException if the history in the jar is refused
   */
  public static ImmutableSortedMap<Integer, SinovikModule> read() {
    Problems problems = new Problems();
    // From the compact form the build writes beside the history, when it was made from these bytes.
    FileNode root = CompactNodes.readResource(NationalHistory.class, RESOURCE, problems);
    ImmutableSortedMap<Integer, SinovikModule> modules = root == null ? null : HistoryFileReader.read(root, problems);
    if (modules == null || !problems.isEmpty()) {
      throw InvalidModuleFileException.of(RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1), problems.sorted());
    }
    return modules;
  }

  /**
   * Builds one edition's module afresh.
   *
   * @param year 2021, 2022, 2023 or 2025
   * @return the module
   * @throws IllegalArgumentException if the history has no such edition
   */
  public static SinovikModule module(int year) {
    SinovikModule m = read().get(year);
    if (m == null) {
      throw new IllegalArgumentException("no national edition " + year + " in " + RESOURCE);
    }
    return m;
  }
}
