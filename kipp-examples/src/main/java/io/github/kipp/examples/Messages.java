package io.github.kipp.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The example's messages for refused options and files, each naming the option or file, the value
 * and what is allowed, in Bahasa Indonesia and then English.
 */
final class Messages {

  private Messages() {}

  private static String both(String indonesian, String english) {
    return "Kesalahan: " + indonesian + "\nError: " + english;
  }

  static String unknownOption(String arg) {
    return both("opsi '" + arg + "' tidak dikenal; yang tersedia: --seed, --proposals, --edition, --input, --out, --describe, --help.",
        "unknown option '" + arg + "'; the options are --seed, --proposals, --edition, --input, --out, --describe and --help.");
  }

  static String repeated(String option) {
    return both("opsi " + option + " diberikan lebih dari sekali; berikan paling banyak satu kali.",
        "option " + option + " is given more than once; give it at most once.");
  }

  static String missingValue(String option) {
    return both("opsi " + option + " memerlukan nilai.", "option " + option + " needs a value.");
  }

  static String notANumber(String option, String value, long min, long max) {
    return both("nilai '" + value + "' untuk " + option + " bukan bilangan bulat; yang diizinkan: " + min + " sampai " + max + ".",
        "value '" + value + "' of " + option + " is not a whole number; allowed: " + min + " to " + max + ".");
  }

  static String outOfRange(String option, String value, long min, long max) {
    return both("nilai " + value + " untuk " + option + " di luar batas; yang diizinkan: " + min + " sampai " + max + ".",
        "value " + value + " of " + option + " is out of range; allowed: " + min + " to " + max + ".");
  }

  static String badPath(String option, String value) {
    return both("'" + value + "' untuk " + option + " bukan jalur berkas yang sah.", "'" + value + "' of " + option + " is not a valid file path.");
  }

  static String unknownEdition(String value) {
    return both("edisi '" + value + "' tidak tersedia untuk contoh ini; yang tersedia: sulsel-2023 (modul sinovik-2023/sulsel-2023).",
        "edition '" + value + "' is not available to this example; available: sulsel-2023 (module sinovik-2023/sulsel-2023).");
  }

  static String unknownModule(String value, String known) {
    return both("modul '" + value + "' tidak dikenal; yang dikenal: " + known + ", atau berkas modul (.yaml, .json).",
        "module '" + value + "' is not known; known: " + known + ", or a module file (.yaml, .json).");
  }

  static String htmlWithoutDescribe() {
    return both("--html hanya berlaku dengan --describe.", "--html applies to --describe only.");
  }

  static String inputAndProposals() {
    return both("--proposals hanya untuk data contoh; jangan gabungkan dengan --input.",
        "--proposals sizes the sample data only; do not combine it with --input.");
  }

  static String unreadable(Path file, IOException e) {
    String why = e instanceof java.nio.file.NoSuchFileException ? "tidak ada / does not exist"
        : e instanceof java.nio.file.AccessDeniedException ? "tidak boleh dibaca / may not be read" : e.getClass().getSimpleName();
    return both("berkas masukan '" + file + "' tidak dapat dibaca (" + why + ").", "input file '" + file + "' cannot be read (" + why + ").");
  }

  static String notAFile(Path file, boolean folder) {
    return folder
        ? both("berkas masukan '" + file + "' adalah folder; berikan berkas .json atau .csv.",
            "input file '" + file + "' is a folder; give a .json or .csv file.")
        : both("berkas masukan '" + file + "' bukan berkas biasa (melainkan perangkat, pipa bernama atau soket) dan tidak dibaca; berikan berkas .json atau .csv.",
            "input file '" + file + "' is not a regular file (it is a device, named pipe or socket) and is not read; give a .json or .csv file.");
  }

  static String tooLarge(Path file, String size, long max) {
    return both("berkas masukan '" + file + "' berukuran " + size + " bita; paling besar " + max + " bita (batas panjang dokumen kipp-jackson).",
        "input file '" + file + "' has " + size + " bytes; at most " + max + " bytes are allowed (kipp-jackson's document-length limit).");
  }

  static String notUtf8(Path file) {
    return both("berkas masukan '" + file + "' bukan teks UTF-8.", "input file '" + file + "' is not UTF-8 text.");
  }

  static String unknownFormat(Path file) {
    return both("berkas masukan '" + file + "' harus berakhiran .json (dokumen kompetisi kipp) atau .csv (daftar proposal).",
        "input file '" + file + "' must end in .json (a kipp competition document) or .csv (a list of proposals).");
  }

  static String wrongEdition(Path file, String theirs, String ours) {
    return both("berkas '" + file + "' untuk edisi '" + theirs + "'; contoh ini menjalankan edisi '" + ours + "'.",
        "file '" + file + "' is for edition '" + theirs + "'; this example runs edition '" + ours + "'.");
  }

  static String noProposals(Path file) {
    return both("berkas '" + file + "' tidak memuat proposal.", "file '" + file + "' holds no proposals.");
  }

  static String tooFew(Path file, int count, int min) {
    return both("berkas '" + file + "' memuat " + count + " proposal terkirim yang lolos; paling sedikit " + min + " diperlukan untuk nominasi dan finalis.",
        "file '" + file + "' holds " + count + " submitted proposals; at least " + min + " are needed for nominations and finalists.");
  }

  static String unwritable(Path folder, @Nullable Throwable cause) {
    String message = cause == null ? null : cause.getMessage();
    String why = cause instanceof java.nio.file.FileAlreadyExistsException ? "sudah ada sebagai berkas / exists as a file"
        : cause instanceof java.nio.file.AccessDeniedException ? "tidak boleh ditulis / may not be written"
        : message != null ? message : "I/O";
    return both("laporan tidak dapat ditulis ke '" + folder + "' (" + why + "); berikan folder yang boleh ditulis dengan --out.",
        "the report cannot be written to '" + folder + "' (" + why + "); give a writable folder with --out.");
  }

  static String nobodySubmitted(int registered) {
    return both("dari " + registered + " proposal yang terdaftar, tidak satu pun dikirim; tidak ada yang dapat diseleksi atau dinilai.",
        "none of the " + registered + " registered proposals was submitted; there is nothing to screen or score.");
  }

  static String nobodyEligible(int submitted) {
    return both("dari " + submitted + " proposal yang dikirim, tidak satu pun lolos seleksi administrasi; tidak ada yang dapat dinilai.",
        "none of the " + submitted + " submitted proposals passed administrative screening; there is nothing to score.");
  }
}
