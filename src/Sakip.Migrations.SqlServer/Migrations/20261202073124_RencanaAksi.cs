using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RencanaAksi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatatanMonevRencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Triwulan = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Catatan = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Oleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Pada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                name: "RencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    IndikatorKinerjaId = table.Column<int>(type: "int", nullable: false),
                    Nomor = table.Column<int>(type: "int", nullable: false),
                    Uraian = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                name: "LaporanRencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RencanaAksiId = table.Column<int>(type: "int", nullable: false),
                    Triwulan = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UraianDilakukan = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RealisasiVolume = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    MilestoneTercapai = table.Column<bool>(type: "bit", nullable: false),
                    Hambatan = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RencanaTindakLanjut = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DilaporkanOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DilaporkanPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RencanaAksiId = table.Column<int>(type: "int", nullable: false),
                    Triwulan = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Milestone = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    TargetVolume = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Anggaran = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                name: "IX_LaporanRencanaAksi_RencanaAksiId_Triwulan",
                table: "LaporanRencanaAksi",
                columns: new[] { "RencanaAksiId", "Triwulan" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatatanMonevRencanaAksi");

            migrationBuilder.DropTable(
                name: "LaporanRencanaAksi");

            migrationBuilder.DropTable(
                name: "TargetRencanaAksi");

            migrationBuilder.DropTable(
                name: "RencanaAksi");
        }
    }
}
