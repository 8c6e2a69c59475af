using BenchmarkDotNet.Running;
using Enforcement.Bench.Cases;

// Micro-benchmarks: dotnet run -c Release --project bench/Enforcement.Bench -- --filter '*' --inProcess
// (in-process: the generated benchmark project would inherit this repository's central package pins and fail).
// Case load benchmark: dotnet run -c Release --project bench/Enforcement.Bench -- cases --postgres "Host=…;Username=…;Password=…;Database=postgres"
if (args.Length > 0 && args[0] == "cases") return await CaseLoadBenchmark.RunAsync(args[1..]);
// Statistics benchmark: dotnet run -c Release --project bench/Enforcement.Bench -- wim-stats --postgres "…" [--records 10000000]
if (args.Length > 0 && args[0] == "wim-stats") return await Enforcement.Bench.WimStats.WimStatsBenchmark.RunAsync(args[1..]);
// Weigh-in-motion ingest: dotnet run -c Release --project bench/Enforcement.Bench -- wim --rows 1000000 --postgres "Host=…"
if (args.Length > 0 && args[0] == "wim") return await Enforcement.Bench.Wim.WimIngestBenchmark.RunAsync(args[1..]);
// Where the ingest CPU goes, stage by stage: … -- wim-stages --rows 200000
if (args.Length > 0 && args[0] == "wim-stages") return Enforcement.Bench.Wim.WimStageProfile.Run(args[1..]);
// Peak memory of the CLI import of a ~1 GB CSV: … -- wim-import-memory --gb 1
if (args.Length > 0 && args[0] == "wim-import-memory") return await Enforcement.Bench.Wim.WimImportMemory.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Enforcement.Bench.FoundationBenchmarks).Assembly).Run(args);
return 0;
