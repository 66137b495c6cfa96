#!/usr/bin/env python3
"""Deterministic generator of synthetic tinjau content for the benchmark.

    bench/generate.py N K OUTDIR [--seed S] [--bodies DIR] [--corpus default|zipf|near-identical]

writes a complete content folder OUTDIR (tinjau.yml, K OPDs with _index.md,
N programme files spread over the OPDs, two narrative pages) in the format of
docs/content-format.md, and, with --bodies, the Markdown body of every
programme, OPD and narrative page (everything after the front matter, byte for
byte) as plain .md files in DIR for the cmark floor (DIR/all.md holds all of
them concatenated, DIR/files.txt lists the single files).

The same N, K and seed always give the same bytes (Python's `random.Random`
with a fixed seed; no clock, no hash order). Programmes cover all six
dimensions and their 18 elements, all five statuses, 1-3 indicators, budgets
as digit-only integers, partner OPDs and keywords; bodies are about 2 KB of
CommonMark: `##` headings, paragraphs with emphasis, bullet and ordered
lists, links to https addresses and a block quote. No body links to another
content file, so the output always passes `tinjau check --strict`.

Three corpora (--corpus), which differ only in the words tinjau's overlap
detector reads (title, `kata_kunci`, indicator names):

default
    Titles are `<kind> <subject> <place>` with the place drawn from a pool
    that grows with N, so the number of similar programme pairs that tinjau's
    overlap detector reports grows roughly linearly with N instead of
    quadratically. (The output of this corpus is the same, byte for byte, as
    before --corpus existed.)
zipf
    Every title (3-6 words, distinct within a title, capitalised),
    `kata_kunci` (2-4 words) and indicator name (2-4 words, same number of
    indicators as the default corpus) is drawn from one shared vocabulary of
    51 common Indonesian smart-city words (VOCABULARY: aplikasi, layanan,
    data, digital, ...) with Zipf-like frequencies: the word of rank r is
    drawn with probability proportional to 1/r^1.05, so a handful of words
    appear in most programmes, as in real reviews. Similar pairs grow with N².
    Slugs are the title's slug plus the running number.
near-identical
    Titles `Program Contoh 00001`, `Program Contoh 00002`, ... (the number
    zero-padded to 5 digits, or to the digits of N when N >= 100 000), each
    programme with exactly one indicator, `Capaian fisik kegiatan` (persen,
    baseline 0, target 100, realisasi by status), and no `kata_kunci`. Every
    pair of programmes of different OPDs is similar (Jaccard 3/5 = 0,6).
    Slugs are the title's slug (`program-contoh-00001`).

In both new corpora everything else (OPDs, the programme's OPD, dimension,
element, status, years, budgets, funds, partners, `ringkasan`, `alasan_tunda`,
bodies, the indicators' values but for the near-identical corpus's single
indicator) is the default corpus's for the same N, K and seed: the main random stream makes the same draws, and the new words
come from a second stream seeded with the corpus name.
"""
import argparse
import os
import random
import sys

MASTERPLAN = (2018, 2023)

