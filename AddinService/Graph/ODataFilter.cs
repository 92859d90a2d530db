namespace NoteAddin.Service.Graph;

/// <summary>Builds $filter text. Values from users are data: quoted as OData string literals, never pasted in.</summary>
internal static class ODataFilter
{
    /// <summary>An OData string literal: in single quotes, a single quote inside doubled (OData ABNF, SQUOTE-in-string).</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A DateTimeOffset literal in UTC, to the second (Graph compares sentDateTime/receivedDateTime this way).</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
