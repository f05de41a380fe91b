namespace NewsBot.Core.Digests.Quotes;

/// <summary>Word lists the attribution rules share: cue verbs, titles, pronouns and words that are never names.</summary>
internal static class Lexicon
{
    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that introduce direct speech, in all the tenses news copy uses.</summary>
    public static readonly HashSet<string> CueVerbs = Set(
        "said says say saying told tells tell added adds adding noted notes warned warns stressed stresses " +
        "explained explains wrote writes asked asks declared declares argued argues insisted insists " +
        "continued continues recalled recalls tweeted tweets posted replied replies responded responds " +
        "acknowledged acknowledges admitted admits claimed claims countered counters conceded concedes " +
        "joked jokes quipped quips suggested suggests announced announces observed observes remarked " +
        "shouted exclaimed predicted predicts promised promises vowed vows urged urges emphasized emphasizes " +
        "emphasised complained complains charged charges contended contends maintained maintains lamented " +
        "boasted boasts thundered mused cautioned cautions concluded concludes stated states reiterated " +
        "agreed offered yelled told whispered answered answers pleaded reported reports chimed " +
        "opined scoffed sniped griped fumed marveled marvelled cracked wondered confirmed confirms " +
        "denied explained testified testifies proclaimed proclaims pointed telling asking explaining declaring " +
        "warning tweeting writing");

    /// <summary>Verbs that lead into a quote from its speaker only when they come before it ('called him "..."').</summary>
    public static readonly HashSet<string> LeadVerbs = Set(
        "called calls described describes labeled labelled dubbed attacked praised blasted slammed criticized " +
        "mocked derided branded touted hailed accused thanked echoed");

    /// <summary>Participles whose speaker is the subject of the sentence ("Trump attacked Clinton, saying ...").</summary>
    public static readonly HashSet<string> Participles = Set(
        "saying adding noting writing arguing insisting telling asking explaining declaring warning tweeting");

    /// <summary>Titles and roles that stand before a name and are not part of it.</summary>
    public static readonly HashSet<string> Titles = Set(
        "mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator gov gov. governor rep rep. representative " +
        "president pres pres. vice secretary sec sec. gen gen. general judge justice rev rev. reverend " +
        "prof prof. professor mayor sir lord lady dame former candidate nominee chairman chairwoman chair " +
        "leader speaker minister prime attorney lt lt. col col. capt capt. sgt sgt. adm adm. hon hon. " +
        "spokesman spokeswoman spokesperson director chief executive ceo founder manager adviser advisor " +
        "strategist analyst pollster aide commissioner ambassador chancellor king queen prince pope " +
        "sheriff officer detective coach host anchor correspondent editor author economist professor " +
        "congressman congresswoman councilman councilwoman lawmaker delegate superintendent treasurer " +
        "premier emir sheikh ayatollah cardinal bishop father sister brother dean principal counsel " +
        "solicitor prosecutor inspector commander marshal coordinator organizer producer publisher columnist " +
        "reporter researcher fellow scholar expert consultant lawyer");

    /// <summary>Titles that mark a single following word as a person's surname ("Mr. Lou", "Sen. Cruz").</summary>
    public static readonly HashSet<string> Honorifics = Set(
        "mr mrs ms miss dr sen senator gov governor rep representative president secretary gen general " +
        "judge justice rev prof mayor sir lord lady dame lt col capt sgt adm speaker chancellor minister");

    public static readonly HashSet<string> Pronouns = Set("he she they we i it you");

    /// <summary>Capitalised words that start sentences or name days/months and are never a person's name.</summary>
    public static readonly HashSet<string> NotNames = Set(
        "the a an and but or so yet if when while after before since as at in on of for from to by with " +
        "this that these those there here it its he she they we i you his her their our my your " +
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june " +
        "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
        "still also then now even just only however meanwhile although though because during despite " +
        "what who why how where which yes no not all some many most more one two three " +
        "mr mrs ms dr republican republicans democrat democrats democratic gop american americans " +
        "however instead indeed moreover furthermore nevertheless today yesterday tomorrow tonight later earlier " +
        "over about into against says said why how old first last top breaking update read watch photo " +
        "getty images reuters ap afp via video image is are was were be been has have");

    /// <summary>First words of place names that otherwise look like a person's name ("New York", "San Diego").</summary>
    public static readonly HashSet<string> PlaceStarts = Set(
        "new los las san santa st st. fort port north south east west united saudi hong puerto sri el la lake mount " +
        "upper lower great little central northern southern eastern western");

    /// <summary>Words that mark a capitalised run as an organisation or place rather than a person.</summary>
    public static readonly HashSet<string> OrgWords = Set(
        "department committee party house senate congress court news times post journal university college " +
        "campaign foundation inc inc. corp corp. co co. company association institute center centre council " +
        "agency administration office group network school city county state states street avenue " +
        "airport hospital church bank fund league union club magazine press tv radio television " +
        "ministry army navy police service services board commission bureau republic kingdom nations " +
        "times herald tribune review channel station hall square park island river mountain ocean sea coast " +
        "valley lake beach bay road museum institution library stadium arena hotel tower building convention " +
        "conference summit debate caucus caucuses primary primaries debates committees services affairs relations " +
        "studies resources securities industries networks agencies systems partners associates holdings airlines " +
        "forces nations games awards");

    public static readonly HashSet<string> Months = Set(
        "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.");

    public static bool IsPronoun(string s) => Pronouns.Contains(s.Trim());
}
