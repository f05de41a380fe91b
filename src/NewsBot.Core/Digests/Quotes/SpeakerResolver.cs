namespace NewsBot.Core.Digests.Quotes;

/// <summary>A resolved speaker: the display name, and the person behind it when one is known.</summary>
internal sealed record Speaker(string Name, Person? Person);

/// <summary>
/// Turns a mention into a speaker: names are completed to the full name first introduced ("Mr. Putin" ->
/// "Vladimir Putin"), titles and roles dropped ("Turkey's President Tayyip Erdogan" -> "Tayyip Erdogan"),
/// pronouns and role nouns ("he", "the Turkish leader") resolved to the person they refer to.
/// </summary>
internal sealed class SpeakerResolver(PersonIndex people, IReadOnlyList<SentenceSpan> sentences)
{
    private static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "leader", "candidate", "nominee", "senator", "governor", "businessman", "businesswoman",
        "billionaire", "mogul", "republican", "democrat", "secretary", "minister", "chairman", "chairwoman",
        "congressman", "congresswoman", "mayor", "frontrunner", "front-runner", "contender", "lawmaker",
        "premier", "chancellor", "king", "queen", "prince", "host", "star", "executive", "founder", "man",
        "woman", "billionaire", "developer", "senator", "speaker", "challenger", "hopeful", "incumbent",
        "mediator", "envoy", "negotiator", "ambassador", "diplomat", "spokesman", "spokeswoman", "spokesperson",
        "coordinator", "commander", "coach", "delegate",
    };

    private const int PronounReach = 1500;

    /// <summary>Resolves a mention; <paramref name="groupSpeaker"/> is who spoke earlier in the same paragraph or quote run.</summary>
    public Speaker? Resolve(Mention mention, Speaker? lastSpeaker, Speaker? groupSpeaker = null)
    {
        var speaker = ResolveCore(mention, lastSpeaker, groupSpeaker);
        if (speaker?.Person is { } person)
            people.AddMention(mention.Offset, person);
        return speaker;
    }

    private Speaker? ResolveCore(Mention mention, Speaker? lastSpeaker, Speaker? groupSpeaker)
    {
        var text = mention.Text.Trim();
        if (text.Length == 0)
            return null;
        var head = EndsWithFullName(text) ?? CutModifiers(text);
        var words = head.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(w => Lexicon.NotNames.Contains(w.Trim('.', ',')) && !Lexicon.IsPronoun(w)))
            return null; // "said Tuesday", "said In"
        if (words.Length == 1 && Lexicon.IsPronoun(words[0]))
            return ResolvePronoun(words[0].ToLowerInvariant(), mention.Offset, lastSpeaker, groupSpeaker);

        var nominal = words[0] is "the" or "a" or "an" or "another" or "one";
        var run = NameRuns.Find(head).LastOrDefault(r => NameRuns.Split(r.Words).Name.Count > (nominal ? 1 : 0));
        if (run is not null)
        {
            var (_, name) = NameRuns.Split(run.Words);
            if (NameRuns.LooksLikePersonName(name) && people.Find(name) is { } person)
                return new Speaker(person.FullName, person);
            if (NameRuns.LooksLikePersonName(name))
            {
                var added = people.Add(name);
                return new Speaker(added.FullName, added);
            }
            if (char.IsUpper(head[0]) || run.Start > 0)
                return new Speaker(string.Join(' ', name).TrimEnd('.'), null);
        }

        // A role noun: "the Russian President", "the Turkish leader", "the billionaire".
        if (words.Any(w => PersonRoles.Contains(w)) && words[0] is "the" or "The" or "this" or "This")
        {
            var byRole = people.ByDescription(words.Skip(1), mention.Offset) ?? lastSpeaker?.Person
                         ?? people.SubjectBefore(mention.Offset, sentences, '?', mention.Offset - PronounReach);
            if (byRole is not null)
                return new Speaker(byRole.FullName, byRole);
        }
        return new Speaker(text, null);
    }

    private Speaker? ResolvePronoun(string pronoun, int offset, Speaker? lastSpeaker, Speaker? groupSpeaker)
    {
        if (pronoun is not ("he" or "she"))
            return groupSpeaker ?? (lastSpeaker is { Person: not null } ? lastSpeaker : null);
        var gender = pronoun == "he" ? 'm' : 'f';
        if (groupSpeaker?.Person is { } g && Fits(g, gender))
            return groupSpeaker;
        var subject = people.SubjectBefore(offset, sentences, gender, offset - PronounReach);
        if (subject is not null)
            return new Speaker(subject.FullName, subject);
        return lastSpeaker?.Person is { } p && Fits(p, gender) ? lastSpeaker : null;
    }

    private static bool Fits(Person p, char gender) => p.Gender == '?' || p.Gender == gender;

    /// <summary>"Fight for $15 organizing director Kendall Fells": a full name closing the mention is the speaker.</summary>
    private static string? EndsWithFullName(string text)
    {
        var first = text.IndexOfAny([',', '(', ';']);
        var part = first > 0 ? text[..first] : text;
        var and = part.IndexOf(" and ", StringComparison.Ordinal);
        if (and > 0 && and + 5 < part.Length && char.IsUpper(part[and + 5]))
            part = part[..and];
        var run = NameRuns.Find(part).LastOrDefault();
        if (run is null || run.End < part.TrimEnd().Length)
            return null;
        var (_, name) = NameRuns.Split(run.Words);
        return name.Count >= 2 && NameRuns.LooksLikePersonName(name) ? run.Text : null;
    }

    /// <summary>"Mark Mahaney, an analyst at RBC" -> "Mark Mahaney"; "Rep. Jim Jordan of Ohio" -> "Rep. Jim Jordan".</summary>
    private static string CutModifiers(string text)
    {
        var cut = text.IndexOfAny([',', '(', ';']);
        if (cut > 0)
            text = text[..cut];
        var and = text.IndexOf(" and ", StringComparison.Ordinal);
        if (and > 0 && char.IsUpper(text[and + 5]))
            text = text[..and]; // "Cummings and Conyers wrote": the first named
        foreach (var w in new[] { " of ", " at ", " for ", " from ", " with ", " who " })
        {
            var i = text.IndexOf(w, StringComparison.Ordinal);
            if (i > 0)
                text = text[..i];
        }
        return text.Trim();
    }
}
