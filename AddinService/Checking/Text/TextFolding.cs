namespace NoteAddin.Checking.Text;

/// <summary>Maps one character to the one or two characters the matcher sees.</summary>
internal static class TextFolding
{
    public readonly record struct Folded(char First, char Second);

    public static Folded Fold(char c)
    {
        if (c < 128)
        {
            return new Folded(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, '\0');
        }

        return c switch
        {
            'ä' or 'Ä' => new Folded('a', 'e'),
            'ö' or 'Ö' => new Folded('o', 'e'),
            'ü' or 'Ü' => new Folded('u', 'e'),
            'ß' or 'ẞ' => new Folded('s', 's'),
            'à' or 'á' or 'â' or 'ã' or 'å' or 'À' or 'Á' or 'Â' or 'Ã' or 'Å' => new Folded('a', '\0'),
            'è' or 'é' or 'ê' or 'ë' or 'È' or 'É' or 'Ê' or 'Ë' => new Folded('e', '\0'),
            'ì' or 'í' or 'î' or 'ï' or 'Ì' or 'Í' or 'Î' or 'Ï' => new Folded('i', '\0'),
            'ò' or 'ó' or 'ô' or 'õ' or 'Ò' or 'Ó' or 'Ô' or 'Õ' => new Folded('o', '\0'),
            'ù' or 'ú' or 'û' or 'Ù' or 'Ú' or 'Û' => new Folded('u', '\0'),
            'ç' or 'Ç' => new Folded('c', '\0'),
            'ñ' or 'Ñ' => new Folded('n', '\0'),
            // Typographic apostrophes and quotes: people paste from Word, where "can't" arrives as "can’t".
            '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '\u0060' => new Folded('\'', '\0'),
            '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => new Folded('"', '\0'),
            '\u2013' or '\u2014' or '\u2011' or '\u2010' => new Folded('-', '\0'),
            _ => new Folded(char.ToLowerInvariant(c), '\0'),
        };
    }
}
