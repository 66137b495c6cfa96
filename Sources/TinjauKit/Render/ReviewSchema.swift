/// The JSON Schema (draft 2020-12) of `data/tinjauan.json`, published beside it
/// so that users of the open data can validate what they download.
enum ReviewSchema {
    static let text = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "tinjauan.schema.json",
  "title": "Data review program smart city (tinjau)",
  "description": "Seluruh isi review: metadata Satu Data Indonesia, pengaturan penilaian, dimensi, OPD, program dengan indikatornya, dan skor dengan pembilang dan penyebutnya. Rupiah sebagai bilangan bulat; persen 0–100.",
  "type": "object",
  "required": ["metadata", "tinjauan", "dimensi", "opd", "program", "skor"],
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
                "capaian": {"type": "number", "minimum": 0, "maximum": 1, "description": "capaian 0…1"}
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
          "cakupan": {"enum": ["keseluruhan", "dimensi", "elemen", "opd", "tahun_mulai"]},
          "kunci": {"type": "string"},
          "nama": {"type": "string"},
          "pembilang": {"type": "number", "minimum": 0},
          "penyebut": {"type": "number", "minimum": 0},
          "persen": {"type": "number", "minimum": 0, "maximum": 100, "description": "tidak ada bila penyebut 0"},
          "persen_publikasi": {"type": "number", "minimum": 0, "maximum": 100},
          "tingkat_kematangan": {"type": "string"}
        }
      }
    }
  },
  "$defs": {
    "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
    "dimensi": {"enum": ["governance", "branding", "economy", "living", "society", "environment"]},
    "status": {"enum": ["rencana", "berjalan", "selesai", "tertunda", "batal"]},
    "rupiah": {"type": "integer", "minimum": 0, "description": "Rupiah, bilangan bulat"}
  }
}
"""#
}
