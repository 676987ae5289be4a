package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.RiskFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the input says about suicidal ideation, homicidal ideation, self-harm and abuse, keeping the
 * polarity: a negation before the mention makes it denied, a hedge unclear, anything else endorsed. In a
 * conversation, the clinician's screening question and the client's short answer count together. A domain
 * the input never mentions is "not assessed", never "denied".
 */
public final class RiskScreen {

    public enum Domain {
        suicidal_ideation("Suicidal ideation"), homicidal_ideation("Homicidal ideation"), self_harm("Self-harm"),
        abuse("Abuse or violence");

        final String title;

        Domain(String title) {
            this.title = title;
        }
    }

    public enum Polarity { endorsed, unclear, denied, not_assessed }

    /** One mention of a risk in one unit (or a question and its answer). */
    public record Mention(Domain domain, Polarity polarity, List<Unit> units, String answer, boolean historical) {
        Mention(Domain domain, Polarity polarity, List<Unit> units, String answer) {
            this(domain, polarity, units, answer, false);
        }
    }

    /**
     * "Client contracted for safety", "unable to contract for safety", "no-harm contract": a clinician's safety contract
     * is about suicide but says neither that the thoughts are there nor that they are not. Beside another mention of
     * suicidal ideation it is only a qualifier; alone it leaves the state unclear, for follow-up.
     */
    static final String SAFETY_CONTRACT_TEXT = "\\bcontract(?:s|ed|ing)? for (?:his |her |their |own )?safety\\b|"
            + "\\b(?:no[- ](?:self[- ])?harm|no[- ]suicide|safety) contract\\b";
    static final Pattern SAFETY_CONTRACT = Pattern.compile(SAFETY_CONTRACT_TEXT, Pattern.CASE_INSENSITIVE);

    /**
     * "My mom found my razor blades", "I keep blades hidden in my closet": the means of self-harm found, hidden or taken
     * away. It says no act, so the finding is unclear, for follow-up, unless the session says more.
     */
    static final String BLADES_FOUND_TEXT = "\\b(?:found|finds|find|hid|hide|hides|hiding|stash\\w*|took away|takes away|take away|"
            + "confiscat\\w*|threw away|throw away|throws away)(?: all)? (?:of )?(?:my|her|his|their|the) "
            + "(?:razor ?blades|blades|razor blade|blade)\\b|\\b(?:razor ?blades|blades) (?:hidden|stashed)\\b";
    static final Pattern BLADES_FOUND = Pattern.compile(BLADES_FOUND_TEXT, Pattern.CASE_INSENSITIVE);

    /**
     * Words about suicide that name no thought and no act outright, which a clinician must follow up: "I've been thinking a lot
     * about my dad's gun", "I took a few extra of my pills to sleep", "I wanted it all to end". Unclear, unless denied.
     */
    /**
     * "pt has been giving away belongings": a warning sign of preparation, unclear alone (for the clinician to ask); beside
     * what else is said of suicide it qualifies that ("denies SI but has been giving away her things"). Not "giving away
     * things I don't need": clearing out.
     */
    private static final String GIVING_AWAY_TEXT = "\\b(?:giv(?:ing|en|es|e)|gave) away (?:(?:(?:her|his|their|my|(?:all|some|most|a lot) (?:of )?(?:her|his|their|my)) )"
            + "(?:belongings|possessions|things|stuff|pets?|cat|dog)|(?:belongings|possessions)|"
            // "gave away her favorite hoodie on Sunday" (the roommate's report, at a crisis assessment)
            + "(?:her|his|their|my) (?:favou?rite|prized|treasured|most precious|beloved) \\w+)\\b";
    static final String CONCERNING_SI_TEXT = "\\b(?:thinking|thought|think|thinks)(?: a lot| so much| constantly| all the time)? about "
            + "(?:(?:my|the|his|her|their|a)(?: \\w+['’]s)?|\\w+['’]s) (?:gun|guns|pistol|handgun|rifle|shotgun|firearm|rope|bridge)"
            // (not "the gun show", "the bridge project")
            + "(?=\\s*(?:[.,;!?]|$)|\\s+(?:again|in|at|and|that|he|she|a lot|every|all|lately|sometimes)\\b)|"
            + "\\b(?:took|take|taken|taking) (?:a few|a couple|some|several|two|three|four|five) (?:extra|more)(?: of)? "
            + "(?:my |her |his |their |the )?(?:pills|meds|medications?|tablets|sleeping pills)\\b(?! (?:than|for (?:the )?(?:pain|headache)))|"
            + "\\b(?:wanted|want|wants|wanting) (?:it all|everything) to (?:stop|end)\\b|"
            + GIVING_AWAY_TEXT + "|"
            // "I keep a stash of pills in my nightstand just in case": means kept ready, for what the clinician asks
            + "\\b(?:stash|stockpile|hoard|supply) of (?:\\w+ )?(?:pills|meds|medications?|tablets)\\b[^.]{0,40}?\\bjust in case\\b|"
            + "\\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded)(?: up)? (?:my |her |his |their |the )?(?:\\w+ )?(?:pills|meds|"
            + "medications?|tablets)\\b[^.]{0,40}?\\bjust in case\\b|"
            // "I started saving up my pills.", "pt has been stockpiling her Seroquel": pills gathered, a warning sign whatever follows
            // (not "saving my meds for the trip", "saved money on my meds")
            + "\\b(?:saving up|saved up|stockpiling|stockpiled|stockpiles|hoarding|hoarded|hoards|stashing|stashed)(?: (?:all )?(?:of )?"
            + "(?:my|her|his|their|the))? (?:(?:extra|old|leftover|sleeping|pain|" + RiskScreen.MEDICINES + ") )?(?:pills|meds|medications?|"
            + "tablets|" + RiskScreen.MEDICINES + ")\\b|"
            // "I told my sister I won't be around much longer.", "I drove really fast on the highway hoping something would happen."
            + "\\bI (?:won't|will not|wouldn't|would not|won’t|wouldn’t) be (?:around|here) (?:much |for )?(?:longer|long|anymore)\\b|"
            // "I'm not going to be around much longer anyway."
            + "\\bI(?:'m|’m| am) not (?:going to|gonna) be (?:around|here) (?:much |for )?(?:longer|long|anymore)\\b|"
            + "\\b(?:drove|driving|drive|speeding|sped)\\b[^.]{0,40}?\\bhoping (?:something (?:bad )?(?:would|might|will) happen|I'?d? "
            + "(?:would |might )?(?:crash|die|get hit|not make it))\\b|"
            // "Sometimes I drive really fast and don't wear a seatbelt because I don't care what happens."
            + "\\b(?:drove|driving|drive|speeding|sped)\\b[^.]{0,60}?\\b(?:don't|do not|don’t|didn't|did not) (?:really )?care (?:what happens|"
            + "whether I (?:live|die|make it))\\b|"
            // "I don't trust myself around my pills right now.", "I'm afraid of what I might do to myself.", "I told my sister
            // where my will is, just in case.": a warning sign, for the clinician to ask about
            + "\\b(?:don't|do not|don’t|can't|cannot|can’t) trust (?:myself|herself|himself|themselves) (?:around|with|near) (?:my |her |his |their |"
            + "the |those |these )?(?:pills|meds|medications?|guns?|firearms?|knife|knives|razors?|blades?)\\b|"
            + "\\b(?:afraid|scared|worried|terrified|frightened) (?:of )?what (?:I|she|he|they) (?:might|could|would|will|'ll|’ll|may) do to "
            + "(?:myself|herself|himself|themselves)\\b|"
            + "\\b(?:where (?:my|her|his|their) will is|(?:updated|wrote|made|signed) (?:out )?(?:my|her|his|their|a) will)\\b[^.]{0,40}?\\bjust in case\\b|"
            // "I showed my brother where my will is and the passwords to everything.", "I've been saying goodbye to people",
            // "I put the dog's papers together so my sister can take her if anything happens": affairs put in order
            + "\\b(?:showed|shown|shows|show|showing) (?:[\\w'’]+ ){0,3}?where (?:my|the|her|his|their) (?:will|life insurance|insurance papers|"
            + "passwords|important papers) (?:is|are)\\b|"
            + "\\b(?:been|started|keep|keeps|kept|I'm|I’m|I am) saying goodbyes? to (?:people|everyone|everybody|my friends|friends|"
            + "my family)\\b|\\bsaying (?:my|her|his|their) goodbyes\\b|"
            + "\\b(?:getting|got|put|putting|have|had) (?:my|her|his|their) affairs in order\\b|"
            + "\\b(?:papers|things|everything|affairs) (?:together|in order)\\b[^.]{0,60}?\\bif (?:anything|something) (?:happens|happened|"
            + "were to happen|should happen)\\b|"
            // "Nobody would care if I was gone.", "I looked up how many Tylenol it would take.", "I wrote letters to my kids, just in
            // case.": a warning sign, for the clinician to ask about
            + "\\b(?:nobody|no one|no-one)(?: would| will|'d)? (?:care|notice|miss me)\\b[^.]{0,20}?\\bif I (?:was|were|am|'m|’m) "
            + "(?:gone|dead|not here|not around)\\b|"
            + "\\bhow many (?:[\\w'’]+ ){0,2}?(?:pills|tablets|tylenol|advil|ibuprofen|aspirin|acetaminophen|sleeping pills|xanax|ambien|"
            + "benadryl|melatonin|klonopin|ativan|oxy|oxycodone|percocet|vicodin|insulin|lithium|seroquel|trazodone)(?: [\\w'’]+){0,2}? (?:it would|it'd|it’d|would it|i would need to|i'd need to) (?:take|be enough)\\b|"
            + "\\b(?:wrote|writing|written|write) (?:goodbye |good-bye |farewell )?(?:letters?|notes?) (?:to|for) (?:my|everyone|each|all)\\b"
            + "[^.]{0,40}?\\bjust in case\\b|"
            // "Last night I took like ten of my Klonopin to knock myself out.": too many pills taken, to sleep or to numb, not
            // said to die: for the clinician to ask about
            + "\\b(?:took|taken|swallowed|popped) (?:like |about |maybe |around |probably |almost |over |at least )?(?:\\d{1,3}|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|fifteen|twenty|thirty|a handful|a bunch|a lot) (?:of )?(?:my |her |his |their |the )?(?:[\\w'’]+ ){0,2}?"
            + "(?:pills|tablets|meds|" + RiskScreen.MEDICINES + ")\\b[^.]{0,30}?\\bto (?:knock (?:myself|herself|himself|themselves) out|black out|"
            + "pass out|not feel|numb|sleep through|just sleep|get some sleep|make it stop|see what (?:would|will|might) happen)\\b|"
            // "I don't see a way out.", "I feel like a burden to everyone.": hopelessness, perceived burdensomeness; a warning sign
            // for the clinician to ask about (not "a way out of this contract", "a burden to carry")
            + "\\b(?:don't|do not|don’t|can't|cannot|can’t) see (?:a|any) way out\\b(?! of (?:the|this|my|her|his) (?!situation|pain|life)\\w+)|"
            + "\\bthere(?:'s|’s| is) no way out\\b(?! of (?:the|this|my) (?!situation|pain|life)\\w+)|"
            + "\\b(?:feel|feels|felt|feeling|I'm|I’m|I am) (?:like )?(?:a|such a|nothing but a) burden (?:to|on) (?:everyone|everybody|my|people|them|"
            + "all of them)\\b|"
            // "I keep thinking I should just end it.": of life, or of a relationship (not "end it with him")
            + "\\b(?:I|she|he|they) (?:should|could|might|want to|wanna|am going to|'m going to|’m going to|'m gonna|’m gonna) "
            + "(?:just )?end it(?![\\w-]| all| with| between| off)|"
            // "You know. Ending it.": said of life, or of a relationship; a clinician asks which ("ending it all" is of life: not
            // here, where a mention matched alone had read "I just want to end it all" unclear)
            + "^\\W*(?:just )?(?:ending|end) it(?=\\s*(?:[.!?]|$))";
    private static final Pattern GIVING_AWAY = Pattern.compile(GIVING_AWAY_TEXT, Pattern.CASE_INSENSITIVE);
    /** "if I leave", "if I ever tell anyone", "if I call the police": what a partner threatens to punish. */
    private static final String LEAVING = "(?:I|we) (?:ever )?(?:leave|left|tell|told|call|called|go to|went to|try to leave|take the kids|"
            + "report|break up)\\b";
    /**
     * Financial exploitation by family, a carer or a partner: "My son has been taking money out of my account without asking",
     * "she stole my checkbook", "nephew forged my signature on checks". Someone other than the client does it ("I took money
     * out of my account for rent" is no harm).
     */
    static final String FINANCIAL_EXPLOITATION_TEXT = "(?=(?:has |had |have |keeps |kept )?(?:been )?(?:tak|took|withdr|steal|stole|drain|"
            + "empt|clean|hid|control|keep|kept|cash|forg|us|open|maxed))"
            // (the lookahead first: the lookbehind is costly tried at every position of every sentence)
            + "(?<=\\b(?:son|daughter|grandson|granddaughter|grandkids?|nephew|niece|caregiver|"
            + "carer|aide|in-law|husband|wife|partner|boyfriend|girlfriend|brother|sister|ex|he|she|they|someone|somebody)\\b[^.;!?]{0,60} )"
            + "(?:(?:(?:has|had|have) been |keeps |kept )?(?:(?:taking|took|takes|taken|withdrawing|withdrew|withdraws)"
            + "(?=[^.;]{0,60}\\bwithout (?:asking|permission|telling|my|her|his|their)\\b)|stealing|stole|steals|stolen|draining|drained|drains) "
            + "(?:(?:the |some |all (?:of )?(?:the |my |her |his |their )?)?(?:money|cash|funds|savings)|\\$[\\d,]+|[\\w-]+ (?:hundred |thousand )?dollars) "
            + "(?:out of|from) (?:my|her|his|their|our) (?:joint |bank |checking |savings )?(?:accounts?|savings|pension|retirement|wallet|purse)\\b|"
            + "(?:drain\\w*|emptied|empties|emptying|cleaned out|cleaning out|cleans out) (?:my|her|his|their|our) (?:joint |bank |checking |savings )?"
            + "(?:accounts?|savings|retirement)\\b|"
            + "(?:stole|steals|stolen|stealing|hid|hides|hiding|took away|takes away|controls|controlling|keeps|kept|cashes|cashed|cashing|"
            + "(?:took|takes|taken|taking)(?=[^.;]{0,60}\\b(?:without (?:asking|permission|telling|my|her|his|their)|won't give (?:it|them) back)\\b)) "
            + "(?:my|her|his|their) (?:checkbook|bank cards?|debit cards?|credit cards?|pension(?: checks?)?|social security(?: checks?)?|"
            + "paychecks?|disability checks?|benefits)\\b|"
            + "forg(?:ed|es|ing) (?:my|her|his|their) (?:signature|name)\\b|"
            + "(?:used|using|uses|opened|opening|maxed out) (?:a |my |her |his |their )?(?:credit cards?|identity|name|cards?)(?: \\w+){0,3} "
            + "without (?:my|her|his|their) (?:permission|knowledge|consent)\\b)";
    /**
     * Sexual violence in the words clients use for it: "He forced himself on me", "I told him no and he didn't stop", "I woke
     * up and he was on top of me", "someone put something in my drink", "if I don't send more pictures he'll post the ones he has".
     */
    static final String SEXUAL_VIOLENCE_TEXT = "\\bforced (?:himself|herself|themselves) on (?:me|her|him|them)\\b|"
            + "\\b(?:told|said|kept telling|kept saying)(?: (?:him|her|them))? (?:no|to stop)\\b,?(?: and| but)? (?:he|she|they) (?:didn't|did not|"
            + "wouldn't|would not|didn’t|wouldn’t) stop\\b|"
            + "\\b(?:he|she|they) (?:kept going|didn't stop|wouldn't stop|did not stop|would not stop) (?:when|after|even (?:though|when|after)) "
            + "(?:I|she|he) (?:said|told (?:him|her|them)) (?:no|to stop|stop)\\b|"
            + "\\b(?:woke up|came to|came around)(?: and| to find)? (?:he|she|someone|somebody|a guy|this guy|him|her) (?:was |were )?"
            + "(?:on top of me|touching me|undressing me|inside me|having sex with me)\\b|"
            + "\\b(?:made|makes|forced|forces|pressured|pressures) (?:me|her|him|them) (?:to )?do (?:sexual )?(?:things|stuff) (?:I|she|he|they) "
            + "(?:didn't|did not|don't|do not|didn’t|don’t) want to\\b|"
            // "He sits on my bed and he touches me.", "He touches me under my clothes."
            + "\\b(?:he|she|they) (?:sits|sat|lies|lay|gets|got|climbs|climbed) (?:on|in|into) my bed\\b[^.]{0,30}?\\btouch(?:es|ed|ing)? "
            + "me\\b|\\btouch(?:es|ed|ing)? (?:me|her|him|them) (?:under (?:my|her|his|their) (?:clothes|shirt|pants|underwear|"
            + "skirt|pajamas)|down there|(?:on|between) (?:my|her|his|their) (?:private|privates|breasts?|chest|butt|crotch|legs))\\b|"
            // "When I was eight my stepdad would make me touch him."
            + "\\b(?:made|make|makes|making|forced|forces|forcing|tried to make|try to make) (?:me|her|him|them) touch (?:him|her|them|his|hers|"
            + "it|him ?self|her ?self|themselves|(?:his|her|their) (?:private|privates|genitals|penis|body))\\b|"
            + "\\bif (?:I|she|he|they) (?:don't|do not|won't|will not|didn't|don’t|won’t|refuse\\w*) (?:send|give|do)\\b[^.]{0,40}?\\b"
            + "(?:post|share|send|leak|show)\\w* (?:the |my |her |his |those |these |all )?(?:pictures|photos|pics|nudes|videos?|ones)\\b";
    /**
     * Sexual exploitation, trafficking: "he says if I'm nice to them it helps pay the rent", "it's called sexual exploitation",
     * "sex for a place to stay".
     */
    static final String EXPLOITATION_TEXT = "(?<!\\b(?:denies|denied|no|without|never|negative for)(?: any)? )(?:\\bsexual(?:ly)? exploit\\w*|"
            + "\\b(?:sex|human|child sex) traffick\\w*+(?! (?:hotline|hot line))|\\btraffick(?:ed|ing)\\b(?! (?:hotline|hot line))|(?-i:\\bCSEC\\b)|\\bcommercial(?:ly)? sexual(?:ly)? exploit\\w*)|"
            + "\\bif (?:I|she|he|they)(?:'m|’m| am| is| are| was| were) nice to (?:them|his friends|her friends|those guys|the guys|men)\\b[^.]{0,40}?"
            + "\\b(?:pay|rent|money|bills|owe)\\b|\\b(?:sex|sexual (?:things|stuff|favou?rs)) for (?:money|cash|drugs|rent|a place to stay|food)\\b";
    /** A drink spiked: "Someone put something in my drink at the party." */
    static final String DRUGGED_TEXT = "\\b(?:put|puts|slipped|spiked|dropped) (?:something|a drug|drugs|a pill|pills|\\w+) in(?:to)? "
            + "(?:my|her|his|their) drinks?\\b|\\b(?:my|her|his|their) drinks? (?:was|were|got|had been) (?:spiked|drugged)\\b";
    /** Peer victimization: "I've been bullied at school", "They posted a video of me in the locker room". */
    /** Whether the clinician asks about {@code domain} again in the next few turns after the answer at {@code answered}. */
    private static boolean askedAgain(Domain domain, List<Unit> units, int answered) {
        int turn = units.get(answered).turn();
        return units.subList(answered + 1, units.size()).stream().takeWhile(u -> u.turn() <= turn + 4)
                .anyMatch(u -> u.role() == Role.CLINICIAN && u.isQuestion() && QUESTIONS.get(domain).matcher(u.text()).find());
    }

    /** Acting on the thoughts denied: "But I'd never do anything.", "he would not do anything to himself". */
    private static final Pattern NEVER_ACT = Pattern.compile("\\b(?:I|he|she|they)(?:'d|’d| would)? (?:never|not) (?:ever )?(?:do anything"
            + "(?: to (?:myself|himself|herself|themselves))?|act on (?:it|them|that|those)|hurt (?:myself|himself|herself|themselves)|"
            + "harm (?:myself|himself|herself|themselves))\\b|\\bI (?:wouldn't|won't|would not) (?:ever )?(?:do anything|act on (?:it|them)|"
            + "hurt myself)\\b|\\bI(?:'m|’m| am) not going to (?:do anything|act on (?:it|them))\\b", Pattern.CASE_INSENSITIVE);
    static final String HANDS_ON_TEXT = "\\bI (?:\\w+ ){0,2}?(?:grabbed|yanked|squeezed|twisted|pinched|shook|shoved|pushed) (?:him|her|them|"
            + "(?:his|her|their) (?:wrists?|arms?|hands?|shoulders?|neck|hair|face))\\b(?=[^.;]{0,40}?\\b(?:hard|roughly|violently|"
            + "and (?:yelled|screamed|shouted)|bruis\\w*|(?:left|leaving) a mark))";
    static final String BULLYING_TEXT = "\\b(?:bullied|bullying|bullies|cyber-?bull\\w*)\\b(?! (?:others|other kids|his|her|their|my (?:brother|sister))\\b)|"
            + "\\b(?:posted|posting|shared|sharing|spread|spreading|sent around|sending around) (?:a |an |the |some )?(?:video|photo|picture|pic|"
            + "nude|screenshot)s? of (?:me|her|him|them)\\b|"
            // "Some guys on the team filmed me in the locker room after practice and posted it."
            + "\\b(?:filmed|recorded|photographed) (?:me|her|him|them)\\b(?=[^.]{0,60}\\b(?:posted|shared|sent|spread)\\b)|\\bharass(?:ed|ing|es|ment)\\b";
    /** "eight", "15", "little": how old the client was then, in "when I was ...". */
    private static final String AGE_THEN = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|little|young|small|"
            + "a (?:child|kid|little (?:girl|boy)))\\b";

