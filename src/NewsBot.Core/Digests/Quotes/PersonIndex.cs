namespace NewsBot.Core.Digests.Quotes;

/// <summary>A person named in the story: full name as first introduced, plus words that described them.</summary>
internal sealed class Person(string fullName, string surname)
{
    public string FullName { get; } = fullName;
    public string Surname { get; } = surname;
    public HashSet<string> Descriptors { get; } = new(StringComparer.OrdinalIgnoreCase);
    public char Gender { get; set; } = '?';
}

/// <summary>A place in the text where a known person is named.</summary>
internal readonly record struct PersonMention(int Offset, Person Person);

/// <summary>The people of one story: who is introduced by full name, and where each is mentioned again.</summary>
internal sealed class PersonIndex
{
    private readonly Dictionary<string, Person> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PersonMention> _mentions = [];

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    public static PersonIndex Build(string text)
    {
        var index = new PersonIndex();
        var runs = NameRuns.Find(text).ToList();
        foreach (var run in runs)
        {
            var (descriptors, name) = NameRuns.Split(run.Words);
            if (name.Count < 2 || !NameRuns.LooksLikePersonName(name))
                continue;
            var surname = Bare(name[^1]);
            if (!index._bySurname.TryGetValue(surname, out var person))
            {
                person = new Person(string.Join(' ', name.Select(Bare)), surname);
                index._bySurname[surname] = person;
            }
            AddDescriptors(person, descriptors, LowerWordsBefore(text, run.Start), AppositiveAfter(text, run.End));
        }
        foreach (var run in runs)
        {
            var (descriptors, name) = NameRuns.Split(run.Words);
            if (name.Count == 0 || !index._bySurname.TryGetValue(Bare(name[^1]), out var person))
                continue;
            if (name.Count == 1 && !NameRuns.LooksLikePersonName(name))
                continue;
            index._mentions.Add(new PersonMention(run.Start, person));
            if (person.Gender == '?')
                person.Gender = GenderFromTitles(descriptors);
        }
        return index;
    }

    public Person? BySurname(string surname) =>
        _bySurname.TryGetValue(Bare(surname), out var p) ? p : null;

    /// <summary>The last person named before <paramref name="offset"/> (and not before <paramref name="floor"/>).</summary>
    public Person? LastMentionedBefore(int offset, int floor = 0, char gender = '?')
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Offset >= offset) continue;
            if (m.Offset < floor) break;
            if (gender == '?' || m.Person.Gender == '?' || m.Person.Gender == gender)
                return m.Person;
        }
        return null;
    }

    /// <summary>The person whose descriptors share most words with a role phrase ("the Turkish leader").</summary>
    public Person? ByDescription(IEnumerable<string> words, int before)
    {
        var keys = words.Select(Stem).Where(k => k.Length > 0).ToList();
        Person? best = null;
        var bestScore = 0;
        var bestAt = -1;
        foreach (var m in _mentions)
        {
            if (m.Offset >= before) break;
            var score = keys.Count(k => m.Person.Descriptors.Contains(k));
            if (score > bestScore || (score == bestScore && score > 0 && m.Offset > bestAt))
            {
                best = m.Person;
                bestScore = score;
                bestAt = m.Offset;
            }
        }
        return best;
    }

    private static void AddDescriptors(Person person, params IEnumerable<string>[] groups)
    {
        foreach (var group in groups)
            foreach (var w in group)
                if (Stem(w) is { Length: > 0 } k)
                    person.Descriptors.Add(k);
    }

    /// <summary>Descriptor key: lower case, first five letters, so "Turkish"/"Turkey" and "Russian"/"Russia" meet.</summary>
    public static string Stem(string word)
    {
        var w = NameRuns.StripPossessive(word).Trim('.', ',', '(', ')').ToLowerInvariant();
        if (w.Length < 3 || w is "the" or "and" or "for" or "who" or "with" or "from" or "former")
            return "";
        return w.Length > 4 ? w[..4] : w;
    }

    private static IEnumerable<string> LowerWordsBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var words = text[from..start].Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>();
        for (var i = words.Length - 1; i >= 0 && result.Count < 3; i--)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsLower(w[0]) || w is "the" or "a" or "an" || w.Any(c => c is ',' or '.' or '\n' or ';'))
                break;
            result.Add(w);
        }
        return result;
    }

    private static IEnumerable<string> AppositiveAfter(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',')
            return [];
        var stop = text.IndexOfAny([',', '.', ';', '\n', '"', '\u201D', '\u201C'], end + 1);
        if (stop < 0 || stop - end > 80)
            return [];
        var words = text[(end + 1)..stop].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0] is "a" or "an" or "the" or "who" ? words : [];
    }

    private static char GenderFromTitles(IEnumerable<string> descriptors)
    {
        foreach (var d in descriptors)
        {
            if (d is "mr" or "sir" or "king" or "prince" or "lord" or "congressman" or "spokesman" or "chairman" or "father" or "brother")
                return 'm';
            if (d is "mrs" or "ms" or "miss" or "queen" or "lady" or "dame" or "congresswoman" or "spokeswoman" or "chairwoman" or "sister")
                return 'f';
        }
        return '?';
    }

    private static string Bare(string w) => NameRuns.StripPossessive(w.TrimEnd(',', ';', ':', '.'));
}
