using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RealisasiAnggaranBolehKosongDanLaporanFinal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "Realisasi",
                table: "MataAnggaran",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "decimal(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.CreateTable(
                name: "LaporanFinal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SatkerId = table.Column<int>(type: "int", nullable: false),
                    Tahun = table.Column<int>(type: "int", nullable: false),
                    Versi = table.Column<int>(type: "int", nullable: false),
                    NamaBerkas = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsiPdf = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    DitetapkanOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DitetapkanPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Alasan = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DibuatOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DiubahOleh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DiubahPada = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaporanFinal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaporanFinal_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LaporanFinal_SatkerId_Tahun_Versi",
                table: "LaporanFinal",
                columns: new[] { "SatkerId", "Tahun", "Versi" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LaporanFinal");

            migrationBuilder.AlterColumn<decimal>(
                name: "Realisasi",
                table: "MataAnggaran",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "decimal(18,2)",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);
        }
    }
}
