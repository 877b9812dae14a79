using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class KodeAnggaranDipa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MataAnggaran_SatkerId_Tahun_Klasifikasi_Cakupan_Uraian",
                table: "MataAnggaran");

            migrationBuilder.AddColumn<int>(
                name: "KodeAnggaranId",
                table: "RevisiPagu",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KodeAnggaranId",
                table: "MataAnggaran",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KodeAnggaran",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Kode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UnitEselonI = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    BerlakuMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    BerlakuSampai = table.Column<DateOnly>(type: "date", nullable: false),
                    Ditutup = table.Column<bool>(type: "bit", nullable: false),
                    DialihkanKeId = table.Column<int>(type: "int", nullable: true),
                    SisaDialihkan = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Keterangan = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KodeAnggaran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KodeAnggaran_KodeAnggaran_DialihkanKeId",
                        column: x => x.DialihkanKeId,
                        principalTable: "KodeAnggaran",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KodeAnggaran_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RevisiPagu_KodeAnggaranId",
                table: "RevisiPagu",
                column: "KodeAnggaranId");

            migrationBuilder.CreateIndex(
                name: "IX_MataAnggaran_KodeAnggaranId",
                table: "MataAnggaran",
                column: "KodeAnggaranId");

            migrationBuilder.CreateIndex(
                name: "IX_MataAnggaran_SatkerId_Tahun_KodeAnggaranId_Klasifikasi_Cakupan_Uraian",
                table: "MataAnggaran",
                columns: new[] { "SatkerId", "Tahun", "KodeAnggaranId", "Klasifikasi", "Cakupan", "Uraian" },
                unique: true,
                filter: "[KodeAnggaranId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_KodeAnggaran_DialihkanKeId",
                table: "KodeAnggaran",
                column: "DialihkanKeId");

            migrationBuilder.CreateIndex(
                name: "IX_KodeAnggaran_SatkerId_Tahun_Kode",
                table: "KodeAnggaran",
                columns: new[] { "SatkerId", "Tahun", "Kode" },
                unique: true);

            // one kode satker (DIPA) per satker-year that has budget lines or pagu revisions: the satker's recorded DIPA code when it is
            // six digits, else 000000 (KodeAnggaran.KodeBawaan), valid the whole year, so the existing reports read as before
            migrationBuilder.Sql(@"INSERT INTO KodeAnggaran (SatkerId, Tahun, Kode, BerlakuMulai, BerlakuSampai, Ditutup, DibuatOleh, DibuatPada)
SELECT x.SatkerId, x.Tahun,
       CASE WHEN LEN(LTRIM(RTRIM(s.KodeSatker))) = 6 AND LTRIM(RTRIM(s.KodeSatker)) NOT LIKE '%[^0-9]%' THEN LTRIM(RTRIM(s.KodeSatker)) ELSE '000000' END,
       DATEFROMPARTS(x.Tahun, 1, 1), DATEFROMPARTS(x.Tahun, 12, 31), 0, 'migrasi', SYSDATETIMEOFFSET()
FROM (SELECT SatkerId, Tahun FROM MataAnggaran UNION SELECT SatkerId, Tahun FROM RevisiPagu) x
JOIN Satker s ON s.Id = x.SatkerId;");

            // every existing budget line and pagu revision belongs to its satker-year's one code (issue 16 item 1)
            migrationBuilder.Sql(@"UPDATE MataAnggaran SET KodeAnggaranId = (SELECT k.Id FROM KodeAnggaran k WHERE k.SatkerId = MataAnggaran.SatkerId AND k.Tahun = MataAnggaran.Tahun);");
            migrationBuilder.Sql(@"UPDATE RevisiPagu SET KodeAnggaranId = (SELECT k.Id FROM KodeAnggaran k WHERE k.SatkerId = RevisiPagu.SatkerId AND k.Tahun = RevisiPagu.Tahun);");

            migrationBuilder.AddForeignKey(
                name: "FK_MataAnggaran_KodeAnggaran_KodeAnggaranId",
                table: "MataAnggaran",
                column: "KodeAnggaranId",
                principalTable: "KodeAnggaran",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RevisiPagu_KodeAnggaran_KodeAnggaranId",
                table: "RevisiPagu",
                column: "KodeAnggaranId",
                principalTable: "KodeAnggaran",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MataAnggaran_KodeAnggaran_KodeAnggaranId",
                table: "MataAnggaran");

            migrationBuilder.DropForeignKey(
                name: "FK_RevisiPagu_KodeAnggaran_KodeAnggaranId",
                table: "RevisiPagu");

            migrationBuilder.DropTable(
                name: "KodeAnggaran");

            migrationBuilder.DropIndex(
                name: "IX_RevisiPagu_KodeAnggaranId",
                table: "RevisiPagu");

            migrationBuilder.DropIndex(
                name: "IX_MataAnggaran_KodeAnggaranId",
                table: "MataAnggaran");

            migrationBuilder.DropIndex(
                name: "IX_MataAnggaran_SatkerId_Tahun_KodeAnggaranId_Klasifikasi_Cakupan_Uraian",
                table: "MataAnggaran");

            migrationBuilder.DropColumn(
                name: "KodeAnggaranId",
                table: "RevisiPagu");

            migrationBuilder.DropColumn(
                name: "KodeAnggaranId",
                table: "MataAnggaran");

            migrationBuilder.CreateIndex(
                name: "IX_MataAnggaran_SatkerId_Tahun_Klasifikasi_Cakupan_Uraian",
                table: "MataAnggaran",
                columns: new[] { "SatkerId", "Tahun", "Klasifikasi", "Cakupan", "Uraian" },
                unique: true);
        }
    }
}