    /**
     * Words that suggest abuse in childhood without naming it, for the clinician to ask about: "My uncle used to come into my room
     * at night when I was little.", "He comes into my room at night when my mom's asleep." Unclear, unless denied (not "used to
     * come into my room to read to me", "My dog comes into my room at night").
     */
    static final String CONCERNING_ABUSE_TEXT = "\\b(?:(?:used to|would) (?:come|sneak|creep|climb|get)|(?:he|she|they|stepdad|stepfather|uncle|"
            + "boyfriend|brother|stepbrother|cousin|grandpa|grandfather) (?:comes|sneaks|creeps|keeps coming|has been coming|came|snuck|crept)) "
            + "(?:in|into) (?:my|her|his|their) "
            + "(?:room|bed|bedroom)(?: at night| in the night)?(?: when (?:everyone|everybody|my (?:mom|mother|dad|father|parents))(?:'s|’s| is| are| was| were) "
            + "(?:asleep|out|gone|at work))?(?=\\s*(?:[.;!?]|$)|,? when (?:I|she|he|they) (?:was|were) " + AGE_THEN + "(?=\\s*(?:[.;!?,]|$)))";
    private static final Pattern CONCERNING_ABUSE = Pattern.compile(CONCERNING_ABUSE_TEXT, Pattern.CASE_INSENSITIVE);
    private static final String WILL_KILL = "(?:he|she)(?:'ll|’ll| will| would|'d|’d| is going to| was going to| was gonna| is gonna) "
            + "(?:kill|hurt|beat|shoot|stab|strangle|choke) (?:me|us|my)\\b";
    static final Pattern CONCERNING_SI = Pattern.compile(CONCERNING_SI_TEXT, Pattern.CASE_INSENSITIVE);
    /** A thought named as the object of cognitive work: "cognitive restructuring re: ...", "challenged the thought ...". */
    private static final Pattern COGNITION_WORKED_ON = Pattern.compile("\\b(?:restructur\\w*|reframe\\w*|reframing|challeng\\w* (?:the|this|that|"
            + "her|his|their) (?:thought|belief)|thought records?|cognitive distortions?|core beliefs?|automatic thoughts?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A warning sign of violence to others, for the clinician to ask about: "Sometimes I think about bringing my dad's gun to
     * school, just to scare them.", "I have a list of the people who did this to me.", "I want to make them pay."
     */
    static final String CONCERNING_HI_TEXT = "\\b(?:bring|bringing|brought|brings|take|taking|took|takes|carry|carrying|carried) "
            + "(?:(?:a|my|his|her|their|the) )?(?:[\\w'’]+ )?(?:(?:gun|weapon|rifle|pistol|handgun|shotgun|firearm) (?:to|into) "
            + "(?:school|class|work|the office|campus|the building|practice|church)|knife (?:to|into) (?:school|class|campus))\\b|"
            + "\\b(?:have|has|had|got|made|making|wrote|writing|keep|keeping|kept|started) a list of (?:the )?(?:people|kids|names|everyone|"
            + "guys|girls|teachers|students)(?: who| that| at)\\b|"
            + "\\bmake (?:them|him|her|everyone|all of them|those \\w+) pay(?=\\s*(?:[.,;!?]|$)| for (?:what|this|that|it)\\b)|"
            // "Sometimes I imagine strangling my husband when he snores.": a violent thought, for the clinician to ask about
            + "\\b(?:imagine|imagined|imagining|picture|pictured|picturing|fantasi[sz]e|fantasi[sz]ed|fantasi[sz]ing|daydream|daydreamed|"
            + "daydreaming) (?:about )?(?:strangling|choking|killing|hurting|stabbing|shooting|beating|punching|hitting|smothering|"
            + "running over) (?:him|her|them|people|someone|somebody|everyone|(?:my|his|her|their|that|this|the) (?:husband|wife|partner|"
            + "boss|dad|father|mom|mother|brother|sister|son|daughter|baby|kids?|boyfriend|girlfriend|ex|neighbou?r|coworker|co-worker|"
            + "roommate|teacher|manager|guy|man|woman|kid))\\b";
    private static final Pattern CONCERNING_HI = Pattern.compile(CONCERNING_HI_TEXT, Pattern.CASE_INSENSITIVE);

    private static final Pattern MY_OR_THE = Pattern.compile("\\b(?:my|the)\\b", Pattern.CASE_INSENSITIVE);

    /** "I used them on my arms": the blades named before, in the same sentence or the one before it in the turn. */
    static final String USED_THEM_ON_TEXT = "used (?:them|it|one) on (?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?|skin|stomach|forearms?)\\b";
    private static final Pattern USED_THEM_ON = Pattern.compile("\\b" + USED_THEM_ON_TEXT, Pattern.CASE_INSENSITIVE);
    private static final Pattern BLADES = Pattern.compile("\\b(?:razors?|razor ?blades?|blades?|knife|knives|box cutters?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<Domain, Pattern> MENTIONS = new LinkedHashMap<>();
    private static final String SUBSTANCE_ABUSE_NOT = "(?=abus)(?<!(?:substance|alcohol|drug|opioid|opiate|cannabis|marijuana|cocaine|stimulant|"
            + "polysubstance|prescription|medication|benzodiazepine|benzo|nicotine|tobacco|meth|methamphetamine|heroin|inhalant|"
            + "etoh|ETOH|EtOH|substance use and|alcohol and drug|drug and alcohol|alcohol/drug|drug/alcohol) )";
    /** An injury by accident: "I burned myself on the stove making dinner", "cut myself shaving", "hurt myself at the gym". */
    private static final String ACCIDENT = "(?![^.;]{0,40}\\b(?:on (?:the|a) (?:stove|oven|iron|grill|pan|pot|kettle|nail|glass)|shaving|"
            + "cooking|making (?:dinner|lunch|breakfast)|at the gym|pulled a muscle|by accident|accidentally|slipped|tripped|fell|"
            + "playing (?:soccer|football|basketball|ball|hockey|sports?)|(?:cupboard|cabinet|car) door)\\b)";
    /** Medicines an overdose is thought of with, by name: "thought about taking all of her sertraline". */
    /** "SA" is a suicide attempt where a count or a method follows it ("hx of SA x2 (OD 2019, 2021)"), not substance abuse. */
    static final String SA_IS_ATTEMPT = "(?=\\s*(?:x\\s?\\d|\\((?:OD|overdose|hanging|cutting|\\d{4})|by (?:OD|overdose|hanging|cutting|"
            + "gunshot|jumping)|via (?:OD|overdose)))";
    static final String MEDICINES = "sertraline|fluoxetine|escitalopram|citalopram|paroxetine|bupropion|venlafaxine|"
            + "duloxetine|mirtazapine|trazodone|quetiapine|olanzapine|lithium|lamotrigine|lorazepam|clonazepam|alprazolam|diazepam|"
            + "zolpidem|ambien|xanax|klonopin|valium|tylenol|acetaminophen|paracetamol|ibuprofen|aspirin|insulin|oxycodone|"
            + "percocet|vicodin|hydrocodone|morphine|fentanyl|methadone|gabapentin|painkillers|sleeping pills|prescription|"
            // brand names said in sessions
            + "seroquel|zoloft|prozac|lexapro|celexa|paxil|wellbutrin|effexor|cymbalta|remeron|zyprexa|lamictal|ativan|neurontin|"
            + "norco|tramadol|benadryl";
    /**
     * After "overdose": not an accidental overdose of a drug taken to get high ("overdosed on fentanyl and was revived
     * with Narcan", "the overdose was accidental"), which is a risk of its own but no suicidal ideation.
     */
    static final String NOT_ACCIDENTAL = "(?! (?:risk|prevention|education|reversal|kits?|response|training)\\b)"
            // ("I basically overdosed on coffee before the exam": too much of something harmless)
            + "(?! on (?:coffee|caffeine|sugar|candy|chocolate|energy drinks?|red bull|netflix|tv|television|social media|screens?|"
            + "work|studying|cookies|junk food|pizza|carbs|exercise|podcasts|news)\\b)(?![^.;]{0,80}\\b(?:accident\\w*|unintention\\w*|fentanyl|heroin|opioids?|opiates?|"
            + "narcan|naloxone|get(?:ting)? high)\\b)(?<!\\b(?:accidental|unintentional|opioid|fentanyl|heroin|drug) overdos\\w{0,6})"
            // ("We had three overdoses on Tuesday alone, and one of them didn't make it.": a paramedic's calls, others' overdoses)
            + "(?<!\\b(?:we|they|crew|unit|ER|ED) (?:had|saw|got|ran|treated|ran on|responded to|brought in|have had|'ve had|’ve had|have seen|"
            + "'ve seen|’ve seen) (?:\\w{1,12} )?overdos\\w{0,6})";

    /**
     * Dying together with another, a child most often: "maybe we should both go to God together", "the baby and I would be
     * better off in heaven". Suicidal ideation, and homicidal ideation toward the other (an extended suicide).
     */
    static final String EXTENDED_SUICIDE_TEXT = "\\b(?:maybe )?(?:we|she and I|he and I|me and (?:her|him|the baby)|the baby and (?:I|me)|"
            + "(?:my|the) (?:baby|son|daughter|kids|children) and (?:I|me)) (?:should|could|would|will|can|might|need to)(?: just)? "
            + "(?:both |all )?(?:go to (?:god|heaven|jesus|sleep forever)|be with (?:god|jesus)|die|be (?:better off )?(?:dead|in heaven)|"
            + "leave this world|not wake up)(?: together)?\\b";

    static final Pattern EXTENDED_SUICIDE = Pattern.compile(EXTENDED_SUICIDE_TEXT, Pattern.CASE_INSENSITIVE);

    /**
     * A wish to die in other words: "I told God he can take me any time" (a believer's), "some nights I pray I don't wake up".
     * A finding of its own, and passive where it qualifies one ({@link RiskQualifiers}).
     */
    static final String WISH_IN_OTHER_WORDS = "\\b(?:god|the lord|jesus|he)\\b[^.;]{0,25}?\\b(?:can|could|should|may|might|will|would) "
            + "(?:just |come and |come )?take me\\b|(?:pray|prayed|praying|hope|hoped|hoping) (?:that )?(?:i|she|he|they) (?:don't|do not|"
            + "won't|will not|wouldn't|would not|didn't|did not|never) wake up\\b|"
            // "I'm just waiting around to die, honestly" (an older adult's passive wish)
            + "\\b(?:i'm|i’m|i am|i've been|i’ve been|pt is|client is)(?: just| basically| only| really)? waiting (?:around )?(?:to die|for (?:death|the end))\\b|"
            // "He prays that God will take him soon.", relayed by an interpreter, "Pt prays God will take her": the one who prays
            + "\\b(?:pt|client|patient|he|she|they) (?:prays|prayed|hopes|hoped) (?:that )?(?:god|the lord|allah|jesus) (?:will|would|could|might) "
            + "(?:just |come and )?take (?:him|her|them)\\b";

    /**
     * SI or HI typed in lower case, where only a note's shorthand puts it: "denies si/hi", "+si", "hi: none". Alone, "Hi." is a
     * greeting ("Mother: Hi." had charted homicidal ideation endorsed).
     */
    private static final String LOWER_CASE_ABBREVIATION = "(?:(?<=\\b(?:si|hi|sh)/)%1$s\\b|\\b%1$s(?=/(?:si|hi|sh)\\b)"
            + "|(?<=\\b(?:denies|denied|denying|no|endorses|endorsed|reports|passive|active|any) )%1$s\\b|(?<=[+-])%1$s\\b|\\b%1$s(?=\\s*:))";

    /** A passive death wish said through a "wouldn't": "it wouldn't be the worst thing not to wake up", "wouldn't mind dying". */
    static final String WOULD_NOT_MIND = "(?:wouldn't|would not|wouldn’t|won't)(?: really)? (?:be (?:the worst thing|a bad thing|such a bad "
            + "thing|so terrible|the end of the world)(?: in the world)?|mind|care)(?: it)? (?:if (?:i|she|he|they) (?:just )?(?:(?:didn't|"
            + "did not|didn’t|never|don't) (?:wake|woke) up|died|was dead|were dead|wasn't here|weren't here)\\b|(?:to )?(?:just )?(?:not|never) "
            + "(?:to )?(?:wake|waking) up|dying)";

    /** "feels safe at home": said without a "not", a denial of abuse in its own words. */
    private static final String FEELS_SAFE = "(?<!not |n't |n’t |never )\\b(?:feels?|felt|feeling) (?:completely |totally |very |quite )?safe "
            + "(?:at home|in (?:the|her|his|their|my) (?:relationship|home|marriage|house)|with (?:him|her|them|(?:her|his|their|my) "
            + "(?:partner|husband|wife|boyfriend|girlfriend|spouse)))\\b";
    private static final Pattern FEELS_SAFE_PATTERN = Pattern.compile(FEELS_SAFE, Pattern.CASE_INSENSITIVE);

    static final Map<Domain, Pattern> QUESTIONS = new LinkedHashMap<>();

    /** Whether {@code text} speaks of a risk at all, as a finding or as a question would ("do not want to go on living"). */
    static boolean mentionsRisk(String text) {
        return MENTIONS.values().stream().anyMatch(p -> p.matcher(text).find()) || QUESTIONS.values().stream().anyMatch(p -> p.matcher(text).find());
    }

    static {
        int ci = Pattern.CASE_INSENSITIVE;
        MENTIONS.put(Domain.suicidal_ideation, Pattern.compile(
                // "thoughts of ending it", "I want to end it": "it" is one's life, unless a relationship or a job is ended
                "(?:(?:thoughts?|thinking|thought|think) (?:of|about)|want(?:ed|s)? to|wanting to) end(?:ing)? (?:it|things)\\b(?!\\s+(?:with|between|at|off|all)\\b)|"
                        // "maybe we should both go to God together": dying together with another (a mother and her baby)
                        + EXTENDED_SUICIDE_TEXT + "|"
                        // "I came up here to jump.", "She drove to the bridge to jump.": the method, at its place
                        + "\\b(?:came|drove|went|walked|climbed) (?:up |out |down )?(?:here|there|to (?:the|a) \\w+(?: \\w+)?) to (?:jump|"
                        + "kill (?:myself|herself|himself|themselves)|end (?:it|my life|her life|his life|their life))\\b|"
                        // a safety contract: about suicide, but neither a denial nor an endorsement (see SAFETY_CONTRACT)
                        + SAFETY_CONTRACT_TEXT + "|"
                        // the abbreviation in capitals, or in lower case where notes use it so ("denies si/hi"); not "Sí" nor "si"
                        + "(?-i:\\bSI\\b|\\bS/HI\\b)|" + LOWER_CASE_ABBREVIATION.formatted("si") + "|suicid\\w*+(?! (?:(?:is|was|would be) against|risk|screen\\w*|prevention|precautions|hotline|lifeline|and crisis|"
                        + "assessment|severity|protocol|scale|inventory)\\b)(?<!\\brisk of suicide)|kill(?:ing)? (?:my|her|him|them)sel(?:f|ves)"
                        // (not "killing myself at the gym", "killing myself laughing")
                        + "(?! (?:at the gym|at practice|at training|in the gym|laughing|trying to (?:finish|get|make|keep|meet|catch))\\b)|end(?:ing)? (?:my|her|his|their|it) (?:own )?(?:life|all)|"
                        + "take (?:my|her|his|their) (?:own )?life|better off (?:dead|without me)|wish(?:ed)? (?:i|she|he|they) (?:was|were) dead|"
                        // "I wish I wasn't alive", "... had never been born"
                        + "wish(?:ed)? (?:i|she|he|they) (?:wasn't|weren't|was not|were not) (?:alive|around(?=\\s*(?:[.,;!?]|$|any ?more)))|"
                        + "wish(?:ed)? (?:i|she|he|they) (?:had never been|was never|were never|hadn't been) born\\b|"
                        // "Sometimes I wish I'd never been born.", "I'm tired of living."
                        + "wish(?:ed)? (?:i|she|he|they)(?:'d|’d) never been born\\b|\\btired of (?:living|being alive|life)\\b(?! (?:in|with|at|on|like)\\b)|"
                        // "I overdosed on purpose two years ago."
                        + "\\boverdosed on purpose\\b|"
                        + "(?:don't|do not|didn't|not) want(?:ing)? to (?:live|be alive|wake up|exist|"
                        // "not wanting to be around" said of being alive, not of someone ("around him when he drinks")
                        + "be around(?: any ?more)?(?=\\s*(?:[.,;!?]|$))|"
                        // (not "I don't want to be here anymore, I mean at this company", "... here, in this town")
                        + "be here(?!(?: anymore)?,? (?:i mean |like )?(?:at|in|with) (?:this|the|my|our) (?:\\w+ )?(?:company|job|work|town|city|"
                        + "place|apartment|house|school|class|office|relationship|marriage|country|state|program|team|department)\\b))|"
                        // "Nothing like wanting to not be here.": the same wish, its infinitive split
                        + "\\bwant(?:s|ed|ing)? to not (?:live|be alive|wake up|exist)\\b|"
                        + "\\bwant(?:s|ed|ing)? to not be (?:here|around)(?=\\s*(?:[.,;!?]|$|any ?more))|"
                        + "(?:want|wants|wanted|wanting|wish|wishes|wished) to (?:die|be dead)(?! (?:of|from) (?:embarrassment|shame|laughter|boredom)|"
                        // (nor "I wanted to die when I tripped on stage": mortified)
                        + " when (?:i|she|he|they) (?:tripped|fell over|slipped|spilled|dropped|forgot (?:my|her|his|their) lines|walked in on|"
                        + "saw (?:the|my|that) (?:photo|picture|video)))|no reason to live|thoughts of death|passive (?:death )?wish|passive (?:suicidal )?(?:thoughts|ideation)|"
                        + "not (?:to )?(?:wake|waking) up|disappear forever|overdos\\w*+" + NOT_ACCIDENTAL + "|(?:easier|better) (?:off )?(?:for (?:everyone|everybody|them|my \\w+) )?if (?:i|she|he|they) (?:just )?"
                        + "(?:disappeared|wasn't here|weren't here|was gone|were gone|died|didn't exist|wasn't around|weren't around|was dead|"
                        + "were dead|wasn't alive)|"
                        + "(?:easier|better) (?:for everyone )?(?:not to|to not|to (?:just )?not) (?:just )?(?:be here|be alive|exist|wake up|be around)|"
                        + "(?=want|wish)(?<!(?:embarrassed|mortified|humiliated|ashamed|awkward) (?:that )?(?:i|she|he|they) )"
                        + "(?:want|wanted|wish|wished) (?:i could |to )(?:just )?disappear(?!\\s+into\\b|\\s+(?:through|under|in) (?:the |a )?"
                        + "(?:floor|ground|wall|crowd|background|woodwork|hole|couch|chair)|\\s+(?:from|out of) (?:the )?(?:room|party|meeting|"
                        + "conversation|class|call)"
                        // ("I just want to disappear for a while, go somewhere nobody knows me": to get away, not to die)
                        + "|\\s+for (?:a while|a bit|a few (?:days|weeks)|the weekend|a week|a day)|,? (?:and )?(?:go|move|start over|run away)\\b)|"
                        + WISH_IN_OTHER_WORDS + "|"
                        + "\\bready to (?:go|die|be with (?:her|him|them|my (?:wife|husband)))\\b(?! (?:home|out|to|back|now,? (?:i|we)))|"
                        // a passive death wish: "life isn't worth living", "no point in living", "never wake up"
                        + "(?:life|living|it all) (?:is(?:n't|n’t| not)|was(?:n't|n’t| not)|(?:does|did)(?:n't|n’t| not) (?:feel|seem)|not|no longer|"
                        + "(?:is|was) (?:not|no longer)(?: really| even)?) (?:really |even )?worth (?:living|it anymore|going on(?! (?:like|with|this|that|in|at|the|a|an|another|vacation|holiday|dates?|trips?|tour|about)\\b))|not worth living|"
                        // ("What's the point of living anyway?": the same, asked)
                        + "(?:no|(?:don't|do not|can't|cannot|didn't) see (?:the|any|a)|what(?:'s|’s| is) the) point (?:in|to|of) (?:living|going on(?! (?:like|with|this|that|in|at|the|a|an|another|vacation|holiday|dates?|trips?|tour|about)\\b)|being alive|being here)|"
                        + "(?:sleep|asleep) and never (?:wake|waking) up|never (?:wake|waking) up again|"
                        // "it wouldn't be so bad if I didn't wake up" (the match opens at the "wouldn't", which is no denial)
                        // "I drive really fast on purpose, like I don't care if I crash"
                        + "(?:don't|do not|didn't|did not|don’t) (?:really )?care if (?:i|she|he|they) (?:crash|crashed|die|died|live|lived|wake up|woke up|get hurt|"
                        + "got hurt|get killed|got killed)\\b|"
                        + "(?:wouldn't|would not|wouldn’t|won't|would(?:n't| not) really) be (?:so |that |too |all that )?bad if (?:i|she|he|they) "
                        + "(?:just )?(?:didn't|did not|didn’t|never|don't|died)\\b|"
                        + "(?:easier|better|fine|okay|ok|a relief|nice|peaceful) if (?:i|she|he|they) (?:just )?(?:didn't|did not|didn’t|never) "
                        + "(?:wake|woke) up|"
                        // "if I just didn't wake up it would be easier for everybody": the same wish, the condition first
                        + "\\bif (?:i|she|he|they) (?:just )?(?:didn't|did not|didn’t|never|don't|do not|wouldn't) (?:wake|woke) up,? "
                        + "(?:it|things|everything|everyone|everybody|life)(?:'d|’d| would| will|'ll) be (?:\\w+ )?(?:easier|better|fine|a relief|okay)|"
                        // "it wouldn't be the worst thing not to wake up", "I wouldn't mind if I didn't wake up": the same wish
                        + WOULD_NOT_MIND + "|"
                        + CONCERNING_SI_TEXT + "|"
                        // "she feels like a burden to her family and that they would be better off without her"
                        + "\\bburden\\b[^.;]{0,80}?\\bbetter off without (?:me|her|him|them)\\b|"
                        // a method thought of: "driving my car into a wall", "jumping off the bridge", "hanging myself"
                        + "(?:hang|hanging|hanged|shoot|shooting) (?:my|her|him|them)sel(?:f|ves)\\b|"
                        + "(?:think|thinks|thinking|thought|thoughts) (?:a lot |sometimes |often |just )?(?:about|of) (?:just )?[\"“']?(?:dying|being dead|not being (?:here|alive|around)(?=[\"”']|\\s*(?:[.,;!?]|$|any ?more)))|"
                        // a method looked up or thought of: "looking up ways to do it online", "how many pills it would take",
                        // "letting go of the wheel on the highway"
                        + "(?:look\\w* up|search\\w*(?: for| up)?|research\\w*|googl\\w*|read\\w* about) (?:ways|how|methods) to (?:kill (?:my|her|him|them)sel\\w*|"
                        + "end (?:it|my life|things)|die|overdose)\\b|(?:ways|methods) to do it(?=\\s*(?:[.,;!?]|$|online|on the internet))|how many (?:\\w+ )?(?:pills|tablets) it would take\\b|"
                        // "I looked up how many of my mom's sleeping pills it would take."
                        + "how many (?:of )?(?:[\\w'’]+ ){0,4}?(?:pills|tablets|capsules) (?:it would|it'd|it’d|would it) take\\b|"
                        + "(?:thought|think\\w*|want\\w*|urges?|tempted|imagin\\w*|wish\\w*) (?:about |of |to )?(?:just )?(?:let|letting) go of the (?:steering )?wheel\\b|"
                        + "(?:what if|wish(?:ed)?|if only) (?:i|she|he|they) (?:just )?(?:didn't|did not|wouldn't|would not|never) (?:wake|woke|waking) up\\b|"
                        // "I've been thinking maybe I should just drive off a bridge."
                        + "\\b(?:should|could|want to|wanted to|wanna|going to|gonna|might) (?:just )?(?:drive|jump|walk|step|run) (?:off|into|in front of|"
                        + "from) (?:a|the|that) (?:bridge|cliff|building|roof|train|truck|bus|traffic|overpass|river|lake|tree|wall|parking garage)\\b|"
                        // "Sometimes when I'm driving I think how easy it would be to just swerve."
                        + "\\bhow easy it (?:would|'d|’d) be to (?:just )?(?:(?:swerve|crash)(?=\\s*(?:[.,;!?]|$|into|off))|drive off|jump|step off|step in front|let go of the wheel|"
                        + "take (?:all )?(?:my|the|those) (?:pills|meds)|end it)\\b|"
                        // "Sometimes I want to crash my car."
                        + "\\b(?:want|wanted|wanting|wish|wished|urges?|tempted) to (?:just )?crash (?:my|her|his|their|the) car\\b|"
                        + "(?:think|thinks|thinking|thought|thoughts|imagin\\w*) (?:about|of) (?:just )?(?:driving (?:my|her|his|their|the) car (?:into|off)|"
                        + "crashing (?:my|her|his|their|the) car|jumping (?:off|from) (?:a|the|that)|(?:jumping|stepping|walking) in front of (?:a|the)|"
                        + "driving (?:off|into) (?:the|a) (?:road|bridge|wall|tree|overpass|cliff|median|river|lake|pole|guardrail|barrier|truck)|"
                        + "swerv\\w* (?:the car |my car )?into (?:oncoming traffic|traffic|(?:a|the) (?:tree|wall|pole|truck|median|guardrail|bridge|barrier|"
                        + "semi|ditch|river|lake))|"
                        + "overdosing|slitting (?:my|her|his|their) wrists|"
                        // "I looked at the bridge on my way home and thought about jumping."
                        + "jumping\\b(?<=\\b(?:bridge|roof|rooftop|building|ledge|balcony|cliff|overpass|parking garage|tracks)\\b[^.]{1,80}))|"
                        // "his family would be better off without him": the death wish reported in the third person
                        + "(?:everyone|everybody|family|others|people|kids|children) (?:would|'d) be (?:better off|fine|okay|ok|happier) without (?:me|him|her|them)\\b|"
                        // "Sometimes I think everyone would be safer if I wasn't around." (of a client afraid of his own thoughts)
                        + "(?:everyone|everybody|my family|the kids|people) (?:would|'d) be (?:better off|safer|happier) if (?:I|he|she|they) "
                        + "(?:wasn't|weren't|was not|were not) (?:around|here|alive)\\b|"
                        // "Sometimes I think Emma would be better off without a monster like me.": someone named, and the client as a
                        // burden to them
                        + "\\bwould be better off without (?:a|an) (?:[\\w'’-]+ ){1,3}like (?:me|him|her|them)\\b|"
                        // "I had the thought that everybody would be better off, but it passed.": the same, without "without me"
                        // (not "I think everybody would be better off if the manager left")
                        + "(?:thought|think|thinking|feel|felt|feeling) (?:that |like )?(?:everyone|everybody|my family|my kids|they) (?:would|'d|’d) "
                        + "(?:all )?be better off(?=\\s*(?:[.;!?]|$)|,? but\\b)|"
                        // "everyone would be better off with a different mom": the same wish, in a parent's words
                        + "(?:everyone|everybody|family|kids|children|(?:my|her|his|their|the) (?:baby|son|daughter|kids|children|family)) "
                        + "(?:would|'d) be better off with (?:a different|another|a better|someone else as (?:a|their|her|his)) "
                        + "(?:mom|mother|dad|father|parent|wife|husband|partner)\\b|"
                        // "they'd be better off with someone who knows what she's doing" (a new mother of her baby and husband)
                        + "\\b(?:they|she|he|everyone|everybody|(?:my|her|his|their|the) (?:baby|son|daughter|kids|children|family)) "
                        + "(?:would|'d|’d) be better off with (?:someone|somebody) (?:else|who (?:knows|can|could|actually|isn't|wasn't))\\b|"
                        // "He denies any thoughts of harming himself or others.": by convention, suicidal and homicidal ideation
                        + "\\b(?:harm|danger) to self (?:or|and|nor) others\\b|"
                        + "\\b(?:harming|hurting|harm|hurt) (?:(?:him|her|them|my|your|one)sel(?:f|ves)|self) (?:or|and|nor) (?:others|anyone|anybody|someone|"
                        + "other people)\\b|"
                        // "everyone would be happier if I was gone"
                        + "\\b(?:better off|happier|fine|okay|easier for (?:everyone|them|my family))(?: for (?:everyone|them))? if (?:i|she|he) "
                        + "(?:just )?(?:(?:was|were|wasn't|weren't) (?:gone|dead|here|around|alive)|died|disappeared|vanished)\\b|"
                        // "my family would be better off with the life insurance": worth more dead than alive
                        + "better off with (?:the |my |her |his |their )?(?:life )?insurance\\b|"
                        // an overdose thought of, or taken: "thought about taking all his pills", "took 10 extra sleeping pills"
                        + "(?:thought|thinking|thoughts|thinks) (?:about|of) (?:taking|swallowing) (?:all|a (?:bunch|handful|bottle) of|the (?:whole|rest of the) (?:bottle|pack) of)"
                        + " (?:of )?(?:(?:my|her|his|their|the) )?(?:\\w+ )?(?:pills|tablets|meds|medications?|" + MEDICINES + ")\\b|"
                        + "(?:suicide|goodbye|farewell) (?:note|letter)s?\\b|"
                        // "Last night I held the knife to my wrist but I didn't do it": an act stopped short
                        + "\\b(?:held|hold|holding|put|pressed|had) (?:a|the|my|his|her|dad's|\\w+'s) (?:knife|blade|razor|gun|pistol|rope|belt|"
                        + "pills) (?:to|against|up to|around|in) (?:my|her|his|their) (?:wrist|wrists|throat|neck|head|arm|mouth|chest)\\b|"
                        // "I keep picturing myself jumping off the parking garage": images of one's own death
                        + "\\b(?:picturing|picture|pictured|imagining|imagine|imagined|visuali[sz]\\w*|seeing|see) (?:myself|herself|himself|themselves) "
                        + "(?:jumping (?:off|from|in front of)|hanging|overdosing|shooting|stepping in front of|driving (?:off|into)|drowning)\\b|"
                        // "I'd rather be dead than go back to him"
                        + "(?:i'd|i’d|i would|she'd|he'd|they'd|would) (?:honestly |just )?rather (?:be dead|die)\\b"
                        // ("I'd rather die than go back to that office", "than give another presentation": a chore dreaded)
                        + "(?! than (?:(?:go|going) (?:back )?to (?:that|this|the|my|work|school|class)\\b(?! (?:house|apartment|home|man|"
                        + "relationship|marriage))|give (?:another|a|the)|do (?:another|that|this|the|my|a)|sit through|attend|take (?:another|that|the|a) "
                        + "(?:test|exam|class|call|meeting)|eat|wear|call (?:my|the|that) (?:boss|manager|dentist|landlord)))|"
                        // "wants to sleep forever", "voices telling her to kill herself"
                        + "(?:want|wants|wanted|wanting|wish|wishes|wished) to (?:just )?(?:go to )?sleep forever|"
                        + "(?:voices?|command hallucinations?)\\b[^.;]{0,20}?\\b(?:telling|tell|tells|told|commanding|instructing) (?:me|him|her|them) to "
                        + "(?:kill|hurt|harm) (?:my|him|her|them)sel(?:f|ves)|"
                        + "(?:took|taking|take|swallowed|swallowing) (?:\\d+|ten|twenty|thirty|forty|fifty|a (?:handful|bunch|bottle) of|all (?:of )?(?:my|her|his|their|the)|"
                        // "I took my whole bottle of Xanax last month and woke up in the hospital"
                        + "(?:my|her|his|their|the|a) (?:whole|entire) (?:bottle|pack|box|supply|prescription) of(?= (?:my |her |his |their |the )?(?:\\w+ )?"
                        + "(?:pills|tablets|meds|medications?|" + MEDICINES + ")\\b))"
                        // ("a bunch of my mom's sleeping pills")
                        + " (?:extra )?(?:(?:my|her|his|their|the) )?(?:[\\w'’]+ ){0,2}?(?:pills|tablets|meds|medications?|" + MEDICINES + ")\\b"
                        + "(?!.{0,40}\\bas (?:prescribed|directed)\\b)|"
                        // "hx of SA x2 (OD 2019, 2021)": suicide attempts, abbreviated
                        + "(?-i:\\bSAs?\\b)" + SA_IS_ATTEMPT + "|"
                        // "PHQ-9 = 18, item 9 positive", "item 9 = 0": the PHQ-9's question on thoughts of death or self-harm
                        + "(?=item)(?<=\\bPHQ-?9[^.]{0,40})item (?:#?9|nine)\\b(?=\\s*(?:[:=(]|was|is|scored?|of|at)?\\s*(?:positive|pos\\b|endorsed|"
                        + "\\(?\\+\\)?|[0-3]\\b|negative|neg\\b|\\(-\\)|denied))|"
                        // "C-SSRS: negative screen", "C-SSRS screen positive": the Columbia screen's result is the finding
                        // ("CSSRS: no ideation in past month")
                        + "\\bC-?SSRS\\b(?: screen(?:ing)?)?(?=\\s*(?::|-|=)?\\s*(?:(?:was|is) )?(?:negative|neg\\b|positive|pos\\b|no (?:suicidal )?"
                        + "(?:ideation|behaviou?r)\\b|none\\b|denie[sd]\\b))", ci));
        MENTIONS.put(Domain.homicidal_ideation, Pattern.compile(
                "(?-i:\\bHI\\b)|" + EXTENDED_SUICIDE_TEXT + "|" + LOWER_CASE_ABBREVIATION.formatted("hi") + "|" + CONCERNING_HI_TEXT + "|homicid\\w*|\\b(?:harm|danger|threat) to (?:self (?:or|and|nor) )?(?:others|other people|anyone else)\\b|(?:hurt|harm|hurting|harming|kill|killing) (?:(?:my|him|her|them)sel(?:f|ves)|oneself|self) (?:or|and|nor) "
                        + "(?:others|anyone|anybody|someone|other people)|(?:want(?:ed|s)? to|going to|gonna|wanna|will|'ll|would|could|might|thought (?:about|of)|thinking (?:about|of)|thoughts of|"
                        + "urges? to|fantasi[sz]\\w* (?:about|of)|plan(?:s|ned)? to|"
                        // (the lookahead first: the lookbehind is costly tried at every position of every sentence)
                        + "(?=threaten)(?<!(?:boyfriend|girlfriend|husband|wife|partner|ex|father|mother|dad|mom|stepfather|stepmother|brother|sister|"
                        + "uncle|boss|neighbou?r|roommate|son|daughter) (?:has |had )?)threaten\\w* to) (?:\\w+ )?"
                        // "I want to stab him", "I'm going to shoot him" (not "shoot him a text")
                        + "(?:kill(?:ing)?|shoot(?:ing)?|stab(?:bing)?|strangl(?:e|ing)|smother(?:ing)?|poison(?:ing)?) (?!(?:my|her|him|them)sel)"
                        + "(?:him|her|them|someone|somebody|people|my \\w+|that \\w+|\\w+ (?:boss|husband|wife|ex))\\b"
                        + "(?! (?:a|an|some|the) (?:text|message|email|e-mail|note|line|dm|quick|look|glance|smile|hoops?)\\b)"
                        // ("I could kill him for snoring though": exasperation, not a thought of harm)
                        + "(?! for (?:\\w+ing|being|that|this|it|not|forgetting|eating)\\b)|"
                        // "voices telling him to hurt his neighbor": a command to harm someone else
                        + "(?:voices?|command hallucinations?)\\b[^.;]{0,20}?\\b(?:telling|tell|tells|told|commanding|instructing|ordering) "
                        + "(?:me|him|her|them) to (?:hurt|harm|kill|attack|stab|shoot) (?!(?:my|him|her|them)sel)\\w+|"
                        // (not "denies anyone hurting him": someone else hurting the client is abuse, below)
                        + "(?<!\\b(?:anyone|anybody|someone|somebody|nobody|no one) )"
                        + "(?:hurt|harm|hurting|harming) (?:someone|somebody|others|other people|anyone|him(?!sel)|them(?!sel)|"
                        // "I want to hurt the guy who did this to my sister"
                        + "the (?:guy|man|woman|person|kid|boy|girl|dude|driver|guys|people) (?:who|that)\\b|(?:my|his|her|their|the) (?:boss|husband|wife|partner|"
                        + "father|mother|dad|mom|brother|sister|son|daughter|kids?|child|children|baby|infant|newborn|toddler|neighbou?r|co-?worker|coworker|manager|ex|"
                        + "roommate|step\\w+|\\w+-in-law|teacher|friend|girlfriend|boyfriend))|"
                        + "thoughts of (?:harming|hurting|killing) (?:others|someone|anyone)|violent thoughts|"
                        // "what if I hurt her with the knife" (a parent's intrusive thought of harming the baby)
                        // ("what if I want to drop him?": the doubt of a parent with perinatal OCD)
                        + "\\bwhat if I (?:(?:want|wanted|were) to |did )?(?:hurt|harm|drop|dropped|drown|drowned|stab|stabbed|smother|shake|shook) (?:her|him|them|the baby|my baby|"
                        + "my (?:son|daughter|kids?|child|newborn))\\b|"
                        + "(?:thoughts|think|thinks|thinking|thought|fantasi[sz]\\w*|urges?|images?|pictures?) (?:of|about) (?:shooting|stabbing|strangling|killing|hurting|harming|"
                        // "I get this picture of shaking him" (a parent's intrusive image of harming the baby)
                        + "attacking|beating up|running over|poisoning|shaking|smothering|suffocating|drowning|hitting) (?:(?:his|her|their|my|a|the|that) )?(?:\\w+ )?(?:co-?worker|boss|wife|husband|"
                        + "partner|ex|father|mother|dad|mom|neighbou?r|brother|sister|manager|teacher|friend|roommate|classmate|step\\w+|"
                        // ("I get these images of stabbing Emma.": a person by name)
                        + "girlfriend|boyfriend|baby|infant|newborn|son|daughter|child|people|someone|somebody|anyone|him|her|them|"
                        + "(?-i:[A-Z][a-z]+\\b(?<!\\b(?:I|The|My|His|Her|Their|It|This|That|Time|Monday|Tuesday|Wednesday|Thursday|Friday|"
                        + "Saturday|Sunday))))\\b", ci));
        MENTIONS.put(Domain.self_harm, Pattern.compile(
                // self-punishment: "I starve myself when I feel like I deserve it", "punishing herself by not eating"
                "\\bstarv(?:e|ed|es|ing) (?:myself|herself|himself|themselves)\\b(?=[^.]{0,50}\\b(?:deserve|punish|hate (?:myself|herself|himself)))|"
                        + "\\bpunish(?:es|ed|ing)? (?:myself|herself|himself|themselves) (?:by|with) (?:not eating|starving|cutting|hitting|burning|"
                        + "scratching)\\b|"
                        + "self[- ]?harm\\w*|self[- ]injur\\w*|\\bNSSI\\b|\\bSIB\\b|(?=cut )(?<!accidentally )cut (?:my|her|him|them)sel\\w*" + ACCIDENT + "|"
                        // "SH: cut L forearm x3 Sun night w/ pencil sharpener blade" (not "cut his finger on a can")
                        // (not "One time he threw a bottle at me and it cut my arm.")
                        + "(?-i:\\bSH)\\s*:\\s*(?=cut|burn|scratch|hit|carv)|(?=cut )(?<!accidentally )(?<!\\b(?:it|he|she|they|that|which|who) )cut my "
                        + "(?:forearms?|arms?|wrists?|thighs?|legs?|stomach|hips?)\\b" + ACCIDENT + "|(?=cut )(?<!accidentally )(?<!\\b(?:it|that|which) )"
                        + "cut (?:her|his|their|L|R|left|right|both) (?:forearms?|arms?|wrists?|thighs?|legs?|stomach|hips?)\\b" + ACCIDENT + "|"
                        // "client herself denies SH" (elsewhere "SH:" may head the social history)
                        + "(?=SH\\b)(?:(?<=\\b(?:denies|denied|no|endorses|endorsed|hx of|history of|last|any|recent|current) )"
                        // "-SH since", "+SH urges x2": the clinician's minus and plus; "SH urges"
                        + "|(?<=(?:^|[\\s(,;:])[+-])|(?=SH urges?\\b)"
                        // "Denies SI/HI/SH.": the third of a list of abbreviations
                        + "|(?<=\\b(?:SI|HI)/)|(?<=\\b(?:SI|HI)/(?:SI|HI)/)"
                        // "Denies SI, HI, and SH.", "denies SI, HI, SH, AVH": in a list of the abbreviations
                        + "|(?<=\\b(?-i:SI|HI),? (?:and |or |& )?)|(?<=\\b(?-i:SI|HI), (?-i:SI|HI),? (?:and |or |& )?)"
                        // "SH: denied", "SH: none" (a social history goes on in words: "SH: lives with wife")
                        + "|(?=SH\\s*:" + InputReader.SELF_HARM_VERDICT_TEXT + "))(?-i:SH)\\b|"
                        // "Denies thoughts of harm to self or others", "no danger to self"
                        + "\\b(?:harm|danger|threat) to (?:self|(?:her|him|them|my|one)sel(?:f|ves))\\b|"
                        // "cutting" alone is self-harm in a clinician's notes; "cutting back", "cutting class", "cutting hair" are not
                        + "\\bcutting\\b(?! (?:back|down|out|off|up|through|in\\b|to\\b|from\\b|(?:it|that|this) (?:to|down|back)\\b|across|ties|class|classes|school|corners|costs|hair|"
                        + "(?:the )?grass|wood|paper|coupons|vegetables|onions|food|meat|carbs|sugar|calories|hours|shifts|expenses|spending|"
                        + "contact|people|it|the cord|edge|cake|board|room|(?:him|her|them|me) (?:off|out|down|slack|some slack|a check)|"
                        + "(?:my|her|his|their) hair)\\b)|"
                        + "urges? to (?:cut|self[- ]?harm|(?-i:SH)\\b|burn|hurt (?:my|her|him|them)sel\\w*)|"
                        // "Pt has not self-harmed since March; urges 2/10 this week": urges rated, beside their kind
                        + "(?=urges?\\b)(?<=(?:self[- ]?harm|cutting|\\bSH)\\w{0,4}\\b[^.]{0,60})\\burges?\\b(?! to\\b)(?=[^.]{0,12}?\\b[1-9]\\d?\\s*/\\s*10)|"
                        // "cut" with no object, after a want or a not: "like I needed to cut", "I haven't cut in four months"
                        // (the match starts at "cut", so that a negation before it decides the polarity)
                        + "(?=cut)(?<=\\b(?:need|needed|needing|want|wanted|wanting|urges?|tempted|almost|nearly|have|has|had|haven't|hasn't|hadn't|"
                        + "haven’t|hasn’t|hadn’t|didn't|didn’t|not|never|stopped|quit|started) (?:to )?)cut(?:ting)?\\b(?=\\s*(?:[.,;!?]|$|"
                        + "(?:so |really )?bad(?:ly)?\\b|again\\b|anymore\\b|since\\b|(?:for|in) (?:\\w+ ){1,2}(?:days?|weeks?|months?|years?)\\b|"
                        + "(?:last|this) (?:week|night|month|year)\\b|today\\b|yesterday\\b|tonight\\b))|"
                        + "(?=hurt|harm|burn|hit|scratch|punch|bit|bruis|carv)(?<!accidentally )(?:hurt|harm|hurting|harming|harmed|burn|burning|burned|burnt|hit|hitting|scratch\\w*|punch\\w*|bit|biting|bruis\\w*|"
                        + "carv\\w*) (?:(?:my|her|him|them)sel(?:f|ves)|self)\\b" + ACCIDENT + "|"
                        // "I relapsed with the razor last night": a return to cutting, in recovery's words
                        + "\\brelaps\\w* (?:with|on) (?:the |my |a )?(?:razor|blades?|cutting|self[- ]?harm|knife|lighter)\\b|"
                        // "I took a razor to my arm last night"
                        + "\\b(?:took|take|taking|takes) (?:a |the |my )?(?:razor|blade|knife|box cutter|lighter)(?: blade)? to (?:my|her|his|their) "
                        + "(?:arms?|wrists?|legs?|thighs?|skin|stomach|body)\\b|"
                        // "I used a razor blade on my thighs", "I had blades and used them on my arms"
                        + "\\bused (?:a |the |my |one of (?:the|my) )?(?:razor(?: ?blade)?s?|blades?|knife|knives|box cutters?|scissors|lighter) "
                        + "on (?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|forearms?)\\b|"
                        + "(?=used)(?<=\\b(?:razor|blades?|knife|knives|box cutter)\\b[^.?!]{0,80})" + USED_THEM_ON_TEXT + "|"
                        // "My mom found my razor blades": the means found or hidden, which says no act (see BLADES_FOUND)
                        + BLADES_FOUND_TEXT + "|"
                        // "When I get like that I bang my head against the wall" (not "he slammed my head against the wall")
                        + "\\b(?:I|client|pt|patient)(?: [\\w'’]+){0,3}? (?:bang|hit|slam|smash|knock)\\w* (?:my|her|his|their) head "
                        + "(?:against|on|into)\\b(?! (?:a |the )?brick wall| (?:a |the )?wall (?:with|trying|over|about|at work|talking|here)\\b"
                        // (not "I hit my head on the cabinet": an accident)
                        + "| (?:a |the |my |her |his )?(?:cabinet|cupboard|door ?frame|shelf|table|ceiling|corner|car door|counter|ice|floor|"
                        + "bunk|steering wheel|dashboard)\\b)|\\bhead[- ]?bang(?:ing|s)?\\b(?! (?:music|concert|to\\b))|"
                        // "scratching arms with paper clip when overwhelmed": a note's shorthand, without "her"
                        + "\\b(?:scratching|scratched|scratches|carving|carved|gouging|gouged) (?:on )?(?:arms?|wrists?|legs?|thighs?|stomach|"
                        + "forearms?)\\b(?!.{0,30}\\b(?:by accident|accidentally|rash|eczema|itch\\w*|hives|bites?|poison ivy)\\b)|"
                        // ("he threw a bottle at me and it cut my arm": something else cut the client)
                        + "(?=cut|scratch|burn|carv|gouge)(?<!\\b(?:it|he|she|they|that|which|glass|bottle|knife|dog|cat|someone|somebody) )"
                        + "(?:cut|cuts|scratch\\w*|burn\\w*|carv\\w*|gouge\\w*) (?:on |at |into )?(?:my|her|his|their) (?:own )?(?:arms?|wrists?|legs?|"
                        + "thighs?|stomach|skin|forearms?|hips?|hands?)\\b(?!.{0,30}\\b(?:by accident|accidentally|cooking|at work|on a|on the|"
                        // ("I cut my hand chopping onions")
                        + "chopping|slicing|peeling|dicing|shaving|opening|carving|gardening|fixing)\\b)", ci));
        MENTIONS.put(Domain.abuse, Pattern.compile(
                // ("substance abuse", "alcohol abuse" name a use disorder; "abuses his power" no violence)
                SUBSTANCE_ABUSE_NOT + "abus\\w*+(?! (?:of )?(?:his|her|their|the|my) (?:power|position|authority|privileges?))|"
                        // (not "Individual Counseling, Domestic Violence Program", the service's name in a title line)
                        + "domestic violence(?! (?:program(?:me)?|agency|services?|unit|team)\\b)|\\bDV\\b|"
                        // "put his hands around my neck and squeezed until I saw spots", "recent non-fatal strangulation"
                        + "\\b(?:put|had|wrapped|got|puts|wraps) (?:his|her|their|both) hands (?:around|round|on) (?:my|her|his|their) (?:neck|throat)\\b|"
                        + "\\bstrangulation\\b|"
                        // "teen dating violence with controlling behavior ... and image-based coercion"
                        + "\\bdating (?:violence|abuse)\\b|\\bimage-based (?:sexual )?(?:abuse|coercion|exploitation)\\b|"
                        // ""grabbed my arm hard" when she refused to give him her bank card": a grip that hurt
                        + "\\b(?:grabb?\\w*|yank\\w*|twist\\w*|squeez\\w*) (?:my|her|his) (?:arm|wrist|hair|neck|shoulder)s?\\b(?=[^.;]{0,40}\\b(?:hard|"
                        + "roughly|violently|bruis\\w*|left a mark|until it hurt))|"
                        // childhood sexual abuse as clinicians abbreviate it; words that suggest abuse without naming it
                        + "(?-i:\\bCSA\\b)|" + CONCERNING_ABUSE_TEXT + "|\\bIPV\\b|assault\\w*|\\braped?\\b|molest\\w*|neglect\\w*|"
                        // "irritable w/ kids, no physical aggression": violence, denied
                        + "\\bphysical(?:ly)? aggress\\w*|"
                        // "hit staff member on the arm on Wednesday", a group home's incident: the client's violence to a carer or peer
                        + "\\b(?:hit|hits|punched|kicked|bit|slapped|scratched|shoved|pushed|struck|headbutted) (?:a |the |another )?(?:staff(?: member)?|"
                        + "peer|resident|aide|caregiver|carer|teacher|classmate|housemate)s?\\b|"
                        // stalking; threats to take the children and name-calling (emotional abuse)
                        + "\\bstalk\\w*|threaten\\w* to (?:take|keep) (?:the|her|his|my|their) (?:kids|children|son|daughter|baby)\\b|"
                        // "He took my phone and wouldn't give it back so I couldn't call anyone.": kept from calling for help
                        + "\\b(?:took|takes|grabbed|grabs|smashed|smashes|broke|hid|hides) (?:my|her|his|their) phone\\b[^.]{0,40}?\\b(?:so (?:I|she|he|they) "
                        + "(?:couldn't|could not|can't|cannot|couldn’t|can’t) (?:call|text|reach|get help)|wouldn't give it back|won't give it back)\\b|"
                        // "My caregiver leaves me in my wet clothes all day.": neglect of someone in care
                        + "\\b(?:leaves|left|leaving|keeps|kept) (?:me|her|him|them) (?:in (?:my|her|his|their) (?:wet|dirty|soiled) (?:clothes|diapers?|"
                        + "briefs|sheets|bed)|alone for days|without (?:food|water|(?:my|her|his|their) (?:meds|medications?|insulin|oxygen)))\\b|"
                        // "She locks me out of the house when she's angry."
                        + "\\b(?:locks|locked|locking) (?:me|her|him|them) (?:out of|in) (?:the|our|my|her|his|their) (?:house|apartment|room|home|"
                        + "bedroom|closet|basement)\\b|"
                        // "He threatened to kill me if I left."
                        + "\\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mother|stepdad|stepfather) (?:has )?"
                        + "(?:threatened|threatens|keeps threatening|has been threatening) to (?:kill|hurt|shoot|stab|beat|strangle|choke) (?:me|us|my|her|him|them)\\b|"
                        + "\\bcalls (?:her|him|me|them) names\\b|"
                        // sexual coercion: "He forces me to have sex when I don't want to"
                        + "\\b(?:forces?|forced|forcing|makes|made|making|pressures?|pressured|coerc\\w+) (?:me|her|him|them) (?:to have sex|into "
                        + "(?:having )?sex|to do sexual|into sexual|to sleep with)\\b|"
                        // fear of a partner's violence: "When my ex shows up I'm scared he'll hurt me"
                        + "\\b(?:scared|afraid|terrified|frightened|worried) (?:that )?" + WILL_KILL + "|"
                        // isolation and monitoring by a partner (coercive control): "My boyfriend won't let me see my friends"
                        + "\\b(?:husband|wife|boyfriend|girlfriend|partner|fianc[ée]e?|ex) (?:\\w+ )?(?:won't|will not|doesn't|does not|wouldn't|"
                        + "never) let (?:me|her|him) (?:see|talk to|call|visit|go out with|have) (?:my |her |his |any )?(?:friends|family|sister|"
                        + "brother|mom|mother|dad|father|parents|own money|phone)\\b|"
                        // stalking: "My ex keeps showing up at my work"
                        + "\\b(?:keeps|kept|keep|has been|had been|have been|been|is|was) (?:showing up|turning up|waiting) (?:at|outside) (?:my|her|his|their) (?:work|job|house|home|"
                        + "apartment|school|office|car)\\b|"
                        // "My ex has been following me", "her husband tracks her phone"
                        + "\\b(?:ex|ex-\\w+|husband|wife|boyfriend|girlfriend|partner|fianc[ée]e?)(?:'s)? (?:\\w+ )?(?:has been |had been |is |was |keeps |kept )?"
                        + "(?:following|follows|followed|tracking|tracks|tracked|stalking|stalks|stalked) (?:me|her|him|them|my (?:phone|car|location)|"
                        + "her (?:phone|car|location)|his (?:phone|car|location))\\b|"
                        // violence at home the client sees: "My dad hits my mom when he's drunk"
                        + "\\b(?:dad|father|stepdad|stepfather|mom|mother|stepmom|stepmother|boyfriend|girlfriend|husband|wife|brother|uncle) "
                        + "(?:\\w+ )?(?:hits|hit|beats|beat|punches|punched|chokes|choked|slaps|slapped|kicks|kicked|shoves|shoved) (?:my|her|his) "
                        + "(?:mom|mother|dad|father|sister|brother|wife|husband|girlfriend|boyfriend)\\b(?! (?:at|in) (?:chess|cards|games?|\\w+ball|tennis|golf|pool))|"
                        // a child's words: "Daddy hurt Mommy", "Daddy never hurt me. Just Mommy."
                        + "\\b(?:daddy|mommy|papa|mama|dad|mom)(?:'s boyfriend)? (?:hurt|hurts|hit|hits|hurted|beat|beats) (?:mommy|mama|daddy|papa)\\b|"
                        + RiskScreen.SOMEONE_ELSE_HURT + "|"
                        // "client denies anyone hurting him", "nobody has ever touched her"
                        + "\\b(?:anyone|anybody|someone|somebody|no one|nobody) (?:has |had |is |was )?(?:ever )?(?:been )?(?:(?:hurting|hurt|"
                        + "harming|harmed|hitting|hit) (?:him|her|them|me)\\b|(?:touching|touched) (?:him|her|them|me)\\b"
                        // (not "someone touched me on the shoulder on the bus")
                        + "(?=[^.]{0,30}\\b(?:where|inappropriate\\w*|private\\w*|down there|sexual\\w*|wrong way|bad way)\\b))|"
                        // "he yells and calls me stupid", "he pinned me against the fridge and wouldn't let me go"
                        + "\\b(?:calls|called|calling) (?:her|him|me|them) (?:stupid|worthless|useless|fat|ugly|crazy|pathetic|an idiot|a (?:bitch|whore|slut|loser))\\b|"
                        + "\\b(?:pinned|pins|pinning|held|holds|holding) (?:me|her|him|them) (?:down|against)\\b|"
                        + "\\b(?:wouldn't|would not|won't|will not|didn't|did not) let (?:me|her|him|them) (?:go|leave|out)"
                        // (not "won't let me leave the table until I finish my vegetables", "wouldn't let me go to the party")
                        + "(?=\\s*[.,!;]|\\s+(?:of (?:the|my|her)|the (?:house|room|apartment|car|bedroom)|and\\b|until (?:he|she|they)\\b))|"
                        + "\\bblock(?:ed|s|ing) (?:the door|me|her|him|them) (?:so|from|and)\\b|"
                        // "the night he threw the chair through the window": an object thrown at someone or through the house
                        + "\\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mother|stepdad|stepfather)(?: [\\w'’]+){0,2}? "
                        + "(?:threw|throws|hurled|hurls|smashed) (?:a|the|his|her|my|our) (?:\\w+ )?(?:chairs?|plates?|glass(?:es)?|bottles?|"
                        + "phones?|lamps?|tables?|dish(?:es)?|mugs?|cups?|things|stuff|remote|laptop|TV)\\b"
                        + "(?= (?:at (?:me|us|her|him|them|my)|through (?:the|a|our|my)|across (?:the|a)|against (?:the|a))\\b)|"
                        + FINANCIAL_EXPLOITATION_TEXT + "|" + BULLYING_TEXT + "|" + SEXUAL_VIOLENCE_TEXT + "|" + DRUGGED_TEXT + "|"
                        + EXPLOITATION_TEXT + "|"
                        // the police called to a fight, an order of protection; a partner's coercive control
                        + "\\bcalled the police\\b|\\bpolice (?:were|was) called\\b|(?:restraining|protective) order|order of protection|"
                        + "\\b(?:arrested|charged) (?:for|with) (?:assault|domestic|battery)|"
                        + "(?:husband|wife|partner|boyfriend|girlfriend|spouse|fianc[ée]e?) (?:\\w+ ){0,2}(?:monitors|checks|tracks|controls|reads) "
                        + "(?:her|his|my|their) (?:phone|location|texts|messages|money|finances|email)|(?:husband|wife|partner|boyfriend|girlfriend|"
                        + "spouse) (?:\\w+ ){0,3}(?:doesn't|does not|won't|will not) let (?:her|him|me|them) (?:see|leave|go out|have|talk|work|drive)\\b|"
                        // protective services involved, bruises on a child, the client attacked in the street
                        // (not "I was so scared you'd call CPS": a fear of being reported, no harm said)
                        + "(?<!(?:scared|afraid|worried|terrified|fear|feared|thought) (?:you'd|you’d|you would|you'll|you’ll|you will|they'd|they would|someone would) "
                        + "(?:call|report (?:me|us|her|him) to|get) )\\b(?:CPS|DCFS|APS)\\b|(?:child|adult) protective services|bruis\\w* on (?:her|his|their|my|the) (?:\\d+ ?(?:y/?o|year[- ]old)|"
                        + "child|son|daughter|baby|kids?|infant|toddler)\\b|(?=was |were |got |been )(?<!like (?:i|she|he|they|we) )(?<!as if (?:i|she|he|they|we) )"
                        + "\\b(?:was|were|got|been) (?:jumped|mugged|attacked|stabbed|shot|beaten up)\\b|"
                        // the client's own violence in the family: "I hit my son with a belt", "Pt reports she slapped her daughter"
                        // (what the client saw done to someone else is told as such in the quotes, not charted as the client's)
                        + "(?:\\bI|\\b(?:client|pt|patient)(?: (?:reports|reported|admits|admitted|states|stated|disclosed)(?: that)? (?:she|he|they))?) "
                        // ("Sometimes I imagine strangling my husband when he snores": a thought of violence, not violence)
                        + "(?:(?!imagin|pictur|fantasi|daydream|dream|think|thought|want|wish|feel like)[\\w'’]+ ){0,4}?(?:hit|hits|hitting|beat|beats|beating|chok\\w+|kick(?:ed|s|ing)?|punch(?:ed|es|ing)?|shov\\w*|"
                        + "slapp?\\w*|strangl\\w*|whipp?\\w*|spank\\w*) (?:my|his|her|their) (?:son|daughter|kids?|child(?:ren)?|baby|wife|husband|partner|"
                        + "girlfriend|boyfriend|mom|mother|dad|father|sister|brother|stepson|stepdaughter)\\b"
                        // ("I beat my brother at chess")
                        + "(?! (?:at|in) (?:chess|cards|checkers|games?|a game|the game|video games|\\w+ball|tennis|golf|pool|poker|"
                        + "monopoly|scrabble|a race|the race|arm wrestling))|"
                        // "One time he threw a bottle at me"
                        // ("she threw the ball at me": play)
                        + "\\b(?:threw|throws|throwing|hurled) (?:a |an |the |his |her |their )?(?!(?:ball|frisbee|football|baseball|basketball|"
                        + "snowballs?|pillow|kiss|glance|look|smile|wink|party|tantrum|fit|question|curveball|joke)\\b)\\w+ at (?:me|her|him|them|us|"
                        + "my (?:mom|mother|dad|father|sister|brother|wife|husband))\\b|"
                        // violence aimed past the person: "He punched the wall next to my head"
                        + "\\b(?:punch|hit|kick|smash|slamm|bang|threw|throw)\\w* (?:a hole (?:in|through) )?(?:the|a) (?:wall|door|window|cabinet)s? "
                        + "(?:right )?(?:next to|beside|by|near|behind|above|over|inches from) (?:my|her|his|their) (?:head|face)\\b|"
                        // the client punching a wall or a door is violence whatever the sentence says of the anger: "When I got home I
                        // punched the wall in the garage." (not "punching bag"; "hit the wall" at mile twenty is a figure of speech; a
                        // roommate punching the wall when his team lost is not aimed at the client)
                        + "\\bI (?:just |then |finally |also )?(?:punched|punch|put my fist through) (?:a hole (?:in|through) )?"
                        + "(?:the|a|our|my) (?:\\w+ )?(?:walls?|doors?|windows?|cabinets?|windshields?|lockers?)\\b"
                        + "(?!,? (?:to|for) (?:hang|mount|install|fix|run|put|patch|a |the ))|"
                        // property smashed in a fight (intimidation): "I punched a hole in the garage door when we were arguing"
                        // (not "she screamed that she wished she was dead and slammed her door": a door slammed is not smashed)
                        + "\\b(?:punch|kick|smash|threw|throw|put (?:my|his|her|their) fist through)\\w* (?:a hole (?:in|through) )?"
                        + "(?:the|a|our|my|his|her|their) (?:\\w+ )?(?:wall|door|window|cabinet|windshield|tv|television)s?\\b"
                        // (not "a hole in the wall to hang the TV")
                        + "(?!,? (?:to|for) (?:hang|mount|install|fix|run|put|patch|a |the ))"
                        + "(?:(?=[^.]{0,50}\\b(?:argu\\w*|fight\\w*|fought|yell\\w*|scream\\w*|rage)\\b)"
                        // "he screamed at me and punched the door": the fight said first
                        + "|(?<=\\b(?:argued|arguing|argument|fighting|fight|fought|yelled|yelling|screamed|screaming|rage|angry|mad)\\b"
                        + "[^.]{0,60}))|"
                        // the client's hands on someone in their care: "I grabbed his wrist really hard and I yelled at him to stop it"
                        // (a father with dementia); not "I grabbed her hand to cross the street"
                        + HANDS_ON_TEXT + "|"
                        // a child or client hurting family or peers: "Mother reports pt has been hitting younger sibling"
                        + "\\b(?:pt|client|patient|he|she)\\b (?:has been |had been |is |was |keeps |kept |started |began )?(?:hitting|punching|kicking|"
                        + "biting|choking|shoving|slapping|pushing|beating up) (?:(?:his|her|their|a) )?(?:younger |older |little |baby |twin |new )?"
                        + "(?:sibling|siblings|brother|sister|brothers|sisters|classmates?|peers?|kids at school|mom|mother|dad|father|"
                        + "grandmother|grandfather|teacher)\\b|"
                        // a partner's threat of suicide to stop the client leaving (an item of the Danger Assessment):
                        // "he said if I leave he'll kill himself", "she threatens to kill herself whenever I talk about leaving"
                        + "\\bif (?:I|she|he|they) (?:ever )?(?:leave|leaves|left|go|break up|broke up|divorce)\\w*(?: with)?(?: (?:him|her|them))?,? "
                        + "(?:he|she|they)(?:'ll|’ll|'d|’d| will| would| is going to| was going to| were going to) (?:kill|hurt) (?:himself|herself|themselves)\\b|"
                        + "\\b(?:threaten\\w*|says|said) (?:that )?(?:to |(?:he|she)(?:'ll|’ll|'d|’d| will| would) )(?:kill|hurt) (?:himself|herself) "
                        + "(?:if|whenever|when|every time) (?:I|she|he) (?:\\w+ ){0,3}?(?:leav\\w*|go|break up|divorc\\w*)\\b|"
                        // ("I want to strangle him, but obviously I wouldn't": the client's wish, not violence done)
                        + "(?=hit|beat|chok|kick|push|shov|slap|smack|punch|grab|strangl|threaten)(?<!\\b(?:want|wanted|wants|wanting|like|wish|wished|urges?|tempted) to |\\bwanna )"
                        // ("I was so mad at my brother I could have strangled him": anger said as a figure of speech)
                        + "(?<!\\bI could (?:have |'ve |’ve |of )?|\\bI could've |\\bI coulda )"
                        // ("then it hit me that she was gone", "the grief just hit me", "a car hit me on my bike": no one did)
                        + "(?<!\\b(?:it|this|that|grief|reality|panic|anxiety|depression|sadness|loneliness|fear|guilt|shame|memory|memories|"
                        + "news|loss|thought|feeling|wave|waves|exhaustion|fatigue|pain|everything|something|nothing|truck|car|bus|van|train|"
                        + "vehicle|motorcycle|bike|ball|door|branch|storm|wind)(?: (?:just|really|suddenly|finally|all of a sudden|kind of|then))? )"
                        // ("My stepdad smacks me sometimes when he's drunk.")
                        + "(?:hits?|hitting|beats?|beating|chok\\w+|kick\\w*|push\\w*|shov\\w*|slap\\w*|smack\\w*|punch\\w*|grabb?\\w*|strangl\\w*|"
                        + "threaten\\w*) (?:me|her|him|them|us)\\b"
                        // ("hit me up on Instagram", "grabbed me a coffee", "pushing me hard on deadlines")
                        + "(?!\\s+(?:up\\b|(?:a|an|some) (?:coffee|drink|snack|sandwich|bite|beer|tea|seat|chair|plate|lunch|dinner|breakfast|ticket|copy)\\b|"
                        + "(?:too |so |really )?hard on (?:the |my |our |these |those )?(?:deadlines?|work|projects?|sales|numbers|targets|school|grades|homework)\\b|"
                        + "to (?:see|go|get|try|do|be|make|call|talk|take|keep|stop|start|apply|join|come|seek|finish)|"
                        + "into (?:therapy|treatment|counseling|counselling|rehab|going|getting|doing|taking|applying)|"
                        // ("I grabbed her hand to cross the street": a hand taken, unless taken hard)
                        + "hands?(?![^.;]{0,40}\\b(?:hard|roughly|violently|bruis\\w*|left a mark|twist\\w*|squeez\\w*)))\\b)|"
                        + "(?:not|don't feel|doesn't feel|(?:does|do|did) not feel|didn't feel) safe (?:at home|with (?:him|her|them|my \\w+|(?:his|her|their) \\w+))|"
                        + "afraid of (?:him|her|my \\w+)|"
                        // "partner \"gets rough\" when drinking", "feels unsafe at home"
                        + "\\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|spouse|dad|father|mom|mother|stepdad|stepfather)\\b[^.;]{0,20}?"
                        + "[\"“]?\\bgets? (?:rough|physical|violent)\\b|\\bunsafe (?:at home|with (?:him|her|them|my \\w+|(?:his|her|their) \\w+))|"
                        // "She denied any physical violence in the relationship and said she feels safe at home."
                        + "\\b(?:physical |domestic |intimate partner )?violence (?:in|at) (?:the|her|his|their|my) (?:relationship|home|marriage|house)\\b|"
                        + FEELS_SAFE + "|"
                        // "My uncle used to touch me when I was little."
                        + "\\b(?:used to|would|kept|tried to|started to) touch (?:me|her|him|them)\\b|"
                        // a partner breaking the client's things, barring the way out: "He threw my phone against the wall and
                        // broke it", "he blocks the door when I try to leave"
                        // (not "the kids broke my glasses playing ball", "my daughter blocked the door with her toys")
                        + "\\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|spouse|ex|fianc[ée]e?)(?: [\\w'’]+){0,6}? "
                        + "(?:(?:threw|throws|smashed|smashes|broke|breaks)\\b (?:my|her|his|their) (?:phone|laptop|glasses|car keys|keys|things|stuff)\\b|"
                        + "block(?:s|ed|ing)? (?:the|my|her|his) (?:door|doorway|way out|car)\\b(?! with (?:her|his|their) toys)|"
                        + "(?:won't|wouldn't|will not|would not|doesn't|does not|didn't|did not) let (?:me|her|him|them) (?:leave(?=\\s*(?:[.,;!?]|$|"
                        + "the (?:house|apartment|home|relationship)\\b|him\\b|her\\b|when\\b|if\\b))|out of the (?:house|room|car)\\b))|"
                        // "When I was eight, nine, he used to babysit us. He touched me. More than once.": the disclosure, said alone
                        + "^\\W*(?:and |then |but )?(?:he|she|they) touched me(?: again)?[.!]?\\W*$|"
                        + "touch\\w* (?:me|her|him|them) (?:inappropriately|sexually)|touched (?:me|her|him|them) (?=when (?:i|she|he|they) (?:was|were) "
                        + "(?:little|young|small|a (?:kid|child|teenager)|\\d+)|as a (?:kid|child)|at (?:age )?\\d+)|"
                        // "her stepfather touches her at night when her mom is at work": a child's disclosure, in the notes' words
                        + "(?:step ?father|step ?dad|father|dad|uncle|grandfather|cousin|brother|step ?brother|mother's boyfriend|mom's boyfriend|"
                        + "babysitter|coach|teacher|neighbou?r) (?:touches|touched|has been touching|keeps touching|comes into (?:my|her|his) "
                        + "(?:room|bed) and touches) (?:me|her|him|them)\\b(?! (?:on the (?:shoulder|arm|back)|to (?:comfort|wake)))|"
                        // "He grabbed my arm once. It left a bruise."
                        // (also quoted: 'her partner "grabbed my arm hard" during an argument')
                        + "\\b(?:he|she|they|dad|mom|father|mother|step\\w+|husband|wife|partner|boyfriend|girlfriend|ex) [\"“]?(?:grabbed|grabs|yanked|"
                        + "twisted|squeezed|pinned) (?:my|her|his|their) (?:arm|arms|wrist|wrists|hair|neck|throat|face|shoulders?)\\b|"
                        // "He put his hands around my neck and squeezed": strangulation, whatever the verb
                        + "\\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|spouse|ex|(?-i:[A-Z][a-z]+))(?: [\\w'’]+){0,3}? "
                        + "(?:put|puts|putting|had|has|wrapped|wraps|got|grabbed|grabs) (?:his|her|their|both) hands? (?:around|on) "
                        + "(?:my|her|his|their) (?:neck|throat)\\b|"
                        + "lock\\w* (?:me|her|him|them) in (?:the|a|my|her|his|their) (?:closet|room|basement|cupboard|cellar|bathroom|car|shed)|inappropriate(?:ly)? touch\\w*|unwanted (?:touching|sexual)|"
                        + "(?:beaten|hit|hurt|choked|kicked|slapped|punched|whipped|burned|molested|touched|strangled) by (?:(?:my|her|his|their|a|an) )?"
                        + "(?:father|mother|dad|mom|stepfather|stepmother|step-?\\w+|parents?|brother|sister|uncle|aunt|grandfather|grandmother|"
                        + "husband|wife|partner|boyfriend|girlfriend|ex|ex-\\w+|teacher|coach|neighbou?r|cousin|babysitter|caregiver)\\b|"
                        + "(?:boyfriend|girlfriend|husband|wife|partner|ex|father|mother|dad|mom|stepfather|stepmother|brother|sister|uncle) "
                        + "(?:has |had )?(?:threaten\\w*|tried) to (?:kill|hurt|harm|beat|hit|shoot|stab|strangle|choke) (?:me|her|him|them)\\b|"
                        // "He said if I leave he'll kill me": a threat to kill for leaving or telling (not "Mom said she'll kill me if I
                        // fail math", a figure of speech)
                        + "\\b(?:said|says|told me|tells me|threatened|threatens|texted|warned|swore)\\b[^.]{0,20}?(?:\\bif " + LEAVING
                        + "[^.]{0,30}?\\b" + WILL_KILL + "|\\b" + WILL_KILL + "(?: \\w+)? if " + LEAVING + ")|"
                        // "My ex said he'd kill me if I ever took the kids": a threat to kill, in reported speech
                        + "\\b(?:said|says|told me|tells me|swore|swears|yelled|screamed) (?:that )?(?:he|she|they)(?:'d|’d|'ll|’ll| would| will| is going to| was going to|"
                        + " were going to) (?:kill|hurt|beat|shoot|stab|strangle|choke) (?:me|us|her|him|them)\\b"
                        // (not "Mom said she'll kill me if I fail math again": the everyday figure of speech)
                        + "(?! if (?:I|we) (?:fail|failed|forget|forgot|am late|'m late|’m late|lose|lost|break|broke|miss|missed|mess up|"
                        + "don't|do not|get (?:a|another) (?:bad|low)|come home late|wreck)\\b)|"
                        // intimidation: "he punches walls when he drinks"
                        + "\\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother)"
                        // (not a child slamming doors or throwing toys)
                        + "(?: [\\w'’]+){0,2}? (?:punch|kick|smash)(?:es|s|ed|ing)? (?:\\w+ )?(?:walls?|doors?|holes? in (?:the )?walls?)\\b"
                        + "(?! (?:handle|knob|lock|frame)s?\\b)|"
                        // "My ex-husband was controlling. He'd take my car keys and check my phone."
                        + "\\b(?:husband|wife|partner|boyfriend|girlfriend|spouse|ex)(?:-(?:husband|wife|boyfriend|girlfriend|partner))? "
                        + "(?:was|is|has been|had been|could be|got) (?:very |really |so |extremely |super |always )?controlling\\b|"
                        // coercive control: "he controls all the money and checks my phone"
                        // (a parent checking a teenager's phone is not)
                        + "\\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|spouse) (?:\\w+ ){0,2}(?:controls|takes) "
                        + "(?:all )?(?:of )?(?:my|her|his|their|the) (?:money|finances|paychecks?|bank (?:account|card)s?)\\b", ci));

        QUESTIONS.put(Domain.suicidal_ideation, Pattern.compile(
                "suicid|kill(?:ing)? yourself|end(?:ing)? your (?:own )?life|take your (?:own )?life|(?:want|wanting) to die|"
                        + "(?:weren't|were not|wasn't|not being) (?:alive|here)|better off dead|not wake up|not waking up|"
                        // "Are you still having thoughts of not wanting to wake up?"
                        + "not (?:wanting|want) to wake up|"
                        // "Any thoughts of hurting yourself or that you'd be better off not alive?"
                        + "better off (?:not (?:alive|here|around|being (?:alive|here|around))|gone|without you)|"
                        + "not (?:being|wanting to be) (?:here|alive|around)|not wanting to (?:live|be alive|be here)|thoughts of death|better off dead|"
                        + "worth living|point (?:in|to) living|reason to live|"
                        // "Do you ever feel sad or hopeless, or like you don't want to be alive?"
                        + "(?:don't|do not|didn't|did not|don’t) want to (?:be alive|live|be here anymore|wake up)|"
                        // "... they feel that they do not want to go on living. Have you had thoughts like that?"
                        + "(?:don't|do not|didn't|did not|don’t) want to (?:go on|keep going|carry on)(?: living)?\\b|(?:go|going|keep|keeping) on living\\b|"
                        // "Any thoughts of hurting yourself, or feeling like life isn't worth it?"
                        + "life (?:isn't|is not|wasn't|was not|is no longer|isn't really) worth (?:it|going on)|no point (?:in )?going on|(?:sleep|asleep) and never wake up|wish(?:ed)? you were dead|"
                        // "Sometimes when people lose a spouse, they think about joining them. Have you had thoughts like that?"
                        + "\\bjoin(?:ing)? (?:them|him|her|your (?:wife|husband|spouse|partner|son|daughter|mother|father|mom|dad))\\b|"
                        + "\\bbe with (?:him|her|them) again\\b|"
                        // "When you say it should have been you, do you mean you wish you had died?"
                        + "\\bwish(?:ed)? (?:that )?you(?:'d| had)? (?:died|not survived|not made it|been killed)\\b", ci));
        QUESTIONS.put(Domain.homicidal_ideation, Pattern.compile(
                "hurt(?:ing)? (?:anyone|someone|others|anybody|other people)|harm(?:ing)? (?:anyone|someone|others|anybody|other people)|kill(?:ing)? (?:anyone|someone)|homicid|"
                        // "do you have any thoughts of actually hurting him or anyone else?"
                        // "Do you ever think about hurting the baby?"
                        + "(?:thoughts? (?:of|about)|think(?:s|ing)? (?:of|about)|urges? to|want(?:ing)? to|intend(?:ing)? to|plan(?:ning)? to|going to) "
                        + "(?:actually |really |seriously |ever )?(?:hurt|harm|kill)(?:ing)? (?:him|her|them|(?:your|the) (?:\\w+-in-law|roommate|boss|husband|wife|partner|ex|neighbou?rs?|"
                        + "co-?workers?|manager|supervisor|foreman|teachers?|classmates?|teammates?|friends?|boyfriend|girlfriend|stepdad|stepmom|"
                        + "brother|sister|father|mother|dad|mom|son|daughter|baby|child|children|kids?|infant|newborn)|"
                        // "Have you had any thoughts of hurting Jayden, or yourself, since then?"
                        + "(?-i:\\p{Lu}\\p{Ll}+))\\b|"
                        // "And anybody you're worried about hurting?"
                        + "(?:anyone|anybody|someone|somebody) (?:you(?:'re|’re| are) )?(?:worried|afraid|scared|concerned) (?:about|of|you might) "
                        + "(?:hurting|harming|hurt|harm)\\b|"
                        + "(?:yourself|themselves|himself|herself) (?:or|and) (?:others|anyone|someone|anybody|other people)", ci));
        QUESTIONS.put(Domain.self_harm, Pattern.compile(
                // (not "anything with you that you could hurt yourself with?": the means at hand, asked of suicide)
                "hurt(?:ing)? yourself(?! with\\s*\\?)|harm(?:ing)? yourself(?! with\\s*\\?)|self[- ]?harm|cutting|cut yourself|"
                        // "Have you cut since we last met?", "Did you burn at all this week?"
                        + "\\b(?:have|did|had) you (?:\\w+ )?(?:cut|burned|burnt|burn|scratched|scratch)\\b(?! (?:back|down|out|off|class|school|your hair))|"
                        + "(?:hurt|harm)(?:ing)? (?:\\w+|anyone|someone),? (?:or|and) yourself\\b|"
                        // "Have you had urges to cut?"
                        + "\\burges? to (?:cut|burn|scratch|self-harm|hurt yourself|harm yourself|hit yourself)\\b|"
                        // "Have you done anything to hurt your skin on purpose?"
                        + "\\b(?:hurt|harm|damage|injure|cut|burn)(?:ing)? your (?:skin|body|arms?|legs?|wrists?|thighs?|hands?|face)\\b(?=[^?]{0,40}"
                        + "\\bon purpose\\b)", ci));
        QUESTIONS.put(Domain.abuse, Pattern.compile(
                "safe at home|anyone (?:hurt|hit|hitting|hurting|threaten)\\w* you\\b|(?:hit|hurt|abuse)\\w* you\\b|"
                        // "Have you ever acted on any of these thoughts, or had any sexual contact with a child?": harm by the client, asked
                        + "\\bsexual contact with (?:a|any) (?:child|minor|kid)|"
                        // "Have you ever been hit or hurt by a partner?"
                        + "\\b(?:been|were|was|get|got|gotten) (?:\\w+ ){0,2}?(?:hit|hurt|harmed|abused|threatened|pushed|kicked|choked|beaten|slapped|"
                        + "assaulted|attacked)(?: or (?:\\w+ ){0,2}?\\w+)? by (?:a |an |your |any |someone |anyone |somebody )?(?:\\w+ )?(?:partner|spouse|"
                        + "boyfriend|girlfriend|husband|wife|ex|family member|parent|relative|someone|anyone|somebody|caregiver|carer)\\b|" + SUBSTANCE_ABUSE_NOT
                        + "abus\\w*|feel safe (?:at home|with|in)|"
                        // "Does your partner ever scare you?", "Are you ever afraid of him?"
                        + "\\b(?:scare|scares|frighten|frightens|intimidate|intimidates) you\\b|\\bafraid of (?:him|her|them|your (?:partner|husband|wife|"
                        + "boyfriend|girlfriend|dad|father|mom|mother|stepdad|stepfather|ex))\\b|"
                        // "Are the kids at school still bullying you?", "Do you get bullied at school?"
                        + "\\bbull(?:y|ying|ied)\\b|"
                        // "Has anyone ever touched you in a way that made you uncomfortable?"
                        + "\\btouched you\\b|\\btouch(?:ed|ing)? (?:you )?(?:inappropriately|sexually)|unwanted (?:touch|sexual)\\w*|"
                        // screening a carer: "Has anyone hurt Rosa?", "Does anyone take money from you without permission, or
                        // pressure you to sign things?", "have you ever worried you might hurt her?"
                        + "\\banyone (?:ever )?(?:hurt|harm|harmed|hit|threaten\\w*|mistreat\\w*|neglect\\w*) (?!your feelings)(?:you|her|him|them|\\w+)\\b|"
                        // "Is anyone taking money from you or making you sign things you don't understand?"
                + "\\b(?:taking|took|takes) (?:your |any )?money from you\\b|\\bmaking you sign\\b|"
                + "\\b(?:take|took|taking|use|used|using) (?:your |any |her |his )?(?:money|things|belongings|cards?|checks?)\\b[^?]{0,60}"
                        + "\\bwithout (?:your |her |his )?permission|pressur\\w* (?:you|her|him) (?:in)?to sign|"
                        + "(?:worried|afraid|scared|fear\\w*) (?:that )?you (?:might|could|would) (?:hurt|harm|hit|shake|slap)|"
                        // intimate-partner screening: "Has he ever pushed you, grabbed you, or threatened you?", "anything
                        // physical when arguments get heated?", "Do you ever feel afraid of him at home?"
                        + "\\b(?:push|shov|grabb|slapp|chok|kick|punch|strangl|threaten|forc|beat|hit)\\w* you\\b|"
                        + "(?:afraid|scared|frightened|fearful) (?:of|around) (?:him|her|them|your (?:partner|husband|wife|boyfriend|girlfriend|"
                        + "ex|father|mother|dad|mom|stepfather|stepmother|parents?))\\b|"
                        + "\\b(?:anything|ever|gets?|got|gotten|getting|been) physical\\b|"
                        // a couple screened together: "has there ever been any pushing, grabbing, throwing things, or anyone
                        // feeling afraid of the other?"
                        + "\\b(?:any|been any) (?:pushing|shoving|grabbing|hitting|slapping|kicking|choking|strangling|throwing things)\\b|"
                        + "\\b(?:anyone|either of you|one of you)(?: ever)? (?:feel|feels|felt|feeling) (?:afraid|scared|frightened|unsafe)\\b|"
                        // "Does anyone in your life scare you?"
                        + "\\b(?:anyone|someone|anybody|he|she)(?: in your life| at home)? (?:ever )?(?:scares?|scared|frightens?|frightened|threatens?|intimidates?) you\\b|\\bviolen(?:ce|t)\\b(?! (?:thoughts?|urges?|impulses?|fantas\\w*))", ci));
    }

    /**
     * A past event, not a present state: "hx of suicide attempt by overdose in 2019", "last self-harm 2 years ago".
     * It qualifies the finding (history of an attempt, of self-harm) but does not make current ideation endorsed.
     */
    /** Suicidal ideation named as such in a note: "SI", "passive suicidal thoughts", "death wish", "wish to die". */
    // (a word of its own: not the "SI" of "NSSI: last cut 6 months ago")
    static final String SI_NAMED = "\\b(?:passive )?(?:SI|suicidal (?:ideation|thoughts)|death wish|wish to (?:be dead|die))";

    /**
     * Thoughts of suicide in the days or weeks before the session: "passive SI last week", "SI 3 days ago". The present,
     * unless the client denies them now ("SI last week, none today": then they are the recent history of a denial).
     */
    private static final Pattern RECENT_SI = Pattern.compile(SI_NAMED + "\\b"
            + "[^.;]{0,30}?\\b(?:(?:\\d+|a few|several|two|three|four|five|six|many) (?:days?|weeks?|wks?|d) ago|last (?:week|month|weekend|night)|"
            + "over the weekend|yesterday)", Pattern.CASE_INSENSITIVE);
    /** "Pt denies SI today.": the present denied, in the unit before one that tells of the recent past. */
    private static final Pattern DENIES_TODAY = Pattern.compile("\\bdenie[sd]\\b[^.;]{0,40}\\b(?:today|currently|now|at this time|at present)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "SI 3 days ago. Denies currently.": a short denial of the present after the mention, in a unit of its own. */
    private static final Pattern DENIES_NOW_ALONE = Pattern.compile("^\\W*(?:but |and )?(?:denies|denied|none|negative)(?: (?:it |any |them ))?"
            + "(?: (?:current(?:ly)?|now|today|at present|at this time|presently))\\W*$"
            // "NSSI: last cut 6 months ago. No current urges."
            + "|^\\W*(?:but |and )?no (?:current|recent|present) (?:urges|thoughts|episodes?|behaviou?rs?|self[- ]?harm|(?-i:SH|SI))\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** "More than once.", "For years.": how often, said after what happened. */
    private static final Pattern HOW_OFTEN = Pattern.compile("^\\W*(?:and )?(?:more than once|many times|lots of times|a lot|for years|"
            + "for (?:about |almost )?(?:a year|two years|three years|\\w+ years)|again and again|over and over|every (?:week|weekend|night|time))[.!]?\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** "My wife found me.", "My roommate walked in.", "He stopped me.": someone came upon the act and it went no further. */
    private static final Pattern FOUND_IN_TIME = Pattern.compile("^(?:(?:and|but|then) )?(?:(?:my|her|his|their) (?:\\w+ )?\\w+|he|she|they|someone|"
            + "somebody)(?: \\w+)? (?:found|stopped|caught|walked in on|walked in|came in|came home|took it from|talked) (?:me|her|him|them|it)?\\b[^.;]{0,40}[.!]?$",
            Pattern.CASE_INSENSITIVE);
    /** "had the pistol in my mouth", "held a gun to her head": a firearm held to oneself. */
    static final String GUN_TO_ONESELF = "\\b(?:had|held|put|pressed) (?:the|a|my|her|his|their) (?:\\w+ )?(?:gun|pistol|handgun|revolver|rifle|shotgun|"
            + "firearm|barrel) (?:in|to|against) (?:my|her|his|their) (?:mouth|head|temple|chest)\\b";
    /** The same, in a year gone by: "I had the pistol in my mouth one night in 2009." */
    static final String GUN_TO_ONESELF_LONG_AGO = GUN_TO_ONESELF + "(?=[^.;]{0,40}?\\b(?:in (?:19|20)\\d\\d|(?:\\d+|a few|several|many|two|three|"
            + "four|five|ten|twenty) years ago|last year|when (?:i|she|he|they) (?:was|were) (?:\\d+|[a-z]+teen|young|younger))\\b)";

    /** "in middle school", "in fourth grade": a time of the client's schooling, so a past event. */
    private static final String SCHOOL_YEARS = "in (?:middle|high|elementary|grade|junior high|primary) school|in (?:\\w+|\\d+(?:st|nd|rd|th)) grade";

    static final Map<Domain, Pattern> HISTORY = Map.of(
            Domain.suicidal_ideation, Pattern.compile("(?:\\bhx|\\bhistory|\\bprior|\\bprevious(?:ly)?|\\bpast|\\blifetime)(?: of)?"
                    + "(?: \\w+){0,2} (?:suicide attempts?|suicidal attempts?|attempts?|overdoses?|SI|(?-i:SAs?)|suicidal (?:ideation|thoughts))\\b[^.;]{0,40}|"
                    // "In 2019 I took a bunch of my Ambien with vodka.": an act of a year gone by, told with its year first
                    + "\\bin (?:19|20)\\d\\d,? (?:i|she|he|they) (?:took|swallowed|overdosed|tried to|attempted)\\b[^.;]{0,60}|"
                    // "I had the pistol in my mouth one night in 2009.": a gun held to oneself, in a year gone by
                    + GUN_TO_ONESELF_LONG_AGO + "[^.;]{0,60}|"
                    + "attempted suicide\\b[^.;]{0,30}?"
                    + "\\b(?:in \\d{4}|at (?:age )?\\d+|\\d+ (?:years?|months?) ago|as a (?:teen\\w*|child)|in (?:high school|college))|"
                    + "(?:suicide attempt|overdose)[^.;]{0,30}?\\b(?:in \\d{4}|\\d+ (?:years?|months?) ago|at (?:age )?\\d+)|"
                    // "I overdosed last year, on purpose.", "I tried to hang myself when I was fifteen"
                    + "\\b(?:overdosed|tried to (?:kill|end|hang|drown|take) \\w+|attempted)\\b[^.;]{0,40}?\\b(?:last year|"
                    + "(?:\\d+|a few|several|two|three|four|five|many) (?:years?|months?) ago|when (?:i|she|he|they) (?:was|were) (?:\\d+|[a-z]+teen|"
                    + "little|young|a (?:kid|teenager))|in (?:high school|college|middle school|\\d{4})|as a (?:teen\\w*|kid|child))|"
                    // "Hx of 2 psychiatric hospitalizations for SI, last in 2021", "hospitalized for SI in 2019": admissions in the past
                    + "\\b(?:hospitali[sz]ations?|admissions?|inpatient stays?|(?:hospitali[sz]ed|admitted)(?=[^.;]{0,60}?\\b(?:in \\d{4}|"
                    + "(?:\\d+|a few|several|two|three|four|five|six|many) (?:years?|months?) ago|last year|as a (?:teen\\w*|kid|child)|in (?:high "
                    + "school|college))))(?: \\w+){0,2}? for (?:SI|suicidal (?:ideation|thoughts)|(?:a )?suicide attempts?|(?:an )?overdoses?)\\b[^.;]{0,40}|"
                    // "reports SI 3 months ago during relapse, resolved"
                    + SI_NAMED + "\\b[^.;]{0,30}?\\b(?:(?:\\d+|a few|several|two|three|four|five|six|many) (?:months?|mos?|years?|yrs?) ago|last year)",
                    Pattern.CASE_INSENSITIVE),
            Domain.self_harm, Pattern.compile("(?:\\bhx|\\bhistory|\\bprior|\\bprevious|\\bpast)(?: of)?(?: \\w+){0,2} "
                    + "(?:self[- ]?harm\\w*|self[- ]injur\\w*|cutting|NSSI|SIB)\\b[^.;]{0,40}|"
                    // "Self-harm hx in adolescence, none current."
                    + "(?:self[- ]?harm\\w*|self[- ]injur\\w*|cutting|NSSI|SIB) (?:hx|history)\\b[^.;]{0,40}|"
                    // "Hx SA x2 (OD 2015, cutting 2019)"
                    + "\\b(?:self[- ]?harm\\w*|cutting|NSSI)\\s+(?:in\\s+)?(?:19|20)\\d\\d\\b|\\blast (?:self[- ]?harm\\w*|(?-i:SH)|cut\\w*|"
                    + "episode of (?:self[- ]?harm|cutting))[^.;]{0,30}?\\b(?:(?:\\d+|a few|several|two|three|four|five|many) (?:years?|months?) "
                    // ("last self-harm (cutting) 2022")
                    + "ago|(?:in )?(?:19|20)\\d\\d)|(?:self[- ]?harm\\w*|cutting)[^.;]{0,30}?\\b(?:\\d+|a few|several|two|three|four|five|many) "
                    + "(?:years?|months?) ago|(?:used to|stopped) (?:self[- ]?harm\\w*|cut\\w*)|"
                    // "NSSI: last cut 6 months ago": the label and its history
                    + "\\b(?:NSSI|(?-i:SH)|SIB|self[- ]?harm\\w*)\\s*:\\s*(?=last\\b[^.;]{0,40}?\\b(?:years?|months?) ago)[^.;]{0,60}|"
                    // "I haven't cut in four months": the last time was then
                    + "(?:haven't|hasn't|hadn't|haven’t|hasn’t|have not|has not) (?:cut|self[- ]?harmed|hurt (?:my|her|him|them)sel\\w*)"
                    + "(?: (?:in|for|since) [^.;]{1,30})|"
                    // "Any urges to hurt yourself, like cutting?" "No, I stopped that in high school."
                    + "\\bstopped (?:that|it|doing (?:that|it))\\b[^.;]{0,30}?\\b(?:in (?:high school|middle school|college|\\d{4})|"
                    + "(?:\\d+|a few|several|two|three|four|five|many) (?:years?|months?) ago|when (?:i|she|he|they) (?:was|were))",
                    Pattern.CASE_INSENSITIVE),
            // "PTSD related to a 2022 assault", "survivor of childhood sexual abuse", "abused by her father as a child"
            Domain.abuse, Pattern.compile("\\b(?:related to|history of|hx of|survivor of|following|after|due to|secondary to) "
                    + "(?:an? |the |her |his |their )?(?:\\d{4} |childhood |past |prior |previous )?(?:sexual |physical |domestic |emotional )?"
                    + "(?:assault|abuse|rape|violence|trauma|(?-i:CSA))\\w*|\\b(?:assault|abus|rap|molest|beat|touch|hit|whipp?|slapp?|chok|kick|punch|burn|bull|neglect|lock|left (?:me|her|him|them) "
                    + "alone)\\w*[^.;]{0,40}?\\b(?:in \\d{4}|"
                    + "\\d+ years? ago|as a (?:child|teen\\w*|kid)|in childhood|when (?:she|he|they|i) (?:was|were) " + AGE_THEN + "|"
                    // "CSA by maternal uncle ages 7-10"
                    + "(?:from |between )?ages? \\d{1,2}(?: ?(?:-|–|to|and) ?\\d{1,2})?\\b|"
                    // "I used to get bullied in middle school."
                    + SCHOOL_YEARS + ")|\\bused to (?:get |be )?bullied\\b|"
                    // "My dad used to beat us with a belt."
                    // ("He used to shove me when we were together, but that was years ago.")
                    + "\\bused to (?:beat|hit|whip|slap|kick|punch|choke|hurt|lock|molest|touch|burn|shove|push|grab|throw|strangle)\\b|"
                    // "In fourth grade, for a few months, when he was being bullied."
                    + "\\b(?:" + SCHOOL_YEARS + "|as a (?:child|kid))\\b"
                    + "[^.;]{0,60}?\\b(?:bull|abus|molest|assault)\\w*|"
                    // "When I was eight my stepdad would make me touch him.", "CSA", "childhood sexual abuse": a past event
                    + "\\bwhen (?:she|he|they|i) (?:was|were) " + AGE_THEN + "[^.;]{0,60}?\\b(?:abus|molest|assault|touch|rap|beat|hit|"
                    + "come into|came into|creep|sneak)\\w*|"
                    // (after "history of", "survivor of" the first form has it, or its denial)
                    + "(?=(?-i:CSA)|childhood)(?<!\\b(?:of|hx) )(?:(?-i:\\bCSA\\b)|\\bchildhood (?:sexual |physical |emotional )?abuse\\b)",
                    Pattern.CASE_INSENSITIVE));

    /** Someone else's suicide or attempt: a risk factor in the client's history, not the client's own ideation. */
    static final Pattern OTHERS_RISK = Pattern.compile(
            "\\b(?:mother|father|mom|dad|brother|sister|aunt|uncle|cousin|grand\\w+|son|daughter|husband|wife|partner|friend|"
                    + "relative|family member|classmate|coworker|co-worker|roommate|boyfriend|girlfriend)\\b"
                    + "(?:(?!\\b(?:and|but|so|while) (?:i|she|he|they|client)\\b)[^.;]){0,50}?\\b(?:died by "
                    + "suicide|(?:committed|completed) suicide|suicide attempts?|attempted suicide|suicidal|"
                    // "her best friend's suicide last year"
                    + "(?<=(?:'s|’s) )suicide|"
                    // "Client's brother tried to kill himself last month"
                    + "(?:tried|attempted|tries|attempts|trying|attempting|threatened|threatening) to (?:kill|hurt|harm) (?:him|her|them)sel\\w*|"
                    + "(?:tried|attempted) to (?:end|take) (?:his|her|their) (?:own )?life|killed (?:him|her|them)"
                    + "sel\\w*|took (?:his|her|their) (?:own )?life|overdosed|(?:who|that) (?:has been|is|was|had been|has|had|keeps) "
                    + "(?:cutting|self[- ]?harming|hurting|burning) (?:him|her|them)sel\\w*)|family history of (?:suicide\\w*|completed suicide)|"
                    // a death by suicide in general, or a loved one's: "guilt after a suicide is really common", "the survivors
                    // of suicide loss group", "lost him to suicide" (not "after a suicide attempt in 2019": the client's own)
                    + "\\b(?:guilt|grief|grieving|bereave\\w*|loss|survivors?|aftermath|stigma|after|following) (?:after |following |of |from |"
                    + "about |around )?(?:a |the |his |her |their )?suicide\\b(?! attempt| plan| thoughts?\\b| ideation)|\\bsuicide (?:loss|survivors?|"
                    + "bereavement)\\b|\\blost (?:him|her|them|someone|a \\w+|my \\w+|his \\w+|her \\w+|their \\w+) to suicide\\b",
            Pattern.CASE_INSENSITIVE);

    /** The third person inside a mention: in the client's own words it names someone else ("kill himself", "end her life"). */
    private static final Pattern SOMEONE_ELSE = Pattern.compile(
            "\\b(?:him|her|them)sel(?:f|ves)\\b|\\b(?:his|her|their) (?:own )?life\\b|\\b(?:she|he|they)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> OWN = Set.of("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "we", "myself");
    private static final Set<String> OTHER = Set.of("he", "she", "they", "he's", "she's", "they're", "he'd", "she'd", "they'd",
            "he’s", "she’s", "they’re", "mother", "father", "mom", "dad", "mum", "brother", "sister", "son", "daughter", "husband",
            "wife", "partner", "friend", "boyfriend", "girlfriend", "cousin", "aunt", "uncle", "grandmother", "grandfather",
            "grandma", "grandpa", "roommate", "coworker", "classmate", "stepdad", "stepmom", "stepfather", "stepmother", "kid", "child");

    /**
     * Whether the mention {@code matched} at {@code at} in {@code unit} is someone else's risk: inside a relative's
     * suicide or attempt ({@code othersRisk}, the unit's {@link #OTHERS_RISK} spans), or, except for abuse (which others
     * do to the client), with someone else as its subject: in the client's own words a third person in the mention
     * ("kill himself") or before it, in notes a relative as the subject of the mention itself. A relative speaking in
     * the session speaks of the client.
     */
    static boolean someoneElses(Domain domain, Unit unit, int at, String matched, List<int[]> othersRisk) {
        return someoneElses(domain, unit, at, matched, othersRisk, Participants.NONE);
    }

    /**
     * {@link #someoneElses(Domain, Unit, int, String, List)}, where someone who joined the session under their own name
     * ({@link Participants#named}) speaks of the client as a relative does: "Luis: She told me she doesn't want to be
     * here anymore."
     */
    static boolean someoneElses(Domain domain, Unit unit, int at, String matched, List<int[]> othersRisk, Participants participants) {
        if (domain == Domain.abuse && KILL_ONESELF.matcher(matched).find()) {
            return false; // "My girlfriend threatened to kill herself if I leave her": her threat is the client's abuse
        }
        if (othersRisk.stream().anyMatch(span -> span[0] <= at && at < span[1])) {
            return true;
        }
        if (domain == Domain.abuse) {
            return false;
        }
        if (unit.role() == Role.CLIENT && EXTENDED_SUICIDE.matcher(matched).matches()) {
            return false; // "If she can't be fixed then maybe we should both go to God together.": "we", the client among them
        }
        int subject = at;
        if (domain == Domain.suicidal_ideation && BETTER_OFF.matcher(matched).lookingAt()) {
            // "I thought they'd be better off with the life insurance", "they'd all be happier if I wasn't around": who would be
            // better off is not whose wish it is
            Matcher beneficiary = BENEFICIARY.matcher(unit.text()).region(Math.max(0, at - 60), at);
            subject = beneficiary.find() ? beneficiary.start() : at;
        }
        if (unit.role() == Role.CLIENT && !ClinicalVoice.isCollateral(unit.speaker()) && !participants.named(unit.speaker())) {
            return SOMEONE_ELSE.matcher(matched).find() || someoneElseIsSubject(unit.text(), subject, true);
        }
        return unit.role() == Role.NOTES && someoneElseIsSubject(unit.text(), subject, false);
    }

    private static final Pattern KILL_ONESELF = Pattern.compile("\\b(?:kill|hurt) (?:him|her|them)sel(?:f|ves)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern BETTER_OFF = Pattern.compile("better off|happier|fine|okay|easier", Pattern.CASE_INSENSITIVE);
    /** Those who "would be better off" with the client dead, just before the words: "they'd be ", "my wife would just be ". */
    private static final Pattern BENEFICIARY = Pattern.compile("\\b(?:(?:my|our|the|his|her|their) )?(?:they|everyone|everybody|people|others|"
            + "family|kids|children|wife|husband|partner|son|daughter|parents|mom|dad|mother|father)(?:['’]d| would| will| might)?"
            + "(?: (?:all|just|really|honestly|probably|actually))? (?:be )?$", Pattern.CASE_INSENSITIVE);

    /**
     * The clinician reflecting back what the client reported or rated: "I see Tuesday has a five for urges to self-harm",
     * "You told me you'd been cutting again", "It sounds like you've had thoughts of ending your life". What follows it in
     * the clinician's sentence is screened as the client's (psychoeducation and instructions, without it, are not).
     */
    static final Pattern REFLECTION = Pattern.compile("\\b(?:I (?:see|saw|notice|noticed|hear|heard)(?: (?:that|on|here|from))?|"
            + "you (?:said|told me|mentioned|rated|wrote|marked|reported|shared|described|circled|logged|put down)|"
            + "your (?:diary card|card|log|tracker|worksheet|sheet|form)|(?:it )?sounds like you)\\b", Pattern.CASE_INSENSITIVE);

    /** "You said your sister has been cutting herself": the reflection names someone else's risk. */
    private static boolean reflectsSomeoneElse(String text, int from, int at, String matched) {
        if (SOMEONE_ELSE.matcher(matched).find()) {
            return true;
        }
        for (String w : text.substring(from, at).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (OTHER.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The {@link #OTHERS_RISK} spans of {@code text}. */
    static List<int[]> othersRisk(String text) {
        return OTHERS_RISK.matcher(text).results().map(r -> new int[]{r.start(), r.end()}).toList();
    }

    private static final Set<String> CLAUSE_START = Set.of("and", "but", "because", "so", "while", "when", "after", "since",
            "although", "though", "then", "or", "if", "until", "whenever");
    private static final Set<String> CLIENT_NOUNS = Set.of("client", "pt", "patient", "clt", "cl", "member", "consumer");
    private static final Set<String> REPORTING = Set.of("reports", "reported", "report", "says", "said", "states", "stated",
            "told", "tells", "thinks", "thought", "believes", "believed", "worries", "worried", "fears", "feared", "per",
            "according", "notes", "noted", "shared", "disclosed", "discloses", "admits", "admitted", "describes", "described");

    /**
     * Whether the nearest subject before a mention within its sentence is someone else. In the client's words
     * ({@code clientSpeaking}): a third person or a relative before any "I" or "me" ("He said he wanted to die", "My son
     * has been cutting himself"; "she makes me want to die" stays the client's). In a clinician's notes: a relative as
     * the subject of the mention itself ("her son has been cutting himself"); a reporting verb, the client or a new clause
     * in between keeps it the client's ("Mom reports she has been cutting", "her mother yells at her and she has been
     * cutting"), and pronouns decide nothing, since in notes "she" may be either.
     */
    private static boolean someoneElseIsSubject(String text, int at, boolean clientSpeaking) {
        int from = Math.max(0, at - 200); // a subject stands near its verb (and a pathological unit stays linear)
        for (char end : (clientSpeaking ? ".?!" : ".;,").toCharArray()) {
            from = Math.max(from, text.lastIndexOf(end, at - 1) + 1);
        }
        String[] words = text.substring(from, at).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+");
        for (int i = words.length - 1; i >= 0; i--) {
            // ("friend's self-harm reported appropriately to school counselor": whose, by the possessive; "pt's" the client's)
            String w = words[i].matches(".{2,}['’]s") && !words[i].matches("(?:he|she|it|that|there|what|who)['’]s")
                    ? words[i].substring(0, words[i].length() - 2) : words[i];
            if (clientSpeaking ? OWN.contains(w) : CLIENT_NOUNS.contains(w) || REPORTING.contains(w) || CLAUSE_START.contains(w)) {
                return false;
            }
            if (OTHER.contains(w) && (clientSpeaking || !w.matches("(?:he|she|they)(?:['’].*)?"))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern RISK_CONTEXT = Pattern.compile(
            "\\b(?:plan|intent|means|protective factors?|safety plan|lethal|access to (?:firearms|guns|weapons|medications))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:denie[sd]|deny|denying|no|not|never|without|w/o|negative for|none|nor|doesn't|does not|don't|do not|didn't|did not|"
                    + "isn't|wasn't|hasn't|haven't|ruled out|free of|absence of|would never|wouldn't|won't|"
                    // "Nothing like wanting to not be here."
                    + "nothing like)\\b", Pattern.CASE_INSENSITIVE);
    /** "no appetite and reports passive SI": an endorsement after the negation wins. */
    private static final Pattern ENDORSEMENT = Pattern.compile(
            "\\b(?:endorse[sd]?|endorsing|reports?|reported|admits|admitted|acknowledge[sd]?|disclosed|discloses)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile(
            // ("Maybe I should just kill myself", "I think I might end my life": the thought of the act itself, not a doubt about it)
            "\\b(?:not sure|unsure|don't know|do not know|dunno|maybe(?! (?:i|we|she|he|they) (?:should|could)(?: just)? ?$)|perhaps|"
                    + "(?<!\\bI )might|might(?!(?: just)? ?$)|possibly|ambivalent|unclear|hard to say|"
                    + "i guess|kind of|sort of)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODAL_AT_MENTION = Pattern.compile("(?:should|could)(?: just)? ", Pattern.CASE_INSENSITIVE);
    /** Where a negation or hedge stops reaching: "should not be left alone given her suicidal intent" is not a denial. */
    private static final Pattern SCOPE_BREAK = Pattern.compile("\\bbut\\b|\\bhowever\\b|\\balthough\\b|;|\\bthough\\b|"
            // "I didn't answer, and I sent the screenshots to my lawyer for the protective order.": a clause of its own
            + ",\\s*and\\b(?=\\s+(?:I|we|she|he|they|my|his|her|their)\\b)|"
            + "\\bgiven\\b|\\bdue to\\b|\\bbecause(?: of)?\\b|\\bsince\\b|\\bwhich\\b|"
            // (not "I'm not someone who wants to hurt him": the negation is of the person the clause describes)
            + "(?<!\\bnot (?:someone|somebody|a person|a parent|that person|the (?:kind|type|sort) of (?:person|parent|mom|dad|man|woman|guy)) )\\bwho\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NO_ANSWER = Pattern.compile(
            // ("God, no. Never.", "Oh, no.", "Um, no.")
            "^(?:(?:oh,? )?(?:god|gosh|my god|jeez|geez|lord|hell|oh|um+|uh+|well|honestly|hmm+)[,.!]*\\s+)?"
                    + "(?:no+|nope|nah|never|not really|not at all|absolutely not|of course not|definitely not|no way|i wouldn't|"
                    + "i would never|i'd never|not anymore|none|"
                    // "Not this week.", "Not lately."
                    + "not (?:this|last|the past|the last) (?:week|weekend|month|couple (?:of )?weeks|few weeks)|not lately|not recently)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern YES_ANSWER = Pattern.compile(
            // ("It's always kind of there in the background, you know that.": chronic, said so)
            "^(?:it'?s always (?:kind of |sort of |a little |somewhat )?(?:there|in the background)|(?:they're|they are|it is) always (?:there|around)|"
                    + "yes|yeah|yep|yup|sometimes|a little|a bit|kind of|sort of|occasionally|once or twice|i have|i do|i did|"
                    // "Have you cut since we last met?" "Once. Thursday."
                    + "(?:just |only )?once|twice|(?:a couple of|a few|two|three) times|"
                    + "lately|more than|every now and then|on and off|honestly,? yes|at times|i (?:do )?think about it|i('ve| have)? thought about it|"
                    // "Some days, honestly.", "Here and there."
                    + "some (?:days|nights|mornings)|most (?:days|nights)|every (?:day|night)|all the time|here and there|once in a while|off and on|"
                    + "now and then|"
                    + "it(?:'s| has)? cross(?:es|ed) my mind)\\b", Pattern.CASE_INSENSITIVE);
    /** A no that the answer goes on to take back: "Not really. Well, sometimes at night.", "No, but lately a little." */
    private static final Pattern NO_THEN_YES = Pattern.compile("^(?:not really|no+|nah|not much|not so much)\\b[.,!]*\\s+"
            + "(?:well|but|though|actually|okay|ok|i mean|except)?,?\\s*(?:maybe )?(?:sometimes|once or twice|a little|occasionally|"
            + "lately|at night|now and then|every (?:now|once) (?:and|in a) (?:then|while)|yes|yeah|kind of)\\b", Pattern.CASE_INSENSITIVE);

    /** A yes further into the answer: "Right now? No. Last night, yeah." */
    private static final Pattern LATER_YES = Pattern.compile("(?:^|[.,!?;]\\s*)(?:yeah|yes|yep)\\b[.!]?", Pattern.CASE_INSENSITIVE);

    /** A yes in so many words, which a later "but no, I'd never ..." qualifies rather than takes back. */
    private static final Pattern EXPLICIT_YES = Pattern.compile("^(?:yes|yeah|yep|yup|honestly,? yes|i have|i do|i did)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The answer's own no, after an opening that was not a yes: "But no, I don't want to die." */
    private static final Pattern TAKEN_BACK = Pattern.compile("\\b(?:but|so) no\\b(?![- ](?:one|body|thing|where|more|longer))|"
            + "(?:^|[.!?]\\s+)no[,.!]|\\bi (?:don't|do not|don’t) want to die\\b|\\bi'?m not suicidal\\b|"
            // "Sometimes ... it would be easier to just disappear for a while. Not like dying.": the wish is said not to be death
            // (not "Not that I want to kill myself, I just want it to stop.": the wish to be dead, without the act)
            + "\\bnot (?:like |as in |in a )?(?:dying|death)\\b|\\bi (?:don't|do not|don’t) mean (?:like )?(?:dying|die|death)\\b|"
            + "\\bnot (?:like |that )?i (?:want|wanted|wanna) to (?:die|be dead)\\b",
            Pattern.CASE_INSENSITIVE);
    // (not "I'd never do anything": "Sometimes, yeah, but I'd never do anything." has the thoughts and denies the intent)
    private static final Pattern UNSURE_ANSWER = Pattern.compile(
            "^(?:i don't know|i dunno|maybe|i'm not sure|not sure|i guess|hard to say|i don't think so,? but|possibly)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final int MENTIONS_PER_UNIT = 8;
    private static final int CLAUSE_CHARS = 240;

    public List<Mention> screen(InputReader.Parsed input) {
        return screen(input, Participants.of(input, false));
    }

    /** {@link #screen(InputReader.Parsed)}, with the participants of a joint session the note engine has already found. */
    List<Mention> screen(InputReader.Parsed input, Participants joined) {
        List<Mention> mentions = new ArrayList<>();
        List<Unit> units = input.units();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.role() == Role.CLINICIAN && unit.isQuestion()) {
                answerTo(unit, units, i, null).ifPresent(mentions::addAll);
                int asked = i;
                // "Has either of you had any thoughts of hurting yourself ...?" "Daniel: No." "Maya: No, nothing like that.": in
                // a joint session, the second answer is charted too
                secondAnswer(unit, units, i).flatMap(second -> answerTo(unit, units, asked, second)).ifPresent(mentions::addAll);
                continue;
            }
            if (InputReader.saysBackWordsGiven(units, i)) {
                continue; // "What if I drop him.", read aloud from the card the clinician wrote with the client: an exposure
            }
            Matcher reflection = REFLECTION.matcher(unit.text());
            if (unit.role() == Role.CLINICIAN && !reflection.find()) {
                continue; // the clinician's own words assert nothing about the client, except what they reflect back
            }
            int reflected = unit.role() == Role.CLINICIAN ? reflection.end() : 0;
            List<int[]> othersRisk = null;
            for (Map.Entry<Domain, Pattern> entry : MENTIONS.entrySet()) {
                Matcher m = entry.getValue().matcher(unit.text());
                List<int[]> past = null;
                int found = 0;
                // a few mentions of a domain in one unit say all it says (and keep a pathological input linear)
                while (found < MENTIONS_PER_UNIT && m.find()) {
                    // what is someone else's and what is history, read only in a unit that mentions a risk (most do not)
                    if (othersRisk == null) {
                        othersRisk = othersRisk(unit.text());
                    }
                    if (past == null) {
                        past = historySpans(entry.getKey(), unit.text());
                    }
                    int at = m.start();
                    boolean bladesFound = entry.getKey() == Domain.self_harm && BLADES_FOUND.matcher(m.group()).matches();
                    boolean clientsBlades = bladesFound && unit.role() == Role.CLIENT
                            && MY_OR_THE.matcher(m.group()).find(); // "My mom found my razor blades": the finder is not the risk's
                    if (!clientsBlades && someoneElses(entry.getKey(), unit, at, m.group(), othersRisk, joined)) {
                        continue; // "maternal aunt died by suicide", "my brother tried to kill himself": not the client's own risk
                    }
                    if (unit.role() == Role.CLINICIAN && (at < reflected || reflectsSomeoneElse(unit.text(), reflected, at, m.group()))) {
                        continue; // only what follows "I see", "you told me" is the client's, and only when it is about the client
                    }
                    // ("If she can't be fixed then maybe we should both go to God together.": the client's wish, on a condition)
                    if (hypothetical(unit.text(), at) && !(unit.role() == Role.CLIENT && EXTENDED_SUICIDE.matcher(m.group()).matches())) {
                        if (entry.getKey() == Domain.homicidal_ideation && (unit.role() == Role.CLIENT
                                || unit.role() == Role.NOTES && insideQuotation(unit.text(), at)) && conditionalThreat(unit.text(), at)) {
                            // "If he comes near my kids again I'll kill him": a threat with its condition, as "I could kill
                            // him if he touches my kids again" (the condition said after it) is
                            found++;
                            mentions.add(new Mention(entry.getKey(), Polarity.endorsed, List.of(unit), null, false));
                        }
                        continue; // "call 111 if thoughts of self-harm develop": an instruction, not a finding
                    }
                    if (entry.getKey() == Domain.abuse && unit.role() == Role.CLIENT && answersImagining(units, i)) {
                        // "When you picture that, what do you see yourself doing?" "Beating him.": a violent thought, told as the
                        // homicidal ideation it answers, not violence done (it read "Abuse or violence: endorsed")
                        continue;
                    }
                    boolean historical = within(past, at);
                    Unit deniedNow = i + 1 < units.size() && units.get(i + 1).turn() == unit.turn()
                            && DENIES_NOW_ALONE.matcher(units.get(i + 1).text()).matches() ? units.get(i + 1) : null;
                    boolean deniedJustBefore = i > 0 && units.get(i - 1).turn() == unit.turn()
                            && DENIES_TODAY.matcher(units.get(i - 1).text()).find(); // "Pt denies SI today. Endorsed SI ... 2 wks ago."
                    if (!historical && entry.getKey() == Domain.suicidal_ideation && (deniedNow != null || deniedJustBefore
                            || NONE_CURRENTLY.matcher(unit.text()).find()) && RECENT_SI.matcher(unit.text()).results()
                                    .anyMatch(r -> r.start() <= at && at < r.end())) {
                        historical = true; // "passive death wish last week, none currently"
                    }
                    boolean pastEpisode = false;
                    if (!historical && unit.role() == Role.CLIENT && entry.getKey() != Domain.abuse) {
                        // "In the first week, when I found out, I thought about it. I thought about driving into the bridge. I
                        // didn't have a plan and I haven't thought it since.": an episode of the past, and the present denied
                        String turn = turnFrom(units, InputReader.turnStart(units, i));
                        if (PAST_ONLY.matcher(turn).find() && !STILL_NOW.matcher(turn).find()
                                && (PAST_TIME.matcher(turn).find() || EPISODE_PAST.matcher(turn).find())) {
                            historical = true;
                            pastEpisode = true;
                        }
                    }
                    if (historical && (deniedNow != null || pastEpisode)) {
                        // "Passive SI 3 days ago, denies currently." (read as two units): the recent past, and the present denied
                        found++;
                        mentions.add(new Mention(entry.getKey(), Polarity.denied, deniedNow == null ? List.of(unit) : List.of(unit, deniedNow),
                                null, false));
                        mentions.add(new Mention(entry.getKey(), polarity(unit.text(), m.start()), List.of(unit), null, true));
                        continue;
                    }
                    found++;
                    Polarity polarity = polarity(unit.text(), m.start());
                    if (historical && (NONE_CURRENTLY.matcher(unit.text()).find() || polarity == Polarity.denied
                            && entry.getKey() == Domain.self_harm && NOT_SINCE.matcher(unit.text()).find())) {
                        // "Self-harm hx in adolescence, none current.", "I haven't self-harmed in 40 days.": the history, and
                        // the present denied
                        mentions.add(new Mention(entry.getKey(), Polarity.denied, List.of(unit), null, false));
                        continue;
                    }
                    if (entry.getKey() == Domain.suicidal_ideation && concerningAlone(entry.getValue(), unit.text(), m)
                            && COGNITION_WORKED_ON.matcher(unit.text()).find()) {
                        continue; // "Tx: CBT, cognitive restructuring re: "I'm a burden to everyone."": a thought worked on in session
                    }
                    if (entry.getKey() == Domain.suicidal_ideation && GIVING_AWAY.matcher(m.group()).matches()
                            && !concerningAlone(entry.getValue(), unit.text(), m)) {
                        continue; // "denies SI but has been giving away her things": the qualifier of what else is said
                    }
                    // blades found, a safety contract: about the risk, but no act and no thought said either way
                    if (bladesFound && polarity != Polarity.denied
                            || entry.getKey() == Domain.suicidal_ideation && SAFETY_CONTRACT.matcher(m.group()).matches()
                            || entry.getKey() == Domain.suicidal_ideation && polarity != Polarity.denied
                                    && concerningAlone(entry.getValue(), unit.text(), m)
                            || entry.getKey() == Domain.homicidal_ideation && polarity != Polarity.denied
                                    && CONCERNING_HI.matcher(m.group()).matches()
                            || entry.getKey() == Domain.abuse && polarity != Polarity.denied
                                    && CONCERNING_ABUSE.matcher(m.group()).matches()) {
                        mentions.add(new Mention(entry.getKey(), Polarity.unclear, List.of(unit), null, historical));
                        continue;
                    }
                    if (entry.getKey() == Domain.abuse && FEELS_SAFE_PATTERN.matcher(m.group()).matches()) {
                        polarity = Polarity.denied; // "she feels safe at home": no abuse, in the positive
                    }
                    if (polarity == Polarity.endorsed && (deniedAfter(unit.text(), m.end()) || deniedInNextClause(units, i, m.end()))) {
                        polarity = Polarity.denied; // "SI: none", "Suicidal ideation: denied", "SI/HI: negative"
                    }
                    if (polarity == Polarity.endorsed && unit.role() == Role.CLIENT && saidFiguratively(units, i, m.end())) {
                        polarity = Polarity.denied; // "I swear I could kill him sometimes ... It's just an expression."
                    }
                    if (polarity == Polarity.endorsed && unit.role() == Role.CLINICIAN && clarifiedOtherwise(units, i)) {
                        // "You said something last week about not wanting to be here anymore." "Oh, I meant the hospital."
                        polarity = Polarity.denied;
                    }
                    if (polarity == Polarity.endorsed && unit.role() == Role.CLIENT && i + 1 < units.size()
                            && units.get(i + 1).turn() == unit.turn() && (entry.getKey() == Domain.suicidal_ideation
                                    && FOUND_IN_TIME.matcher(units.get(i + 1).text()).lookingAt()
                                    // "He touched me. More than once.": how often, quoted with it
                                    || HOW_OFTEN.matcher(units.get(i + 1).text()).matches())) {
                        // "I had the pistol in my mouth one night in 2009. My wife found me.": how the act was stopped, quoted with it
                        mentions.add(new Mention(entry.getKey(), polarity, List.of(unit, units.get(i + 1)), null, historical));
                        continue;
                    }
                    mentions.add(new Mention(entry.getKey(), polarity, List.of(unit), null, historical));
                }
            }
            Matcher usedThem = USED_THEM_ON.matcher(unit.text());
            if (unit.role() == Role.CLIENT && i > 0 && units.get(i - 1).turn() == unit.turn() && usedThem.find()
                    && BLADES.matcher(units.get(i - 1).text()).find()
                    && mentions.stream().noneMatch(m -> m.domain() == Domain.self_harm && m.units().contains(unit))) {
                // "My mom found the razor blades in my room. I used them on my arms a couple of times."
                int at = usedThem.start();
                boolean historical = within(historySpans(Domain.self_harm, unit.text()), at);
                Unit named = units.get(i - 1);
                Polarity used = polarity(unit.text(), at);
                if (used == Polarity.endorsed) { // the blades found are then part of the act ("I never used them": still unclear)
                    mentions.removeIf(m -> m.domain() == Domain.self_harm && m.polarity() == Polarity.unclear && m.units().equals(List.of(named)));
                }
                mentions.add(new Mention(Domain.self_harm, used, List.of(named, unit), null, historical));
            }
            Matcher joining = JOINING_THE_DEAD.matcher(unit.text());
            if (unit.role() != Role.CLINICIAN && joining.find() && someoneDiedBefore(units, i)
                    && mentions.stream().noneMatch(m -> m.domain() == Domain.suicidal_ideation && m.units().contains(unit))
                    && !hypothetical(unit.text(), joining.start())) {
                // "My brother killed himself last spring. Sometimes I think about joining him.": a wish to be dead
                mentions.add(new Mention(Domain.suicidal_ideation, polarity(unit.text(), joining.start()), List.of(unit), null,
                        within(historySpans(Domain.suicidal_ideation, unit.text()), joining.start())));
            }
        }
        // what the client said inside an answer about the past alone ("I used to. In college. I'd cut my thighs.") is history
        List<Mention> pastAnswers = mentions.stream().filter(m -> m.answer() != null && m.historical()).toList();
        if (!pastAnswers.isEmpty()) {
            mentions.replaceAll(m -> m.answer() == null && !m.historical() && pastAnswers.stream()
                    .anyMatch(a -> a.domain() == m.domain() && a.units().containsAll(m.units()))
                    ? new Mention(m.domain(), m.polarity(), m.units(), null, true) : m);
        }
        return withContext(mentions, units);
    }

    /** Joining, or being with, someone who has died: "I think about joining him", "I just want to be with her again". */
    static final Pattern JOINING_THE_DEAD = Pattern.compile("\\b(?:think\\w*|thought|wish\\w*|want\\w*|long\\w*|dream\\w*|"
            // ("He says sometimes he wishes he could go be with her.", relayed by an interpreter)
            + "ready) (?:about |of |to |(?:that )?(?:i|he|she|they) (?:could |might )?)?(?:just )?(?:joining|join|being with|be with|going to be with|go be with) (?:him|her|them|my (?:\\w+ )?"
            + "(?:mom|mother|dad|father|husband|wife|partner|son|daughter|baby|brother|sister|boy|girl|friend))(?: again)?"
            + "(?=\\s*(?:[.,;!?]|$|but\\b|and\\b|up there|in heaven|wherever (?:he|she|they) (?:is|are)|soon|sometimes))", Pattern.CASE_INSENSITIVE);
    /** A death said earlier in the session: "killed himself last spring", "since she passed", "at the funeral". */
    private static final Pattern DIED = Pattern.compile("\\b(?:died|dies|dead|death|passed away|passed|killed (?:him|her|them)sel(?:f|ves)|"
            + "suicide|funeral|buried|grave|lost (?:him|her|them|my (?:\\w+ )?(?:mom|mother|dad|father|husband|wife|partner|son|daughter|baby|"
            + "brother|sister))|(?:his|her|their) ashes|anniversary of (?:his|her|their))\\b", Pattern.CASE_INSENSITIVE);
    private static final int DEATH_SAID_WITHIN_UNITS = 12;

    private static boolean someoneDiedBefore(List<Unit> units, int at) {
        for (int j = Math.max(0, at - DEATH_SAID_WITHIN_UNITS); j <= at; j++) {
            if (DIED.matcher(units.get(j).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** "endorses passive SI, but denies plan, intent or means": the qualifying clause belongs to the finding. */
    private static List<Mention> withContext(List<Mention> mentions, List<Unit> units) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Unit last = m.units().get(m.units().size() - 1);
            int next = units.indexOf(last) + 1;
            if (m.answer() == null && next > 0 && next < units.size()) {
                Unit following = units.get(next);
                boolean sameSentence = following.start() - last.end() <= 8 && following.turn() == last.turn();
                if (sameSentence && RISK_CONTEXT.matcher(following.text()).find()
                        && MENTIONS.values().stream().noneMatch(p -> p.matcher(following.text()).find())) {
                    List<Unit> joined = new ArrayList<>(m.units());
                    joined.add(following);
                    out.add(new Mention(m.domain(), m.polarity(), joined, null, m.historical()));
                    continue;
                }
            }
            if (m.answer() == null && m.polarity() == Polarity.endorsed && last.role() == Role.CLIENT && next > 0 && next < units.size()
                    && units.get(next).turn() == last.turn() && HOW_ALONE.matcher(units.get(next).text().strip()).matches()) {
                // "Someone in my unit, a staff sergeant, he assaulted me. Sexually.": the word that says what kind goes with it
                List<Unit> joined = new ArrayList<>(m.units());
                joined.add(units.get(next));
                out.add(new Mention(m.domain(), m.polarity(), joined, null, m.historical()));
                continue;
            }
            // ("I've been cutting my thighs since about September. With a pencil sharpener blade.")
            if (m.answer() == null && m.polarity() == Polarity.endorsed && m.units().size() == 1 && last.role() == Role.CLIENT
                    && InputReader.words(last.text()) <= 12 && next > 0) {
                // "I burned myself. With a lighter, on my forearm. Three times.": the short fragments that tell how go with it
                // (alone in the history they read "Client stated: “With a lighter, on my forearm.”")
                List<Unit> joined = new ArrayList<>(m.units());
                for (int k = next; k < units.size() && k < next + 2 && units.get(k).turn() == last.turn() && tellsHow(units.get(k)); k++) {
                    joined.add(units.get(k));
                }
                if (joined.size() > 1) {
                    out.add(new Mention(m.domain(), m.polarity(), joined, null, m.historical()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static boolean tellsHow(Unit unit) {
        String text = unit.text().strip();
        return FRAGMENT.matcher(text).matches() && MENTIONS.values().stream().noneMatch(p -> p.matcher(text).find());
    }

    /** A word alone that says what kind of harm: "Sexually." */
    static final Pattern HOW_ALONE = Pattern.compile("(?i)(?:sexually|physically|emotionally|verbally)(?: too| as well)?[.!]?");

    /** A fragment that says how, where or how often, without a verb of its own: "With a lighter, on my forearm.", "Three times." */
    private static final Pattern FRAGMENT = Pattern.compile("(?i)(?:with|on|in|using|by|at|across|over|under|just|only|like|maybe|about|"
            + "twice|once|a few|a couple|one|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)\\b[^.?!]{0,40}[.!]?");

    /** Whether {@code text} mentions {@code domain} as the speaker's own (not "my mom died by suicide"). */
    private static boolean namesOwn(Domain domain, String text) {
        return ownMention(domain, text).isPresent();
    }

    /** The first mention of {@code domain} in {@code text} that is the client's own, not someone else's risk. */
    private static java.util.Optional<MatchResult> ownMention(Domain domain, String text) {
        List<int[]> others = othersRisk(text);
        return MENTIONS.get(domain).matcher(text).results().limit(MENTIONS_PER_UNIT)
                .filter(m -> others.stream().noneMatch(span -> span[0] <= m.start() && m.start() < span[1])).findFirst();
    }

    /** An answer about the past alone: "I used to.", "Not anymore.", "Not for like two years now.", "I stopped in college." */
    private static final Pattern PAST_ONLY = Pattern.compile("^(?:(?:yes|yeah|yep|i have|i did)[,.]?\\s+)?(?:I\\s+)?used to\\b|"
            // ("In high school I used to scratch my arms. Not since I was seventeen.")
            + "\\bnot (?:anymore|any more|since (?:then|high school|college|\\d{4}|(?:i|she|he|they) (?:was|were) \\w+)|in (?:years|a long time|a long while)|"
            + "for (?:like |about |over |almost |nearly |at least )?(?:a |an |\\w+ )(?:years?|months?)(?: now)?)\\b|"
            + "\\b(?:haven't|have not|hasn't|has not)(?: \\w+){0,3} (?:since|in (?:years|a long time|\\w+ (?:years|months)))\\b|"
            + "\\bI stopped\\b[^.;]{0,30}?\\b(?:in|after|when|years|months)\\b", Pattern.CASE_INSENSITIVE);
    /** ... unless it says the thing goes on: "I used to, and sometimes I still do." */
    private static final Pattern STILL_NOW = Pattern.compile("\\b(?:still|again|lately|recently|these days|this week|last week|last night|"
            + "yesterday|sometimes I do|once in a while)\\b", Pattern.CASE_INSENSITIVE);
    /** When, long enough ago to be the past: "When I was sixteen.", "in college", "two years ago". */
    private static final Pattern PAST_TIME = Pattern.compile("\\b(?:when (?:I|she|he|they) (?:was|were) (?:\\d+|[a-z]+teen|twenty|little|"
            + "young|younger|a (?:kid|teenager|teen|child)|in (?:high school|middle school|college))|in (?:high school|middle school|college|"
            // "Once in seventh grade I scratched my arm with a paperclip."
            + "\\d{4}|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th)) grade|"
            + "(?:elementary|grade|primary|junior high|secondary) school|(?:freshman|sophomore|junior|senior) year)|(?:\\d+|a few|several|two|three|four|five|ten|fifteen|twenty|thirty|many) years ago|last year|as a (?:teen\\w*|kid|child))\\b",
            Pattern.CASE_INSENSITIVE);
    /** When, told by the episode it belonged to: "when I found out", "in the first week", "back then", "four months ago". */
    private static final Pattern EPISODE_PAST = Pattern.compile("\\bwhen I (?:first )?(?:found out|heard|learned|got the news|lost (?:him|her|them|my \\w+))\\b|"
            + "\\b(?:in|during) the (?:first|early) (?:week|weeks|days|month|months)\\b|\\bback then\\b|\\bat the time\\b|"
            + "\\b(?:\\d+|a few|several|two|three|four|five|six|eight) months ago\\b", Pattern.CASE_INSENSITIVE);
    /** "Have you ever tried to ...?": an answer about the past is the whole answer. */
    // (and "Have you ever been violent with anyone before?" "A bar fight, twenty years ago. Nothing since.": an act of the past,
    // whichever it is)
    private static final Pattern ASKS_EVER_DONE = Pattern.compile("\\b(?:tried|attempted|attempts?|acted on)\\b|"
            + "\\bever been (?:violent|physical|in a (?:physical )?fight)\\b|\\bever (?:hurt|hit|attacked|assaulted) (?:anyone|someone|anybody)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Just cutting.", "Only the urges.": one of two things asked about, chosen. */
    private static final Pattern ONLY_THE_OTHER = Pattern.compile("^(?:just|only|it's just|it’s just|just the) \\w+", Pattern.CASE_INSENSITIVE);
    /** "..., or just the urge to cut?": a question that offers the lesser of two. */
    private static final Pattern OR_JUST = Pattern.compile("\\bor (?:is it )?(?:just|only)\\b", Pattern.CASE_INSENSITIVE);
    /** "Have you ever tried to end your life before?", "Any suicide attempts in the past?": the past asked about, not now. */
    private static final Pattern ATTEMPT_EVER_ASKED = Pattern.compile("^(?!.*\\b(?:this|last|past) (?:week|month)|.*\\b(?:lately|recently|since)\\b)"
            + "(?=.*\\b(?:ever|before|in the past|in your life|previously|prior)\\b).*\\b(?:tried to (?:kill|end|take)|attempted|attempts?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_SINCE = Pattern.compile("\\b(?:haven't|hasn't|have not|has not|haven’t|hasn’t)\\b[^.;]{0,30}?\\b(?:in|for|since)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A screening question that points back at the sentence before it: "Has that crossed your mind?" */
    private static final Pattern ASKS_ABOUT_THAT = Pattern.compile("\\b(?:that|this|it|those|these|anything like (?:that|this))\\b"
            + "[^?]{0,20}?\\bcross(?:ed|es)? your mind\\b|\\b(?:thoughts|feelings) like (?:that|this|those)\\b|"
            + "\\b(?:felt|feel|thought|think) (?:that way|like that)\\b|\\b(?:has|have) you (?:ever )?(?:had|experienced|felt) "
            + "(?:that|this|anything like (?:that|this))\\b|\\b(?:is|was) (?:that|this|it) (?:true|the case) for you\\b|"
            // "... the thoughts you told me about last time, of not wanting to be around. Have those come back this week?"
            + "\\b(?:have|has|did) (?:those|these|they|that|it|any of (?:those|these|them)) (?:come back|came back|returned|come up|came up|"
            + "shown up|happened again|been (?:back|there|coming up|around))\\b|\\b(?:still|again) (?:having|getting) (?:those|these|them|that)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NONE_CURRENTLY = Pattern.compile("\\b(?:currently|now|today) (?:denies|denied|none|negative)\\b|"
            + "\\b(?:none|denies|denied|negative) (?:current(?:ly)?|now|at present|today|"
            + "at this time|in session|"
            + "presently|since)\\b|\\bno (?:current|recent) (?:episodes?|urges|thoughts|behaviou?rs?|attempts?)\\b|\\bnot currently\\b|"
            // "Hx of cutting age 13-16, none in past 5 years."
            + "\\bnone (?:in|for|over|during) (?:the )?(?:past|last) (?:\\d+|one|two|three|four|five|six|several|many|few) "
            + "(?:years?|months?|weeks?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static List<Domain> asks(String question) {
        return QUESTIONS.entrySet().stream().filter(e -> e.getValue().matcher(question).find()).map(Map.Entry::getKey).toList();
    }

    /**
     * The first sentence of a second answer to {@code question}, by another speaker on the client's side (a couple's
     * other partner), whom the reader found answering the same question.
     */
    private static java.util.Optional<Unit> secondAnswer(Unit question, List<Unit> units, int index) {
        Unit first = null;
        for (int j = index + 1; j < units.size() && units.get(j).turn() <= question.turn() + 2; j++) {
            Unit u = units.get(j);
            if (u.role() != Role.CLIENT || u.speaker() == null) {
                return java.util.Optional.empty();
            }
            if (first == null) {
                first = u;
            } else if (u.turn() == question.turn() + 2) {
                return !u.speaker().equals(first.speaker()) && u.question() != null && u.question().contains(question.text().strip())
                        ? java.util.Optional.of(u) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** "Daddy never hurt me. Just Mommy.", "He never hits me, only my brother.": someone else at home is hurt. */
    private static final String SOMEONE_ELSE_HURT = "\\bnever (?:hurt|hit|hits|hurts|hurted) me\\b[.,;]?\\s+(?:just|only) "
            + "(?:mommy|mama|my mom|mom|my mother|my sister|my brother|my little (?:sister|brother))\\b";
    private static final Pattern WITNESSED_INSTEAD = Pattern.compile(SOMEONE_ELSE_HURT, Pattern.CASE_INSENSITIVE);

    /**
     * The client's answer to a screening question: the next client unit in the following turn, or {@code only}, a second
     * answer ({@link #secondAnswer}).
     */
    private java.util.Optional<List<Mention>> answerTo(Unit question, List<Unit> units, int index, Unit only) {
        List<Domain> asked = asks(question.text());
        Unit before = index > 0 ? units.get(index - 1) : null;
        Unit pointedAt = null;
        if (asked.isEmpty() && before != null && before.role() == Role.CLINICIAN && before.turn() == question.turn()
                && ASKS_ABOUT_THAT.matcher(question.text()).find()) {
            // "Sometimes people going through this much think about suicide. Has that crossed your mind?"
            asked = asks(before.text() + " " + question.text());
            pointedAt = before;
        }
        if (asked.isEmpty()) {
            return java.util.Optional.empty();
        }
        int lastTurn = only == null ? question.turn() + 1 : only.turn();
        for (int j = index + 1; j < units.size() && units.get(j).turn() <= lastTurn; j++) {
            Unit answer = units.get(j);
            if (answer.role() != Role.CLIENT || only != null && answer != only) {
                continue;
            }
            String text = ClinicalVoice.clean(answer.text());
            List<Domain> named = MENTIONS.keySet().stream().filter(d -> namesOwn(d, answer.text())).toList();
            if (!named.isEmpty()) {
                // the answer names a risk itself and is screened on its own; "Have you thought of ending your life or of
                // hurting yourself?" answered about ending one's life leaves self-harm open, not endorsed
                // (a leading "No, ..." still answers the whole question)
                // (and so does "... it would be easier if I just didn't wake up. But I'd never do anything.": acting on it denied)
                // (unless the clinician asks about it again straight after: "Have you hurt yourself in any way, like cutting?")
                // ("And any thoughts of killing yourself, or just the urge to cut?" "Just cutting. I don't want to die.": the other
                // half chosen, the thoughts of suicide denied; it read "unclear")
                boolean no = NO_ANSWER.matcher(text).find() || ONLY_THE_OTHER.matcher(text).lookingAt() && OR_JUST.matcher(question.text()).find();
                Unit neverActs = no ? null : units.subList(j + 1, units.size()).stream().takeWhile(u -> u.turn() == answer.turn())
                        .filter(u -> NEVER_ACT.matcher(u.text()).find()).findFirst().orElse(null);
                int answered = j;
                return java.util.Optional.of(asked.stream().filter(d -> !named.contains(d)).map(d -> {
                    boolean actingDenied = neverActs != null && !askedAgain(d, units, answered);
                    Unit quoted = actingDenied ? neverActs : answer;
                    return new Mention(d, no || actingDenied ? Polarity.denied : Polarity.unclear, List.of(question, quoted),
                            ClinicalVoice.clean(quoted.text()));
                }).toList());
            }
            // "Any urges to use or to hurt yourself?" "Urges to drink, yeah. Not to hurt myself.": the yes answers the rest, and
            // the risk the turn denies in its own words is screened on its own (it was self-harm endorsed)
            Polarity polarity = answerPolarity(text, turnFrom(units, j));
            // "Yeah, Tuesday. I didn't though.": the yes the cleaning took off its first sentence still answers (and is quoted)
            boolean yesCleanedOff = polarity == Polarity.unclear && YES_ANSWER.matcher(answer.text().strip()).lookingAt();
            if (yesCleanedOff) {
                polarity = answerPolarity(answer.text().strip(), turnFrom(units, j));
            }
            List<Domain> deniedInTurn = polarity == Polarity.endorsed ? deniedLaterInTurn(asked, units, j) : List.of();
            if (!deniedInTurn.isEmpty()) {
                asked = asked.stream().filter(d -> !deniedInTurn.contains(d)).toList();
                if (asked.isEmpty()) {
                    return java.util.Optional.empty();
                }
            }
            // "Do you ever think about hurting yourself?" "I used to. In college. ... Not for like two years now.": the past
            // endorsed, the present denied
            boolean pastOnly = polarity != Polarity.denied && !ASKS_EVER_DONE.matcher(question.text()).find()
                    && PAST_ONLY.matcher(turnFrom(units, j)).find() && !STILL_NOW.matcher(turnFrom(units, j)).find();
            // "Have you had thoughts of hurting yourself or others?" asks about several domains at once
            Polarity p = pastOnly ? Polarity.denied : polarity;
            // "Yeah, kind of. Last night I thought about taking all my pills.": the rest of the answer says what was meant
            List<Unit> said = new ArrayList<>(List.of(question, answer));
            if (pointedAt != null) {
                said.add(0, pointedAt); // what "Have those come back?" asks about is part of the question
            }
            StringBuilder quoted = new StringBuilder(yesCleanedOff ? answer.text().strip() : text);
            for (int k = j + 1; k < units.size() && k <= j + 2 && units.get(k).turn() == answer.turn(); k++) {
                said.add(units.get(k));
                quoted.append(' ').append(ClinicalVoice.clean(units.get(k).text()));
            }
            String answered = quoted.toString();
            if (polarity != Polarity.denied && ASKS_EVER_DONE.matcher(question.text()).find()
                    && PAST_TIME.matcher(turnFrom(units, j)).find() && !STILL_NOW.matcher(turnFrom(units, j)).find()) {
                // "Have you ever tried to kill yourself?" "When I was sixteen. I took a bunch of Tylenol.": an attempt in
                // the past, which says nothing of now (it was "unclear")
                return java.util.Optional.of(asked.stream().map(d -> new Mention(d, Polarity.endorsed, said, answered, true)).toList());
            }
            // "Do you feel safe at home?" "Yes. Completely.": a yes to feeling safe denies abuse (it had been charted endorsed)
            Polarity safe = SAFE_ASKED.matcher(question.text()).find() ? feelsSafe(turnFrom(units, j)) : null;
            // "Has anyone hurt you ...?" "No. Daddy never hurt me. Just Mommy.": no to being hurt, yes to violence seen at home
            boolean seenAtHome = WITNESSED_INSTEAD.matcher(turnFrom(units, j)).find();
            // "Have you ever tried to end your life before?" "No. Never.": no attempt in the past, which says nothing of the
            // thoughts the client owned to before it (it read "Suicidal ideation: denied")
            boolean noAttemptEver = p == Polarity.denied && ATTEMPT_EVER_ASKED.matcher(question.text()).find();
            List<Mention> out = new ArrayList<>(asked.stream().map(d -> new Mention(d, d == Domain.abuse && seenAtHome ? Polarity.endorsed
                    : d == Domain.abuse && safe != null ? safe : p, said, answered,
                    noAttemptEver && d == Domain.suicidal_ideation)).toList());
            if (pastOnly) {
                // (the history is of what the answer names, where it names one of the risks asked about: "... I thought about
                // driving into the bridge. ... I haven't thought it since." is a history of suicidal ideation, not of self-harm)
                String turn = turnFrom(units, j);
                List<Domain> namedInTurn = asked.stream().filter(d -> MENTIONS.get(d).matcher(turn).find()).toList();
                (namedInTurn.isEmpty() ? asked : namedInTurn).forEach(d -> out.add(new Mention(d, Polarity.endorsed, said, answered, true)));
            }
            return java.util.Optional.of(out);
        }
        return java.util.Optional.empty();
    }

    private static final Pattern CONCEDED = Pattern.compile("\\s*not that\\b", Pattern.CASE_INSENSITIVE);

    /** The asked risks that a later sentence of the answer's turn names and denies: "Not to hurt myself." */
    private static List<Domain> deniedLaterInTurn(List<Domain> asked, List<Unit> units, int answerIndex) {
        List<Domain> denied = new ArrayList<>();
        for (int k = answerIndex + 1; k < units.size() && units.get(k).turn() == units.get(answerIndex).turn(); k++) {
            String text = units.get(k).text();
            if (CONCEDED.matcher(text).lookingAt()) {
                continue; // "Sometimes. Not that I want to kill myself, I just want it to stop.": the act denied, not the wish
            }
            for (Domain d : asked) {
                if (ownMention(d, text).filter(m -> polarity(text, m.start()) == Polarity.denied).isPresent()) {
                    denied.add(d);
                }
            }
        }
        return denied;
    }

    /** A question whether the client feels safe, to which a yes is a denial: "Do you feel safe at home?" */
    private static final Pattern SAFE_ASKED = Pattern.compile("\\b(?:do|are|and) you (?:\\w+ )?(?:feel(?:ing)? )?safe\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_YES = Pattern.compile("^\\W*(?:(?:yes|yeah|yep|yup|i do|i am|i feel safe|completely|totally|absolutely|"
            + "definitely|of course|very|mostly|for the most part|now i do|safe)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_SAID = Pattern.compile("^\\W*(?:no|nope|not really|not always|not (?:completely|totally|at home|"
            + "there|with him|with her)|i don't|i do not|sometimes not|i'm not sure|not sure)\\b|\\bnot when\\b|\\bunsafe\\b|\\bscared\\b|\\bafraid\\b|"
            + "\\bterrified\\b", Pattern.CASE_INSENSITIVE);

    /** The answer to whether the client feels safe, as a finding of abuse: safe is denied, unsafe endorsed, else unclear. */
    private static Polarity feelsSafe(String turn) {
        if (UNSAFE_SAID.matcher(turn).find()) {
            return Polarity.endorsed; // "Most of the time. Not when he's drinking."
        }
        return SAFE_YES.matcher(turn).find() ? Polarity.denied : Polarity.unclear;
    }

    /**
     * The client taking a risky phrase back in the same turn, unasked: "I swear I could kill him sometimes, but obviously
     * I'm not going to do anything. It's just an expression."
     */
    private static boolean saidFiguratively(List<Unit> units, int index, int mentionEnd) {
        Unit unit = units.get(index);
        if (FIGURATIVE.matcher(unit.text().substring(mentionEnd)).find()) {
            return true;
        }
        for (int k = index + 1; k < units.size() && k <= index + 2 && units.get(k).turn() == unit.turn(); k++) {
            if (FIGURATIVE.matcher(units.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** "No, not like that. ... I'm not suicidal.", "No, no. It's just an expression.": a risky phrase said not to mean the risk. */
    private static final Pattern MEANT_NOT_SO = Pattern.compile("^\\W*no\\b[^?]*?\\b(?:not like that|not in that way|not that way|"
            + "(?:i'm|i’m|i am) not suicidal|just an expression|just a saying|a figure of speech|(?:didn't|did not|don't|do not) mean it "
            + "(?:like that|that way|literally))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A mention of {@link #CONCERNING_SI} that is all the sentence says of suicide ("I took a few extra of my pills"); not
     * when the rest of it says more ("taking 10 extra sleeping pills on Saturday to make it all stop").
     */
    private static boolean concerningAlone(Pattern mentions, String text, MatchResult m) {
        return CONCERNING_SI.matcher(m.group()).matches()
                && !mentions.matcher(text.substring(0, m.start()) + " " + text.substring(m.end())).find();
    }

    /** Where {@code text} speaks of the past for {@code domain}: "hx of cutting in high school". */
    private static List<int[]> historySpans(Domain domain, String text) {
        Pattern history = HISTORY.get(domain);
        return history == null ? List.of() : history.matcher(text).results().map(r -> new int[]{r.start(), r.end()}).toList();
    }

    private static boolean within(List<int[]> spans, int at) {
        return spans.stream().anyMatch(span -> span[0] <= at && at < span[1]);
    }

    /** The client's answer to a reflection, saying it meant something else: "Oh, I meant the hospital." */
    private static boolean clarifiedOtherwise(List<Unit> units, int index) {
        Unit reflection = units.get(index);
        for (int k = index + 1; k < units.size() && units.get(k).turn() <= reflection.turn() + 1; k++) {
            Unit answer = units.get(k);
            if (answer.role() == Role.CLIENT && answer.turn() == reflection.turn() + 1
                    && (MEANT_OTHERWISE.matcher(answer.text()).find() || FIGURATIVE.matcher(answer.text()).find())) {
                return true;
            }
        }
        return false;
    }

    /** "I didn't mean it like that.", "I don't mean it that way." */
    private static final String NOT_MEANT_THAT_WAY = "\\b(?:didn't|did not|don't|do not) mean (?:it )?(?:like that|that way)\\b";
    private static final Pattern MEANT_OTHERWISE = Pattern.compile("\\bI (?:only |just )?meant (?:the|my|at|in|work|school)\\b|"
            + NOT_MEANT_THAT_WAY + "|\\bnot (?:like|in) that way\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A risky phrase said in anger, the client says when asked and denying it: "I was just mad.", "I didn't mean it like
     * that." (only in a denial: unasked, "I wanted to die, I was so upset" is no taking back).
     */
    private static final Pattern SAID_IN_ANGER = Pattern.compile("\\b(?:i was|i'm|i’m|i get) (?:just |only )?(?:really |so )?"
            + "(?:mad|angry|pissed(?: off)?|upset|frustrated)\\b|" + NOT_MEANT_THAT_WAY + "|"
            + "\\bsay (?:stuff|things) when (?:i'm|i’m|i am|i get) (?:mad|angry|upset)\\b", Pattern.CASE_INSENSITIVE);

    /** The client saying a risky phrase was not meant: "it's just an expression", "I was joking", "not literally". */
    private static final Pattern FIGURATIVE = Pattern.compile("\\b(?:just|only) (?:an? )?(?:expression|saying|figure of speech|"
            + "way of (?:talking|speaking|saying)|venting|joking|kidding)\\b|\\bfigure of speech\\b|\\bnot literally\\b|"
            + "\\b(?:i was|i'm|i’m) (?:just )?(?:joking|kidding|exaggerating|venting)\\b|\\b(?:didn't|did not|don't|do not) mean (?:it )?literally\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ASKS_IMAGINED = Pattern.compile("\\b(?:picture|pictured|picturing|imagine|imagined|imagining|see yourself|"
            + "fantasi[sz]\\w*|daydream\\w*|in your mind|thoughts? of (?:hurting|harming|killing))\\b", Pattern.CASE_INSENSITIVE);

    /** Unit {@code i} opens the client's answer to the clinician's question about what the client imagines. */
    private static boolean answersImagining(List<Unit> units, int i) {
        int first = InputReader.turnStart(units, i);
        if (i - first > 1 || first == 0) {
            return false;
        }
        Unit asked = units.get(first - 1);
        return asked.role() == Role.CLINICIAN && asked.isQuestion() && ASKS_IMAGINED.matcher(asked.text()).find();
    }

    /**
     * The polarity of a short answer to a screening question: its first sentence {@code text}, read with the rest of the
     * client's turn. A no is taken back by a yes that follows ("Not really. Well, sometimes at night."), unless what
     * follows names a risk of its own (a death wish answering a self-harm question is screened as such); a yes that only
     * opened a thought is taken back by the answer's own no ("Sometimes I think, what happens to her ... But no, I don't
     * want to die."), one in so many words is not; a yes further on answers too ("Right now? No. Last night, yeah.").
     */
    private static Polarity answerPolarity(String text, String turn) {
        if (UNSURE_ANSWER.matcher(text).find()) {
            // "I don't know if I'd do it. But yeah. I've thought about it.": the doubt is of the act, the thoughts owned to
            return BUT_YES.matcher(turn).find() ? Polarity.endorsed : Polarity.unclear;
        }
        if (NO_ANSWER.matcher(text).find()) {
            boolean takenBack = NO_THEN_YES.matcher(turn).find() && MENTIONS.values().stream().noneMatch(p -> p.matcher(turn).find());
            return takenBack ? Polarity.endorsed : Polarity.denied;
        }
        if (YES_ANSWER.matcher(text).find()) {
            return EXPLICIT_YES.matcher(text).find() || !TAKEN_BACK.matcher(turn).find() ? Polarity.endorsed : Polarity.denied;
        }
        if (PLAN_ONLY_DENIED.matcher(text).find() && BUT_THEN.matcher(turn).find()) {
            return Polarity.endorsed; // "Not like a plan or anything. But sometimes I think about joining him."
        }
        if (LATER_YES.matcher(turn).find() || THOUGHTS_OWNED.matcher(turn).find()) {
            // ("There's a neighbor who lets his dog crap on my lawn. I've thought about going over there and knocking him out. I
            // wouldn't.": the thoughts owned to, the act denied; it read "unclear")
            return Polarity.endorsed;
        }
        // "I fantasize about him just disappearing, but no, I wouldn't hurt anybody.": a thought said, then the act denied
        return BUT_NO_DENIAL.matcher(text).find() ? Polarity.denied : Polarity.unclear;
    }

    private static final Pattern THOUGHTS_OWNED = Pattern.compile("\\bI(?:'ve|’ve| have)? (?:thought|think|fantasi[sz]e\\w*) about "
            + "(?:going over there and )?(?:hitting|hurting|knocking|punching|killing|beating|shooting|stabbing|strangling|running (?:him|her|them) over)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BUT_YES = Pattern.compile("(?:^|[.!?]\\s+)but (?:yeah|yes|yep)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern BUT_NO_DENIAL = Pattern.compile("\\b(?:but|so),? no[,.!]? (?:I|he|she|they) (?:wouldn't|would not|won't|"
            + "would never|'d never|’d never|will never|don't|do not|never)\\b", Pattern.CASE_INSENSITIVE);

    /** An answer that denies a plan only, which says nothing against the thoughts: "Not like a plan or anything." */
    private static final Pattern PLAN_ONLY_DENIED = Pattern.compile("^(?:not|no|never|nothing)(?: like| really)?(?: a| any)?(?: specific| real)? "
            + "(?:plans?|planned)\\b", Pattern.CASE_INSENSITIVE);
    /** The thoughts the rest of the answer owns to: "But sometimes I think about ..." (not "But no, never."). */
    private static final Pattern BUT_THEN = Pattern.compile("\\bbut\\b,?(?! (?:no|never|nothing|not)\\b| i (?:don't|do not|would never|'d never|wouldn't|"
            + "won't|never)\\b)", Pattern.CASE_INSENSITIVE);

    /** What the client said from unit {@code first} to the end of that turn, fillers left out. */
    static String turnFrom(List<Unit> units, int first) {
        StringBuilder said = new StringBuilder();
        for (int k = first; k < units.size() && units.get(k).turn() == units.get(first).turn(); k++) {
            said.append(ClinicalVoice.clean(units.get(k).text())).append(' ');
        }
        return said.toString().strip();
    }

    /**
     * The client's threat to harm someone if that person harms or comes near them or theirs: "If he comes near my kids
     * again I'll kill him", "if he ever touches her again I swear I'll kill him". Not "If my roommate eats my food again
     * I'll kill him": the condition is someone's harm or approach, not an annoyance.
     */
    static boolean conditionalThreat(String text, int mentionStart) {
        Matcher threat = CONDITIONAL_THREAT.matcher(text);
        while (threat.find()) {
            if (threat.start() <= mentionStart && mentionStart < threat.end()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CONDITIONAL_THREAT = Pattern.compile("\\bif (?:(?:he|she|they|anyone|anybody|someone|somebody|that \\w+|(?:my|her|his|the) \\w+)(?: (?:ever|even|so much as))? "
            + "(?:touch|hurt|hit|lay|lays|put|puts|come|comes|go|goes|show|shows|threaten|mess|messes|does that|do that|tries|try)\\w*\\b"
            // "If I see that guy near my kids again I'll kill him"
            + "|I (?:ever )?(?:see|catch|find) (?:him|her|them|that \\w+|(?:my|her|his|the) \\w+) (?:near|around|with|at|by|touching|hurting)\\b)"
            + "[^.;?!]{0,60}?,? (?:(?:then|I swear|honestly|so help me),? )*I(?:'ll|’ll| will|'m going to|’m going to|'m gonna|’m gonna| am going to|'d|’d| would) "
            + "(?:\\w+ )?(?:kill|hurt|shoot|stab|strangle|beat)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether {@code at} is inside a quotation in notes ('Client stated, "If I see him ... I'll kill him,"'): the client's words. */
    static boolean insideQuotation(String text, int at) {
        int quotes = 0;
        for (int k = 0; k < at; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** "if thoughts of self-harm develop", "should suicidal thoughts return": a condition the clinician set, not a report. */
    static boolean hypothetical(String text, int mentionStart) {
        String clause = clauseBefore(text, mentionStart);
        return HYPOTHETICAL.matcher(clause).find() || RETURN_FEARED_BEFORE.matcher(clause).find()
                && RETURN_FEARED_AFTER.matcher(text).region(mentionStart, text.length()).lookingAt();
    }

    /** "Pt wondered if SI would return after stopping meds", "worried the urges might come back": a fear of it, not the risk now. */
    private static final Pattern RETURN_FEARED_BEFORE = Pattern.compile("\\b(?:wonder\\w*|worr\\w*|afraid|scared|fear\\w*|"
            + "concern\\w*|anxious|asked)\\b(?: (?:that|if|whether|about whether|about))?(?: (?:the|her|his|their|my))? ?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RETURN_FEARED_AFTER = Pattern.compile("[\\w/ -]{1,40}? (?:would|will|might|could|may|is going to|"
            + "are going to)(?: ever)? (?:return|come back|recur|resurface|start (?:up )?again)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?:(?<!asked )(?<!asks )(?<!asking )(?<!wonder )(?<!wonders )(?<!wondering )(?<!wondered )(?<!unsure )(?<!sure )\\bif|\\bin case|\\bwhenever|\\bunless|\\bin the event|"
                    + "\\bshould (?:any|the|thoughts|urges|suicidal|symptoms))\\b(?!.*\\b(?:reports?|reported|endorse[sd]?|admits|states?|said)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** The clause before the mention, back to the last scope break; a clause is not longer than CLAUSE_CHARS. */
    private static String clauseBefore(String text, int mentionStart) {
        String before = text.substring(Math.max(0, mentionStart - CLAUSE_CHARS), mentionStart);
        Matcher scope = SCOPE_BREAK.matcher(before);
        int from = 0;
        while (scope.find()) {
            from = scope.end();
        }
        return before.substring(from);
    }

    /**
     * A denial written after the mention, as clinicians chart it: "SI: none", "Suicidal ideation: denied", "SI denied",
     * "SI/HI: negative", "Thoughts of self-harm: no", "Suicidal thoughts were not present".
     */
    static boolean deniedAfter(String text, int mentionEnd) {
        String after = text.substring(mentionEnd, Math.min(text.length(), mentionEnd + 80));
        return DENIED_AFTER.matcher(after).lookingAt() || ALL_OF_WHICH_DENIED.matcher(after).lookingAt()
                || LATER_RESOLVED.matcher(after).lookingAt();
    }

    /** "reports SI 2 weeks ago after breakup, resolved" */
    private static final Pattern LATER_RESOLVED = Pattern.compile("[^.;]{0,60}?,\\s*(?:now |since |has |have )?(?:resolved|remitted)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "asked about suicidal and homicidal ideation, both of which she denied" */
    private static final Pattern ALL_OF_WHICH_DENIED = Pattern.compile("[^.;]{0,60}?,?\\s*(?:both|all|each|either|neither|any) of (?:which|these|them)"
            + "\\s+(?:(?:she|he|they|the client|client|pt|patient)\\s+)?(?:denied|denies|(?:was|were) denied)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Client was asked about SI and denied", "SI and HI denied": the notes' clauses were split at "and", so a mention
     * that ends its clause reads on into the next clause of the same sentence.
     */
    private static boolean deniedInNextClause(List<Unit> units, int i, int mentionEnd) {
        Unit unit = units.get(i);
        if (i + 1 >= units.size() || !unit.text().substring(mentionEnd).isBlank() || units.get(i + 1).role() != unit.role()
                || units.get(i + 1).start() - unit.end() > 6) {
            return false;
        }
        return deniedAfter(" and " + units.get(i + 1).text().replaceFirst("(?i)^\\s*(?:and|but|,)\\s+", ""), 0);
    }

    /** "... and denied.", "... but he denied it.": a denial that ends there ("but denies acting on them" denies something else). */
    private static final String DENIAL_ENDS = "\\s+denie[sd](?:\\s+(?:it|this|that|them|both|all of it|all three))?\\s*(?:[.;,!]|$)";

    private static final Pattern DENIED_AFTER = Pattern.compile(
            // "asked about SI and denied", "screened for HI, which she denied"
            "(?:\\s*/\\s*[A-Za-z]+)*(?:\\s*(?:,|,?\\s*and|&)\\s*(?-i:[A-Z]{2,4})\\b)*(?:\\s+(?:thoughts|ideation|ideas|behaviou?rs?|urges|intent))?(?:\\s*,?\\s*(?:and|but)(?:\\s+(?:she|he|they|client|pt|patient))?"
                    + "(?=" + DENIAL_ENDS + ")|\\s*,?\\s*which\\s+(?:she|he|they|the client|client|pt|patient)(?=" + DENIAL_ENDS + "))?"
                    + "(?:\\s*(?::|-|–|—|=)\\s*|\\s+|\\s*(?=\\())(?:\\(-\\)|\\(neg\\)|(?<=[:=]\\s{0,3})[-–](?![\\w-])|(?<=[:=]\\s{0,3})0\\b(?![./]\\d)|none|no\\b|not? (?:endorsed|reported|present|elicited|noted|expressed)|negative|neg\\b|nil|"
                    + "denied|denies|absent|(?:has |have )?resolved|no longer present|in remission|"
                    + "(?:was|were|is|are|has been|have been) (?:not|never|denied|absent|negative|resolved)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "-SI", "(-) HI": shorthand for a negative finding, right before the mention. */
    private static final Pattern MINUS_BEFORE = Pattern.compile("(?:^|[\\s,;(])(?:-|\\(-\\)|neg\\.?)\\s?(?:(?:SI|HI|SH)/)?$", Pattern.CASE_INSENSITIVE);

    /** Negation or hedge before the mention, within its clause, decides; otherwise the mention is endorsed. */
    static Polarity polarity(String text, int mentionStart) {
        // "-SI", "(-) HI", "neg SI"; "-SI/HI" denies both
        if (MINUS_BEFORE.matcher(text.substring(Math.max(0, mentionStart - 9), mentionStart)).find()) {
            return Polarity.denied;
        }
        if (CLARIFIED_NOT_DEATH.matcher(text).region(mentionStart, text.length()).find()) {
            return Polarity.denied;
        }
        // 'When asked if he wants to hurt anyone, client said "No. I want my show."': the question's words, and the answer given
        Matcher asked = ASKED_THEN_ANSWERED.matcher(text);
        while (asked.find()) {
            // (a yes is read as the answer's own words are: 'When asked if he has thoughts of hurting himself, student said
            // "Sometimes I wish I could disappear."' is a wish to disappear, not self-harm)
            if (asked.start() <= mentionStart && mentionStart < asked.start(1)) {
                if (!asked.group(1).matches("(?i)yes|yeah|sometimes")) {
                    return Polarity.denied;
                }
                if (WISH_INSTEAD.matcher(text).region(asked.end(1), text.length()).lookingAt()) {
                    return Polarity.unclear; // the question's risk not answered, a wish said instead
                }
            }
        }
        String clause = clauseBefore(text, mentionStart);
        Matcher modal = MODAL_AT_MENTION.matcher(text).region(mentionStart, text.length());
        if (modal.lookingAt()) {
            clause += modal.group(); // "Maybe I should just drive off a bridge": the mention starts at its "should"
        }
        if (HEDGE.matcher(clause).find()) {
            return Polarity.unclear;
        }
        int negation = lastMatch(NEGATION, clause);
        if (negation >= 0 && lastMatch(ENDORSEMENT, clause) <= negation) {
            return Polarity.denied;
        }
        return Polarity.endorsed;
    }

    private static final Pattern WISH_INSTEAD = Pattern.compile("[^.\"”]{0,30}\\b(?:wish|disappear|not (?:be )?here|not wake up|dead)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "When asked if he wants to hurt anyone, client said "No."": a question told in a note, with its answer. */
    private static final Pattern ASKED_THEN_ANSWERED = Pattern.compile("\\basked (?:if|whether|about)\\b[^.;\"“]{0,100}?,\\s*(?:the )?"
            + "(?:client|pt|patient|student|resident|veteran|child|teen|adolescent|youth|he|she|they)\\s+(?:said|stated|replied|answered|"
            + "responded|reported)\\s*[:,]?\\s*[\"“]?"
            + "(no|nope|never|not really|absolutely not|yes|yeah|sometimes)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The words said, then said not to be of death: 'Pt stated "Sometimes I think she'd be better off if I was gone," then
     * clarified he meant moving out of state, not dying.'
     */
    private static final Pattern CLARIFIED_NOT_DEATH = Pattern.compile("\\b(?:clarified|explained|added|stated|said|specified) "
            + "(?:that )?(?:(?:he|she|they|it|this|pt|client|the client) )?(?:meant|means|was referring to|referred to|was talking about|"
            + "was about)\\b[^.;]{0,80}?\\bnot (?:about )?(?:dying|death|suicide|being dead|wanting to die|killing (?:him|her|them)sel\\w+|"
            + "ending (?:his|her|their) life)\\b", Pattern.CASE_INSENSITIVE);

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static final Pattern ATTEMPTS_NAMED = Pattern.compile("\\battempt|\\boverdos|(?-i:\\bSAs?\\b)|\\bOD\\b|"
            + "\\btried to (?:kill|end|take)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Who spoke the mention's words on the client's side: "client", a relative ("client's daughter"), or a participant
     * of a joint session by name ("Daniel").
     */
    private static final Pattern SENTENCE_OPENING_LOWER = Pattern.compile("(^|[.!?]\\s+)(\\p{Ll})");

    private static String speakerOf(Mention m, Participants participants) {
        return m.units().stream().filter(u -> u.role() == Role.CLIENT).findFirst()
                .map(u -> participants.named(u.speaker()) ? u.speaker() : ClinicalVoice.relativeNamed(u.speaker())).orElse("client");
    }

    /** One finding per domain: endorsed wins over unclear over denied; a domain never mentioned is not assessed. */
    public List<RiskFinding> findings(List<Mention> mentions, InputReader.Parsed parsed, String input) {
        return findings(mentions, parsed, input, Participants.NONE);
    }

    /** {@link #findings(List, InputReader.Parsed, String)}, naming the participants of a joint session who said what. */
    List<RiskFinding> findings(List<Mention> mentions, InputReader.Parsed parsed, String input, Participants participants) {
        List<RiskFinding> findings = new ArrayList<>();
        var qualified = new java.util.IdentityHashMap<Unit, List<RiskQualifiers.Qualifier>>();
        for (Domain domain : Domain.values()) {
            List<Mention> all = mentions.stream().filter(m -> m.domain() == domain).toList();
            // "Any thoughts of hurting yourself or of not wanting to be alive?" answered about the wish to disappear leaves
            // self-harm unclear, until "Have you ever hurt yourself on purpose?" "No.": a clear answer settles an unclear one
            // (and so does "Any urges to cut?" "No. I haven't cut in eight months.", an answer that names what it denies)
            boolean answeredClearly = all.stream().anyMatch(m -> m.polarity() != Polarity.unclear && (m.answer() != null
                    || m.units().stream().anyMatch(u -> u.role() == Role.CLIENT && u.question() != null
                            && QUESTIONS.get(domain).matcher(u.question()).find())));
            List<Mention> of = all.stream().filter(m -> !(answeredClearly && m.answer() != null && m.polarity() == Polarity.unclear)).toList();
            // "I swear I'm going to kill him." ... "do you have any thoughts of actually hurting him?" "No, it's just an
            // expression.": the clinician asked, and what the client said before is a figure of speech
            // (and "No. I swear. I was just mad.", asked about "you said you wished you were dead" when her phone was taken)
            // ("No. No, not like that. I'd like to disappear to a cabin for a month. I'm not suicidal.": the words said not to mean it)
            List<Mention> clarifications = of.stream().filter(m -> m.answer() != null && m.polarity() == Polarity.denied
                    && (FIGURATIVE.matcher(m.answer()).find() || SAID_IN_ANGER.matcher(m.answer()).find()
                            || MEANT_NOT_SO.matcher(m.answer()).find())).toList();
            int clarifiedAt = clarifications.stream().mapToInt(m -> m.units().get(0).start()).max().orElse(-1);
            java.util.function.Predicate<Mention> saidBefore = m -> m.answer() == null && m.units().get(0).role() == Role.CLIENT
                    && m.units().get(0).start() < clarifiedAt;
            boolean figurative = of.stream().anyMatch(m -> saidBefore.test(m) && m.polarity() == Polarity.endorsed);
            if (figurative) {
                of = of.stream().map(m -> saidBefore.test(m) ? new Mention(m.domain(), Polarity.denied, m.units(), null, m.historical()) : m)
                        .toList();
            }
            if (domain == Domain.suicidal_ideation && of.stream().anyMatch(m -> !safetyContract(m))) {
                of = of.stream().filter(m -> !safetyContract(m)).toList(); // the contract is then a qualifier of the finding
            }
            if (of.isEmpty()) {
                findings.add(new RiskFinding(domain.name(), Polarity.not_assessed.name(),
                        domain.title + ": not addressed in the session input.", List.of()));
                continue;
            }
            // abuse suffered in the past is charted as endorsed, with its history named (an attempt or self-harm in the past
            // is not the present state)
            // ("Denies hx of self-harm.": a history denied is denied now too; a history of attempts denied says nothing of ideation)
            List<Mention> current = domain == Domain.abuse ? of : of.stream().filter(m -> !m.historical() || m.polarity() == Polarity.denied
                    && m.units().stream().noneMatch(u -> ATTEMPTS_NAMED.matcher(u.text()).find())).toList();
            if (domain != Domain.abuse) {
                // "I feel like a burden on my mom." ... "When you feel like a burden, do you ever have thoughts of not wanting to be
                // alive, or of hurting yourself?" "No. Never.": what was unclear, asked after and denied, is denied (the burden stays
                // a qualifier)
                int deniedAt = of.stream().filter(m -> m.polarity() == Polarity.denied && m.answer() != null && !m.historical())
                        .mapToInt(m -> m.units().get(0).start()).max().orElse(-1);
                List<Mention> settled = current.stream().filter(m -> !(m.polarity() == Polarity.unclear && m.answer() == null
                        && m.units().get(m.units().size() - 1).end() <= deniedAt)).toList();
                if (!settled.isEmpty()) {
                    current = settled;
                }
            }
            Polarity overall = current.stream().map(Mention::polarity).min(Enum::compareTo).orElse(Polarity.not_assessed);
            List<Evidence> evidence = new ArrayList<>();
            of.forEach(m -> m.units().forEach(u -> evidence.add(Evidence.span(u.start(), u.end(), u.speaker()))));
            List<String> qualifiers = new ArrayList<>(RiskQualifiers.of(domain, overall, of, parsed.units(), qualified));
            if (figurative) {
                boolean asFigure = clarifications.stream().anyMatch(m -> FIGURATIVE.matcher(m.answer()).find());
                boolean inAnger = clarifications.stream().anyMatch(m -> SAID_IN_ANGER.matcher(m.answer()).find()
                        && !FIGURATIVE.matcher(m.answer()).find());
                qualifiers.add(0, inAnger ? "the client said the words were said in anger and not meant"
                        : asFigure ? "the client's words were clarified as a figure of speech"
                        : "the client said the words were not meant that way");
            }
            // (and "I thought about driving into the bridge when I found out. I haven't thought it since.", unasked)
            // ("Have you ever been violent with anyone before?" "A bar fight, twenty years ago. Nothing since.")
            if (of.stream().anyMatch(m -> m.historical() && (m.answer() != null && m.polarity() != Polarity.denied
                    || m.polarity() == Polarity.endorsed && m.units().stream().anyMatch(u -> u.role() == Role.CLIENT)))
                    && qualifiers.stream().noneMatch(q -> q.startsWith("history of"))) {
                qualifiers.add("history of " + label(domain) + " (in the past)"); // "I used to. ... Not for like two years now."
            }
            findings.add(new RiskFinding(domain.name(), overall.name(), summary(domain, overall, of, input, qualifiers, participants),
                    evidence.stream().distinct().toList()));
        }
        return findings;
    }

    /** A mention that is a safety contract and nothing else about suicide: "Client contracted for safety." */
    private static boolean safetyContract(Mention m) {
        return m.answer() == null && m.polarity() == Polarity.unclear && m.units().size() == 1
                && SAFETY_CONTRACT.matcher(m.units().get(0).text()).find();
    }

    private static String label(Domain domain) {
        return domain == Domain.self_harm ? "self-harm" : domain.title.toLowerCase(Locale.ROOT);
    }

    private static String summary(Domain domain, Polarity overall, List<Mention> mentions, String input,
                                  List<String> qualifiers, Participants participants) {
        String label = domain.title.toLowerCase(Locale.ROOT);
        String verdict = switch (overall) {
            case endorsed -> domain.title + ": endorsed";
            case unclear -> domain.title + ": unclear, needs clinical follow-up";
            case denied -> domain.title + ": denied";
            case not_assessed -> domain.title + ": current state not addressed";
        };
        List<String> quotes = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.answer() == null && mentions.stream().anyMatch(a -> a.answer() != null && a.units().containsAll(m.units()))) {
                continue; // already quoted as part of the answer to a screening question
            }
            if (mentions.stream().anyMatch(o -> o.units().size() > m.units().size() && o.units().containsAll(m.units()))) {
                continue; // quoted with the sentence after it ("Dad found the blades. I never used them on my arms.")
            }
            if (m.answer() != null) {
                // ("Has anyone been taking money from you?" "Daughter: No. I handle the bills now.": the daughter answered)
                boolean interpreted = m.units().stream().anyMatch(u -> u.role() == Role.CLIENT && InputReader.isInterpreter(u.speaker()));
                // ("She says no. She says it is forbidden in her religion ...": the interpreter's relaying taken off, each
                // sentence opens as one)
                String answer = interpreted ? SENTENCE_OPENING_LOWER.matcher(m.answer())
                        .replaceAll(o -> o.group(1) + o.group(2).toUpperCase(java.util.Locale.ROOT)) : m.answer();
                // ("Have you ever tried to end your life before?" "No. Never.": asked about attempts, not the thoughts)
                // ("... before?" "Once, when I was nineteen. I took a bunch of Tylenol.": the attempt told, asked about as one)
                String asked = domain == Domain.suicidal_ideation && m.historical() && (m.polarity() == Polarity.denied
                        || m.units().get(0).role() == Role.CLINICIAN && ATTEMPT_EVER_ASKED.matcher(m.units().get(0).text()).find())
                        ? "past suicide attempts" : label;
                quotes.add("asked about " + asked + ", " + speakerOf(m, participants) + (interpreted ? " answered through the interpreter "
                        : " answered ") + ClinicalVoice.quote(answer));
            } else {
                String said = input.substring(m.units().get(0).start(), m.units().get(m.units().size() - 1).end());
                Role role = m.units().get(0).role();
                // ("Mother: I took the phone away once and he screamed at me": the mother said it, not the client)
                quotes.add(role == Role.CLIENT ? speakerOf(m, participants) + " said " + ClinicalVoice.quote(said)
                        : role == Role.CLINICIAN ? "clinician reflected " + ClinicalVoice.quote(said) : ClinicalVoice.quote(said));
            }
        }
        String joined = String.join("; ", quotes.stream().distinct().limit(3).toList());
        return verdict + qualifiers.stream().map(q -> "; " + q).reduce("", String::concat) + " (" + joined + ").";
    }
}
