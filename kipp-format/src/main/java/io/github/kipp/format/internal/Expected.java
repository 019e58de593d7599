package io.github.kipp.format.internal;

/** What a field holds, in both languages, for messages that say what is allowed. */
public enum Expected {
  /** Text. */
  TEXT("text", "teks"),
  /** An identifier. */
  ID("an identifier such as p-17 (letters, digits, . _ : -)", "pengenal seperti p-17 (huruf, angka, . _ : -)"),
  /** A whole number. */
  INTEGER("a whole number", "bilangan bulat"),
  /** A decimal number. */
  NUMBER("a decimal number such as 78.25", "angka desimal seperti 78.25"),
  /** A boolean. */
  BOOLEAN("true or false", "true atau false"),
  /** A list. */
  LIST("a list [ ... ]", "daftar [ ... ]"),
  /** An object. */
  OBJECT("an object { ... }", "objek { ... }"),
  /** A calendar date. */
  DATE("a date such as 2023-03-13", "tanggal seperti 2023-03-13"),
  /** An instant in UTC. */
  INSTANT("an instant such as 2023-05-30T16:59:00Z", "waktu seperti 2023-05-30T16:59:00Z"),
  /** A zoned date-time. */
  ZONED("a date-time with zone such as 2023-03-13T00:00+07:00[Asia/Jakarta]", "tanggal-waktu dengan zona seperti 2023-03-13T00:00+07:00[Asia/Jakarta]"),
  /** A duration. */
  DURATION("a duration such as PT3M", "durasi seperti PT3M"),
  /** A time zone. */
  ZONE("a time zone such as Asia/Jakarta", "zona waktu seperti Asia/Jakarta"),
  /** A web link. */
  LINK("an absolute http(s) link", "tautan http(s) absolut"),
  /** An SDG target. */
  SDG("an SDG goal or target such as 3 or 3.8", "tujuan atau target SDG seperti 3 atau 3.8"),
  /** An implementation start. */
  START("a start such as 2018-04-01, 2018-04, mid-2019 or 2019", "awal seperti 2018-04-01, 2018-04, mid-2019 atau 2019"),
  /** An institution or its id. */
  INSTITUTION("an institution object or the id of one listed in the document", "objek instansi atau id instansi yang tercantum dalam dokumen"),
  /** A unit or its id. */
  UNIT("a unit object or the id of one listed in the document", "objek unit atau id unit yang tercantum dalam dokumen"),
  /** A proposal or its id. */
  PROPOSAL("a proposal object or the id of a known proposal", "objek proposal atau id proposal yang dikenal");

  private final String english;
  private final String indonesian;

  Expected(String english, String indonesian) {
    this.english = english;
    this.indonesian = indonesian;
  }

  /**
   * Returns the description in English.
   *
   * @return the text
   */
  public String english() {
    return english;
  }

  /**
   * Returns the description in Bahasa Indonesia.
   *
   * @return the text
   */
  public String indonesian() {
    return indonesian;
  }
}
