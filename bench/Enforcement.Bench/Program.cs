using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Enforcement.Bench -- --filter '*' --inProcess
// In-process: the generated benchmark project would inherit this repository's central package pins and fail.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type for the switcher.</summary>
internal sealed partial class Program;
