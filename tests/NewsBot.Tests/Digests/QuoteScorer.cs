using System.Text.RegularExpressions;

namespace NewsBot.Tests.Digests;

/// <summary>A gold or predicted quote for scoring: UTF-16 offsets into the article text.</summary>
public sealed record ScoredQuote(int Start, int End, string? Speaker, IReadOnlyList<string> Aliases, string? Kind, string? Head);

/// <summary>
/// A simplified C# port of shared/data/quotes/score.py: overlap matching over \w+ tokens (>= 0.5, greedy,
/// one-to-one), predictions that only hit a partial quote ignored, and the strict ("named") speaker rule.
/// </summary>
public sealed partial class QuoteScorer
{
    private static readonly HashSet<string> Pronouns = ["he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "his",
        "hers", "their", "theirs", "who", "us", "me", "one", "someone", "somebody"];
    private static readonly HashSet<string> Titles = ["mr", "mrs", "ms", "miss", "mx", "dr", "sen", "senator", "gov", "governor",
        "rep", "representative", "president", "pres", "vice", "secretary", "sec", "gen", "general", "judge", "justice", "rev",
        "reverend", "prof", "professor", "mayor", "sir", "lord", "lady", "dame", "the", "former", "candidate", "nominee",
        "chairman", "chairwoman", "leader", "speaker", "minister", "prime", "attorney", "lt", "col", "capt", "sgt", "adm", "hon", "st"];
    private static readonly HashSet<string> Suffixes = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"];
    private static readonly HashSet<string> Function = ["for", "of", "at", "from", "with", "to", "by", "on", "in", "and", "a",
        "an", "who", "which", "that", "as", "said", "says"];
    private const string Edge = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f` \t\r\n\u00a0,.;:!?\u2026\u2014\u2013-";

    private int _tp, _fp, _fn, _correct, _wrong, _e2e;

    public double F1 => Prf(_tp, _fp, _fn);

    public double NamedSpeakerAccuracy => _correct + _wrong == 0 ? 0 : (double)_correct / (_correct + _wrong);

    public double NamedEndToEndF1 => Prf(_e2e, _fp + (_tp - _e2e), _fn + (_tp - _e2e));

    public void Add(string text, IReadOnlyList<ScoredQuote> gold, IReadOnlyList<(int Start, int End)> partial, IReadOnlyList<ScoredQuote> predicted)
    {
        var g = gold.Select(q => Tokens(text, q.Start, q.End)).ToList();
        var parts = partial.Select(p => Tokens(text, p.Start, p.End)).ToList();
        var p = new List<(HashSet<int> Tokens, ScoredQuote Quote)>();
        foreach (var q in predicted)
            foreach (var (a, b) in SplitParagraphs(text, q.Start, q.End))
                if (Tokens(text, a, b) is { Count: > 0 } t)
                    p.Add((t, q));

        var pairs = new List<(double Score, int G, int P)>();
        for (var gi = 0; gi < g.Count; gi++)
            for (var pi = 0; pi < p.Count; pi++)
                if (Overlap(g[gi], p[pi].Tokens) is var sc and >= 0.5)
                    pairs.Add((sc, gi, pi));
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        foreach (var (_, gi, pi) in pairs.OrderByDescending(x => x.Score).ThenBy(x => x.G).ThenBy(x => x.P))
        {
            if (!usedG.Add(gi) || !usedP.Add(pi)) continue;
            _tp++;
            switch (SpeakerStatus(gold[gi], p[pi].Quote.Speaker))
            {
                case true: _correct++; _e2e++; break;
                case false: _wrong++; break;
                case null when p[pi].Quote.Speaker is not null: _e2e++; break;
            }
        }
        _fn += g.Count - usedG.Count;
        for (var pi = 0; pi < p.Count; pi++)
            if (!usedP.Contains(pi) && !parts.Any(t => Overlap(t, p[pi].Tokens) >= 0.5))
                _fp++;
    }

    /// <summary>true = correct, false = wrong, null = unscorable (pronoun or nominal gold without aliases).</summary>
    private static bool? SpeakerStatus(ScoredQuote gold, string? predicted)
    {
        var pred = string.IsNullOrWhiteSpace(predicted) ? null : predicted.Trim();
        if (gold.Speaker is null)
            return pred is null;
        var unscorable = (gold.Kind is "pronoun" or "nominal" || IsPronoun(gold.Speaker)) && gold.Aliases.Count == 0;
        if (unscorable)
            return null;
        if (pred is null || IsPronoun(pred))
            return false;
        if (gold.Aliases.Prepend(gold.Speaker).Any(c => NamesMatch(pred, c)))
            return true;
        return gold.Kind == "nominal" && gold.Head is { } head
               && Word().Matches(pred.ToLowerInvariant()).Any(m => m.Value == head.ToLowerInvariant());
    }

    private static bool NamesMatch(string pred, string cand)
    {
        var p = NameTokens(pred);
        var c = NameTokens(cand);
        if (p.Count == 0 || c.Count == 0) return false;
        if (p.SequenceEqual(c)) return true;
        static bool Namey(List<string> t) => t.Count <= 4 && !t.Any(Function.Contains);
        if (!Namey(p) || !Namey(c) || p[^1] != c[^1]) return false;
        if (p.Count < 2 || c.Count < 2) return true;
        var (a, b) = (p[0], c[0]);
        return a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));
    }

    private static List<string> NameTokens(string s)
    {
        s = s.Replace('\u2019', '\'').ToLowerInvariant();
        s = Paren().Replace(s, " ");
        s = Possessive().Replace(s, " ");
        var toks = NameToken().Matches(s).Select(m => m.Value.Trim('\'', '-')).Where(t => t.Length > 0).ToList();
        while (toks.Count > 0 && Titles.Contains(toks[0].TrimEnd('.'))) toks.RemoveAt(0);
        while (toks.Count > 0 && Suffixes.Contains(toks[^1].TrimEnd('.'))) toks.RemoveAt(toks.Count - 1);
        return toks;
    }

    private static bool IsPronoun(string s) => Word().Matches(s.ToLowerInvariant()) is { Count: 1 } m && Pronouns.Contains(m[0].Value);

    private static HashSet<int> Tokens(string text, int s, int e)
    {
        s = Math.Clamp(s, 0, text.Length);
        e = Math.Clamp(e, s, text.Length);
        while (s < e && Edge.Contains(text[s])) s++;
        while (e > s && Edge.Contains(text[e - 1])) e--;
        return Word().Matches(text[s..e]).Select(m => s + m.Index).ToHashSet();
    }

    private static IEnumerable<(int, int)> SplitParagraphs(string text, int s, int e)
    {
        var a = s;
        for (var k = s; k < e; k++)
            if (text[k] == '\n') { yield return (a, k); a = k + 1; }
        yield return (a, e);
    }

    private static double Overlap(HashSet<int> g, HashSet<int> p) =>
        g.Count == 0 || p.Count == 0 ? 0 : (double)g.Count(p.Contains) / Math.Max(g.Count, p.Count);

    private static double Prf(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Paren();

    [GeneratedRegex(@"'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\w[\w'\-]*")]
    private static partial Regex NameToken();
}
