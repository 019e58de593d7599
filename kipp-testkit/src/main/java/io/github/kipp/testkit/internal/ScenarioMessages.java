package io.github.kipp.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Indonesian texts of the scenario reader's problems: each English problem the reader writes
 * matches one pattern here, whose Indonesian template takes the same values ({@code $1} …). A text
 * from elsewhere (a refusal of the domain, passed on) keeps its English under an Indonesian lead.
 */
public final class ScenarioMessages {

  private record Entry(Pattern english, String indonesian) {}

  private static final ImmutableList<Entry> ENTRIES = ImmutableList.of(
      e("missing key '(.*)'", "kunci '$1' tidak ada"),
      e("unknown key '(.*?)'; allowed: (.*)", "kunci '$1' tidak dikenal; yang diizinkan: $2"),
      e("expected a mapping, got (.*)", "seharusnya pemetaan (mapping), bukan $1"),
      e("expected a list, got (.*)", "seharusnya daftar (list), bukan $1"),
      e("expected a value, got (.*)", "seharusnya satu nilai, bukan $1"),
      e("expected a whole number, got (.*)", "seharusnya bilangan bulat, bukan $1"),
      e("expected a number, got (.*)", "seharusnya angka, bukan $1"),
      e("expected true or false, got (.*)", "seharusnya true atau false, bukan $1"),
      e("a number of (\\d+) characters, over the number-length limit of scenario files: at most (\\d+) characters",
          "angka sepanjang $1 karakter melewati batas panjang angka berkas skenario: paling banyak $2 karakter"),
      e("'(.*)' is not a start date; write 2019-05-12, 2019-05, mid-2019 or 2019",
          "'$1' bukan tanggal mulai; tulis 2019-05-12, 2019-05, mid-2019 atau 2019"),
      e("'(.*?)' is not a date: (.*)", "'$1' bukan tanggal: $2"),
      e("'(.*)' is not a time with an offset, such as 2023-04-01T10:00:00\\+07:00",
          "'$1' bukan waktu dengan selisih zona, misalnya 2023-04-01T10:00:00+07:00"),
      e("'(.*?)' is not a stage id: (.*)", "'$1' bukan id tahap: $2"),
      e("'(.*)' is not a video; write none, or \\{seconds: 180, height: 720\\}",
          "'$1' bukan video; tulis none, atau {seconds: 180, height: 720}"),
      e("'(.*?)' is not valid: (.*)", "'$1' tidak sah: $2"),
      e("scores from (\\S+) by (\\S+) cannot be written as the mean of at most 100 whole-number sheets; use steps such as 1, 0.5, 0.25 or 0.05",
          "nilai dari $1 dengan langkah $2 tidak dapat ditulis sebagai rata-rata paling banyak 100 lembar nilai bulat; pakai langkah seperti 1,"
              + " 0.5, 0.25 atau 0.05"),
      e("the score (\\S+) of (\\S+) is out of range: (.*)", "nilai $1 untuk $2 di luar jangkauan: $3"),
      e("'(.*?)' institutions cannot be made for generated proposals: (.*)", "instansi '$1' tidak dapat dibuat untuk proposal yang dibuat otomatis: $2"),
      e("'(.*?)' is not a count of generated proposals; allowed: (.*)", "'$1' bukan jumlah proposal yang dibuat; yang diizinkan: $2"),
      e("'(.*?)' is not an institution type; allowed: (.*)", "'$1' bukan jenis instansi; yang diizinkan: $2"),
      e("unknown institution '(.*?)'; declare it under given.institutions; known: (.*)",
          "instansi '$1' tidak dikenal; nyatakan di bawah given.institutions; yang dikenal: $2"),
      e("an article is checked on the citation the file names; add 'citation'",
          "pasal diperiksa pada rujukan yang disebut berkas; tambahkan 'citation'"),
      e("a disagreement says how the module departs from the specification; it is blank",
          "disagreement menyatakan bagaimana modul menyimpang dari spesifikasi; isinya kosong"),
      e("a scenario needs proposals: list them under 'proposals' or make them under 'generate'",
          "skenario memerlukan proposal: daftarkan di bawah 'proposals' atau buat di bawah 'generate'"),
      e("a scenario must expect something: (.*)", "skenario harus mengharapkan sesuatu: $1"),
      e("a selection expects a count, members, groups or clusters", "seleksi mengharapkan count, members, groups atau clusters"),
      e("submissions expect 'refused' or 'accepted' proposals", "submissions mengharapkan proposal 'refused' atau 'accepted'"),
      e("a sheet needs 'all' or 'scores'", "lembar nilai memerlukan 'all' atau 'scores'"),
      e("a scenario is a mapping with name, module, given and expect", "skenario adalah pemetaan berisi name, module, given dan expect"),
      e("not valid YAML: (.*)", "bukan YAML yang sah: $1"),
      e("proposal '(.*?)' is given twice", "proposal '$1' diberikan dua kali"),
      e("proposal '(.*?)' is not among the given proposals", "proposal '$1' tidak termasuk proposal yang diberikan"),
      e("sheet for unknown proposal '(.*?)'", "lembar nilai untuk proposal '$1' yang tidak dikenal"),
      e("no \\.yaml scenario in this class-path folder", "tidak ada skenario .yaml di folder class path ini"),
      e("no such resource on the class path", "sumber tidak ada di class path"));

  private ScenarioMessages() {}

  private static Entry e(String english, String indonesian) {
    return new Entry(Pattern.compile(english, Pattern.DOTALL), indonesian);
  }

  /**
   * Returns the Indonesian text of a problem written in English.
   *
   * @param english the English text, not null
   * @return the Indonesian text
   */
  public static String indonesian(String english) {
    for (Entry entry : ENTRIES) {
      Matcher m = entry.english().matcher(english);
      if (m.matches()) {
        return m.replaceFirst(entry.indonesian());
      }
    }
    return "nilai ditolak (keterangan dalam bahasa Inggris): " + english;
  }

  /**
   * Returns whether a problem written in English has its own Indonesian text.
   *
   * @param english the English text, not null
   * @return true if a pattern matches it
   */
  public static boolean translates(String english) {
    return ENTRIES.stream().anyMatch(entry -> entry.english().matcher(english).matches());
  }
}
