namespace NoteAddin.Manifest;

/// <summary>
/// Draws the add-in's icon: a blue tile with a white note sheet and a green check badge. Shapes are described in a
/// 0–1 square and sampled 4×4 per pixel, so every size comes out anti-aliased from the same drawing; the smallest
/// sizes leave out the text lines, which would only blur.
/// </summary>
public static class IconPainter
{
    private readonly record struct Colour(double R, double G, double B);

    private static readonly Colour Brand = new(0x0F, 0x6C, 0xBD);
    private static readonly Colour White = new(0xFF, 0xFF, 0xFF);
    private static readonly Colour Line = new(0x9C, 0xC3, 0xEA);
    private static readonly Colour Green = new(0x10, 0x7C, 0x10);

    public static byte[] Paint(int size)
    {
        const int samples = 4;
        var rgba = new byte[size * size * 4];
        for (var py = 0; py < size; py++)
        {
            for (var px = 0; px < size; px++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (var sy = 0; sy < samples; sy++)
                {
                    for (var sx = 0; sx < samples; sx++)
                    {
                        var x = (px + (sx + 0.5) / samples) / size;
                        var y = (py + (sy + 0.5) / samples) / size;
                        var (colour, alpha) = Sample(x, y, size);
                        r += colour.R * alpha;
                        g += colour.G * alpha;
                        b += colour.B * alpha;
                        a += alpha;
                    }
                }

                var i = (py * size + px) * 4;
                var n = samples * samples;
                rgba[i + 3] = (byte)Math.Round(a / n * 255);
                if (a > 0)
                {
                    rgba[i] = (byte)Math.Round(r / a);
                    rgba[i + 1] = (byte)Math.Round(g / a);
                    rgba[i + 2] = (byte)Math.Round(b / a);
                }
            }
        }

        return Png.Encode(size, size, rgba);
    }

    /// <summary>The colour of the topmost shape at a point, and whether anything is there at all.</summary>
    private static (Colour Colour, double Alpha) Sample(double x, double y, int size)
    {
        if (!InRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2))
        {
            return (White, 0);
        }

        var colour = Brand;
        if (InRoundedRect(x, y, 0.22, 0.14, 0.68, 0.84, 0.06))
        {
            colour = White;
            if (size >= 32 && (OnSegment(x, y, 0.31, 0.31, 0.59, 0.31, 0.022)
                || OnSegment(x, y, 0.31, 0.43, 0.59, 0.43, 0.022)
                || OnSegment(x, y, 0.31, 0.55, 0.47, 0.55, 0.022)))
            {
                colour = Line;
            }
        }

        var (cx, cy) = (0.7, 0.7);
        var distance = Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
        if (distance <= 0.245)
        {
            colour = distance <= 0.2 ? Green : Brand;
            if (OnSegment(x, y, 0.61, 0.70, 0.675, 0.765, 0.032) || OnSegment(x, y, 0.675, 0.765, 0.795, 0.635, 0.032))
            {
                colour = White;
            }
        }

        return (colour, 1);
    }

    private static bool InRoundedRect(double x, double y, double left, double top, double right, double bottom, double radius)
    {
        var dx = Math.Max(Math.Max(left + radius - x, x - (right - radius)), 0);
        var dy = Math.Max(Math.Max(top + radius - y, y - (bottom - radius)), 0);
        return x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= radius * radius;
    }

    private static bool OnSegment(double x, double y, double x1, double y1, double x2, double y2, double halfWidth)
    {
        var (vx, vy) = (x2 - x1, y2 - y1);
        var t = Math.Clamp(((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy), 0, 1);
        var (nx, ny) = (x1 + t * vx - x, y1 + t * vy - y);
        return nx * nx + ny * ny <= halfWidth * halfWidth;
    }
}
