using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LampiranTindakLanjutRencanaAksi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SelisihTahunEvaluasi",
                table: "IndikatorKinerja",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SumberNilai",
                table: "IndikatorKinerja",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Isian");

            migrationBuilder.CreateTable(
                name: "CatatanMonevRencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Triwulan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Pada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatatanMonevRencanaAksi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatatanMonevRencanaAksi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LampiranLaporan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Judul = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Ukuran = table.Column<long>(type: "INTEGER", nullable: false),
                    JumlahHalaman = table.Column<int>(type: "INTEGER", nullable: false),
                    KunciPenyimpanan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LampiranLaporan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LampiranLaporan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RekomendasiEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RondeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: true),
                    Evaluator = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BatasWaktu = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DiajukanSelesai = table.Column<bool>(type: "INTEGER", nullable: false),
                    DiverifikasiOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiverifikasiPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CatatanPengembalian = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RekomendasiEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RekomendasiEvaluasi_RondeEvaluasi_RondeEvaluasiId",
                        column: x => x.RondeEvaluasiId,
                        principalTable: "RondeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RekomendasiEvaluasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RencanaAksi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RencanaAksi_IndikatorKinerja_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RencanaAksi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TindakLanjutRekomendasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RekomendasiEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    JenisKonten = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Ukuran = table.Column<long>(type: "INTEGER", nullable: true),
                    KunciPenyimpanan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TindakLanjutRekomendasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TindakLanjutRekomendasi_RekomendasiEvaluasi_RekomendasiEvaluasiId",
                        column: x => x.RekomendasiEvaluasiId,
                        principalTable: "RekomendasiEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TindakLanjutRekomendasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LaporanRencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RencanaAksiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Triwulan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UraianDilakukan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RealisasiVolume = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    MilestoneTercapai = table.Column<bool>(type: "INTEGER", nullable: false),
                    Hambatan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RencanaTindakLanjut = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DilaporkanOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DilaporkanPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaporanRencanaAksi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaporanRencanaAksi_RencanaAksi_RencanaAksiId",
                        column: x => x.RencanaAksiId,
                        principalTable: "RencanaAksi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetRencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RencanaAksiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Triwulan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Milestone = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TargetVolume = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Anggaran = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetRencanaAksi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetRencanaAksi_RencanaAksi_RencanaAksiId",
                        column: x => x.RencanaAksiId,
                        principalTable: "RencanaAksi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatatanMonevRencanaAksi_SatkerId_Tahun_Triwulan",
                table: "CatatanMonevRencanaAksi",
                columns: new[] { "SatkerId", "Tahun", "Triwulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LampiranLaporan_SatkerId_Tahun",
                table: "LampiranLaporan",
                columns: new[] { "SatkerId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_LaporanRencanaAksi_RencanaAksiId_Triwulan",
                table: "LaporanRencanaAksi",
                columns: new[] { "RencanaAksiId", "Triwulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RekomendasiEvaluasi_RondeEvaluasiId",
                table: "RekomendasiEvaluasi",
                column: "RondeEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_RekomendasiEvaluasi_SatkerId_Tahun",
                table: "RekomendasiEvaluasi",
                columns: new[] { "SatkerId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_RekomendasiEvaluasi_Status_BatasWaktu",
                table: "RekomendasiEvaluasi",
                columns: new[] { "Status", "BatasWaktu" });

            migrationBuilder.CreateIndex(
                name: "IX_RencanaAksi_IndikatorKinerjaId",
                table: "RencanaAksi",
                column: "IndikatorKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_RencanaAksi_SatkerId_Tahun_IndikatorKinerjaId_Nomor",
                table: "RencanaAksi",
                columns: new[] { "SatkerId", "Tahun", "IndikatorKinerjaId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetRencanaAksi_RencanaAksiId_Triwulan",
                table: "TargetRencanaAksi",
                columns: new[] { "RencanaAksiId", "Triwulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TindakLanjutRekomendasi_RekomendasiEvaluasiId",
                table: "TindakLanjutRekomendasi",
                column: "RekomendasiEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_TindakLanjutRekomendasi_SatkerId",
                table: "TindakLanjutRekomendasi",
                column: "SatkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatatanMonevRencanaAksi");

            migrationBuilder.DropTable(
                name: "LampiranLaporan");

            migrationBuilder.DropTable(
                name: "LaporanRencanaAksi");

            migrationBuilder.DropTable(
                name: "TargetRencanaAksi");

            migrationBuilder.DropTable(
                name: "TindakLanjutRekomendasi");

            migrationBuilder.DropTable(
                name: "RencanaAksi");

            migrationBuilder.DropTable(
                name: "RekomendasiEvaluasi");

            migrationBuilder.DropColumn(
                name: "SelisihTahunEvaluasi",
                table: "IndikatorKinerja");

            migrationBuilder.DropColumn(
                name: "SumberNilai",
                table: "IndikatorKinerja");
        }
    }
}
