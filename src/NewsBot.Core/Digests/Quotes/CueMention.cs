using System.Text.RegularExpressions;
using NewsBot.Core.Digests.Sentences;

namespace NewsBot.Core.Digests.Quotes;

/// <summary>Who a quote's own attribution names, as written ("he", "Mr. Mahaney", "the Turkish leader"), and where.</summary>
internal sealed record Mention(string Text, int Offset);

/// <summary>
/// Reads the attribution around one quote: after it ('," X said' / '," said X' / '," according to X') or
/// before it in the same sentence ('X said: "' / 'X said that "'), skipping appositives
/// ("Mark Mahaney, an analyst at RBC, said").
/// </summary>
internal static partial class CueMention
{
    private const int MaxMentionWords = 9;

    public static Mention? After(string text, int from, int to)
    {
        var s = from;
        while (s < to && (char.IsWhiteSpace(text[s]) || text[s] is ',' or '.' or '!' or '?' or '\u2014' or '\u2013' or '-' or ';' or ':'))
            s++;
        var e = SentenceEnd(text, s, to);
        if (e <= s)
            return null;
        var words = Words().Matches(text[s..e]).ToList();
        if (words.Count == 0)
            return null;

        // ," said X  /  ," added the Russian President
        if (Lexicon.CueVerbs.Contains(words[0].Value) && words[0].Value is not ("told" or "tells"))
        {
            var m = MentionAfterCue(text, s + words[0].Index + words[0].Length, e);
            if (m is not null)
                return m;
        }
        // ," according to X
        if (words.Count > 2 && words[0].Value.Equals("according", StringComparison.OrdinalIgnoreCase) && words[1].Value == "to")
            return MentionAfterCue(text, s + words[1].Index + words[1].Length, e);

        // ," Maddow repeated.  /  ," she elaborated, "  /  ," he mocks.
        var verb = words.FindIndex(w => char.IsLower(w.Value[0]));
        if (verb is >= 1 and <= 4 && !Lexicon.CueVerbs.Contains(words[verb].Value)
            && (words[verb].Value.EndsWith("ed", StringComparison.Ordinal) || words[verb].Value.EndsWith('s'))
            && words[verb].Value is not ("is" or "was" or "has" or "does" or "goes" or "gets" or "makes" or "takes")
            && (Lexicon.IsPronoun(words[0].Value) ? verb == 1 && words[0].Value is "he" or "she"
                : words[verb].Value.EndsWith("ed", StringComparison.Ordinal) && words.Take(verb).All(w => char.IsUpper(w.Value[0]))))
            return MentionBeforeCue(text, s, s + words[verb].Index);

        // ," reacted Trump.  /  ," remembered Roy Verley, HP's former spokesman.
        if (words.Count >= 2 && (words[0].Value.EndsWith("ed", StringComparison.Ordinal) || words[0].Value.EndsWith("es", StringComparison.Ordinal))
            && char.IsLower(words[0].Value[0])
            && char.IsUpper(words[1].Value[0]) && MentionAfterCue(text, s + words[0].Index + words[0].Length, e) is { } inverted
            && inverted.Text.Split(' ').Length <= 4)
            return inverted;

        // ," X said  /  ," X, an analyst at RBC, said
        for (var i = 0; i < words.Count && i <= MaxMentionWords + 8; i++)
        {
            if (!IsCue(words, i) || i == 0)
                continue;
            var before = text[s..(s + words[i].Index)];
            if (before.Contains('"') || before.Contains('\u201C'))
                return null;
            return MentionBeforeCue(text, s, s + words[i].Index, speakerFirst: true);
        }
        return null;
    }

