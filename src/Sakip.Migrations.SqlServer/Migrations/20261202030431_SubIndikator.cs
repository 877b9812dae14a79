using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SubIndikator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IndukIndikatorId",
                table: "IndikatorKinerja",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorKinerja_IndukIndikatorId",
                table: "IndikatorKinerja",
                column: "IndukIndikatorId");

            migrationBuilder.AddForeignKey(
                name: "FK_IndikatorKinerja_IndikatorKinerja_IndukIndikatorId",
                table: "IndikatorKinerja",
                column: "IndukIndikatorId",
                principalTable: "IndikatorKinerja",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IndikatorKinerja_IndikatorKinerja_IndukIndikatorId",
                table: "IndikatorKinerja");

            migrationBuilder.DropIndex(
                name: "IX_IndikatorKinerja_IndukIndikatorId",
                table: "IndikatorKinerja");

            migrationBuilder.DropColumn(
                name: "IndukIndikatorId",
                table: "IndikatorKinerja");
        }
    }
}
