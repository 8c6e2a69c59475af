using Npgsql;

namespace Enforcement.Web.Platform;

/// <summary>
/// The baseline the case benchmarks are measured against: one case row read with raw Npgsql, no EF, no sign-in,
/// no scope. Mapped only when Bench:RawEndpoint is true on PostgreSQL (the benchmark harness sets it); never in
/// a normal deployment.
/// </summary>
internal static class BenchmarkEndpoints
{
    public static void MapBenchmarkBaseline(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:RawEndpoint", false)) return;
        var connection = app.Configuration.GetConnectionString("Enforcement");
        if (app.Configuration["Database:Provider"] != "Postgres" || connection is null) return;
        var source = NpgsqlDataSource.Create(connection);
        app.MapGet("/bench/raw-case/{id:int}", async (int id) =>
        {
            await using var command = source.CreateCommand("""SELECT "Id", "Number", "Title", "Status", "AgencyId", "RegisteredOn" FROM "Cases" WHERE "Id" = $1""");
            command.Parameters.AddWithValue(id);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync()) return Results.NotFound();
            return Results.Ok(new
            {
                id = reader.GetInt32(0), number = reader.IsDBNull(1) ? null : reader.GetString(1), title = reader.GetString(2),
                status = reader.GetInt32(3), agencyId = reader.GetInt32(4), registeredOn = reader.IsDBNull(5) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(5),
            });
        }).ExcludeFromDescription();
    }
}