    /// <summary>A cue earlier in the sentence that leads into the quote: 'X said: "' or 'the leader said that "'.</summary>
    public static Mention? Before(string text, int from, int openAt, int subjectFrom = -1)
    {
        if (subjectFrom < 0 || subjectFrom > from)
            subjectFrom = from;
        var seg = text[from..openAt];
        if (NameBeforeColon(seg) is { } named)
            return new Mention(named, from + seg.LastIndexOf(named, StringComparison.Ordinal));
        var words = Words().Matches(seg).ToList();
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words[i].Value;
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && words[i + 1].Value == "to")
                return MentionAfterCue(text, from + words[i + 1].Index + words[i + 1].Length, openAt);
            if (!IsCue(words, i) && !(Lexicon.LeadVerbs.Contains(w) && words.Count - i <= 4))
                continue;
            if (i > 0 && words[i - 1].Value is "when" or "if" or "was" or "were" or "being" or "been" or "is")
                continue; // "when asked", "was told": passive, the subject is not the speaker
            // "footage of Hillary Clinton asking": a two-word name right before the participle speaks.
            var namedRightBefore = i > 1 && char.IsUpper(words[i - 1].Value[0]) && char.IsUpper(words[i - 2].Value[0])
                                   && !Lexicon.NotNames.Contains(words[i - 1].Value) && !Lexicon.NotNames.Contains(words[i - 2].Value);
            if ((Lexicon.Participles.Contains(w) && !namedRightBefore) || (i > 0 && words[i - 1].Value is "and" or "to"))
                return SubjectOfSentence(text, from, from + words[i].Index) ?? SubjectOfSentence(text, subjectFrom, from + words[i].Index);
            return MentionBeforeCue(text, from, from + words[i].Index);
        }
        // "17-year-old Jared Potts echoed:" - a colon right before the quote introduces it.
        return seg.TrimEnd().EndsWith(':') ? SubjectOfSentence(text, from, openAt) : null;
    }

    /// <summary>A cue verb, or a phrasal one: "went on", "shot back", "chimed in", "pointed out".</summary>
    private static bool IsCue(List<Match> words, int i) =>
        Lexicon.CueVerbs.Contains(words[i].Value)
        || (words[i].Value is "went" or "shot" or "fired" or "chimed" or "snapped" or "hit" or "lashed" or "pushed"
            && i + 1 < words.Count && words[i + 1].Value is "on" or "back" or "in" or "out");

    /// <summary>"- Jeffrey M. Jones: " right before the quote: a bare name and a colon introduce it.</summary>
    private static string? NameBeforeColon(string seg)
    {
        var t = seg.TrimEnd();
        if (!t.EndsWith(':'))
            return null;
        t = t[..^1];
        var run = NameRuns.Find(t).LastOrDefault();
        if (run is null || run.End != t.Length || run.Words.Count < 2)
            return null;
        var (_, name) = NameRuns.Split(run.Words);
        return NameRuns.LooksLikePersonName(name) ? run.Text : null;
    }

    private static Mention? MentionAfterCue(string text, int from, int to)
    {
        var s = from;
        while (s < to && char.IsWhiteSpace(text[s]))
            s++;
        if (s >= to)
            return null;
        var first = text[s];
        var isDeterminer = NextWord(text, s, to) is "the" or "a" or "an" or "another" or "one";
        if (!char.IsUpper(first) && !isDeterminer && !Lexicon.Titles.Contains(NextWord(text, s, to)) && !NameSoon(text, s, to))
            return null;
        var e = s;
        var count = 0;
        while (e < to && count < MaxMentionWords)
        {
            var c = text[e];
            if (c is ',' or ';' or ':' or '(' or '\n' or '"' or '\u201C' or '\u201D' || (c == '.' && SentenceBoundaries.EndsAt(text, e)))
                break;
            if (c == ' ')
            {
                count++;
                var next = NextWord(text, e + 1, to);
                if (next is "in" or "on" or "at" or "during" or "who" or "which" or "that" or "after" or "before"
                    or "when" or "while" or "last" or "this" or "to" or "as" or "about" or "of" or "from" or "for"
                    && (text[s..e].Any(char.IsUpper) || next is "who" or "which" or "that" or "when" or "while"))
                    break;
            }
            e++;
        }
        var mention = text[s..e].Trim().TrimEnd('.');
        return mention.Length == 0 ? null : new Mention(mention, s);
    }

    /// <summary>The subject right before a cue verb: the last clause, unless it is an appositive after a name.</summary>
    /// <param name="speakerFirst">Right after a quote the speaker comes first ('," Mr. Daniloff, now 81 and retired in Cambridge, Mass., said').</param>
    private static Mention? MentionBeforeCue(string text, int from, int cueAt, bool speakerFirst = false)
    {
        var seg = BlankParentheticals(text[from..cueAt]);
        var clauses = SplitClauses(seg);
        if (clauses.Count > 1 && StripTrailingAdverbs(seg[clauses[^1].Start..clauses[^1].End].Trim()).Length == 0)
            clauses.RemoveAt(clauses.Count - 1); // "Mr. Trump, asked about it, had said"
        if (clauses.Count == 0)
            return null;
        while (clauses.Count > 1 && PartyTag().IsMatch(seg[clauses[^1].Start..clauses[^1].End].Trim()))
            clauses.RemoveAt(clauses.Count - 1); // "Mitch McConnell, R-Ky., said"
        if (speakerFirst && clauses.Count > 1 && IsNameClause(seg[clauses[0].Start..clauses[0].End])
            && !Lexicon.IsPronoun(seg[clauses[^1].Start..clauses[^1].End].Trim()))
            clauses.RemoveRange(1, clauses.Count - 1);
        var (cs, ce) = clauses[^1];
        var aged = clauses.FindIndex(c => seg[c.Start..c.End].Trim().All(char.IsDigit));
        if (aged > 0 && IsNameClause(seg[clauses[aged - 1].Start..clauses[aged - 1].End]))
            (cs, ce) = clauses[aged - 1]; // "Cecelia Purner, 67, a retired ... in Allentown, Pa., said"
        else if (!IsNameClause(seg[cs..ce]) && !StartsWithPronoun(seg[cs..ce]))
        {
            // "J.J. Goldberg, editor at large of The Forward, an influential newspaper, wrote": back over appositives.
            for (var k = clauses.Count - 2; k >= 0 && k >= clauses.Count - 4; k--)
            {
                var candidate = seg[clauses[k].Start..clauses[k].End].Trim();
                if (IsNameClause(candidate) || Lexicon.IsPronoun(candidate))
                {
                    (cs, ce) = clauses[k];
                    break;
                }
                if (!IsAppositive(candidate) && !HasLowerWord(candidate))
                    break;
            }
        }
        var clause = StripTrailingAdverbs(seg[cs..ce].Trim());
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (clause.Length == 0)
            return null;
        if (words.Length > MaxMentionWords)
        {
            // "... grew so heated that New Jersey Gov. Chris Christie said": the name run right before the cue.
            var run = NameRuns.Find(clause).LastOrDefault();
            if (run is null || run.End < clause.Length)
                return null;
            clause = run.Text;
        }
        if (!CanNameSomeone(clause))
            return null; // "winning the key states": a noun that looks like a cue verb
        var at = from + seg.LastIndexOf(clause, StringComparison.Ordinal);
        return new Mention(clause, at);
    }

    private static Mention? SubjectOfSentence(string text, int from, int to)
    {
        var seg = text[from..to];
        foreach (var clause in SplitClauses(seg))
        {
            var c = seg[clause.Start..clause.End].Trim();
            if (c.Length == 0) continue;
            var first = c.Split(' ')[0];
            if (Lexicon.IsPronoun(first) && first is not ("it" or "who"))
                return new Mention(first, from + clause.Start);
            // "Union leader Marco Pell was blunt", "Republican presidential nominee Donald Trump issued":
            // a person's name among the first words of the clause, with the words that describe them.
            var lead = c.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .TakeWhile(w => char.IsUpper(w[0]) || Lexicon.Titles.Contains(w)).ToList();
            if (lead.Count > 0 && NameRuns.Split(lead).Name is { Count: > 0 } leadName && NameRuns.LooksLikePersonName(leadName))
                return new Mention(string.Join(' ', lead), from + clause.Start + seg[clause.Start..].IndexOf(lead[0], StringComparison.Ordinal));
            if (!char.IsUpper(c[0]) && !c.StartsWith("the ", StringComparison.Ordinal))
                continue; // "in-prison interview with journalist Matei Rosca": not where the subject stands
            var person = NameRuns.Find(c).FirstOrDefault(r => r.Start < 50 && NameRuns.LooksLikePersonName(NameRuns.Split(r.Words).Name));
            if (person is not null && !c[..person.Start].Contains(" said", StringComparison.Ordinal))
                return new Mention(person.Text, from + clause.Start + seg[clause.Start..].IndexOf(person.Text, StringComparison.Ordinal));
        }
        return null;
    }

    /// <summary>"(D-N.Y.)" and "(R-Texas)" become spaces, so offsets stay put and clauses do not break.</summary>
    private static string BlankParentheticals(string seg)
    {
        var open = seg.IndexOf('(');
        if (open < 0)
            return seg;
        var chars = seg.ToCharArray();
        var depth = 0;
        for (var i = open; i < chars.Length; i++)
        {
            if (chars[i] == '(') depth++;
            var inside = depth > 0;
            if (chars[i] == ')' && depth > 0) depth--;
            if (inside) chars[i] = ' ';
        }
        return new string(chars);
    }

    /// <summary>A clause that is nothing but a capitalised name ("Lisa O. Monaco"), so what follows is an appositive.</summary>
    private static bool IsNameClause(string clause)
    {
        var words = clause.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => w is "But" or "And" or "So" or "Yet" or "Still" or "Then" or "Now" or "As").ToList();
        return words.Count is >= 1 and <= 6 && words.All(w => char.IsUpper(w[0]))
               && (!Lexicon.NotNames.Contains(words[0].TrimEnd('.')) || Lexicon.Honorifics.Contains(words[0].TrimEnd('.')));
    }

    /// <summary>A speaker mention has a capitalised word, or is a pronoun, or starts with a determiner.</summary>
    private static bool CanNameSomeone(string mention)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words.Any(w => char.IsUpper(w[0])) || Lexicon.IsPronoun(words[0])
                                    || words[0] is "the" or "a" or "an" or "another" or "one" or "his" or "her" or "their" or "its");
    }

    private static bool HasLowerWord(string clause) =>
        clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]));

    private static bool StartsWithPronoun(string clause) =>
        clause.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && Lexicon.IsPronoun(first);

    private static bool IsAppositive(string clause)
    {
        var c = clause.Trim();
        return PartyTag().IsMatch(c) || c.StartsWith("a ", StringComparison.Ordinal) || c.StartsWith("an ", StringComparison.Ordinal)
               || c.StartsWith("the ", StringComparison.Ordinal) || c.StartsWith("who ", StringComparison.Ordinal)
               || c.StartsWith("of ", StringComparison.Ordinal) || c.StartsWith("one of", StringComparison.Ordinal)
               || (c.Length > 0 && char.IsLower(c[0]) && !Lexicon.IsPronoun(c.Split(' ')[0])
                   && c.Split(' ')[0] is not ("and" or "but" or "then" or "so" or "while" or "as"));
    }

    private static List<(int Start, int End)> SplitClauses(string seg)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < seg.Length; i++)
        {
            if (seg[i] is ',' or ';' or ':' or '(' or ')' or '\u2014' or '\n' || (seg[i] == '.' && SentenceBoundaries.EndsAt(seg, i)))
            {
                if (i > start) result.Add((start, i));
                start = i + 1;
            }
        }
        if (seg.Length > start && seg[start..].Trim().Length > 0)
            result.Add((start, seg.Length));
        return result.Where(c => seg[c.Item1..c.Item2].Trim().Length > 0).ToList();
    }

    private static string StripTrailingAdverbs(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[^1] is "also" or "later" or "then" or "has" or "had" or "have" or "once"
                   or "previously" or "recently" or "would" or "will" or "simply" or "flatly" or "quickly" or "again"
                   or "first" or "repeatedly" or "bluntly" or "publicly" or "privately" or "often" or "frequently"
                   or "reportedly" or "allegedly" or "angrily" or "softly" or "finally" or "just" or "has" or "is"
                   or "was" or "could" or "did" or "does" or "may" or "might" or "earlier" or "already" or "even")
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    private static int SentenceEnd(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is '.' or '!' or '?' && SentenceBoundaries.EndsAt(text, i))
                return i;
        return to;
    }

    /// <summary>"said retired Army Lt. Gen. Mick Bednarek": a capitalised word within the next three words.</summary>
    private static bool NameSoon(string text, int s, int to)
    {
        var words = 0;
        for (var i = s; i < to && words < 3; i++)
        {
            if (text[i] is ',' or '.' or ';' or ':' or '\n')
                return false;
            if (text[i] == ' ')
                words++;
            else if ((i == s || text[i - 1] == ' ') && char.IsUpper(text[i]))
                return true;
        }
        return false;
    }

    private static string NextWord(string text, int s, int to)
    {
        var e = s;
        while (e < to && char.IsLetter(text[e]))
            e++;
        return text[s..e];
    }

    // "R-Ky.", "D-N.Y.": party and state after a lawmaker's name.
    [GeneratedRegex(@"^[RDI]-[A-Z][\w.]*$")]
    private static partial Regex PartyTag();

    [GeneratedRegex(@"[\p{L}][\p{L}'’\-]*")]
    private static partial Regex Words();
}