# The built-in dimensions and elements (docs/content-format.md), with subjects per element.
DIMENSIONS = {
    "governance": {
        "layanan-publik": ["Pengaduan Masyarakat", "Perizinan Daring", "Administrasi Kependudukan", "Antrean Layanan",
                           "Mal Pelayanan Publik", "Survei Kepuasan", "Layanan Kalurahan", "Informasi Publik"],
        "birokrasi": ["Naskah Dinas", "Kepegawaian", "Tanda Tangan Elektronik", "Presensi Pegawai",
                      "Arsip Elektronik", "Rapat Virtual", "Kinerja Pegawai", "Aset Daerah"],
        "kebijakan-publik": ["Perencanaan Pembangunan", "Monitoring Evaluasi", "Data Sektoral", "Musrenbang",
                             "Produk Hukum", "Statistik Sektoral", "Gudang Data", "Dasbor Pimpinan"],
    },
    "branding": {
        "pariwisata": ["Destinasi Wisata", "Desa Wisata", "Kalender Event", "Tiket Wisata",
                       "Pemandu Wisata", "Homestay", "Kuliner Lokal", "Museum Virtual"],
        "bisnis": ["Produk Unggulan", "Pameran Dagang", "Investasi Daerah", "Kerajinan Gerabah",
                   "Batik Lokal", "Promosi Ekspor", "Pusat Oleh-oleh", "Katalog UMKM"],
        "wajah-kota": ["Taman Kota", "Penerangan Jalan", "Papan Informasi", "Ruang Publik",
                       "Gapura Kawasan", "Mural Kota", "Jalur Pedestrian", "Alun-alun"],
    },
    "economy": {
        "industri": ["Industri Kreatif", "Sentra Industri", "Inkubator Bisnis", "Koperasi Produsen",
                     "Sertifikasi Halal", "Rumah Kemasan", "Pelatihan Wirausaha", "Klaster Mebel"],
        "kesejahteraan": ["Bantuan Sosial", "Penanggulangan Kemiskinan", "Lapangan Kerja", "Ketahanan Pangan",
                          "Bursa Kerja", "Lumbung Pangan", "Jaminan Sosial", "Harga Pasar"],
        "transaksi": ["Pembayaran Nontunai", "Pajak Daerah", "Retribusi Pasar", "Pasar Daring",
                      "Dompet Digital", "Kas Daerah", "Kredit Mikro", "Transaksi Kalurahan"],
    },
    "living": {
        "tata-ruang": ["Rencana Tata Ruang", "Izin Bangunan", "Peta Zonasi", "Pertanahan",
                       "Permukiman Kumuh", "Drainase Kawasan", "Rumah Layak Huni", "Batas Wilayah"],
        "kesehatan": ["Rekam Medis", "Pendaftaran Puskesmas", "Gizi Balita", "Ambulans Gawat Darurat",
                      "Imunisasi Anak", "Stunting", "Telemedisin", "Stok Obat"],
        "mobilitas": ["Lampu Lalu Lintas", "Parkir Elektronik", "Angkutan Umum", "Halte Pintar",
                      "Kamera Persimpangan", "Uji Kendaraan", "Rute Sepeda", "Informasi Jalan"],
    },
    "society": {
        "komunitas": ["Komunitas Digital", "Karang Taruna", "Relawan Teknologi", "Kelompok Informasi",
                      "Forum Anak", "Literasi Digital", "Ruang Kreatif", "Pemuda Pelopor"],
        "pendidikan": ["Sekolah Daring", "Perpustakaan Digital", "Beasiswa Pelajar", "Pelatihan Guru",
                       "Kelas Koding", "Bahasa Jawa", "Pendidikan Inklusif", "Rapor Elektronik"],
        "keamanan": ["Peringatan Dini", "Siaga Bencana", "Kamera Keamanan", "Pemadam Kebakaran",
                     "Patroli Lingkungan", "Evakuasi Tsunami", "Ketertiban Umum", "Panggilan Darurat"],
    },
    "environment": {
        "proteksi": ["Kualitas Udara", "Kualitas Air", "Konservasi Pantai", "Hutan Rakyat",
                     "Mangrove", "Sungai Bersih", "Ruang Terbuka Hijau", "Mata Air"],
        "sampah": ["Bank Sampah", "Pengolahan Limbah", "Daur Ulang", "Sampah Plastik",
                   "Kompos Organik", "Armada Sampah", "Limbah Medis", "Tempat Pengolahan Sampah"],
        "energi": ["Panel Surya", "Lampu Hemat Energi", "Biogas", "Energi Terbarukan",
                   "Penghematan Listrik", "Mikrohidro", "Kendaraan Listrik", "Audit Energi"],
    },
}

# Programme kinds as real titles start; every one of their words is a stop word of tinjau's overlap
# detector (OverlapDetector.stopWords), so titles are told apart by subject and place.
KINDS = ["Pengembangan Sistem", "Peningkatan", "Pembangunan", "Penyediaan", "Pelaksanaan Program", "Pengembangan",
         "Program", "Peningkatan Sistem", "Pembangunan Sistem", "Penyediaan Sistem"]

