package io.github.kipp.rules.iid;

import com.google.common.collect.ImmutableList;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorId;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import java.math.BigDecimal;

/**
 * The indicator catalogue of IID 2026 (Lampiran of Surat Kepala BSKDN 400.10.11/1887/BSKDN, as two
 * regional tools record it [S134]): 20 SPD rows (indicators 1–15, some split a/b; weights summing to
 * 21, so a maximum of 63) and 20 SID rows (indicators 16–35; weights summing to 37, so 111). Names
 * and level descriptions as published.
 */
final class Catalogue2026 {

  static final ImmutableList<Indicator> ROWS = ImmutableList.of(
      row("1", IndicatorPart.SPD, "Institusi", "Visi dan Misi", "1", true,
          "Kepala Daerah memiliki Misi Inovasi", "Kepala Daerah memiliki Visi Inovasi", "Kepala Daerah memiliki Misi dan Visi Inovasi"),
      row("2a", IndicatorPart.SPD, "Institusi", "Penetapan APBD tepat waktu dalam 3 tahun terakhir", "1", false,
          "Tepat waktu 1 tahun terakhir", "Tepat waktu 2 tahun terakhir", "Tepat waktu 3 tahun terakhir"),
      row("2b", IndicatorPart.SPD, "Institusi", "Pengalokasian mandatory spending", "1", false,
          "Memenuhi 2 komponen", "Memenuhi 3 komponen", "Memenuhi lebih dari 3 komponen"),
      row("3", IndicatorPart.SPD, "Institusi", "Kualitas peningkatan perizinan", "1", true,
          "\u2264 -50,32%", "-50,33% s.d. 8,16%", "\u2265 8,17%"),
      row("4", IndicatorPart.SPD, "Institusi", "Jumlah pendapatan perkapita", "1", true,
          "\u2264 2,04%", "2,05% s.d. 5,23%", "\u2265 5,23%"),
      row("5a", IndicatorPart.SPD, "Institusi", "Progres penurunan Tingkat Pengangguran Terbuka", "0.75", true,
          "\u2264 0,00", "0,01 s.d. 0,36", "\u2265 0,36"),
      row("5b", IndicatorPart.SPD, "Institusi", "Persentase Tingkat Pengangguran Terbuka (T-1)", "0.75", true,
          "\u2265 5,91", "2,34 s.d. 5,92", "\u2264 2,35"),
      row("6", IndicatorPart.SPD, "Institusi", "Jumlah peningkatan investasi", "1.5", true,
          "\u2264 -47,42%", "-47,43% s.d. 94,75%", "\u2265 94,76%"),
      row("7", IndicatorPart.SPD, "Institusi", "Jumlah peningkatan PAD", "1.5", true,
          "\u2264 -5,14%", "-5,15% s.d. 33,84%", "\u2265 33,85%"),
      row("8", IndicatorPart.SPD, "Institusi", "Opini BPK", "1.5", true,
          "TMP/Disclaimer atau TW/Adverse", "WDP/Qualified", "WTP/Unqualified"),
      row("9", IndicatorPart.SPD, "Institusi", "Nilai capaian Lakip", "1", true,
          "Nilai LAKIP D atau C", "Nilai LAKIP B", "Nilai LAKIP A"),
      row("10a", IndicatorPart.SPD, "Institusi", "Progres penurunan angka kemiskinan", "0.75", true,
          "\u2264 0,07", "0,08 s.d. 1,15", "\u2265 1,16"),
      row("10b", IndicatorPart.SPD, "Institusi", "Persentase penduduk miskin (T-1)", "0.75", true,
          "\u2265 13,10", "4,81 s.d. 13,11", "\u2264 4,82"),
      row("11a", IndicatorPart.SPD, "Sumber Daya Manusia", "Peningkatan IPM dua tahun terakhir", "0.75", true,
          "\u2264 0,55", "0,56 s.d. 0,90", "\u2265 0,90"),
      row("11b", IndicatorPart.SPD, "Sumber Daya Manusia", "Capaian IPM tahun terakhir", "0.75", true,
          "\u2264 69,99", "70,00 s.d. 79,99", "\u2265 80,00"),
      row("12", IndicatorPart.SPD, "Sumber Daya Manusia", "Penghargaan bagi inovator", "2", false,
          "Piagam penghargaan bagi inovator", "Piagam dan reward/insentif bagi inovator", "Piagam, insentif, dan mekanisme kontrol pembudayaan inovasi"),
      row("13a", IndicatorPart.SPD, "Ekosistem Inovasi dan Kajian", "Jumlah rekomendasi kebijakan yang mendukung inovasi", "1", false,
          "1-3 rekomendasi kebijakan", "4-7 rekomendasi kebijakan", "Lebih dari 7 rekomendasi kebijakan"),
      row("13b", IndicatorPart.SPD, "Ekosistem Inovasi dan Kajian", "Capaian Nilai Indeks Kualitas Kebijakan", "1", false,
          "Cukup atau Kurang", "Baik", "Unggul atau Sangat Baik"),
      row("14", IndicatorPart.SPD, "Ekosistem Inovasi dan Kajian", "Rencana Induk dan Peta Jalan Pemajuan Iptek Daerah (RIPJ PID)", "1", false,
          "Masih berbentuk rancangan", "Dokumen selesai dan disepakati", "Ditetapkan dalam Perkada"),
      row("15", IndicatorPart.SPD, "Ekosistem Inovasi dan Kajian", "Fasilitasi Pengakuan Hak Kekayaan Intelektual atas Inovasi Daerah", "1", false,
          "Sosialisasi HAKI", "Sosialisasi dan fasilitasi administrasi", "Sosialisasi, fasilitasi, dan insentif pembiayaan"),
      row("16", IndicatorPart.SID, "Infrastruktur", "Regulasi Inovasi Daerah", "3", true,
          "SK Kepala Daerah atau SK Kepala Perangkat Daerah a.n. Kepala Daerah", "Peraturan Kepala Daerah", "Peraturan Daerah"),
      row("17", IndicatorPart.SID, "Infrastruktur", "Ketersediaan dan peran SDM terhadap inovasi daerah", "2", true,
          "1-10 SDM", "11-30 SDM", "Lebih dari 30 SDM"),
      row("18", IndicatorPart.SID, "Infrastruktur", "Dukungan anggaran", "2", false,
          "Satu tahun anggaran", "Dua tahun berturut-turut", "T-0, T-1, dan T-2"),
      row("19", IndicatorPart.SID, "Kecanggihan Produk", "Alat Kerja", "2", false,
          "Manual atau non elektronik", "Didukung perangkat elektronik", "Didukung sistem informasi daring atau AI"),
      row("20", IndicatorPart.SID, "Infrastruktur", "Bimtek inovasi", "1", false,
          "1 kali dalam 3 tahun", "2 kali dalam 3 tahun", "3 kali atau lebih"),
      row("21", IndicatorPart.SID, "Infrastruktur", "Integrasi program dan kegiatan inovasi dalam RKPD", "2", false,
          "RKPD T-1 atau T-2", "RKPD T-1 dan T-2", "RKPD T-1, T-2, dan T-0"),
      row("22", IndicatorPart.SID, "Output Pengetahuan dan Teknologi", "Keterlibatan aktor inovasi", "1", false,
          "3 aktor termasuk pelaksana", "4 aktor", "5 aktor atau lebih"),
      row("23", IndicatorPart.SID, "Output Pengetahuan dan Teknologi", "Pelaksana inovasi daerah", "1", false,
          "Ada pelaksana tanpa surat penetapan", "Surat Penugasan Kepala Perangkat Daerah atau setara", "SK Kepala Daerah atau SK Kepala Perangkat Daerah a.n. Kepala Daerah"),
      row("24", IndicatorPart.SID, "Output Pengetahuan dan Teknologi", "Jejaring inovasi", "1", false,
          "2 Perangkat Daerah", "3-4 Perangkat Daerah", "5 Perangkat Daerah atau lebih"),
      row("25", IndicatorPart.SID, "Output Pengetahuan dan Teknologi", "Sosialisasi Inovasi Daerah", "1", false,
          "Foto kegiatan berlatar spanduk inovasi", "Konten media sosial atau pemberitaan milik pemda", "Media berita bukan milik pemerintah daerah"),
      row("26", IndicatorPart.SID, "Kecepatan Bisnis Proses", "Pedoman teknis", "1", false,
          "Buku manual cetak", "Buku dalam bentuk elektronik", "Buku yang dapat diakses secara daring"),
      row("27", IndicatorPart.SID, "Kecepatan Bisnis Proses", "Kemudahan informasi layanan", "1", false,
          "1 dari 4 metode", "2 dari 4 metode", "3 metode atau lebih"),
      row("28", IndicatorPart.SID, "Kecepatan Bisnis Proses", "Kemudahan proses inovasi yang dihasilkan", "2", false,
          "Hasil diperoleh 6 hari atau lebih", "Hasil diperoleh 2-5 hari", "Hasil diperoleh 1 hari"),
      row("29", IndicatorPart.SID, "Kecepatan Bisnis Proses", "Penyelesaian layanan pengaduan", "1", false,
          "\u2264 50% atau tidak ada pengaduan", "51% s.d. 90%", "\u2265 91%"),
      row("30", IndicatorPart.SID, "Kecanggihan Produk", "Layanan Terintegrasi", "2", false,
          "Layanan berjalan terpisah atau independen", "Terintegrasi dalam satu portal unit organisasi", "Terintegrasi dengan unit organisasi lain"),
      row("31", IndicatorPart.SID, "Kecanggihan Produk", "Replikasi", "3", false,
          "Pernah 1 kali direplikasi", "Pernah 2 kali di daerah berbeda", "Pernah 3 kali di daerah berbeda"),
      row("32", IndicatorPart.SID, "Kecepatan Bisnis Proses", "Kecepatan penciptaan inovasi", "2", true,
          "9 bulan atau lebih", "5-8 bulan", "1-4 bulan"),
      row("33", IndicatorPart.SID, "Jumlah Inovasi dan Hasil Kreatif", "Kemanfaatan inovasi", "3", true,
          "Penerima manfaat 1-200 orang", "Penerima manfaat 201-500 orang", "Penerima manfaat 501 orang atau lebih"),
      row("34", IndicatorPart.SID, "Jumlah Inovasi dan Hasil Kreatif", "Monitoring dan Evaluasi Inovasi Daerah", "2", false,
          "Laporan monev internal pemda", "Laporan Survei Kepuasan Masyarakat", "Monev eksternal berbasis penelitian atau kajian"),
      row("35", IndicatorPart.SID, "Jumlah Inovasi dan Hasil Kreatif", "Video inovasi daerah", "4", true,
          "Memenuhi 1-2 unsur substansi", "Memenuhi 3-4 unsur substansi", "Memenuhi 5 unsur substansi"));

  private Catalogue2026() {}

  private static Indicator row(String id, IndicatorPart part, String variable, String name, String weight, boolean mandatory,
      String level1, String level2, String level3) {
    return new Indicator(IndicatorId.of(id), part, variable, name, new BigDecimal(weight), mandatory,
        ImmutableList.of(level1, level2, level3));
  }
}
