using System.Text.RegularExpressions;

namespace NewsBot.Core.Articles;

/// <summary>
/// Page furniture recognised from a line's text alone: photo captions with credits, "Read more:" teasers,
/// share and newsletter prompts, section trails, date stamps, copyright and outlet footers.
/// Shared by the HTML extractor and <see cref="PlainTextCleaner"/>.
/// </summary>
public static partial class FurnitureLines
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Longest line (in words) that a furniture rule may remove: real paragraphs are longer.</summary>
    private const int MaxFurnitureWords = 45;

    /// <summary>Longest paragraph (in words) that an appeal to the reader ("If you enjoyed this article...") may remove.</summary>
    private const int MaxAppealWords = 60;

    /// <summary>True when the line is an outlet's footer (copyright, alternate addresses, app links): what follows it is footer too.</summary>
    public static bool IsFooter(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && TextBlock.CountWords(text) <= 30 && Footer().IsMatch(text);
    }

    /// <summary>True when the line is page furniture rather than article text.</summary>
    public static bool IsFurniture(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
            return true;
        var words = TextBlock.CountWords(text);
        if (TweetSignature().IsMatch(text))
            return false;
        if (words <= MaxAppealWords && Appeal().IsMatch(text))
            return true;
        if (words > MaxFurnitureWords)
            return false;
        if (Label().IsMatch(text) || Credit().IsMatch(text) || CreditPrefix().IsMatch(text) || DatedCaption().IsMatch(text))
            return true;
        if (words <= 30 && (Prompt().IsMatch(text) || Footer().IsMatch(text) || FollowPrompt().IsMatch(text) || Moderation().IsMatch(text)))
            return true;
        if (words <= 12 && (Trail().IsMatch(text) || DateStamp().IsMatch(text) || Gallery().IsMatch(text)))
            return true;
        if (words <= 20 && MetaLine().IsMatch(text))
            return true;
        if (words <= 10 && Year().IsMatch(text) && (Clock().IsMatch(text) || (MonthName().IsMatch(text) && DayNumber().IsMatch(text))) && !text.EndsWith('.'))
            return true;
        return false;
    }

    // "Read more: ...", "Related: ...", "SEE MORE", "Don't miss", "Advertisement", "Tags: ...", "Source: ..."
    [GeneratedRegex("""^(?:read more|read next|read also|also read|see more|see also|more|related|related (?:articles?|stories|content|coverage|posts?|reading|news|topics)|recommended(?: for you)?|you may also like|you might also like|most (?:read|popular)|trending(?: now)?|don'?t miss|must read|watch|watch now|listen|advertisement|advert|sponsored(?: content)?|tags?|topics|filed under|categor(?:y|ies)|source|sources|share|share this(?: article| story| post)?|comments?|leia (?:mais|também)|veja (?:mais|também)|saiba mais|leggi anche|читайте также|lesen sie auch|lire aussi|lea también|sign in|log in|login|register|menu|search)\b\s*(?:[:»|>\-–—]|$)|^related\b[^.]{0,60}:\s*$""", Options)]
    private static partial Regex Label();

    // "... (Photo by Kevin Mazur/Getty Images)", "(Image: GETTY)", "(Photos by Reuters)", "Credit: ESA", "J. Scott Applewhite / AP file"
    [GeneratedRegex("""(?:\((?:file |staff )?(?:photos?|images?|pictures?|pic|video|source|credit|fotos?|imagem|foto:|reprodução)\b[^()]{0,120}\)|\b(?:photo|image|picture) credit\b[^.]{0,80}|credit: [^.]{1,80}|/\s*(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|Bloomberg|Getty|AP Photo|The Associated Press)(?: file| photo)?|\bGetty Images(?: for [^.]{1,60})?|\(AP Photo[^)]*\))\.?\s*$""", Options)]
    private static partial Regex Credit();

    // "Photo: Hau Dinh, AP", "Image copyright EPA", "Image caption ...", "Media caption ...", "Foto: ..."
    [GeneratedRegex("""^\((?:reporting|additional reporting|writing|editing|compiled) by\b[^()]*\)\.?$|^(?:photo|photos|image|images|picture|pictures|pic|credit|foto|fotos|imagem|image copyright|image caption|media caption|caption|copyright|getty images|file photo|photograph)\s*(?:[:|©\-–—]|by\b|copyright\b|caption\b|$)""", Options)]
    private static partial Regex CreditPrefix();

    // "Follow AP's full coverage of ... at https://...", "Follow Sample News on Twitter"
    [GeneratedRegex("""^follow\b[^.]{0,80}\b(?:coverage|twitter|facebook|instagram|linkedin|youtube|tiktok)\b""", Options)]
    private static partial Regex FollowPrompt();

    // comment-moderation notes, in the languages the bot reads most
    [GeneratedRegex("""\b(?:comments?|comentários?|comentarios?|commenti|commentaires?|kommentare)\b[^.]{0,80}\bmodera|\bmodera\w*\b[^.]{0,60}\b(?:comments?|comentários?|comentarios?|commenti|commentaires?|kommentare)\b""", Options)]
    private static partial Regex Moderation();

    // newsletter and share prompts, app promotions
    [GeneratedRegex("""\b(?:(?:sign up|sign-up|signup|subscribe)(?: now| today| here| for| to|$)|subscribers? only|newsletters?|inbox|click here|tap here|get the [\w ]{1,30} app|download (?:the|our) app|follow us|follow (?:him|her|them) on|like us on facebook|share (?:this|on)|tell us what you think|leave a comment|loading content|media playback is unsupported|this (?:post|article) may contain affiliate|all rights reserved|contributed (?:reporting|to this (?:report|story|article))|may (?:earn|receive) (?:an? )?(?:affiliate )?commission|ha contribuído|receba (?:as|nossas) not[ií]cias|cadastre-se|inscreva-se|assine)\b""", Options)]
    private static partial Regex Prompt();

    // appeals to the reader that are never story text, even inside a longer paragraph
    [GeneratedRegex("""\b(?:(?:sign up|subscribe|register) (?:for|to) (?:our|the|a)\b[^.]{0,40}\bnewsletters?\b|if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|post|piece|journalism|reporting)|join our\b[^.]{0,30}\b(?:forums?|community|newsletter|mailing list)|become a (?:member|subscriber|patron|supporter) (?:today|now|of)|support (?:our|independent) journalism)""", Options)]
    private static partial Regex Appeal();

    // "... can also be accessed at the following alternate addresses", "© 2019 Press TV", "Copyright ..."
    [GeneratedRegex("""(?:^(?:©|copyright\b|\(c\) \d{4})|alternate addresses|also be accessed at|available on (?:the )?(?:app store|google play)|\bapps? (?:for|on) (?:ios|android)|^(?:email|e-mail) [\w .'-]{1,40} at \S+@\S+)""", Options)]
    private static partial Regex Footer();

    // "News / Russia", "Home » News » World", "Mensagens » Mensagens de Autoestima » Só quem se Ama…"
    [GeneratedRegex("""^[^.!?:]{1,60}(?:\s[/»>|›]\s[^.!?:]{1,80})+$""", Options)]
    private static partial Regex Trail();

    // agency photo captions: "... in Sochi, Russia November 13, 2017." (place straight before the date, no "on")
    [GeneratedRegex("""\b[A-Z][\p{L}.]+,?\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s\d{1,2},\s\d{4}\.?\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex DatedCaption();

    // "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated 5:27 am CST, Wednesday, November 20, 2019", "05/10/2018 - Publicado por: ..."
    [GeneratedRegex("""^(?:(?:\|\s*)?(?:published|updated|posted|last updated|last modified|publicado|atualizado|pubblicato|date)\b.{0,60}$|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b.{0,60}$|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b[^.]{0,30}$|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b[^.]{0,30}$)""", Options)]
    private static partial Regex DateStamp();

    // "Image 1 of 8", "1 of 8", "Caption", "Close"
    [GeneratedRegex("""^(?:(?:image|photo|slide|picture)\s+)?\d+\s+(?:of|/|de|di)\s+\d+$|^(?:caption|close|image|enlarge|expand|hide caption|toggle caption|previous|next|prev)$""", Options)]
    private static partial Regex Gallery();

    // the signature line of an embedded tweet is story text: "— Sample Person (@sample) November 3, 2019"
    [GeneratedRegex("""^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)""", Options)]
    private static partial Regex TweetSignature();

    // "Posted by ...", "Publicado por: ...", "Category: ...", "Tags: ..."
    [GeneratedRegex("""\b(?:posted|published|written|publicado|escrito|pubblicato|scritto) (?:by|por|da)\b|\b(?:category|categories|categoria|categoría|tags)\s*:""", Options)]
    private static partial Regex MetaLine();

    [GeneratedRegex("""(?<![\d:])\b\d{1,2}\b(?![\d:])""", Options)]
    private static partial Regex DayNumber();

    [GeneratedRegex("""\b(?:19|20)\d\d\b""", Options)]
    private static partial Regex Year();

    [GeneratedRegex("""\b\d{1,2}[:h]\d\d\b""", Options)]
    private static partial Regex Clock();

    // month names in the languages the bot reads most (en, pt, es, it, fr, de)
    [GeneratedRegex("""\b(?:jan(?:uary|eiro|uar)?|feb(?:ruary|ruar)?|mar(?:ch|ço|zo|s)?|apr(?:il)?|may|jun(?:e|ho|io)?|jul(?:y|ho|io)?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember|embro)?|dec(?:ember)?|fevereiro|abril|maio|agosto|setembro|outubro|dezembro|enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember)\b""", Options)]
    private static partial Regex MonthName();
}
