using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EvaluasiAkip : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KomponenEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Bobot = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KomponenEvaluasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PredikatEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sebutan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BatasBawah = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    BatasAtas = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PredikatEvaluasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RondeEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RondeEvaluasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SkalaJawaban",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkalaJawaban", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubKomponenEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KomponenEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BobotPersen = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubKomponenEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubKomponenEvaluasi_KomponenEvaluasi_KomponenEvaluasiId",
                        column: x => x.KomponenEvaluasiId,
                        principalTable: "KomponenEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatatanEvaluasiSatker",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RondeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Temuan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rekomendasi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatatanEvaluasiSatker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatatanEvaluasiSatker_RondeEvaluasi_RondeEvaluasiId",
                        column: x => x.RondeEvaluasiId,
                        principalTable: "RondeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatatanEvaluasiSatker_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NilaiSkala",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkalaJawabanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NilaiSkala", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NilaiSkala_SkalaJawaban_SkalaJawabanId",
                        column: x => x.SkalaJawabanId,
                        principalTable: "SkalaJawaban",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KriteriaEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubKomponenEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Pertanyaan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SkalaJawabanId = table.Column<int>(type: "INTEGER", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KriteriaEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KriteriaEvaluasi_SkalaJawaban_SkalaJawabanId",
                        column: x => x.SkalaJawabanId,
                        principalTable: "SkalaJawaban",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KriteriaEvaluasi_SubKomponenEvaluasi_SubKomponenEvaluasiId",
                        column: x => x.SubKomponenEvaluasiId,
                        principalTable: "SubKomponenEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BuktiEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RondeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    KriteriaEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JenisKonten = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "INTEGER", nullable: false),
                    KunciPenyimpanan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiEvaluasi_KriteriaEvaluasi_KriteriaEvaluasiId",
                        column: x => x.KriteriaEvaluasiId,
                        principalTable: "KriteriaEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BuktiEvaluasi_RondeEvaluasi_RondeEvaluasiId",
                        column: x => x.RondeEvaluasiId,
                        principalTable: "RondeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BuktiEvaluasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JawabanEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RondeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    KriteriaEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jawaban = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Penjelasan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Nilai = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CatatanEvaluator = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JawabanEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JawabanEvaluasi_KriteriaEvaluasi_KriteriaEvaluasiId",
                        column: x => x.KriteriaEvaluasiId,
                        principalTable: "KriteriaEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JawabanEvaluasi_RondeEvaluasi_RondeEvaluasiId",
                        column: x => x.RondeEvaluasiId,
                        principalTable: "RondeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JawabanEvaluasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_KriteriaEvaluasiId",
                table: "BuktiEvaluasi",
                column: "KriteriaEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_RondeEvaluasiId_SatkerId",
                table: "BuktiEvaluasi",
                columns: new[] { "RondeEvaluasiId", "SatkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_SatkerId",
                table: "BuktiEvaluasi",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_CatatanEvaluasiSatker_RondeEvaluasiId_SatkerId",
                table: "CatatanEvaluasiSatker",
                columns: new[] { "RondeEvaluasiId", "SatkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatatanEvaluasiSatker_SatkerId",
                table: "CatatanEvaluasiSatker",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_JawabanEvaluasi_KriteriaEvaluasiId",
                table: "JawabanEvaluasi",
                column: "KriteriaEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_JawabanEvaluasi_RondeEvaluasiId_SatkerId_KriteriaEvaluasiId",
                table: "JawabanEvaluasi",
                columns: new[] { "RondeEvaluasiId", "SatkerId", "KriteriaEvaluasiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JawabanEvaluasi_SatkerId",
                table: "JawabanEvaluasi",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_KomponenEvaluasi_Tahun_Nomor",
                table: "KomponenEvaluasi",
                columns: new[] { "Tahun", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KriteriaEvaluasi_SkalaJawabanId",
                table: "KriteriaEvaluasi",
                column: "SkalaJawabanId");

            migrationBuilder.CreateIndex(
                name: "IX_KriteriaEvaluasi_SubKomponenEvaluasiId_Nomor",
                table: "KriteriaEvaluasi",
                columns: new[] { "SubKomponenEvaluasiId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NilaiSkala_SkalaJawabanId_Kode",
                table: "NilaiSkala",
                columns: new[] { "SkalaJawabanId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PredikatEvaluasi_Tahun_Kode",
                table: "PredikatEvaluasi",
                columns: new[] { "Tahun", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RondeEvaluasi_Tahun",
                table: "RondeEvaluasi",
                column: "Tahun",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkalaJawaban_Tahun_Kode",
                table: "SkalaJawaban",
                columns: new[] { "Tahun", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubKomponenEvaluasi_KomponenEvaluasiId_Nomor",
                table: "SubKomponenEvaluasi",
                columns: new[] { "KomponenEvaluasiId", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuktiEvaluasi");

            migrationBuilder.DropTable(
                name: "CatatanEvaluasiSatker");

            migrationBuilder.DropTable(
                name: "JawabanEvaluasi");

            migrationBuilder.DropTable(
                name: "NilaiSkala");

            migrationBuilder.DropTable(
                name: "PredikatEvaluasi");

            migrationBuilder.DropTable(
                name: "KriteriaEvaluasi");

            migrationBuilder.DropTable(
                name: "RondeEvaluasi");

            migrationBuilder.DropTable(
                name: "SkalaJawaban");

            migrationBuilder.DropTable(
                name: "SubKomponenEvaluasi");

            migrationBuilder.DropTable(
                name: "KomponenEvaluasi");
        }
    }
}
