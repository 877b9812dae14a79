namespace Sakip.Infrastructure.Seed;

/// <summary><c>Seed:*</c>: what start-up loads into an empty database. Bound once at start-up as <c>IOptions&lt;SeedOptions&gt;</c>.</summary>
public sealed class SeedOptions
{
    public const string Bagian = "Seed";

    /// <summary><c>Seed:Data</c>: seed the satker and the 2023 LAKIN into an empty database. Default true.</summary>
    public bool Data { get; set; } = true;

    /// <summary><c>Seed:DemoUsers</c>: create the demo users of the README (password <c>IdentitySeeder.DemoPassword</c>). Default false (true in appsettings.Development.json).</summary>
    public bool DemoUsers { get; set; }

    /// <summary>
    /// <c>Seed:ContohSatker</c>: also seed the example satker-year BBPPKS Makassar 2025 (<see cref="ContohSatkerSeeder"/>) after the 2023
    /// data. Default false (true in appsettings.Development.json).
    /// </summary>
    public bool ContohSatker { get; set; }
}
