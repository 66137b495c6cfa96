/// The JSON Schema (draft 2020-12) of `data/tinjauan.json`, published beside it
/// so that users of the open data can validate what they download.
enum ReviewSchema {
    static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "tinjauan.schema.json",
          "title": "Data review program smart city (tinjau)",
          "description": "Seluruh isi review: metadata Satu Data Indonesia, pengaturan penilaian, dimensi, OPD, program dengan indikatornya, skor dengan pembilang dan penyebutnya, dan setiap angka yang ditampilkan situs (agregat). Rupiah sebagai bilangan bulat (lihat $defs/rupiah tentang 2^53); persen 0–100. Setiap angka di halaman situs ditulis sebagai <data value data-sumber> dengan JSON Pointer (RFC 6901) ke berkas ini.",
          "type": "object",
          "required": ["metadata", "tinjauan", "dimensi", "opd", "program", "skor", "agregat"],
          "additionalProperties": false,
          "properties": {
            "metadata": {
              "type": "object",
              "required": ["judul", "deskripsi", "produsen_data", "walidata", "periode", "satuan", "frekuensi_pembaruan", "sumber", "lisensi", "format", "berkas"],
              "properties": {
                "judul": {"type": "string"},
                "deskripsi": {"type": "string"},
                "produsen_data": {"type": "string"},
                "walidata": {"type": "string"},
                "periode": {"type": "string"},
                "satuan": {"type": "object", "additionalProperties": {"type": "string"}},
                "frekuensi_pembaruan": {"type": "string"},
                "sumber": {"type": "string"},
                "tanggal_pembaruan": {"type": "string", "format": "date"},
                "lisensi": {"type": "string"},
                "format": {"type": "string"},
                "berkas": {"type": "object", "additionalProperties": {"type": "string"}}
              }
            },
            "tinjauan": {
              "type": "object",
              "required": ["judul", "wilayah", "tahun_review", "masterplan_mulai", "masterplan_selesai", "metode", "status_terealisasi", "presisi", "tingkat_kematangan"],
              "properties": {
                "judul": {"type": "string"},
                "wilayah": {"type": "string"},
                "kode_wilayah": {"type": "string"},
                "tahun_review": {"type": "integer"},
                "masterplan_mulai": {"type": "integer"},
                "masterplan_selesai": {"type": "integer"},
                "tanggal_review": {"type": "string", "format": "date"},
                "penyelenggara": {"type": "string"},
                "evaluator": {"type": "string"},
                "metode": {"enum": ["realisasi-program", "capaian-indikator"]},
                "status_terealisasi": {"type": "array", "items": {"$ref": "#/$defs/status"}},
                "presisi": {"type": "integer", "minimum": 0, "maximum": 3},
                "tingkat_kematangan": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["min", "nama", "keterangan"],
                    "properties": {"min": {"type": "number", "minimum": 0, "maximum": 100}, "nama": {"type": "string"}, "keterangan": {"type": "string"}}
                  }
                }
              }
            },
            "dimensi": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "nama", "elemen"],
                "properties": {
                  "id": {"$ref": "#/$defs/dimensi"},
                  "nama": {"type": "string"},
                  "elemen": {"type": "array", "items": {"type": "object", "required": ["slug", "nama"],
                              "properties": {"slug": {"$ref": "#/$defs/slug"}, "nama": {"type": "string"}}}}
                }
              }
            },
            "opd": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["slug", "nama", "singkatan"],
                "properties": {"slug": {"$ref": "#/$defs/slug"}, "nama": {"type": "string"}, "singkatan": {"type": "string"},
                               "operator_ti": {"type": "integer", "minimum": 0}}
              }
            },
            "program": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "opd", "judul", "dimensi", "status", "mitra", "kata_kunci", "ilustrasi", "indikator"],
                "properties": {
                  "id": {"type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$"},
                  "opd": {"$ref": "#/$defs/slug"},
                  "judul": {"type": "string", "minLength": 1},
                  "dimensi": {"$ref": "#/$defs/dimensi"},
                  "elemen": {"$ref": "#/$defs/slug"},
                  "status": {"$ref": "#/$defs/status"},
                  "jangka": {"enum": ["quick-win", "pendek", "menengah", "panjang"]},
                  "tahun_mulai": {"type": "integer"},
                  "tahun_selesai": {"type": "integer"},
                  "anggaran": {"$ref": "#/$defs/rupiah"},
                  "realisasi_anggaran": {"$ref": "#/$defs/rupiah"},
                  "serapan_persen": {"type": "number", "minimum": 0, "description": "realisasi_anggaran ÷ anggaran × 100, satu desimal (dapat melebihi 100)"},
                  "sumber_dana": {"type": "string"},
                  "mitra": {"type": "array", "items": {"$ref": "#/$defs/slug"}},
                  "alasan_tunda": {"type": "string"},
                  "kata_kunci": {"type": "array", "items": {"type": "string"}},
                  "ringkasan": {"type": "string"},
                  "ilustrasi": {"type": "boolean"},
                  "indikator": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["nama", "satuan", "arah", "bobot"],
                      "properties": {
                        "nama": {"type": "string"}, "satuan": {"type": "string"},
                        "baseline": {"type": "number"}, "target": {"type": "number"}, "realisasi": {"type": "number"},
                        "arah": {"enum": ["naik", "turun"]}, "bobot": {"type": "number", "exclusiveMinimum": 0},
                        "capaian": {"type": "number", "minimum": 0, "maximum": 1, "description": "capaian 0…1, enam desimal"},
                        "capaian_pecahan": {"$ref": "#/$defs/pecahan"},
                        "capaian_persen": {"type": "number", "minimum": 0, "maximum": 100, "description": "capaian × 100, satu desimal, seperti di halaman program"}
                      }
                    }
                  }
                }
              }
            },
            "skor": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["cakupan", "kunci", "nama", "pembilang", "penyebut"],
                "properties": {
                  "cakupan": {"enum": ["keseluruhan", "dimensi", "elemen", "opd", "opd_dimensi", "tahun_mulai"]},
                  "kunci": {"type": "string"},
                  "nama": {"type": "string"},
                  "pembilang": {"type": "number", "minimum": 0},
                  "penyebut": {"type": "number", "minimum": 0},
                  "persen": {"type": "number", "minimum": 0, "maximum": 100, "description": "empat desimal; tidak ada bila penyebut 0"},
                  "persen_pecahan": {"$ref": "#/$defs/pecahan"},
                  "persen_publikasi": {"type": "number", "minimum": 0, "maximum": 100},
                  "tingkat_kematangan": {"type": "string"}
                }
              }
            },
            "agregat": {
              "type": "object",
              "description": "Setiap angka yang ditampilkan situs, dihitung sekali oleh tahap agregasi tinjau.",
              "required": ["program", "opd", "skor", "anggaran", "tertunda", "kapasitas", "opd_dimensi", "linimasa", "tumpang_tindih"],
              "additionalProperties": false,
              "properties": {
                "program": {
                  "type": "object", "required": ["jumlah", "direncanakan", "terealisasi", "per_status", "tanpa_elemen"],
                  "properties": {
                    "jumlah": {"$ref": "#/$defs/jumlah"}, "direncanakan": {"$ref": "#/$defs/jumlah"}, "terealisasi": {"$ref": "#/$defs/jumlah"},
                    "per_status": {"type": "object", "additionalProperties": {"$ref": "#/$defs/jumlah"}},
                    "tanpa_elemen": {"type": "object", "additionalProperties": {"$ref": "#/$defs/jumlah"}}
                  }
                },
                "opd": {"type": "object", "required": ["jumlah", "memimpin_program"],
                        "properties": {"jumlah": {"$ref": "#/$defs/jumlah"}, "memimpin_program": {"$ref": "#/$defs/jumlah", "description": "OPD yang memimpin paling sedikit satu program yang tidak batal"}}},
                "skor": {
                  "type": "object", "required": ["keseluruhan", "dimensi", "elemen", "opd", "opd_dimensi", "tahun_mulai"],
                  "properties": {
                    "keseluruhan": {"$ref": "#/$defs/skor"},
                    "dimensi": {"type": "object", "additionalProperties": {"$ref": "#/$defs/skor"}},
                    "elemen": {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": {"$ref": "#/$defs/skor"}}},
                    "opd": {"type": "object", "additionalProperties": {"$ref": "#/$defs/skor"}},
                    "opd_dimensi": {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": {"$ref": "#/$defs/skor"}}},
                    "tahun_mulai": {"type": "object", "additionalProperties": {"$ref": "#/$defs/skor"}}
                  }
                },
                "anggaran": {
                  "type": "object", "required": ["keseluruhan", "dimensi", "opd", "sumber_dana"],
                  "properties": {
                    "keseluruhan": {"$ref": "#/$defs/anggaran"},
                    "dimensi": {"type": "object", "additionalProperties": {"$ref": "#/$defs/anggaran"}},
                    "opd": {"type": "object", "additionalProperties": {"$ref": "#/$defs/anggaran"}},
                    "sumber_dana": {"type": "object", "additionalProperties": {"$ref": "#/$defs/anggaran"}}
                  }
                },
                "tertunda": {
                  "type": "object", "required": ["jumlah_program", "anggaran", "realisasi", "sisa", "covid", "program", "opd", "dimensi"],
                  "properties": {
                    "jumlah_program": {"$ref": "#/$defs/jumlah"}, "anggaran": {"$ref": "#/$defs/rupiah"}, "realisasi": {"$ref": "#/$defs/rupiah"},
                    "sisa": {"type": "integer", "description": "anggaran − realisasi program tertunda: yang perlu dialokasikan ulang"},
                    "covid": {"$ref": "#/$defs/jumlah"},
                    "program": {"type": "array", "items": {"type": "string"}},
                    "opd": {"type": "object", "additionalProperties": {"$ref": "#/$defs/kelompok_tertunda"}},
                    "dimensi": {"type": "object", "additionalProperties": {"$ref": "#/$defs/kelompok_tertunda"}}
                  }
                },
                "kapasitas": {
                  "type": "object", "required": ["operator_ti", "jumlah_opd_tanpa_operator", "opd_tanpa_operator", "opd"],
                  "properties": {
                    "operator_ti": {"$ref": "#/$defs/jumlah"}, "jumlah_opd_tanpa_operator": {"$ref": "#/$defs/jumlah"},
                    "opd_tanpa_operator": {"type": "array", "items": {"$ref": "#/$defs/slug"}},
                    "opd": {"type": "object", "additionalProperties": {
                      "type": "object", "required": ["program_aktif", "tanpa_operator"],
                      "properties": {"program_aktif": {"$ref": "#/$defs/jumlah"}, "operator_ti": {"$ref": "#/$defs/jumlah"},
                                     "program_per_operator": {"type": "number", "minimum": 0, "description": "satu desimal"},
                                     "tanpa_operator": {"type": "boolean", "description": "memimpin program yang tidak batal tetapi operator_ti 0 atau tidak dilaporkan"}}
                    }}
                  }
                },
                "opd_dimensi": {"$ref": "#/$defs/matriks"},
                "linimasa": {"$ref": "#/$defs/matriks"},
                "tumpang_tindih": {
                  "type": "object", "required": ["program_dibandingkan", "pasangan", "kelompok", "ambang", "maks_per_program", "batas_blok", "jendela", "kata_umum"],
                  "properties": {
                    "program_dibandingkan": {"$ref": "#/$defs/jumlah"}, "pasangan": {"$ref": "#/$defs/jumlah"}, "kelompok": {"$ref": "#/$defs/jumlah"},
                    "ambang": {"type": "number", "minimum": 0, "maximum": 1}, "maks_per_program": {"type": "integer", "minimum": 1},
                    "batas_blok": {"type": "integer", "minimum": 2}, "jendela": {"type": "integer", "minimum": 1},
                    "kata_umum": {"type": "array", "items": {"type": "object", "required": ["kata", "program", "idf"],
                      "properties": {"kata": {"type": "string"}, "program": {"$ref": "#/$defs/jumlah"}, "idf": {"type": "number", "minimum": 0}}}}
                  }
                },
                "riwayat": {
                  "type": "object",
                  "description": "Skor, status dan anggaran per tahun review: dari review yang diarsipkan (content/arsip/<tahun>.json) dan review ini, seperti dipublikasikan tahun itu. Hanya ada bila ada review sebelumnya yang diarsipkan.",
                  "required": ["tahun", "keseluruhan", "dimensi", "opd", "program"],
                  "properties": {
                    "tahun": {"type": "array", "items": {"type": "integer"}, "description": "tahun review, terlama dulu; tahun review ini terakhir"},
                    "keseluruhan": {"$ref": "#/$defs/skor_per_tahun"},
                    "dimensi": {"type": "object", "additionalProperties": {"$ref": "#/$defs/skor_per_tahun"}},
                    "opd": {"type": "object", "additionalProperties": {"$ref": "#/$defs/skor_per_tahun"}, "description": "per slug OPD di review ini; tahun ketika OPD belum ada tidak ditulis"},
                    "program": {"type": "object", "description": "per kode program di review ini, hanya program yang sudah ada di review sebelumnya",
                      "additionalProperties": {"type": "object", "additionalProperties": {
                        "type": "object", "required": ["id", "judul", "status", "indikator"],
                        "properties": {"id": {"type": "string", "description": "kode program pada tahun itu"}, "judul": {"type": "string"},
                                       "status": {"$ref": "#/$defs/status"}, "anggaran": {"$ref": "#/$defs/rupiah"}, "realisasi_anggaran": {"$ref": "#/$defs/rupiah"},
                                       "indikator": {"type": "array", "items": {"type": "object", "required": ["nama", "satuan"],
                                         "properties": {"nama": {"type": "string"}, "satuan": {"type": "string"}, "target": {"type": "number"}, "realisasi": {"type": "number"}}}}}
                      }}}
                  }
                },
                "perubahan": {
                  "type": "object",
                  "description": "Perubahan sejak review sebelumnya yang diarsipkan. Hanya ada bila ada review sebelumnya.",
                  "required": ["tahun_sebelumnya", "tahun", "jumlah_status_berubah", "jumlah_program_baru", "jumlah_program_hilang", "jumlah_program_batal", "jumlah_indikator_berubah", "status", "program_baru", "program_hilang", "program_batal", "indikator", "realokasi"],
                  "properties": {
                    "tahun_sebelumnya": {"type": "integer"}, "tahun": {"type": "integer"},
                    "jumlah_status_berubah": {"$ref": "#/$defs/jumlah"}, "jumlah_program_baru": {"$ref": "#/$defs/jumlah"},
                    "jumlah_program_hilang": {"$ref": "#/$defs/jumlah"}, "jumlah_program_batal": {"$ref": "#/$defs/jumlah"},
                    "jumlah_indikator_berubah": {"$ref": "#/$defs/jumlah"},
                    "status": {"type": "array", "items": {"type": "object", "required": ["program", "program_sebelumnya", "dari", "menjadi"],
                      "properties": {"program": {"type": "string"}, "program_sebelumnya": {"type": "string"}, "dari": {"$ref": "#/$defs/status"}, "menjadi": {"$ref": "#/$defs/status"}}}},
                    "program_baru": {"type": "array", "items": {"type": "string"}},
                    "program_hilang": {"type": "array", "items": {"type": "object", "required": ["program_sebelumnya", "judul", "opd", "status"],
                      "properties": {"program_sebelumnya": {"type": "string"}, "judul": {"type": "string"}, "opd": {"type": "string"}, "status": {"$ref": "#/$defs/status"}}}},
                    "program_batal": {"type": "array", "items": {"type": "string"}},
                    "indikator": {"type": "array", "items": {"type": "object", "required": ["program", "program_sebelumnya", "nama", "satuan"],
                      "properties": {"program": {"type": "string"}, "program_sebelumnya": {"type": "string"}, "nama": {"type": "string"}, "satuan": {"type": "string"},
                                     "sebelum": {"type": "number"}, "sesudah": {"type": "number"}, "target": {"type": "number"}}}},
                    "realokasi": {
                      "type": "object",
                      "description": "Program yang tertunda di review sebelumnya: dialokasikan_ulang = anggaran program di review ini bila statusnya bukan tertunda dan bukan batal; selain itu 0.",
                      "required": ["anggaran_sebelumnya", "dialokasikan_ulang", "jumlah_program", "jumlah_dialokasikan_ulang", "jumlah_masih_tertunda", "jumlah_batal", "jumlah_tidak_ada", "program"],
                      "properties": {
                        "anggaran_sebelumnya": {"$ref": "#/$defs/rupiah"}, "dialokasikan_ulang": {"$ref": "#/$defs/rupiah"},
                        "jumlah_program": {"$ref": "#/$defs/jumlah"}, "jumlah_dialokasikan_ulang": {"$ref": "#/$defs/jumlah"},
                        "jumlah_masih_tertunda": {"$ref": "#/$defs/jumlah"}, "jumlah_batal": {"$ref": "#/$defs/jumlah"}, "jumlah_tidak_ada": {"$ref": "#/$defs/jumlah"},
                        "program": {"type": "array", "items": {"type": "object", "required": ["program_sebelumnya", "judul", "opd", "dialokasikan_ulang"],
                          "properties": {"program_sebelumnya": {"type": "string"}, "judul": {"type": "string"}, "opd": {"type": "string"},
                                         "anggaran_sebelumnya": {"$ref": "#/$defs/rupiah"}, "program": {"type": "string"}, "status": {"$ref": "#/$defs/status"},
                                         "anggaran": {"$ref": "#/$defs/rupiah"}, "dialokasikan_ulang": {"$ref": "#/$defs/rupiah"}}}}
                      }
                    }
                  }
                }
              }
            }
          },
          "$defs": {
            "jumlah": {"type": "integer", "minimum": 0},
            "skor_per_tahun": {
              "type": "object", "description": "per tahun review (kunci: tahun), skor seperti dipublikasikan tahun itu",
              "additionalProperties": {"type": "object",
                "properties": {"kunci": {"type": "string", "description": "kunci cakupan pada tahun itu (slug OPD sebelum berganti nama)"},
                               "pembilang": {"type": "number", "minimum": 0}, "penyebut": {"type": "number", "minimum": 0},
                               "persen_publikasi": {"type": "number", "minimum": 0, "maximum": 100}, "tingkat_kematangan": {"type": "string"},
                               "presisi": {"type": "integer", "minimum": 0, "maximum": 3}}}
            },
            "pecahan": {"type": "string", "pattern": "^-?[0-9]+(/[0-9]+)?$", "description": "nilai tepat sebagai pecahan, misalnya 57/2"},
            "skor": {
              "type": "object",
              "required": ["pembilang", "penyebut", "penyebut_pecahan", "program_dihitung"],
              "properties": {
                "pembilang": {"type": "number", "minimum": 0, "description": "tepat sampai enam desimal"},
                "penyebut": {"type": "number", "minimum": 0},
                "pembilang_pecahan": {"$ref": "#/$defs/pecahan", "description": "tidak ditulis bila pecahannya lebih dari 64 karakter"}, "penyebut_pecahan": {"$ref": "#/$defs/pecahan"},
                "persen": {"type": "number", "minimum": 0, "maximum": 100, "description": "empat desimal; tidak ada bila penyebut 0"},
                "persen_pecahan": {"$ref": "#/$defs/pecahan"},
                "persen_publikasi": {"type": "number", "minimum": 0, "maximum": 100, "description": "dibulatkan setengah menjauhi nol ke presisi review"},
                "tingkat_kematangan": {"type": "string"},
                "program_dihitung": {"$ref": "#/$defs/jumlah"},
                "program_terealisasi": {"$ref": "#/$defs/jumlah"}
              }
            },
            "anggaran": {
              "type": "object", "required": ["anggaran", "realisasi", "tertunda"],
              "properties": {"anggaran": {"$ref": "#/$defs/rupiah"}, "realisasi": {"$ref": "#/$defs/rupiah"}, "tertunda": {"$ref": "#/$defs/rupiah"},
                             "serapan_persen": {"type": "number", "minimum": 0, "description": "realisasi ÷ anggaran × 100, satu desimal"}}
            },
            "kelompok_tertunda": {"type": "object", "required": ["jumlah_program", "anggaran"],
                                  "properties": {"jumlah_program": {"$ref": "#/$defs/jumlah"}, "anggaran": {"$ref": "#/$defs/rupiah"}}},
            "matriks": {
              "type": "object", "required": ["baris", "kolom", "jumlah"],
              "properties": {"baris": {"type": "array", "items": {"type": "string"}}, "kolom": {"type": "array", "items": {"type": "string"}},
                             "jumlah": {"type": "array", "items": {"type": "array", "items": {"$ref": "#/$defs/jumlah"}}}}
            },
            "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "dimensi": {"enum": ["governance", "branding", "economy", "living", "society", "environment"]},
            "status": {"enum": ["rencana", "berjalan", "selesai", "tertunda", "batal"]},
            "rupiah": {"type": "integer", "minimum": 0, "description": "Rupiah, bilangan bulat, ditulis dengan semua digitnya. Bilangan di atas 9007199254740991 (2^53 − 1) dibulatkan oleh pembaca JSON yang memakai bilangan titik-mengambang (JSON.parse di JavaScript): bacalah dengan pengurai bilangan besar atau ambil dari berkas CSV. tinjau memberi peringatan money.json-precision saat membangun bila suatu jumlah Rupiah melewati batas itu."}
          }
        }
        """#
}
