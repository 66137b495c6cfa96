#!/usr/bin/env python3
"""Writes the `besar` scenario of the chart gallery (Fixtures/galeri/besar/content/): a review past
every chart's limit, deterministically (no randomness):

  - 45 OPDs (more than the 20 bars of a bar chart and the 40 rows of the OPD x dimension heat map),
    some with names of 60-90 characters and no `singkatan`, one leading no programme;
  - a masterplan of 21 years, 2005-2025 (more than the timeline's 6 year columns);
  - 24 elements in the governance dimension (more than 20 bars; 36 elements in all, more than 18);
  - 22 sources of funds (more than 20 bars);
  - the `capaian-indikator` method with indicators realised beyond their target (capped at 100 %),
    exactly at 0 and exactly at their target.

Run it from anywhere: python3 Tests/TinjauKitTests/Fixtures/galeri/generate_besar.py
"""
from pathlib import Path
import shutil

ROOT = Path(__file__).resolve().parent / "besar" / "content"
DIMENSIONS = ["governance", "branding", "economy", "living", "society", "environment"]
ELEMENTS = {"branding": ["pariwisata", "bisnis", "wajah-kota"], "economy": ["industri", "kesejahteraan", "transaksi"],
            "living": ["tata-ruang", "kesehatan", "mobilitas"], "society": ["komunitas", "pendidikan", "keamanan"],
            "environment": ["proteksi", "sampah", "energi"]}
GOVERNANCE = [("layanan-" + s, n) for s, n in [
    ("kependudukan", "Layanan Kependudukan dan Pencatatan Sipil"), ("perizinan", "Layanan Perizinan Terpadu Satu Pintu"),
    ("pengaduan", "Layanan Pengaduan Masyarakat"), ("kesehatan", "Layanan Kesehatan Primer"),
    ("pendidikan", "Layanan Pendidikan Dasar"), ("sosial", "Layanan Sosial dan Bantuan Warga"),
    ("pajak", "Layanan Pajak dan Retribusi Daerah"), ("aset", "Pengelolaan Aset Daerah"),
    ("kepegawaian", "Manajemen Kepegawaian"), ("keuangan", "Pengelolaan Keuangan Daerah"),
    ("pengadaan", "Pengadaan Barang dan Jasa Secara Elektronik"), ("arsip", "Kearsipan Dinamis dan Statis"),
    ("perencanaan", "Perencanaan Pembangunan Partisipatif"), ("evaluasi", "Evaluasi Kinerja Instansi"),
    ("hukum", "Produk Hukum Daerah"), ("data", "Satu Data Daerah"), ("statistik", "Statistik Sektoral"),
    ("persandian", "Persandian dan Keamanan Informasi"), ("jaringan", "Jaringan Intra Pemerintah"),
    ("pusat-data", "Pusat Data Daerah"), ("aplikasi", "Aplikasi Umum Berbagi Pakai"),
    ("humas", "Kehumasan dan Informasi Publik"), ("ppid", "Pejabat Pengelola Informasi dan Dokumentasi"),
    ("inovasi", "Inovasi Daerah dan Laboratorium Kebijakan")]]
