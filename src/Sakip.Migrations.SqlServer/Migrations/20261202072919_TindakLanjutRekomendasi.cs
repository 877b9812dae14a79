using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TindakLanjutRekomendasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SelisihTahunEvaluasi",
                table: "IndikatorKinerja",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SumberNilai",
                table: "IndikatorKinerja",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Isian");

            migrationBuilder.CreateTable(
                name: "RekomendasiEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Sumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RondeEvaluasiId = table.Column<int>(type: "int", nullable: true),
                    Evaluator = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Uraian = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    BatasWaktu = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DiajukanSelesai = table.Column<bool>(type: "bit", nullable: false),
                    DiverifikasiOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiverifikasiPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CatatanPengembalian = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                name: "TindakLanjutRekomendasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RekomendasiEvaluasiId = table.Column<int>(type: "int", nullable: false),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    Uraian = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    NamaBerkas = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    JenisKonten = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Ukuran = table.Column<long>(type: "bigint", nullable: true),
                    KunciPenyimpanan = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                name: "TindakLanjutRekomendasi");

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
