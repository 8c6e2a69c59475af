namespace Enforcement.Web.Platform;

/// <summary>
/// Marker for the UI string resources. Keys are the Chinese texts themselves (zh-CN is the default culture and
/// reads the key); Strings.en.resx holds the English translations used when English is switched on.
/// </summary>
internal sealed class Strings;