SYLLABLES = ["sido", "tri", "wono", "mul", "har", "rejo", "agung", "sari", "mukti", "jati", "guno", "panggung",
             "banyu", "karto", "seti", "murti", "pleret", "imo", "giri", "tamtu", "poto", "dlingo", "kasih", "luhur"]

OPD_BASES = [
    ("Dinas Komunikasi dan Informatika", "Diskominfo"), ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
    ("Dinas Kesehatan", "Dinkes"), ("Dinas Pendidikan", "Disdik"), ("Dinas Perhubungan", "Dishub"),
    ("Dinas Pariwisata", "Dispar"), ("Dinas Kebudayaan", "Disbud"), ("Dinas Lingkungan Hidup", "DLH"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD"), ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
    ("Dinas Perdagangan", "Disdag"), ("Dinas Koperasi dan UKM", "Dinkop"), ("Dinas Sosial", "Dinsos"),
    ("Badan Keuangan dan Aset Daerah", "BKAD"), ("Dinas Pekerjaan Umum", "DPU"), ("Dinas Pertanahan dan Tata Ruang", "Dispertaru"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu", "DPMPT"), ("Badan Kepegawaian Daerah", "BKD"),
    ("Satuan Polisi Pamong Praja", "Satpol PP"), ("Dinas Pemadam Kebakaran", "Damkar"), ("Dinas Pertanian", "Distan"),
    ("Dinas Kelautan dan Perikanan", "DKP"), ("Dinas Tenaga Kerja", "Disnaker"), ("Dinas Perpustakaan dan Arsip", "Dispusip"),
    ("Dinas Pemuda dan Olahraga", "Dispora"), ("Dinas Perindustrian", "Disperin"), ("Inspektorat Daerah", "Inspektorat"),
    ("Sekretariat Daerah", "Setda"), ("Badan Pendapatan Daerah", "Bapenda"), ("Dinas Perumahan dan Permukiman", "Disperkim"),
    ("Dinas Pemberdayaan Masyarakat dan Kalurahan", "DPMK"), ("Rumah Sakit Umum Daerah", "RSUD"),
    ("Dinas Ketahanan Pangan", "DKP Pangan"), ("Badan Kesatuan Bangsa dan Politik", "Kesbangpol"),
    ("Dinas Pengendalian Penduduk dan KB", "DP3KB"), ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A"),
]

UNITS = ["persen", "unit", "orang", "lokasi", "aplikasi", "dataset", "kalurahan", "sekolah", "OPD", "layanan"]
FUNDS = ["APBD", "APBN", "DAK", "APBD DIY", "Danais", "CSR"]
TERMS = ["quick-win", "pendek", "menengah", "panjang"]
# Status weights: rencana, berjalan, selesai, tertunda, batal.
STATUSES = [("rencana", 18), ("berjalan", 37), ("selesai", 25), ("tertunda", 15), ("batal", 5)]
DELAYS = ["Pandemi COVID-19, anggaran dialihkan untuk penanganan kesehatan",
          "Menunggu regulasi pendukung dari pemerintah pusat",
          "Pengadaan perangkat gagal lelang dan diulang tahun berikutnya",
          "Koordinasi antar-OPD belum selesai",
          "Kekurangan operator TI untuk menjalankan sistem"]

# Sentences for the bodies; {s} is the subject, {k} the kind, {p} the place, {o} the OPD.
PARAGRAPHS = [
    "Program {k} {s} di {p} disusun karena pelayanan yang ada masih bergantung pada berkas kertas dan tatap muka. "
    "Warga harus datang beberapa kali ke kantor {o} untuk satu urusan, dan data yang terkumpul tidak dapat dipakai ulang "
    "oleh OPD lain. Masterplan menempatkan program ini sebagai langkah awal menuju layanan yang **terintegrasi**.",
    "Sebelum program berjalan, data {s} dicatat secara manual di setiap unit kerja dengan format yang berbeda-beda. "
    "Akibatnya pimpinan sulit memperoleh angka yang sama untuk persoalan yang sama, dan laporan bulanan sering terlambat. "
    "Program ini menyatukan pencatatan tersebut dalam satu sistem yang dikelola {o}.",
    "Kegiatan tahun ini berfokus pada uji coba di {p} sebelum diperluas ke seluruh wilayah. Hasil uji coba dipakai "
    "untuk memperbaiki alur kerja, menyusun *standar operasional prosedur* dan menghitung kebutuhan anggaran tahun berikutnya.",
    "Pelaksanaan melibatkan komunitas setempat, perguruan tinggi dan pelaku usaha. Kerja sama ini penting agar {s} "
    "tidak berhenti sebagai proyek pengadaan, tetapi dipakai sehari-hari oleh warga dan aparatur.",
    "Evaluasi tengah tahun menunjukkan bahwa kendala utama bukan perangkat, melainkan kesiapan sumber daya manusia. "
    "Beberapa unit belum memiliki operator yang mampu menjalankan sistem, sehingga pendampingan teknis perlu dijadwalkan rutin.",
]
ACTIVITIES = [
    "Penyusunan kajian kebutuhan dan rancangan proses bisnis {s}.",
    "Pengadaan perangkat keras, lisensi dan layanan komputasi awan.",
    "Pengembangan aplikasi dan antarmuka pertukaran data (API) dengan sistem OPD lain.",
    "Pelatihan operator di {o} dan pendampingan di {p}.",
    "Sosialisasi kepada warga melalui media sosial, radio komunitas dan forum kalurahan.",
    "Penyusunan peraturan bupati dan standar operasional prosedur.",
    "Uji coba terbatas, evaluasi dan perbaikan sebelum peluncuran.",
    "Pemeliharaan sistem, pencadangan data dan pemantauan keamanan informasi.",
]
TARGETS = [
    "Seluruh permohonan {s} dapat diajukan secara daring.",
    "Waktu layanan turun menjadi paling lama tiga hari kerja.",
    "Data {s} diperbarui setiap bulan dan terbuka untuk publik.",
    "Setiap kalurahan memiliki satu operator terlatih.",
    "Aduan warga ditindaklanjuti dalam lima hari kerja.",
]
QUOTES = [
    "Kami ingin warga cukup datang sekali, atau tidak perlu datang sama sekali.",
    "Teknologi hanya alat; yang diukur adalah manfaatnya bagi masyarakat.",
    "Data yang sama harus menghasilkan angka yang sama di setiap OPD.",
    "Program yang baik adalah program yang tetap berjalan setelah anggarannya habis.",
]
SPEAKERS = ["Kepala {o}", "Sekretaris Daerah", "evaluator review", "perwakilan komunitas {p}"]
LINK_HOSTS = ["https://data.example.go.id", "https://jdih.example.go.id", "https://ppid.example.go.id",
              "https://www.example.go.id", "https://opendata.example.org"]
# Indicator names: the subject between words that the overlap detector drops, as many real indicator
# names are ("Jumlah …", "Persentase …"). (template, unit, direction)
INDICATOR_NAMES = [
    ("Jumlah unit {s} baru", "unit", "naik"), ("Persentase {s} secara terpadu", "persen", "naik"),
    ("Tingkat {s} per tahun", "persen", "naik"), ("Rata-rata waktu {s}", "hari", "turun"),
    ("Jumlah orang mengikuti {s}", "orang", "naik"), ("Persentase {s} yang aktif", "persen", "naik"),
    ("Jumlah {s} di kabupaten", "lokasi", "naik"), ("Rata-rata waktu {s} per orang", "hari", "turun"),
]
STOP_WORDS = {"dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "oleh", "bagi", "serta",
              "para", "ini", "itu", "sebagai", "tentang", "antar", "secara", "per", "atas", "agar", "hingga", "sampai",
              "program", "kegiatan", "pengembangan", "peningkatan", "penyediaan", "pelaksanaan", "pembangunan",
              "kabupaten", "bantul", "daerah", "jumlah", "persentase", "tingkat", "berbasis", "terpadu", "sistem",
              "rata", "waktu", "aktif", "mengikuti", "baru", "tahun", "orang", "unit"}


CORPORA = ("default", "zipf", "near-identical")

# The zipf corpus's shared vocabulary, most common first: the word of rank r (1-based) is drawn with
# probability proportional to 1/r^ZIPF_S. A few of them (sistem, terpadu) are stop words of the
# overlap detector, as they are in real titles.
VOCABULARY = [
    "aplikasi", "layanan", "data", "digital", "informasi", "online", "sistem", "publik", "masyarakat", "pelayanan",
    "elektronik", "terpadu", "jaringan", "internet", "pengaduan", "perizinan", "kesehatan", "pendidikan", "pariwisata",
    "sampah", "transportasi", "keuangan", "pajak", "kependudukan", "bencana", "umkm", "pasar", "desa", "kalurahan",
    "monitoring", "dasbor", "portal", "integrasi", "satu", "smart", "kota", "warga", "website", "mobile", "manajemen",
    "kinerja", "perencanaan", "statistik", "arsip", "sekolah", "puskesmas", "sosial", "lingkungan", "parkir", "cctv",
    "wifi",
]
ZIPF_S = 1.05
ZIPF_CUMULATIVE = []
for _rank in range(1, len(VOCABULARY) + 1):
    ZIPF_CUMULATIVE.append((ZIPF_CUMULATIVE[-1] if ZIPF_CUMULATIVE else 0.0) + 1.0 / _rank ** ZIPF_S)
ACRONYMS = {"umkm": "UMKM", "cctv": "CCTV", "wifi": "WiFi"}
NEAR_IDENTICAL_INDICATOR = "Capaian fisik kegiatan"


def detector_words(text):
    """Roughly the words tinjau's overlap detector keeps: longer than two letters, not a stop word."""
    return {w for w in "".join(c if c.isalnum() else " " for c in text.lower()).split()
            if len(w) > 2 and w not in STOP_WORDS}


def slugify(text):
    out, dash = [], False
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def place_names(count, rng):
    """`count` distinct place names built from syllables, in a seeded order."""
    names, seen = [], set()
    length = 2
    while len(names) < count:
        for _ in range(count * 4):
            word = "".join(rng.choice(SYLLABLES) for _ in range(length))
            if word not in seen:
                seen.add(word)
                names.append(word.capitalize())
                if len(names) == count:
                    break
        length += 1
    return names


def opd_list(k):
    """K OPDs: the real kinds of OPD first, then the same kinds for further regions."""
    opds, used = [], set()
    for i in range(k):
        name, short = OPD_BASES[i % len(OPD_BASES)]
        region = i // len(OPD_BASES)
        if region:
            name, short = f"{name} Wilayah {region + 1}", f"{short} {region + 1}"
        slug = slugify(short)
        while slug in used:
            slug += "-x"
        used.add(slug)
        opds.append({"slug": slug, "name": name, "short": short})
    return opds


def yaml_text(value):
    """A plain YAML scalar, quoted when the format asks for it."""
    if any(s in value for s in (": ", " #", "\"")) or value[:1] in "&*!@`'\"[{>|%-?":
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
    return value


def body_for(rng, subject, kind, place, opd_name, index):
    fill = {"s": subject.lower(), "k": kind.lower(), "p": place, "o": opd_name}
    f = lambda text: text.format(**fill)
    parts = ["## Latar belakang", ""]
    for paragraph in rng.sample(PARAGRAPHS, 3):
        parts += [f(paragraph), ""]
    parts += ["## Kegiatan", ""]
    for activity in rng.sample(ACTIVITIES, rng.randint(4, 6)):
        parts.append("- " + f(activity))
    parts.append("")
    host = rng.choice(LINK_HOSTS)
    parts += [f"Dokumen perencanaan dan laporan kemajuan dapat dibaca di [portal data]({host}/program/{index}) "
              f"dan [dokumen hukum]({rng.choice(LINK_HOSTS)}/dokumen/{index % 997}).", ""]
    parts += ["## Sasaran", ""]
    for n, target in enumerate(rng.sample(TARGETS, 3), 1):
        parts.append(f"{n}. " + f(target))
    parts.append("")
    speaker = f(rng.choice(SPEAKERS))
    parts += [f"> {rng.choice(QUOTES)}", ">", f"> — {speaker}", ""]
    parts += ["## Catatan review", "", f(rng.choice(PARAGRAPHS)), ""]
    return "\n".join(parts)


def zipf_words(aux, count):
    """`count` distinct words of VOCABULARY, each draw Zipf-weighted (rank r with probability ∝ 1/r^ZIPF_S)."""
    words = []
    while len(words) < count:
        word = aux.choices(VOCABULARY, cum_weights=ZIPF_CUMULATIVE)[0]
        if word not in words:
            words.append(word)
    return words


def capitalised(word):
    return ACRONYMS.get(word, word.capitalize())


def zipf_title(aux):
    """3-6 distinct vocabulary words, each capitalised as in real titles: `Aplikasi Layanan Data Online`."""
    return " ".join(capitalised(w) for w in zipf_words(aux, aux.randint(3, 6)))


def zipf_indicator_name(aux):
    """2-4 distinct vocabulary words, the first capitalised: `Layanan data publik`."""
    words = zipf_words(aux, aux.randint(2, 4))
    return " ".join([capitalised(words[0])] + [ACRONYMS.get(w, w) for w in words[1:]])


def programme(rng, index, opd, opds, places, corpus="default", aux=None, width=5):
    """One programme file: (slug, front matter, body). The main stream `rng` makes the same draws for every
    corpus; the zipf and near-identical words and values come from `aux`."""
    dimension = rng.choice(sorted(DIMENSIONS))
    element = rng.choice(sorted(DIMENSIONS[dimension]))
    subject = rng.choice(DIMENSIONS[dimension][element])
    kind = rng.choice(KINDS)
    place = rng.choice(places)
    title = f"{kind} {subject} {place}"
    if corpus == "zipf":
        title = zipf_title(aux)
    elif corpus == "near-identical":
        title = f"Program Contoh {index:0{width}d}"
    status = rng.choices([s for s, _ in STATUSES], weights=[w for _, w in STATUSES])[0]
    start = rng.randint(MASTERPLAN[0], MASTERPLAN[1])
    end = rng.randint(start, min(MASTERPLAN[1], start + 3))
    budget = rng.randint(5, 500) * 10_000_000
    lines = ["---", f"judul: {yaml_text(title)}", f"dimensi: {dimension}", f"elemen: {element}", f"status: {status}",
             f"jangka: {rng.choice(TERMS)}", f"tahun_mulai: {start}", f"tahun_selesai: {end}", f"anggaran: {budget}"]
    if status in ("berjalan", "selesai"):
        share = rng.randint(30, 100) if status == "selesai" else rng.randint(5, 80)
        lines.append(f"realisasi_anggaran: {budget * share // 100}")
    elif status == "tertunda":
        lines.append(f"realisasi_anggaran: {budget * rng.randint(0, 20) // 100}")
    lines.append(f"sumber_dana: {rng.choice(FUNDS)}")
    if len(opds) > 1 and rng.random() < 0.4:
        partners = rng.sample([o["slug"] for o in opds if o["slug"] != opd["slug"]], rng.randint(1, min(2, len(opds) - 1)))
        lines.append(f"mitra: [{', '.join(partners)}]")
    # Keywords: the subject, the place and further pilot locations (lokasi uji coba), as many as make the
    # subject alone share less than 0,2 of the words with another programme (Jaccard), while subject and
    # place together share more: similar pairs then grow with N, not with N².
    extra = 2 * len(detector_words(subject))
    keywords = [subject.lower(), place.lower()] + [p.lower() for p in rng.sample(places, extra) if p != place]
    if corpus == "zipf":
        keywords = zipf_words(aux, aux.randint(2, 4))
    if corpus != "near-identical":
        lines.append(f"kata_kunci: [{', '.join(keywords)}]")
    summary = f"{kind} untuk {subject.lower()} di {place}, dikelola {opd['name']}."
    lines.append(f"ringkasan: {yaml_text(summary)}")
    if status == "tertunda":
        lines.append(f"alasan_tunda: {yaml_text(rng.choice(DELAYS))}")
    lines.append("indikator:")
    if corpus == "near-identical":
        # One physical-progress indicator; the default indicators below are still drawn (and dropped) so
        # that the main stream stays in step with the default corpus.
        lines += [f"  - nama: {NEAR_IDENTICAL_INDICATOR}", "    satuan: persen", "    baseline: 0", "    target: 100"]
        progress = {"berjalan": (5, 95), "selesai": (100, 100), "tertunda": (0, 40), "batal": (0, 20)}.get(status)
        if progress:
            lines.append(f"    realisasi: {aux.randint(*progress)}")
        lines.append("    arah: naik")
        kept = len(lines)
    chosen = rng.sample(INDICATOR_NAMES, rng.randint(1, 3))
    names = [zipf_indicator_name(aux) for _ in chosen] if corpus == "zipf" else None
    for number, (name, unit, direction) in enumerate(chosen):
        name = names[number] if names else name.format(s=subject.lower())
        if unit == "persen":
            baseline = rng.randint(10, 60) if direction == "naik" else rng.randint(30, 80)
            target = rng.randint(baseline + 10, 100) if direction == "naik" else rng.randint(1, baseline - 10)
        else:
            baseline = rng.randint(0, 50) if direction == "naik" else rng.randint(10, 60)
            target = rng.randint(baseline + 5, baseline + 500) if direction == "naik" else rng.randint(1, max(1, baseline // 2))
        lines += [f"  - nama: {yaml_text(name)}", f"    satuan: {unit}", f"    baseline: {baseline}", f"    target: {target}"]
        if status != "rencana":
            low, high = sorted((baseline, target))
            value = rng.randint(low, high + (high - low) // 10)
            lines.append(f"    realisasi: {value}" if rng.random() < 0.8 else f"    realisasi: {value}.5")
        lines.append(f"    arah: {direction}")
        if rng.random() < 0.2:
            lines.append(f"    bobot: {rng.randint(1, 3)}")
    if corpus == "near-identical":
        del lines[kept:]
    lines.append("---")
    slug = slugify(title) if corpus == "near-identical" else f"{slugify(title)}-{index}"
    return slug, "\n".join(lines) + "\n", body_for(rng, subject, kind, place, opd["name"], index)


def opd_file(rng, opd):
    front = ["---", f"nama: {yaml_text(opd['name'])}", f"singkatan: {yaml_text(opd['short'])}",
             f"operator_ti: {rng.choice([0, 1, 2, 3, 4, 6, 9, 12])}", "ilustrasi: true", "---"]
    body = (f"{opd['name']} ({opd['short']}) adalah OPD sintetis untuk uji kinerja tinjau. Dalam program Smart City, "
            f"{opd['short']} memimpin sejumlah program dan menjadi mitra program OPD lain.\n\n"
            f"Profil resmi dapat dibaca di [situs pemerintah daerah]({rng.choice(LINK_HOSTS)}/opd/{opd['slug']}).\n")
    return "\n".join(front) + "\n", body


NARRATIVE = [
    ("pendahuluan", 1, "Pendahuluan", "Latar belakang masterplan dan tujuan review sintetis.",
     "## Masterplan\n\nReview ini memuat {{jumlah.program}} program dari {{jumlah.opd}} OPD. Skor keseluruhan "
     "{{skor.keseluruhan}} ({{pecahan.keseluruhan}} program), tingkat {{tingkat.keseluruhan}}.\n\n"
     "- Tata kelola: {{skor.governance}} ({{pecahan.governance}})\n- Branding: {{skor.branding}}\n"
     "- Ekonomi: {{skor.economy}}\n- Tempat hidup: {{skor.living}}\n- Masyarakat: {{skor.society}}\n"
     "- Lingkungan: {{skor.environment}}\n\n> Data ini sintetis, dibuat oleh `bench/generate.py`.\n\n"
     "Kerangka penilaian mengikuti [Gerakan Menuju 100 Smart City](https://www.example.go.id/100-smart-city).\n"),
    ("temuan-dan-rekomendasi", 2, "Temuan dan Rekomendasi", "Temuan utama review sintetis.",
     "## Temuan\n\n1. {{jumlah.tertunda}} program tertunda dengan anggaran {{anggaran.tertunda}}.\n"
     "2. {{jumlah.tumpang-tindih}} pasang program mirip antar-OPD.\n3. {{jumlah.opd-tanpa-operator}} OPD tanpa operator TI.\n\n"
     "```chart\nradar\n```\n\n## Rekomendasi\n\nSusun ulang program yang tertunda pada tahun {{tahun.berikutnya}}.\n"),
]


def generate(n, k, outdir, seed=2020, bodies_dir=None, corpus="default"):
    if corpus not in CORPORA:
        raise ValueError(f"unknown corpus {corpus!r} (one of {', '.join(CORPORA)})")
    rng = random.Random(f"tinjau-bench/{seed}/{n}/{k}")
    # The new corpora's words and values: a second stream, so that the main one makes the default's draws.
    aux = random.Random(f"tinjau-bench/{seed}/{n}/{k}/{corpus}")
    width = max(5, len(str(n)))
    corpus_note = "" if corpus == "default" else f" --corpus {corpus}"
    opds = opd_list(k)
    places = place_names(max(200, n // 4), rng)
    os.makedirs(outdir, exist_ok=True)
    body_files = []

    def write(path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    def keep_body(name, body):
        if bodies_dir is not None:
            path = os.path.join(bodies_dir, name + ".md")
            write(path, body)
            body_files.append(path)

    write(os.path.join(outdir, "tinjau.yml"), f"""judul: Review Masterplan Smart City Sintetis ({n} program)
wilayah: Provinsi Sintetis
kode_wilayah: "99"
tahun_review: 2020
masterplan:
  judul: Masterplan Smart City Provinsi Sintetis
  tahun_mulai: {MASTERPLAN[0]}
  tahun_selesai: {MASTERPLAN[1]}
tanggal_review: 2020-07-23
penyelenggara: Dinas Komunikasi dan Informatika
evaluator: Tim Uji Kinerja
deskripsi: Data sintetis untuk mengukur kinerja tinjau dengan {n} program di {k} OPD (bench/generate.py{corpus_note}, seed {seed}).
penilaian:
  metode: realisasi-program
  status_terealisasi: [berjalan, selesai]
  presisi: 0
""")
    for opd in opds:
        front, body = opd_file(rng, opd)
        write(os.path.join(outdir, "opd", opd["slug"], "_index.md"), front + body)
        keep_body(f"opd--{opd['slug']}", body)
    for index in range(1, n + 1):
        opd = opds[(index - 1) % k] if rng.random() < 0.5 else rng.choice(opds)
        slug, front, body = programme(rng, index, opd, opds, places, corpus, aux, width)
        write(os.path.join(outdir, "opd", opd["slug"], slug + ".md"), front + body)
        keep_body(f"{opd['slug']}--{slug}", body)
    for slug, order, title, summary, body in NARRATIVE:
        write(os.path.join(outdir, "halaman", slug + ".md"),
              f"---\njudul: {title}\nurutan: {order}\nringkasan: {summary}\n---\n" + body)
        keep_body(f"halaman--{slug}", body)
    if bodies_dir is not None:
        with open(os.path.join(bodies_dir, "all.md"), "w", encoding="utf-8", newline="\n") as out:
            for path in body_files:
                with open(path, encoding="utf-8") as handle:
                    out.write(handle.read())
                out.write("\n")
        with open(os.path.join(bodies_dir, "files.txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(body_files) + "\n")
    return len(body_files)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of programmes")
    parser.add_argument("k", type=int, help="number of OPDs")
    parser.add_argument("outdir", help="content folder to write (must not exist or be empty)")
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--bodies", help="also write every Markdown body as a plain .md file into this folder")
    parser.add_argument("--corpus", choices=CORPORA, default="default",
                        help="the words of titles, keywords and indicator names: default, zipf or near-identical (default: default)")
    args = parser.parse_args(argv)
    if args.n < 1 or args.k < 1:
        parser.error("N and K must be at least 1")
    if os.path.isdir(args.outdir) and os.listdir(args.outdir):
        parser.error(f"{args.outdir} is not empty")
    generate(args.n, args.k, args.outdir, args.seed, args.bodies, args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
