namespace NewsBot.Core.Digests.Quotes;

/// <summary>A person named in the story: full name as first introduced, plus words that described them.</summary>
internal sealed class Person(string fullName, string surname)
{
    public string FullName { get; } = fullName;
    public string Surname { get; } = surname;
    public HashSet<string> Descriptors { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int He { get; set; }
    public int She { get; set; }

    /// <summary>'m', 'f' or '?' from titles and the pronouns that follow the person's mentions.</summary>
    public char Gender => He > She ? 'm' : She > He ? 'f' : '?';
}

/// <summary>A place in the text where a known person is named.</summary>
internal readonly record struct PersonMention(int Offset, Person Person);

/// <summary>The people of one story: who is introduced by full name, and where each is mentioned again.</summary>
internal sealed class PersonIndex
{
    private readonly Dictionary<string, List<Person>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PersonMention> _mentions = [];

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    /// <summary>Indexes the people of <paramref name="text"/>; names inside <paramref name="quoted"/> ranges are not mentions.</summary>
    public static PersonIndex Build(string text, IReadOnlyList<(int Start, int End)> quoted)
    {
        var index = new PersonIndex();
        var runs = OutsideQuotes(NameRuns.Find(text), quoted);
        // Full names first, wherever they stand; then "Mr. Lou" for people never named in full.
        foreach (var run in runs.Where(r => NameRuns.Split(r.Words).Name.Count >= 2).Concat(runs))
        {
            var (descriptors, name) = NameRuns.Split(run.Words);
            var titled = name.Count == 1 && descriptors.Count > 0 && Lexicon.Honorifics.Contains(descriptors[^1]);
            if ((name.Count < 2 && !titled) || !NameRuns.LooksLikePersonName(name))
                continue;
            var person = index.Add(name);
            AddDescriptors(person, descriptors, LowerWordsBefore(text, run.Start), AppositiveAfter(text, run.End));
        }
        // Full-name mentions first: their titles and the pronouns after them give genders, which then tell
        // "Mrs. Clinton" from "Mr. Clinton" when two people share a surname.
        var found = new List<(int Offset, Person Person, List<string> Descriptors)>();
        foreach (var run in runs)
        {
            var (descriptors, name) = NameRuns.Split(run.Words);
            if (name.Count >= 2 && index.Find(name) is { } person)
                found.Add((run.Start, person, descriptors));
        }
        index.CountGenders(text, quoted, found);
        foreach (var run in runs)
        {
            var (descriptors, name) = NameRuns.Split(run.Words);
            if (name.Count == 1 && NameRuns.LooksLikePersonName(name) && index.Find(name, TitleGender(descriptors)) is { } person)
                found.Add((run.Start, person, descriptors));
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        index.CountGenders(text, quoted, found);
        return index;
    }

    private void CountGenders(string text, IReadOnlyList<(int Start, int End)> quoted, List<(int Offset, Person Person, List<string> Descriptors)> found)
    {
        _mentions.Clear();
        foreach (var f in found)
        {
            f.Person.He = f.Person.She = 0;
            _mentions.Add(new PersonMention(f.Offset, f.Person));
        }
        foreach (var f in found)
            CountGender(f.Person, f.Descriptors);
        LearnGenderFromPronouns(text, quoted);
    }

    /// <summary>Runs (in text order) that start outside every quoted range (sorted by start).</summary>
    private static List<NameRun> OutsideQuotes(IEnumerable<NameRun> runs, IReadOnlyList<(int Start, int End)> quoted)
    {
        var result = new List<NameRun>();
        var q = 0;
        foreach (var run in runs)
        {
            while (q < quoted.Count && quoted[q].End <= run.Start)
                q++;
            if (q < quoted.Count && quoted[q].Start <= run.Start)
                continue;
            result.Add(run);
        }
        return result;
    }

    /// <summary>A person first met as a bare name in an attribution ("said Baron"), so pronouns can find them later.</summary>
    public Person Add(IReadOnlyList<string> name)
    {
        if (Find(name) is { } known)
            return known;
        var surname = Bare(name[^1]);
        var person = new Person(string.Join(' ', name.Select(Bare)), surname);
        if (!_bySurname.TryGetValue(surname, out var list))
            _bySurname[surname] = list = [];
        list.Add(person);
        return person;
    }

    /// <summary>
    /// The person a name means: by surname, first introduced first; when the name gives a first name too
    /// ("Jeb Bush" after "George W. Bush"), only a person whose first name fits.
    /// </summary>
    public Person? Find(IReadOnlyList<string> name, char gender = '?')
    {
        if (name.Count == 0 || !_bySurname.TryGetValue(Bare(name[^1]), out var list))
            return null;
        if (name.Count == 1)
            return gender == '?' ? list[0] : list.FirstOrDefault(p => p.Gender == gender) ?? list[0];
        var given = name.Take(name.Count - 1).Select(Bare).ToList();
        return list.FirstOrDefault(p => GivenNamesFit(p.FullName.Split(' ')[..^1], given));
    }

    /// <summary>"Tayyip" fits "Recep Tayyip", "J." fits "John"; a person known only by surname fits anyone.</summary>
    private static bool GivenNamesFit(IReadOnlyList<string> known, IReadOnlyList<string> given)
    {
        if (known.Count == 0)
            return true;
        return known.Any(k => Fits(k, given[0])) || given.Any(g => Fits(known[0], g));

        static bool Fits(string a, string b)
        {
            a = a.TrimEnd('.');
            b = b.TrimEnd('.');
            return a.Equals(b, StringComparison.OrdinalIgnoreCase)
                   || (a.Length == 1 && b.StartsWith(a, StringComparison.OrdinalIgnoreCase))
                   || (b.Length == 1 && a.StartsWith(b, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Records that an attribution at <paramref name="offset"/> named <paramref name="person"/> (also via a pronoun).</summary>
    public void AddMention(int offset, Person person)
    {
        var i = _mentions.FindLastIndex(m => m.Offset <= offset);
        if (i >= 0 && _mentions[i].Offset == offset && _mentions[i].Person == person)
            return;
        _mentions.Insert(i + 1, new PersonMention(offset, person));
    }

    public Person? BySurname(string surname) =>
        _bySurname.TryGetValue(Bare(surname), out var list) ? list[0] : null;

    /// <summary>
    /// The person a pronoun at <paramref name="offset"/> most likely means: going back sentence by sentence,
    /// the first person named in the nearest sentence that names someone of a fitting gender.
    /// </summary>
    public Person? SubjectBefore(int offset, IReadOnlyList<SentenceSpan> sentences, char gender, int floor)
    {
        var s = SentenceIndex(sentences, offset);
        for (var k = s; k >= 0; k--)
        {
            var (start, end) = (sentences[k].Start, k == s ? offset : sentences[k].End);
            if (end < floor)
                break;
            for (var i = FirstMentionAtOrAfter(start); i < _mentions.Count && _mentions[i].Offset < end; i++)
            {
                var m = _mentions[i];
                if (gender == '?' || m.Person.Gender == '?' || m.Person.Gender == gender)
                    return m.Person;
            }
        }
        return null;
    }

    private int FirstMentionAtOrAfter(int offset)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Offset < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int SentenceIndex(IReadOnlyList<SentenceSpan> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>The last person named before <paramref name="offset"/>.</summary>
    public Person? LastMentionedBefore(int offset, char gender = '?')
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Offset >= offset) continue;
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
        foreach (var m in _mentions)
        {
            if (m.Offset >= before) break;
            var score = keys.Count(k => m.Person.Descriptors.Contains(k));
            if (score > 0 && score >= bestScore)
            {
                best = m.Person;
                bestScore = score;
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

    /// <summary>Descriptor key: lower case, first four letters, so "Turkish"/"Turkey" and "Russian"/"Russia" meet.</summary>
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

    private static void CountGender(Person person, IEnumerable<string> descriptors)
    {
        switch (TitleGender(descriptors))
        {
            case 'm': person.He += 3; break;
            case 'f': person.She += 3; break;
        }
    }

    private static char TitleGender(IEnumerable<string> descriptors)
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

    /// <summary>A he/his/him or she/her soon after a mention, with no other person in between, votes for a gender.</summary>
    private void LearnGenderFromPronouns(string text, IReadOnlyList<(int Start, int End)> quoted)
    {
        for (var i = 0; i < _mentions.Count; i++)
        {
            var start = _mentions[i].Offset;
            var end = Math.Min(text.Length, start + 160);
            if (i + 1 < _mentions.Count)
                end = Math.Min(end, _mentions[i + 1].Offset);
            foreach (var (qs, _) in quoted)
                if (qs > start && qs < end)
                    end = qs; // pronouns inside a quote speak of someone else
            var window = text.AsSpan(start, end - start);
            var (he, she) = FirstPronoun(window);
            if (he) _mentions[i].Person.He++;
            if (she) _mentions[i].Person.She++;
        }
    }

    private static (bool He, bool She) FirstPronoun(ReadOnlySpan<char> window)
    {
        var i = 0;
        while (i < window.Length)
        {
            while (i < window.Length && !char.IsLetter(window[i])) i++;
            var s = i;
            while (i < window.Length && char.IsLetter(window[i])) i++;
            var w = window[s..i];
            if (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase)
                || w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("himself", StringComparison.OrdinalIgnoreCase))
                return (true, false);
            if (w.Equals("she", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
                || w.Equals("hers", StringComparison.OrdinalIgnoreCase) || w.Equals("herself", StringComparison.OrdinalIgnoreCase))
                return (false, true);
        }
        return (false, false);
    }

    private static string Bare(string w) => NameRuns.StripPossessive(w.TrimEnd(',', ';', ':', '.'));
}
