using System.CommandLine;
using System.Globalization;

namespace DirectiveSearch.Bench;

/// <summary>Option builders shared by the commands: a whole number within bounds, a value with a default.</summary>
internal static class BenchOptions
{
    public static Option<int> Int(string name, int fallback, int min, int max, string description)
    {
        var option = new Option<int>(name) { Description = $"{description} (default {fallback.ToString(CultureInfo.InvariantCulture)})", DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < min || value > max)
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max}, got '{value}'"));
        });
        return option;
    }

    public static Option<string> Text(string name, string description, string? fallback = null)
    {
        var option = new Option<string>(name) { Description = description };
        if (fallback is not null)
            option.DefaultValueFactory = _ => fallback;
        return option;
    }
}
