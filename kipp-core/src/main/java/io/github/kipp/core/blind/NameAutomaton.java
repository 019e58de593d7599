package io.github.kipp.core.blind;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over folded names ({@link NameFolding#foldName}), compiled to a dense
 * transition table so that a scan costs one table read per folded character, whatever the number of
 * names.
 *
 * <p>Written here because kipp-core depends on Guava, Jakarta Validation and JSpecify only (ADR 0001)
 * and none of them offers multi-pattern string search. Every name starts and ends with a soft
 * separator, and scanned text is folded to start and end with one, so a match always falls on word
 * boundaries: {@code " bone "} does not match inside {@code " bonebolango "}.
 *
 * <p>The alphabet has 39 symbols: the soft separator, {@code a}–{@code z}, {@code 0}–{@code 9}, the
 * hard separator, and one symbol for every other folded letter. A name holding such other letters is
 * verified character by character when it matches. Immutable after construction and thread-safe.
 */
final class NameAutomaton {

  static final int ALPHABET = 39;
  private static final int OTHER = 38;

  private final int[] delta;
  /** The pattern ending at each state, or -1. */
  private final int[] pattern;
  /** The nearest state on the failure chain that ends a pattern, or -1. */
  private final int[] dictionary;
  private final String[] patterns;
  private final boolean[] needsCheck;

  /**
   * Compiles an automaton.
   *
   * @param folded distinct folded names, each starting and ending with a soft separator
   */
  NameAutomaton(List<String> folded) {
    int capacity = 1;
    for (String p : folded) {
      capacity += p.length();
    }
    int[] trie = new int[capacity * ALPHABET];
    Arrays.fill(trie, -1);
    int[] ends = new int[capacity];
    Arrays.fill(ends, -1);
    int states = 1;
    patterns = folded.toArray(new String[0]);
    needsCheck = new boolean[patterns.length];
    for (int p = 0; p < patterns.length; p++) {
      String name = patterns[p];
      int s = 0;
      for (int i = 0; i < name.length(); i++) {
        int sym = symbol(name.charAt(i));
        if (sym == OTHER) {
          needsCheck[p] = true;
        }
        int t = trie[s * ALPHABET + sym];
        if (t < 0) {
          t = states++;
          trie[s * ALPHABET + sym] = t;
        }
        s = t;
      }
      ends[s] = p;
    }
    delta = Arrays.copyOf(trie, states * ALPHABET);
    pattern = Arrays.copyOf(ends, states);
    dictionary = new int[states];
    int[] fail = new int[states];
    Arrays.fill(dictionary, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int a = 0; a < ALPHABET; a++) {
      int t = delta[a];
      if (t < 0) {
        delta[a] = 0;
      } else {
        fail[t] = 0;
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      int f = fail[s];
      dictionary[s] = pattern[f] >= 0 ? f : dictionary[f];
      for (int a = 0; a < ALPHABET; a++) {
        int t = delta[s * ALPHABET + a];
        if (t < 0) {
          delta[s * ALPHABET + a] = delta[f * ALPHABET + a];
        } else {
          fail[t] = delta[f * ALPHABET + a];
          queue.add(t);
        }
      }
    }
  }

  static int symbol(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 27;
    }
    if (c == NameFolding.SOFT) {
      return 0;
    }
    return c == NameFolding.HARD ? 37 : OTHER;
  }

  /** Receives each name found: its index and the folded span {@code [start, end)}, separators included. */
  @FunctionalInterface
  interface Sink {
    void found(int pattern, int start, int end);
  }

  /**
   * Reports every occurrence of every name in folded text, overlapping ones included, in the order
   * their ends are reached.
   */
  void scan(char[] text, int length, Sink sink) {
    int s = 0;
    for (int i = 0; i < length; i++) {
      s = delta[s * ALPHABET + symbol(text[i])];
      int out = pattern[s] >= 0 ? s : dictionary[s];
      while (out >= 0) {
        int p = pattern[out];
        int start = i + 1 - patterns[p].length();
        if (!needsCheck[p] || matchesAt(patterns[p], text, start)) {
          sink.found(p, start, i + 1);
        }
        out = dictionary[out];
      }
    }
  }

  private static boolean matchesAt(String name, char[] text, int start) {
    for (int k = 0; k < name.length(); k++) {
      if (text[start + k] != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number of states, for the memory estimate in the docs. */
  int states() {
    return pattern.length;
  }
}