OPDS = [
    ("bappeda", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", None),
    ("bapenda", "Badan Pendapatan Daerah", "Bapenda"),
    ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"),
    ("bpbd", "Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
    ("dinkes", "Dinas Kesehatan", "Dinkes"),
    ("disdikpora", "Dinas Pendidikan, Kepemudaan dan Olahraga", "Disdikpora"),
    ("dinsos", "Dinas Sosial", "Dinsos"),
    ("dp3appkb", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana", None),
    ("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Dukcapil"),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP"),
    ("diskominfo", "Dinas Komunikasi dan Informatika", "Diskominfo"),
    ("dishub", "Dinas Perhubungan", "Dishub"),
    ("dlh", "Dinas Lingkungan Hidup", "DLH"),
    ("dpupkp", "Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman", None),
    ("dispar", "Dinas Pariwisata", "Dispar"),
    ("disbud", "Dinas Kebudayaan (Kundha Kabudayan)", "Disbud"),
    ("dinkop", "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan", None),
    ("distan", "Dinas Pertanian, Pangan, Kelautan dan Perikanan", "Distan"),
    ("disnaker", "Dinas Tenaga Kerja dan Transmigrasi", "Disnakertrans"),
    ("dpmkal", "Dinas Pemberdayaan Masyarakat Kalurahan", "DPMKal"),
    ("dpertaru", "Dinas Pertanahan dan Tata Ruang", "Dispertaru"),
    ("dpad", "Dinas Perpustakaan dan Arsip Daerah", "DPAD"),
    ("satpolpp", "Satuan Polisi Pamong Praja", "Satpol PP"),
    ("inspektorat", "Inspektorat Daerah", "Inspektorat"),
    ("setda", "Sekretariat Daerah", "Setda"),
    ("setdprd", "Sekretariat Dewan Perwakilan Rakyat Daerah", "Setwan"),
    ("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol"),
    ("rsud", "Rumah Sakit Umum Daerah Panembahan Senopati", "RSUD"),
    ("rsud-saras", "Rumah Sakit Umum Daerah Saras Adyatma", "RSUD Saras"),
] + [(f"kapanewon-{i}", f"Kapanewon Wilayah Pelayanan Masyarakat Terpadu Nomor {i}", None if i % 3 == 0 else f"Kpn {i}")
     for i in range(1, 15)] + [("uptd-kosong", "UPTD Laboratorium Lingkungan (belum memimpin program)", "UPTD Lab")]
SOURCES = ["APBD", "APBN", "DAK Fisik", "DAK Non-Fisik", "Dana Keistimewaan", "APBD DIY", "CSR", "Hibah"] + \
          [f"Kerja Sama Pemerintah dan Badan Usaha Tahap {i}" for i in range(1, 15)]
STATUSES = ["selesai", "berjalan", "rencana", "tertunda", "selesai", "batal", "berjalan"]
WORDS = ["Sistem", "Aplikasi", "Portal", "Layanan", "Jaringan", "Pusat", "Data", "Gerbang", "Dasbor", "Peta"]
TOPICS = ["Perizinan", "Kesehatan", "Sekolah", "Pariwisata", "Sampah", "Air Bersih", "Pasar", "Aduan", "Arsip", "Pajak", "Bencana", "Transportasi"]


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    (ROOT / "halaman").mkdir(parents=True)
    (ROOT / "tinjau.yml").write_text(
        "judul: Galeri Grafik, Review Besar\nwilayah: Provinsi Galeri\ntahun_review: 2020\nmasterplan:\n"
        "  judul: Rencana Pembangunan Jangka Panjang Daerah\n  tahun_mulai: 2005\n  tahun_selesai: 2025\n"
        "deskripsi: Review uji untuk galeri grafik, di atas setiap batas grafik. 45 OPD, masterplan 21 tahun, "
        "24 elemen tata kelola, 22 sumber dana dan metode capaian indikator.\n"
        "penilaian:\n  metode: capaian-indikator\n", encoding="utf-8")
    dims = "governance:\n  elemen:\n" + "".join(f"    - slug: {s}\n      nama: {n}\n" for s, n in GOVERNANCE)
    (ROOT / "dimensi.yml").write_text(dims, encoding="utf-8")
    (ROOT / "halaman" / "grafik.md").write_text(
        "---\njudul: Grafik dalam teks\nringkasan: Peta panas dan linimasa dalam blok chart, dengan batas yang sama seperti di halamannya.\n---\n"
        + "\n".join(f"```chart\n{name}\n```\n" for name in ["opd-dimensi", "linimasa"]), encoding="utf-8")
    n = 0
    for i, (slug, name, short) in enumerate(OPDS):
        folder = ROOT / "opd" / slug
        folder.mkdir(parents=True)
        head = f"---\nnama: {name}\n" + (f"singkatan: {short}\n" if short else "") + f"operator_ti: {i % 4}\n---\n"
        (folder / "_index.md").write_text(head + f"{name}: OPD uji galeri.\n", encoding="utf-8")
        count = 0 if slug == "uptd-kosong" else 1 + (i % 3) + (3 if i < 4 else 0)
        for k in range(count):
            n += 1
            dimension = DIMENSIONS[(i + k) % 6]
            element = GOVERNANCE[(i * 2 + k) % len(GOVERNANCE)][0] if dimension == "governance" else ELEMENTS[dimension][(i + k) % 3]
            status = STATUSES[(i + 2 * k) % len(STATUSES)]
            start = 2005 + (i * 3 + k * 5) % 21
            end = min(2025, start + (i + k) % 4)
            title = f"{WORDS[(i + k) % len(WORDS)]} {TOPICS[(i * 5 + k) % len(TOPICS)]} {name.split()[-1]} {n}"
            target = 100
            realised = [150, 0, 100, 50, 75, 120, 10][(i + k) % 7]   # beyond, exactly 0, exactly the target, …
            body = (f"---\njudul: {title}\ndimensi: {dimension}\nelemen: {element}\nstatus: {status}\n"
                    f"tahun_mulai: {start}\ntahun_selesai: {end}\nanggaran: {(n * 7919) % 40 * 125_000_000 + 50_000_000}\n"
                    f"sumber_dana: {SOURCES[n % len(SOURCES)]}\n"
                    + ("alasan_tunda: Pandemi COVID-19\n" if status == "tertunda" else "")
                    + f"indikator:\n  - nama: Capaian keluaran {n}\n    satuan: persen\n    target: {target}\n"
                    + ("" if status == "rencana" else f"    realisasi: {realised}\n") + "---\n"
                    f"Program uji nomor {n}.\n")
            (folder / f"program-{n}.md").write_text(body, encoding="utf-8")
    print(f"wrote {ROOT}: {len(OPDS)} OPDs, {n} programmes")


if __name__ == "__main__":
    main()
