using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Features.Agencies;
using Enforcement.Web.Features.Audit;
using Enforcement.Web.Features.Calendar;
using Enforcement.Web.Features.Cases;
using Enforcement.Web.Features.Catalog;
using Enforcement.Web.Features.Clues;
using Enforcement.Web.Features.Discretion;
using Enforcement.Web.Features.Evidence;
using Enforcement.Web.Features.Documents;
using Enforcement.Web.Features.Home;
using Enforcement.Web.Features.Parties;
using Enforcement.Web.Features.Identifiers;
using Enforcement.Web.Features.Personnel;
using Enforcement.Web.Features.Stations;
using Enforcement.Web.Features.Wim;
using Enforcement.Web.Features.WimStats;
using Enforcement.Web.Features.WimSimulation;
using Enforcement.Web.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPlatform(builder.Configuration, builder.Environment);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddAgencies();
builder.Services.AddPersonnel(builder.Configuration);
builder.Services.AddCalendar();
builder.Services.AddAudit();
builder.Services.AddCases();
builder.Services.AddParties();
builder.Services.AddDocuments();
builder.Services.AddCatalog();
builder.Services.AddDiscretion(builder.Configuration);
builder.Services.AddEvidence(builder.Configuration);
builder.Services.AddStations(builder.Configuration);
builder.Services.AddWim(builder.Configuration);
builder.Services.AddClues(builder.Configuration);
builder.Services.AddWimStats(builder.Configuration);
builder.Services.AddWimSimulation();

var app = builder.Build();

// `dotnet run --project src/Enforcement.Web -- audit verify` and other admin commands run and exit here.
if (await AdminCommands.TryRunAsync(app, args)) return;

await app.InitialiseDatabaseAsync();
app.UsePlatform();
app.MapPlatform();
app.MapAccounts();
app.MapAgencies();
app.MapPersonnel();
app.MapCalendar();
app.MapIdentifiers();
app.MapAudit();
app.MapCases();
app.MapParties();
app.MapDocuments();
app.MapCatalog();
app.MapDiscretion();
app.MapEvidence();
app.MapStations();
app.MapWim();
app.MapClues();
app.MapWimStats();
app.MapHome();
app.MapBenchmarkBaseline();

await app.RunAsync();

/// <summary>Entry point type, visible to the test host.</summary>
public partial class Program;
