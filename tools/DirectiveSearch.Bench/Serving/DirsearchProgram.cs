using System.Diagnostics;

namespace DirectiveSearch.Bench.Serving;

/// <summary>
/// Where the dirsearch program is: dirsearch.dll beside this program, where the project reference to the CLI copies
/// it in every build output (bin/, --artifacts-path, a test's output), or the file named by DIRSEARCH_DLL. It runs
/// under the same dotnet host as this process, so a child never picks up another SDK's runtime.
/// </summary>
public static class DirsearchProgram
{
    public const string OverrideVariable = "DIRSEARCH_DLL";

    public static string DllPath()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } chosen)
        {
            return File.Exists(chosen)
                ? Path.GetFullPath(chosen)
                : throw new FileNotFoundException($"{OverrideVariable} names '{chosen}', which does not exist", chosen);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "dirsearch.dll");
        return File.Exists(beside)
            ? beside
            : throw new FileNotFoundException($"dirsearch.dll is not beside this program in '{AppContext.BaseDirectory}': build tools/DirectiveSearch.Bench (it references the CLI) or set {OverrideVariable}", beside);
    }

    /// <summary>"dotnet dirsearch.dll", with the dotnet host that runs this process when it is one.</summary>
    public static ProcessStartInfo StartInfo()
    {
        var self = Environment.ProcessPath;
        var host = self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk && File.Exists(fromSdk) ? fromSdk : "dotnet";
        return new ProcessStartInfo(host, [DllPath()]);
    }
}
