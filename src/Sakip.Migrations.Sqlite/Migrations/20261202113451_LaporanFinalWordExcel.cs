using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LaporanFinalWordExcel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "IsiExcel",
                table: "LaporanFinal",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "IsiWord",
                table: "LaporanFinal",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsiExcel",
                table: "LaporanFinal");

            migrationBuilder.DropColumn(
                name: "IsiWord",
                table: "LaporanFinal");
        }
    }
}
