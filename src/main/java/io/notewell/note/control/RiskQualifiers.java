package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.control.RiskScreen.Domain;
import io.notewell.note.control.RiskScreen.Mention;
import io.notewell.note.control.RiskScreen.Polarity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clinician documents with a risk finding, read from the input around its mentions: for suicidal ideation
 * passive or active, plan and intent, history of attempts, firearms and means restriction, C-SSRS and the documented
 * level, safety plan, crisis resources, protective factors, exposure to a suicide; for the other domains what of that
 * applies, and current urges, history of self-harm, a mandated report, feeling unsafe. Only what the input says.
 */
final class RiskQualifiers {

    private RiskQualifiers() {
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }


    /** A qualifier and the pattern that finds it near a mention. */
    record Qualifier(String text, Set<Domain> domains, Pattern pattern) {
    }

    private static final Set<Domain> SI = EnumSet.of(Domain.suicidal_ideation);
    /** "unable to", "refused to", "would not": a safety contract the client did not make. */
    private static final String NO_CONTRACT = "(?:unable|refused|refuses|declined|declines|unwilling|not able|would not|wouldn't|"
            + "could not|couldn't|did not|didn't|does not|doesn't|will not|won't)";
    private static final Set<Domain> SI_HI = EnumSet.of(Domain.suicidal_ideation, Domain.homicidal_ideation);
    private static final Set<Domain> SI_SH = EnumSet.of(Domain.suicidal_ideation, Domain.self_harm);
    private static final Set<Domain> SI_HI_SH = EnumSet.of(Domain.suicidal_ideation, Domain.homicidal_ideation, Domain.self_harm);
    private static final Set<Domain> ABUSE = EnumSet.of(Domain.abuse);
    /** "I have a hunting rifle in the garage", "my husband keeps two handguns": a firearm at hand. */
    /** "at his brother's", "in a friend's garage": a firearm kept in another household. */
    private static final String KEPT_ELSEWHERE_TEXT = "[^.;]{0,12}\\b(?:at|in) (?:my|his|her|their|a) (?:\\w+(?:'s|’s) (?:place|house|home|apartment|"
            + "cabin|camp)|(?:brother|sister|mother|mom|father|dad|friend|parents|cousin|uncle)(?:'s|’s)?)\\b";
    private static final String KEPT_ELSEWHERE = "(?=" + KEPT_ELSEWHERE_TEXT + ")";
    private static final Pattern IN_ANOTHER_HOUSEHOLD = ci(KEPT_ELSEWHERE_TEXT);
    private static final String HAS_WEAPON_TEXT = "\\b(?:I|we|he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|son|"
            // (a note's "Pt owns two rifles and a handgun", "Has firearms at home")
            + "brother)|(?:the )?(?:pt|patient|client)|^\\W*(?=(?:owns|has|keeps) ))(?:'ve| have| has| own| owns| keep| keeps|owns|has|keeps)(?: got)? "
            // (not "He owns no firearms.")
            + "(?!no |not any )(?:a |an |one |two |three |four |"
            + "some |several |multiple |my |his |her |the )?(?:\\w+ )?(?:guns?|rifles?|pistols?|handguns?|shotguns?|firearms?|revolvers?)\\b|"
            // "I think about bringing my dad's gun to school"
            // (not "my wife made me get rid of my dad's old rifle years ago")
            + "(?=(?:my|his|her|their) )(?<!\\b(?:rid of|sold|away|gave|removed|pawned|without|got rid of) )"
            + "\\b(?:my|his|her|their) (?:dad|father|mom|mother|stepdad|stepfather|brother|husband|grandpa|grandfather|uncle)['’]s "
            + "(?:\\w+ )?(?:guns?|rifles?|pistols?|handguns?|shotguns?|firearms?|revolvers?)\\b"
            // (not "My husband's hunting rifle is at his brother's. There's nothing in the house.")
            + "(?!" + KEPT_ELSEWHERE + ")";
    private static final String ACCESS_REPORTED = "access to firearms reported";

    private static final Pattern PASSIVE = ci("passive|sleep forever|rather be dead|"
            // "do you mean you wish you had died?" "Sometimes, yeah."
            + "wish(?:ed)? (?:that )?(?:i|you|she|he|they)(?:'d| had)? (?:died|not survived|not made it|been killed)\\b|tired of (?:living|being alive|life)\\b|never been born|(?:bad|easier|better|fine|okay|a relief) if (?:i|she|he|they) (?:just )?(?:didn't|did not|never) "
            + "(?:wake|woke)|(?:everyone|everybody|my family|my kids|they) (?:would|'d|’d) (?:all )?be better off(?=\\s*(?:[.;!?]|$)|,? but\\b)|better off (?:dead|without me|without (?:a|an) (?:[\\w'’-]+ ){1,3}like me|with (?:a different|another|a better) \\w+|with (?:someone|somebody) (?:else|who))|\\bburden\\b[^.;]{0,80}?\\bbetter off without (?:her|him|them)\\b|not (?:to )?(?:wake|waking) up|(?:easier|better) (?:not to|to (?:just )?not) "
            + "(?:be|exist|wake)|"
            // "Sometimes I think about joining him" (a brother who died): to be with the dead
            + RiskScreen.JOINING_THE_DEAD.pattern() + "|"
            + "wish(?:ed|es)? (?:i|she|he|they) (?:was|were) (?:dead|gone)|wish(?:ed|es)? to be dead|never (?:wake|waking) up|(?:don't|do not|didn't|not) want(?:ing)? to (?:wake|waking) up|(?:don't|do not|didn't|not) want(?:ing)? to "
            + "(?:live|be alive|be here|exist|be around)|disappear|thoughts of death|death wish|"
            // "everyone would be better off if I wasn't around", "I sometimes think about not being here"
            + "better off (?:for \\w+ )?if (?:i|she|he|they)|(?:happier|fine|okay|easier for \\w+) if (?:i|she|he) (?:was|were) (?:gone|dead)\\b|not being (?:here|alive|around)|(?:wasn't|weren't) (?:alive|around)|never been born|"
            + "better off with (?:the |my |her |his |their )?(?:life )?insurance|(?:fine|okay|ok|happier) without (?:me|him|her|them)\\b|"
            // "Sometimes I think it wouldn't matter if I didn't wake up"
            + "if (?:i|she|he|they) (?:just )?(?:didn't|did not|don't|do not|never) (?:wake|woke) up|"
            + RiskScreen.WISH_IN_OTHER_WORDS + "|" + RiskScreen.WOULD_NOT_MIND + "|\\bjoin(?:ing)? (?:them|him|her|my (?:wife|husband|spouse))\\b");
    // (and the Columbia screener's "Q2 non-specific active thoughts - yes")
    private static final Pattern ACTIVE = ci("\\bactive (?:SI|suicidal)|\\bactive (?:suicidal )?thoughts?\\s*(?:-|:|=)\\s*(?:yes|y|\\+|positive)\\b|"
            // (not "in the past week she has not had thoughts about killing herself (no)", an ASQ item answered no)
            + "(?<!\\b(?:not had|not having|no|denies|denied|deny|without|never had|hasn't had|hasn’t had|isn't having|isn’t having) )"
            + "(?:thoughts?|thinking|thought) (?:of|about) "
            + "(?:killing (?:my|him|her|them)sel|ending (?:my|his|her|their) life|how (?:i|she|he|they) would)|"
            + "want(?:ed|s)? to kill (?:my|him|her|them)sel|(?:think|thinks|thought|thinking|thoughts) (?:of|about) (?:just )?(?:taking (?:all|a bunch|too many)|"
            + "overdosing|jumping|hanging|shooting|cutting (?:my|her|his|their) wrists|crashing|swerving|driving (?:off|into))|"
            // "That I should just drive into the overpass on 101 and be done.", "I thought about just turning the wheel."
            + "\\b(?:I|she|he|they) (?:should|could) just (?:drive|crash|steer|swerve) (?:my car |the car )?(?:into|off)\\b|"
            + "\\bthought about (?:just )?turning the wheel\\b");

    /** Suicidal ideation named as history, or months and years back: not just the days before the session. */
    /** "hx of SI", "prior suicidal thoughts": suicidal ideation named as history. */
    private static final String SI_HISTORY_NAMED = "(?:\\bhx|\\bhistory|\\bprior|\\bprevious(?:ly)?|\\bpast)(?: of)?(?: \\w+){0,2} "
            + "(?:SI|suicidal (?:ideation|thoughts))\\b";
    private static final java.util.regex.Pattern HISTORY_BEYOND_WEEKS = java.util.regex.Pattern.compile(SI_HISTORY_NAMED
            + "|\\b(?:months?|years?) ago\\b|\\blast year\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** An overdose told as taken: "I took a bunch of my Ambien", "she swallowed the whole bottle of Tylenol". */
    /** How much of what was taken: "a handful of my sleeping pills", "the whole bottle", "thirty of her Ambien". */
    private static final String OVERDOSE_AMOUNT = "(?:all|most|half|a (?:bunch|handful|whole bottle)|the (?:whole|entire|rest of the) bottle|"
            + "\\d{2,}|(?:ten|fifteen|twenty|thirty|forty|fifty)\\b)(?: of)?[^.;]{0,40}?\\b(?:pills|tablets|medications?|meds|bottle|"
            + RiskScreen.MEDICINES + ")\\b";
    private static final String OVERDOSE_TAKEN = "\\b(?:i|she|he|they) (?:took|swallowed|downed) " + OVERDOSE_AMOUNT;
    // ("Denies plan, intent, or prior attempts.": the last of a list denied)
    private static final Qualifier ATTEMPT_HISTORY = new Qualifier("history of a suicide attempt", SI, ci("\\b(?<!no |denies |denied |never )"
            + "(?<!\\b(?:denies|denied|deny|no|never|negative for|absence of|absent|without|free of)\\b[^.;]{0,40})(?:(?:prior|previous|"
            + "past) (?:suicide )?attempts?|(?<!no )(?<!denies )(?:history|hx) of (?:a |one |two |three |several |multiple |\\d+ )?(?:suicide )?attempts?|"
            + "\\b(?:attempted|tried to kill (?:my|him|her|them)sel\\w*|overdosed\\b" + RiskScreen.NOT_ACCIDENTAL + ")|"
            // "hx of SA x2 (OD 2019, 2021)": the abbreviation where a count or a method says which SA it is
            + "(?-i:\\bSAs?\\b)" + RiskScreen.SA_IS_ATTEMPT + "|"
            // "In 2019 I took a bunch of my Ambien with vodka. ... I was in the ICU for two days.": an overdose of a year gone by
            + "\\bin (?:19|20)\\d\\d,? " + OVERDOSE_TAKEN + ")"));
    /**
     * "Once, in 2016, after my divorce. ... I'd taken a handful of my sleeping pills. I wasn't trying to die, exactly.": an
     * overdose of the past, told as such, whose intent the client leaves open (no accident, and no attempt said to be one).
     */
    private static final Qualifier PAST_OVERDOSE = new Qualifier("history of an overdose (intent to die unclear)", SI,
            ci("\\b(?:i|she|he|they)(?:'d|’d| had) (?:taken|swallowed) " + OVERDOSE_AMOUNT));
    // "Lifetime: aborted attempt 2015 (sat in truck with handgun, called battle buddy)": the Columbia scale's own words
    private static final Qualifier ABORTED_ATTEMPT = new Qualifier("history of an aborted or interrupted suicide attempt", SI,
            ci("\\b(?<!no |denies |denied |never )(?:aborted|interrupted|self-interrupted) (?:suicide )?attempts?\\b|"
                    // "I had the pistol in my mouth one night in 2009. My wife found me.": the act begun, and not carried out
                    + RiskScreen.GUN_TO_ONESELF_LONG_AGO));
    private static final Qualifier EXPOSURE = new Qualifier("exposure to suicide (a relative or friend)", SI, ci("^(?=[\\s\\S]*\\b(?:suicid|took (?:his|her|their) (?:own )?life|"
            + "(?:tried|attempted) to (?:kill (?:him|her|them)sel|end (?:his|her|their) (?:own )?life)|"
            // (not "His friend Marcus overdosed in July.": an overdose, said to be no suicide)
            + "killed (?:him|her|them)sel|overdosed(?=[^.]{0,30}\\b(?:on purpose|intentionally|deliberately)\\b)))[\\s\\S]*?(?:"
            + RiskScreen.OTHERS_RISK.pattern() + ")"
            // "It's been a month. He shot himself in his truck behind the station. I was the one who found him."
            + "|\\b(?:he|she) (?:shot|hanged|hung|killed) (?:him|her)self\\b(?! (?:in the foot|by accident|accidentally)\\b)"));

    /** "I have the pills saved up and I was going to take them tonight": a method and a time, said as meant. */
    private static final String MEANS_TONIGHT = "(?<!not |never |n't |n’t )\\b(?:going to|gonna|planning to|plan to|planned to) "
            + "(?:take (?:them|the pills|all (?:of )?(?:them|the pills|my|her|his)|my|her|his)|overdose|jump|shoot|hang|drive (?:into|off))"
            + "[^.?!]{0,40}\\b(?:tonight|today|tomorrow|this (?:weekend|week|evening)|when (?:i|she|he|they) get(?:s)? home)\\b";

    // (not "plan to overdose on stored medications": pills kept for the purpose are no means restricted)
    private static final Qualifier MEANS_RESTRICTION = new Qualifier("means restriction agreed", EnumSet.of(Domain.suicidal_ideation,
            Domain.self_harm, Domain.homicidal_ideation), ci("\\b(?:give|gave|giving|lock(?:ed)?|remove[sd]?|"
                    // (not "They give me pills sometimes. I don't know what they are.": pills given to the client)
                    + "store(?!d (?:medications?|meds|pills))[sd]?|hand(?:ed)? over|dispose)\\b(?! (?:me|us)\\b)[^.]{0,60}\\b(?:guns?|firearms?|weapons?|gun safe|pills|"
                    // ("agreed to give remaining blades to mother tonight")
                    + "medications?|meds|oxycodone|opioids?|blades|razors?|razor blades|sharps|"
                    // "his wife ... agreed to remove the hose and the car keys from the home"
                    + "hose|rope|car keys|ligatures?|handguns?|pistols?|rifles?|shotguns?|revolvers?)\\b|"
                    // "she will change the gun safe code tonight"
                    + "\\bchange (?:the )?(?:gun )?safe(?:'s)? (?:code|combination)\\b|\\bchange the (?:code|combination) (?:on|of|to) the (?:gun )?safe\\b|"
                    // "agreed to give his brother the spare key to the gun safe" (not "locked; pt does not have the key")
                    + "\\b(?:give|gave|giving|hand(?:ed)? over)\\b[^.]{0,60}\\bkeys?\\b|"
                    // "Frank's pills, I gave them back to the pharmacy in August."
                    + "\\b(?:pills|medications?|meds|guns?|firearms?|weapons?)\\b[^.]{0,40}\\b(?:gave (?:them|it) (?:back|away)|returned (?:them|it)|"
                    + "disposed of (?:them|it)|locked (?:them|it) (?:up|away)|(?:back )?to the pharmacy)\\b|"
                    // "Would you be willing to ask Tom to keep the Ativan and give you one when you need it?"
                    + "\\b(?:keep|hold|hold on to|hold onto|look after|manage)\\b (?:the |your |her |his |my )?(?:" + RiskScreen.MEDICINES + "|pills|tablets|meds|"
                    + "medications?)\\b[^.?]{0,40}\\b(?:give|dispense|hand)\\b|"
                    // "Would you be willing to let your daughter take Margaret's tablets back to the pharmacy this week?"
                    + "\\b(?:tablets|capsules|prescriptions?)\\b[^.]{0,20}\\b(?:back )?to the (?:pharmacy|chemist)\\b|"
                    // "Would you be okay with Carmen keeping the pistol at her house for now?" (answered yes)
                    + "\\b(?:keep|keeping|keeps|hold|holding|take|taking|takes)\\b[^.?]{0,20}\\b(?:the |his |her |my |your |their )?(?:\\w+ )?"
                    // ("Would you be willing to let your son take the key, or the pistol, home with him on Sunday, just for now?")
                    + "(?:guns?|firearms?|pistols?|rifles?|shotguns?|handguns?|weapons?)\\b[^.?]{0,40}\\b(?:at (?:her|his|their|my|a friend's|"
                    + "a neighbou?r's) (?:house|place|home|apartment)|for now|for (?:a while|safekeeping)|until|home with (?:him|her|them))|"
                    // "Would you be willing to take the rifle out of your truck and leave it with someone until this settles down?"
                    // ("Denise, I'd like you to take the bat out of his room tonight, and keep any knives somewhere he doesn't go.")
                    + "\\b(?:take|get|move|taking|getting|moving)\\b (?:the |his |her |my |your |their )?(?:\\w+ )?(?:guns?|firearms?|pistols?|"
                    + "rifles?|shotguns?|handguns?|weapons?|bats?|knives|knife|machetes?|blades?|razors?)\\b out of (?:the|your|his|her|my|their) "
                    + "(?:truck|car|house|home|room|bedroom|apartment)\\b|"
                    // "Would you be willing to have your wife change it, or have someone hold the pistol?"
                    + "\\b(?:someone|somebody|a friend|a family member|a relative) (?:else )?(?:hold|keep|take|store|look after)\\b[^.?]{0,20}?\\b"
                    + "(?:guns?|firearms?|pistols?|rifles?|shotguns?|handguns?|weapons?)\\b|"
                    // (not "I put the knives in a drawer so I don't have to see them.", the avoidance of an intrusive thought)
                    + "(?<!\\bI )\\b(?:keep|lock|hide|put) (?:away )?(?:any |the |all (?:the )?)?(?:knives|blades|razors|sharps)\\b"
                    + "(?! (?:in|on) (?:his|her|their|my) (?:room|bedroom))|"
                    // "Because a gun is in the house ..., I need to talk with your mom today about getting it locked up or out of the house."
                    + "\\b(?:guns?|firearms?|rifles?|pistols?|handguns?|shotguns?)\\b[^.?]{0,140}\\b(?:get|getting|have|having) (?:it|them|the \\w+) "
                    + "(?:locked (?:up|away)|out of the (?:house|home))|"
                    // "The pharmacist is doing my sertraline in a weekly blister pack, and Rob keeps the rest locked in his toolbox."
                    + "\\b(?:keeps?|kept|keeping) (?:the rest|them|the (?:pills|meds|medications?)|my (?:pills|meds|medications?)) locked\\b|"
                    // "would you be willing to have the handgun stored somewhere else for now, like with a family member?"
                    + "\\b(?:guns?|firearms?|pistols?|rifles?|shotguns?|handguns?|weapons?) (?:stored|kept|held) (?:somewhere else|elsewhere|"
                    + "outside (?:the|your|his|her) (?:home|house)|(?:at|with) (?:a |an |your |his |her |their )?(?:family member|friend|relative|"
                    + "brother|sister|neighbou?r|parent|son|daughter)'?s?)\\b|"
                    // "Discussed risk of access to anesthetic agents; pt agreed to take medical leave starting tomorrow"
                    + "\\baccess to [^.;]{0,40}\\b(?:agents|drugs|medications|means)\\b[^.]{0,60}\\b(?:medical leave|not (?:to )?work (?:clinical )?shifts|"
                    + "(?:removed|step(?:ped|ping)? back) from (?:clinical|patient care|the OR))\\b|\\b(?:to )?not (?:to )?work (?:clinical|OR) shifts\\b|"
                    // "agreed to keep medications and sharps locked at home this week"
                    + "\\b(?:keep|keeps|keeping|store|stores) (?:all |the |any )?(?:medications?|meds|pills|sharps|knives|razors)"
                    + "(?: and (?:the |any )?(?:medications?|meds|pills|sharps|knives|razors))? (?:locked|in a lock)|"
                    // "client confirmed her medications remain in the locked box her roommate holds the key to"
                    + "\\b(?:pills|medications?|meds)\\b[^.]{0,30}\\bin (?:a|the) (?:locked box|lock ?box|locked (?:drawer|cabinet|safe))\\b|"
                    + "\\b(?:weekly|daily) blister packs?\\b|\\btook (?:all the|the|my|her|his) (?:pills|meds|medications?) out of the house\\b|"
                    // "My husband has a hunting rifle. It's in a locked cabinet. I'll ask him to take it to his brother's."
                    + "\\b(?:take|bring|move|give|drop) (?:it|them) (?:over )?to (?:his|her|my|their|a|your) (?:brother|sister|father|dad|mother|mom|son|"
                    + "daughter|friend|neighbou?r|cousin|uncle|parents)(?:'s|’s)(?= |\\W*$)|"
                    // "Can you take the pills and put them outside your front door?" ... "Okay. They're outside.": distance from the
                    // means, on the phone in a crisis
                    + "\\b(?:put|take|move|leave|set)\\b (?:the |all (?:the |of )?|your |her |his |my )?(?:pills|meds|medications?|tablets|"
                    + "bottles?|them|blades?|razors?)\\b[^.?]{0,24}?\\b(?:outside (?:the|your|my|her|his) (?:front |back )?(?:door|house|apartment|room)|"
                    + "out of (?:the|your|my|her|his) (?:room|apartment|house|reach)|in (?:the|a) drawer and close)"));
    private static final Qualifier SAFETY_PLAN = new Qualifier("safety plan made or reviewed", EnumSet.allOf(Domain.class), ci("safety plan|"
            + "crisis plan|\\bplan for (?:the )?(?:nights|times|moments|days|evenings)(?: that are)? (?:hardest|worst|hard)\\b"));
    // ("the Samaritans on 116 123, or 999": the lines of the United Kingdom and Ireland)
    private static final Qualifier CRISIS_RESOURCES = new Qualifier("crisis resources given", EnumSet.allOf(Domain.class), ci("\\b988\\b|"
                    // ("I'll give Sam the Trevor Project number, 1-866-488-7386, which they can also text.")
                    + "\\btrevor (?:project|lifeline)\\b|\\btrans lifeline\\b|\\b1-866-488-7386\\b|"
                    + "\\bsamaritans\\b|\\b116 ?123\\b|(?<!(?:called|dialed|dialled|rang|phoned) )\\b999\\b|\\bshout(?: on)? 85258\\b|"
                    + "crisis (?:line|hotline|number|team|text)|mobile crisis|crisis (?:unit|center|centre|services?|stabili[sz]ation)|"
                    // (not "call 911 if confusion worsens, she becomes very drowsy, or has a seizure": a medical danger)
                    + "(?<!(?:called|dialed|dialled|rang|phoned) )\\b911\\b(?![^.;]{0,60}\\b(?:seizures?|confusion|drowsy|withdrawal|tremors?|"
                    + "chest pain|fever|bleeding|shakes)\\b)|emergency (?:room|department)|\\bthe (?:ER|ED)\\b"
                    // (not "go to the ED if he has confusion, hallucinations, or a seizure": a medical danger, not a crisis line)
                    + "(?![^.;]{0,60}\\b(?:seizures?|confusion|withdrawal|tremors?|chest pain|fever|bleeding|shakes)\\b)|"
                    // (not "CPS hotline called": the report line, not a resource given to the client)
                    + "(?<!\\b(?:CPS|APS|DCFS|DCF|protective services|reporting) )hotline(?! (?:was )?(?:called|contacted|notified))|\\b1-800-799-7233\\b|(?:domestic violence|DV) (?:shelter|advocate|program|resources|hotline)"));
    // the signs of lethality in a partner's violence that a clinician must see with the finding
    private static final Qualifier STRANGULATION = new Qualifier("strangulation reported", ABUSE, ci("\\bstrangl\\w*|"
            + "\\bchok(?:ed|ing|es)\\b(?! on\\b)|\\bhands? (?:around|on) (?:my|her|his|their) (?:neck|throat)\\b"));
    private static final Qualifier THREATS = new Qualifier("threats to harm or kill reported", ABUSE, ci("\\bthreat(?:en(?:ed|s|ing)?)? "
            + "(?:to )?(?:kill|hurt|harm|shoot)\\b|\\b(?:said|says|told me|tells me|threatened) (?:that )?(?:\\w+ ){0,6}?(?:he|she|they)(?:'d|’d| would|'ll|’ll| will) "
            + "(?:kill|hurt|shoot|make sure (?:i|she|he|they) regret|make (?:me|her|him|them) regret|take the kids)"
            // (not "he said if I leave he'll kill himself": a threat of his own suicide)
            + "(?!\\s+(?:him|her|them)sel\\w*)|"
            // "he has said "if you ever leave, I'll find you."": a threat tied to separation
            + "\\bif you (?:ever )?(?:leave|go|try to leave|walk out)\\b[^.;]{0,12}\\b(?:I'll|I’ll|I will|I'm going to) (?:find|kill|hurt|get) you\\b"));
    /** "Danger Assessment completed with counselor: score 19 (extreme danger)": the instrument's level, the highest two. */
    private static final Qualifier DANGER_ASSESSMENT_HIGH = new Qualifier("Danger Assessment: severe or extreme danger", ABUSE,
            ci("\\bdanger assessment\\b[^.]{0,60}\\b(?:extreme|severe) danger\\b"));
    private static final Qualifier FEELS_UNSAFE = new Qualifier("client reports feeling unsafe", ABUSE, ci("(?:not|doesn't|does not|don't|do not|never) "
            + "feels? safe|(?<!\\b(?:denies|denied|denying|no|not|never) (?:feeling |being |any )?)\\bunsafe\\b|afraid of (?:him|her|them|my|his|her)|scared of (?:him|her|them|my)|fears? for (?:my|her|his|their) "
            + "(?:life|safety)"));
    private static final Qualifier FIREARMS_LOCKED = new Qualifier("firearms reported locked away", SI_HI, ci("\\b(?:guns?|handguns?|firearms?|rifles?|pistols?|"
            + "shotguns?|weapons?)\\b[^.]{0,40}\\b(?:locked|in (?:a|the) (?:gun )?safe|secured|trigger lock|lock ?box)|"
            // "I moved it to the gun safe in the garage"
            + "\\b(?:moved|put|keep|keeps|kept|stored?|locked) (?:it|them|the \\w+) (?:in|into|to) (?:the|a|my|his|her|their) gun safe\\b"));
    private static final Qualifier FEELS_SAFE_NOW = new Qualifier("client reports feeling safe for now", ABUSE, ci("(?<!not |n't |n’t |never )"
            + "\\bfeels? safe (?:going home|at home|tonight|to go home|there|for now|now|at (?:my|her|his|their|a) (?:\\w+(?:'s|’s)|"
            // "I feel safe at my sister's", "she feels safe at the shelter"
            + "\\w+ (?:house|place|home|apartment))|at the (?:shelter|safe house))"));
    /** "I called 911 from the bathroom": help called during the incident (not crisis resources given in session). */
    private static final Qualifier EMERGENCY_CALLED = new Qualifier("emergency services called at the time", ABUSE, ci("\b(?:I|she|he|we|"
            + "they|neighbou?rs?|someone|client|pt|my (?:son|daughter|mom|mother|dad|father|sister|brother))(?: \\w+)? (?:called|dialed|"
            + "dialled|rang|phoned) (?:911|999|000|112|the police|the cops)\\b"));
    private static final String ABUSER_HAS_FIREARM = "\\b(?:he|she|they|my (?:husband|boyfriend|partner|wife|girlfriend|ex|father|dad|stepdad)|"
            + "[A-Z][a-z]+) (?:has|have|keeps?|owns?|bought|got) (?:a |an |his |her |their |two |three |several |some )?(?:\\w+ )?"
            + "(?:guns?|rifles?|pistols?|handguns?|shotguns?|firearms?)\\b";
    /** Where the firearm is kept in another household: "He has a hunting rifle at his brother's place." */
    /**
     * "He's been showing up again. ... his truck was parked across from my building", "he was ... just watching me", "He texts
     * from different numbers.": stalking, a risk factor of its own, wherever in a session whose abuse is endorsed.
     */
    private static final Qualifier STALKING = new Qualifier("stalking reported", ABUSE, ci("\\bstalk(?:s|ed|ing|er)?\\b|\\b(?:following|followed|follows|watching|watched|"
                    + "tracking|tracked|tracks) (?:me|her|him)\\b(?! around the house)|\\b(?:keeps|been|started|kept) showing up\\b|"
                    + "\\bshow(?:s|ed|ing)? up (?:at|outside) (?:my|her|his) (?:work|job|house|home|apartment|building|school|gym)\\b|"
                    + "\\bparked (?:across from|outside|in front of|down the street from) (?:my|her|his)\\b|"
                    + "\\b(?:texts?|texting|calls?|calling|messag\\w+) (?:me )?from (?:different|new|other|blocked) numbers\\b"));
    private static final Qualifier ABUSER_FIREARM = new Qualifier("firearm in the home reported", ABUSE, ci(ABUSER_HAS_FIREARM
            + "(?!" + KEPT_ELSEWHERE + ")"));
    private static final Qualifier ABUSER_FIREARM_ELSEWHERE = new Qualifier("access to a firearm reported (kept in another household)",
            ABUSE, ci(ABUSER_HAS_FIREARM + KEPT_ELSEWHERE));
    /** What was done about a risk: it counts wherever in the session it comes. */
    /** "I'll need to make a report to child protective services about the injury." */
    /** Where a mandated report goes: "child protective services", "APS". */
    static final String REPORTING_AGENCY = "child protective services|CPS|APS|adult protective services|DCFS|DCF|child services";
    private static final Qualifier MANDATED_REPORT_DUE = new Qualifier("mandated report to be made, client informed", ABUSE,
            ci("\\b(?:need to|have to|will|'ll|’ll|going to|must|am required to|are required to|is required to|plan to|planning to)"
                    + " (?:\\w+ )?(?:make|file|submit|call in|do) (?:a )?(?:\\w+ )?report\\b|"
                    // "When someone your age tells me an adult at home hurt them, I have to let child protective services know."
                    + "\\b(?:need to|have to|must|am required to|'m required to|’m required to) (?:let|tell|notify|inform|call|contact) "
                    + "(?:" + REPORTING_AGENCY + ")\\b|"
                    + "\\b(?:will|'ll|’ll|need to|have to|must) "
                    + "(?:\\w+ )?report (?:this|it|that|the \\w+) to\\b"));
    // (not "has not reported to police"; "Called APS together with pt during session; report made")
    private static final Qualifier MANDATED_REPORT_MADE = new Qualifier("mandated report made", ABUSE, ci("(?<!\\bnot |n't |n’t |never |\\bno )\\b(?:made|filed|submitted|completed|called in) (?:a )?"
            + "(?:\\w+ )?report|(?<!\\bnot |n't |n’t |never |\\bnot yet )(?<!\\b(?:make|file|submit|making|filing) a )(?<!\\b(?:make|file|submit|making|filing) )(?<!\\b(?:whether|if) a )report(?:ed|ing)? (?:was )?(?:made )?to (?:CPS|APS|DCFS|DCF|child protective|adult protective|"
            + "the police|police|law enforcement)|\\b(?:CPS|APS|DCFS) report\\b|mandated report(?:ing)? (?:was )?(?:made|filed)|"
            + "(?=report )(?<!\\bnot |n't |n’t |never |\\bno )\\breport (?:was )?(?:made|filed|submitted)\\b|"
            + "(?=called|contacted|notified)(?<!\\bnot |n't |n’t |never |\\bwill |\\bto |\\bneed to |\\bhave to )\\b(?:called|contacted|notified) (?:the )?(?:CPS|APS|DCFS|DCF|child protective|adult protective|"
            // "CPS hotline called with the client present at 3:40 pm; report taken by the intake worker"
            + "child abuse|abuse|elder abuse)|\\b(?:CPS|APS|DCFS|DCF|child abuse|abuse|elder abuse) (?:hot ?line|intake line) (?:was )?(?:called|contacted)\\b|"
            + "\\breport (?:was )?taken by\\b"));
    /**
     * "I need to consult about whether a report to child protective services is needed", "I'll consult with my supervisor
     * tomorrow about the nieces": whether a report is owed, to be decided (an adult's childhood abuse, a child now at risk).
     */
    private static final Qualifier MANDATED_REPORT_CONSULT = new Qualifier("consultation about a mandated report planned", ABUSE,
            ci("\\bconsult\\w*\\b[^.]{0,60}\\bwhether (?:a |to )?(?:report|make a report|file a report)\\b|\\bconsult\\w* (?:with )?(?:my |a |the |"
                    + "our )?(?:supervisor|team|clinical director)\\b[^.]{0,60}\\b(?:report\\w*|CPS|child protective|APS|nieces?|nephews?|children|"
                    + "grandchildren|kids)\\b"));
    /** Voices that tell the client to harm someone: "Sometimes they tell me to hurt people.", "The voices told him to kill his neighbor." */
    private static final String VOICES_COMMAND = "\\b(?:voices?|they|it|he|she)\\b[^.?!]{0,30}?\\b(?:tell|tells|told|telling|command|commands|"
            + "commanded|commanding|order|orders|ordered)\\s+(?:me|her|him|them|the client|client|pt)\\s+to\\s+";
    // ("They told me to hit him back, my friends did.": not voices; "they" alone commands only the harm of people in general)
    private static final Pattern COMMANDED_HARM_TO_OTHERS = Pattern.compile("^(?:(?=.*\\bvoices?\\b|.*\\b(?:hear|hears|heard|hearing)\\b)"
            + ".*?" + VOICES_COMMAND + "(?:hurt|kill|harm|attack|stab|punch|hit|shoot|strangle)\\s+(?!(?:myself|herself|himself|themselves)\\b)\\w+|"
            + "\\W*(?:sometimes |and |but |then )?they (?:tell|tells|keep telling|command|order) (?:me|her|him|them) to (?:hurt|kill|harm|"
            + "attack|stab) (?:people|someone|somebody|others|everyone|anyone|strangers)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMANDED_HARM_TO_SELF = Pattern.compile("^(?=.*\\bvoices?\\b|.*\\b(?:hear|hears|heard|hearing)\\b|"
            + "\\W*(?:sometimes |and |but |then )?they\\b).*?" + VOICES_COMMAND + "(?:(?:hurt|kill|harm|cut|burn) (?:myself|herself|himself|themselves)|die|"
            + "jump|end (?:it|my life|her life|his life))\\b", Pattern.CASE_INSENSITIVE);

    /** A question whether the client still has pills, medications at hand. */
    private static final Pattern ASKS_PILLS = Pattern.compile("\\b(?:pills|medications?|meds|prescriptions?|bottles?)\\b(?=[^?]*\\b(?:at home|"
            + "in the house|in your (?:room|apartment|house)|access|still have|keep)\\b)|\\b(?:still have|access to|keep)\\b[^?]*\\b(?:pills|"
            + "medications?|meds|prescriptions?)\\b|"
            // "What about the Ambien now?" (after an overdose of it)
            + "\\b(?:what about|and) (?:the|your|those|that) (?:pills|meds|medications?|" + RiskScreen.MEDICINES + ")\\b", Pattern.CASE_INSENSITIVE);
    /** The answer that they are kept from the client: "I gave them to my roommate", "She keeps them.", "locked them up". */
    private static final Pattern PILLS_KEPT_FROM = Pattern.compile("\\b(?:gave|give|handed|turned|took) (?:them|it|those|all of them) "
            + "(?:all )?(?:over |back )?to\\b|\\b(?:she|he|they|my \\w+) (?:keeps|has|holds|locked) (?:them|it)\\b|\\blocked (?:them|it) "
            + "(?:up|away)\\b|\\b(?:threw|flushed|got rid of|disposed of) (?:them|it)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Emergency services called for the client, in the session or after it: "my colleague is calling 911 to send help",
     * "Colleague called 911 at 4:12 pm" (not "call 911 if ...", an instruction).
     */
    private static final Qualifier EMERGENCY_SENT = new Qualifier("emergency services called", EnumSet.of(Domain.suicidal_ideation,
            Domain.self_harm, Domain.homicidal_ideation), ci("(?<!\\b(?:will|to|can|should|could|would|please|'ll|’ll|just|or|and) )"
            + "\\b(?:called|is calling|are calling|was calling|dialed|dialled|contacted|notified) (?:911|999|000|112|emergency services|EMS|"
            + "mobile crisis|the mobile crisis team|the police)\\b(?<!\\bneighbou?rs? called the police)"
            // (not "The neighbor called the police that night.": at the time of an event told)
            + "(?![^.]{0,20}\\b(?:that (?:night|day|time)|last (?:night|week|month|year)|ago)\\b)|\\b(?:911|EMS|police and EMS|mobile crisis)(?: was| were)? (?:called|contacted|"
            + "notified|arrived|on scene)\\b"));
    /** "transported to St. Mary's ED for evaluation", "sent to the ER by ambulance" */
    private static final Qualifier TRANSPORTED = new Qualifier("transported to the emergency department", EnumSet.of(Domain.suicidal_ideation,
            Domain.self_harm, Domain.homicidal_ideation), ci("\\b(?:transported|taken|sent|brought|escorted) (?:by (?:ambulance|police|EMS) )?"
            + "to (?:the |an? )?(?:[A-Z][\\w.']*(?: [A-Z][\\w.']*){0,3} )?(?:ED|ER|emergency (?:room|department)|hospital|crisis (?:unit|center))\\b"));

    /** What was done about an endorsed risk, per domain: charted wherever in the session it is said. */
    private static final Map<Domain, Set<Qualifier>> ACTIONS = Map.of(
            Domain.suicidal_ideation, Set.of(MEANS_RESTRICTION, SAFETY_PLAN, CRISIS_RESOURCES, EMERGENCY_SENT, TRANSPORTED),
            Domain.self_harm, Set.of(MEANS_RESTRICTION, SAFETY_PLAN, CRISIS_RESOURCES, EMERGENCY_SENT, TRANSPORTED),
            Domain.homicidal_ideation, Set.of(MEANS_RESTRICTION, SAFETY_PLAN, CRISIS_RESOURCES, EMERGENCY_SENT, TRANSPORTED),
            Domain.abuse, Set.of(MANDATED_REPORT_DUE, MANDATED_REPORT_MADE, MANDATED_REPORT_CONSULT, SAFETY_PLAN, CRISIS_RESOURCES));

    /** A way to do it thought of, without a plan (the Columbia scale's "active ideation with any methods, not plan"). */
    private static final String METHOD_CONSIDERED = "method considered, no plan";
    /** None at the time of the session, beside thoughts of the days before it. */
    private static final String DENIED_CURRENTLY = "denied currently";
    private static final List<Qualifier> QUALIFIERS = List.of(
            // "plan (-)", "plan: denied" in the clinician's notes (not "Plan: no change in medication", a heading)
            new Qualifier("plan denied", SI_HI, ci("\\bplan\\s*(?:\\(-\\)|\\(neg\\)|:\\s*(?:-|denie[sd]\\b|neg\\b|negative\\b))|"
                    // "Sometimes I think Jess and Mia would be better off without me. ... I haven't thought about doing anything."
                    + "\\b(?:i|she|he|they) (?:haven't|have not|hasn't|has not|haven’t|hasn’t|never) (?:thought about|considered) "
                    + "(?:doing anything|how|acting on (?:it|them))\\b|"
                    + "\\bnot (?:like |really |even )?(?:a|any) (?:specific )?plan\\b|"
                    + "(?:\\bno|denie[sd]|deny|denying|without|w/o|(?:not?|n't|n’t|never) (?:have|had|made|make)"
                    + "(?: any| a)?)(?:,?\\s+(?!safety|treatment|care)[\\w-]+){0,3}?,?(?:\\s+(?:or|and|nor))?\\s+plans?\\b(?! for\\b)")),
            ABORTED_ATTEMPT,
            PAST_OVERDOSE,
            // "If she can't be fixed then maybe we should both go to God together.": a mother's thought of dying with her baby
            new Qualifier("thoughts of dying together with another (extended suicide)", SI_HI, RiskScreen.EXTENDED_SUICIDE),
            // "I came up here to jump.": the method, and the place it is to be done, reached
            new Qualifier("plan endorsed", SI, ci("\\b(?:came|drove|went|walked|climbed) (?:up |out |down )?(?:here|there|to (?:the|a) \\w+(?: \\w+)?) "
                    + "to (?:jump|kill (?:myself|herself|himself|themselves)|end it|end (?:my|her|his|their) life|die|do it)\\b")),
            // "I'm on the top level of the parking garage", "I keep walking to the edge and back"
            new Qualifier("at the place of the planned method now", SI, ci("\\b(?:keep |kept )?(?:walking|walked|going|went|standing|stood|sitting|sat)"
                    + " (?:up )?(?:to|on|at|by) the (?:edge|ledge|railing|rail)\\b")),
            // "I don't know. Part of me wants to. Part of me logged on."
            new Qualifier("intent ambivalent", SI, ci("\\bpart of (?:me|her|him|them) (?:still )?(?:wants|wanted) to\\b(?! (?:live|stay|"
                    + "get better|keep going|stop|try|talk|see|be here|go on)\\b)")),
            // "SI rated 2-3/5 most days this week, which client describes as her baseline ("it's always kind of there")"
            new Qualifier("chronic (at the client's baseline)", SI, ci("\\b(?:as|is|at) (?:her|his|their|my) baseline\\b|\\bchronic (?:passive )?"
                    + "(?:SI|suicidal (?:ideation|thoughts))\\b")),
            // 'posted on Snapchat ... a photo of his father's rifle with the caption "tomorrow's gonna be a day to remember, don't come
            // to school."': a threat made, whatever is said of it after
            new Qualifier("threat to harm others made (a post or message)", EnumSet.of(Domain.homicidal_ideation),
                    ci("\\b(?:posted|texted|messaged|sent|wrote)\\b[^.]{0,120}\\b(?:rifle|gun|weapon|shoot\\w*|kill)\\b[^.]{0,120}"
                            + "\\bdon'?t come to (?:school|work|class)\\b")),
            // "I've thought about it. Walking in there and making him feel what I feel. I'm not saying I'd do it.": neither owned nor denied
            new Qualifier("intent unclear", SI_HI, ci("\\b(?:i'm|i’m|i am) not saying (?:i|that i)(?:'d|’d| would| will|'ll|’ll)(?: ever)? "
                    + "(?:do (?:it|that|anything)|go through with it|act on it)\\b")),
            new Qualifier("plan endorsed", SI_HI, ci("\\b(?=has|have|had|made|with|endorse)(?<!no |denies |without |safety |treatment |n't |n’t |not |never )(?:has|have|had|made|"
                    + "with|endorses?) (?:a )?(?:specific |clear )?plan\\b(?! for (?:the|next|this))"
                    // (not the Columbia screen's fifth item answered no: "Active SI with specific plan and intent: No")
                    + "(?![^.;:]{0,30}:\\s*(?:no|n|negative|denied)\\b)|" + MEANS_TONIGHT
                    // "HI toward ex-husband w/ plan to "run him over""
                    + "|\\bw/ ?(?:a )?(?:specific |clear )?plan (?:to|of)\\b"
                    // "He told me he had been planning it for about a week since his business failed"
                    + "|\\b(?:had|has|have|'d|'ve) been planning (?:it|this|to (?:kill|end|do it))\\b")),
            // "SI with a method (gun) but no plan"; a method named to "Have you thought about how?", a plan denied
            new Qualifier(METHOD_CONSIDERED, SI, ci("\\bmethod (?:\\([^)]{1,30}\\) )?(?:but|without) (?:a |any )?plan\\b|"
                    // the Columbia screen's third item answered yes: "Active SI with any methods (not plan) without intent to act: Yes"
                    + "\\bwith any methods? \\(not plan\\)[^:]{0,40}:\\s*(?:yes|y\\b|\\+)|"
                    // 'has thought about "how easy it would be" with drugs he handles at work; denies any plan'
                    + "\\bthought about [\"“]?how easy it would be[\"”]? with\\b|"
                    // "That I should just drive into the overpass on 101 and be done.": a method and a place, not asked as a plan
                    + "\\b(?:drive|driving|crash\\w*|steer\\w*) (?:my car |the car )?(?:into|off) (?:the|a) (?:overpass|bridge|wall|tree|pole|"
                    + "median|river|cliff|lake|oncoming (?:traffic|truck))\\b")),
            // "with drugs he handles at work", "occupational access to highly lethal means (anesthetic agents)"
            new Qualifier("access to lethal means at work reported", SI, ci("\\boccupational access to\\b|\\b(?:drugs|medications|anesthetics?|"
                    + "anesthetic agents|opioids|propofol|fentanyl|controlled substances) (?:he|she|they) (?:handles?|has access to|administers?|"
                    + "dispenses?) at work\\b")),
            new Qualifier("intent denied", SI_HI, ci("\\bintent\\s*(?:\\(-\\)|\\(neg\\)|:\\s*(?:-|no\\b|none\\b|denie[sd]\\b|neg\\b|negative\\b))|"
                    + "(?:\\bno|denie[sd]|deny|denying|without|w/o)(?:[,/]?\\s*[\\w-]+){0,4}?,?"
                    + "(?:\\s+(?:or|and|nor)\\s+|\\s*/\\s*|\\s+)intent\\b|(?:would|'d|’d) never (?:\\w+ )?(?:do anything|act on|go through|"
                    + "do it|do that|do this|hurt|kill|want to hurt|want to harm)|never act on|"
                    // "But I'm not going to do anything. I want to get better."
                    + "\\b(?:i|she|he|they)(?:'m|’m| am|'s|’s| is|'re|’re| are) not going to (?:do anything|act on (?:it|them))\\b|"
                    // "I don't want to die, I want the feeling to stop."
                    // (not "Maybe a seven. I don't want to die exactly, I just want this to stop.", to how strong the urge to act is)
                    + "\\b(?:i|she|he|they) (?:don't|don’t|do not|doesn't|does not) want to die\\b(?! exactly| necessarily| per se| really)"
                    + "(?<!\\b(?:a|an) (?:five|six|seven|eight|nine|ten|[5-9]|10)\\. (?:i|she|he|they) (?:don't|don’t|do not|doesn't|does not) want to die)|"
                    // "Sometimes I still wish it had worked. ... But I don't want to do it again."
                    + "\\b(?:i|she|he|they) (?:don't|don’t|do not|doesn't|does not) want to (?:do (?:it|that|this)|try (?:it|that)) again\\b|"
                    // "Sometimes I think about hurting my ex. I wouldn't, but I think about it."
                    + "\\b(?:i|she|he|they) (?:wouldn't|would not|would never)(?=\\s*[,.;]| but\\b| though\\b)|"
                    // "Sometimes, yeah. Not that I'd do anything."
                    + "\\bnot that (?:i|she|he|they)(?:'d|’d| would)(?: ever)? (?:do anything|act on (?:it|them)|do it|go through with it)\\b|"
                    // "I wouldn't actually shoot anyone."
                    + "(?:wouldn't|would not|'d never|would never) (?:actually |really |ever )?(?:shoot|hurt|kill|stab|harm) (?:anyone|anybody|them|him|"
                    + "her|people)\\b|(?:won't|wouldn't|will not|would not|would never) (?:\\w+ )?(?:act on|do anything|do it|"
                    // "But I wouldn't do that to my kids."
                    + "do (?:that|this)(?: to (?:my|her|his|their) \\w+)?\\b|go through with)|(?:don't|do not|don’t) think (?:i|she|he|they)(?: would|'d|’d) (?:ever )?(?:act on|do anything|do it|"
                    + "go through with)")),
            new Qualifier("intent endorsed", SI_HI, ci("\\b(?=endorse|with|has|report|state|expresse|voice|verbali)(?<!no |denies |without )"
                    // (not "assessed as an expression of anger rather than a threat with intent")
                    + "(?<!rather than (?:a |an )?\\w{1,20} )(?:endorses?|with|has|reports?|states?|stated|"
                    + "expresse[sd]|voice[sd]|verbali[sz]ed) intent\\b|intends? to (?:kill|end|die|act)|" + MEANS_TONIGHT + "|\\bintent (?:rated |of |at )?(?:[1-9]|10)(?:\\s*/\\s*10| out of (?:10|ten))")),
            // "passive death wish last week, none currently"; asked "Are you having those thoughts now?", "No, not now."
            new Qualifier(DENIED_CURRENTLY, SI, ci("\\b(?:denies|denied|none|no (?:SI|suicidal ideation|such thoughts)) (?:currently|at present|"
                    // ("passive ("wished I could just disappear") Sun night, none today")
                    + "at this time|in session|today)\\b")),
            new Qualifier("no history of attempts reported", SI, ci("(?:\\bno|denie[sd]|deny|never)(?: \\w+){0,2} "
                    + "(?:history|hx) of (?:\\w+ )?(?:suicide )?attempts?|\\bno (?:prior|previous|past) (?:suicide )?attempts?|"
                    // "Any hospitalizations ..., or suicide attempts?" "No, never been hospitalized. No attempts."
                    + "^no (?:suicide )?attempts?\\W*$|"
                    // the Columbia screen's sixth item: "Suicidal behavior (lifetime): No; past 3 months: No"
                    + "\\bsuicidal behaviou?r \\(lifetime\\)\\s*:\\s*(?:no|n|negative|none)\\b|\\babsence of (?:prior|previous|past) (?:suicide )?attempts\\b|"
                    + "never (?:attempted|tried to (?:kill|end))")),
            new Qualifier("history of suicidal ideation", SI, ci(SI_HISTORY_NAMED
                    // "Hx of 2 psychiatric hospitalizations for SI", "hospitalized for SI in 2019"
                    + "|\\b(?:hospitali[sz]ations?|admissions?|inpatient stays?|hospitali[sz]ed)(?: \\w+){0,2}? for (?:SI|suicidal (?:ideation|"
                    + "thoughts))\\b(?=[^.;]{0,40}?\\b(?:\\d{4}|ago|last year|as a (?:teen\\w*|kid|child)|in (?:high school|college))|(?<=\\bhx[^.;]{0,40}))"
                    + "|" + RiskScreen.SI_NAMED + "\\b"
                    + "[^.;]{0,30}?\\b(?:(?:\\d+|a few|several|two|three|four|five|six|many) (?:days?|weeks?|wks?|months?|mos?|years?|yrs?) ago|last (?:week|month|year))")),
            ATTEMPT_HISTORY,
            // "Last Tuesday I took all of my sleeping pills and most of the bottle of Tylenol.": an overdose told as done (not "all of
            // my pills as prescribed")
            new Qualifier("suicide attempt reported (overdose)", SI, ci(OVERDOSE_TAKEN + "(?![^.;]{0,40}\\b(?:as prescribed|by accident|accidentally|by mistake|with food|this morning as usual)\\b)")),
            // "I've been looking up ways to do it online", "how many pills it would take": a warning sign of its own
            new Qualifier("method researched", SI, ci("(?:look\\w* up|search\\w*(?: for| up)?|research\\w*|googl\\w*|read\\w* about) "
                    + "(?:ways|how|methods) to\\b|how many (?:\\w+ )?(?:pills|tablets) it would take\\b|"
                    // "I looked up how many of my mom's sleeping pills it would take."
                    + "how many (?:of )?(?:[\\w'’]+ ){0,4}?(?:pills|tablets|capsules) (?:it would|it'd|it’d|would it) take\\b")),
            // "I gave my guitar to my brother and I've been writing goodbye letters", "I counted them last night"
            new Qualifier("preparatory behaviour reported", SI, ci("\\b(?:gave|giving|give) (?:away )?(?:(?:all|some|most|a lot) (?:of )?)?(?:my|her|his|their) "
                    + "(?:\\w+ )?(?:guitar|things|stuff|belongings|possessions|dog|cat|pets?|jewelry|games|clothes|books|gear|tools|boat|"
                    + "collection|guns?|rifles?)\\b(?: away)?|"
                    // "client gave away her favorite hoodie on Sunday" (a roommate's report)
                    + "\\b(?:gave|giving|give|given) away (?:my|her|his|their) (?:favou?rite|prized|treasured|most precious|beloved) \\w+|"
                    // "I showed my son where the will is and the passwords to the accounts", "getting my affairs in order"
                    + "\\b(?:showed|shown|shows|show|showing|told|tell|telling) (?:[\\w'’]+ ){0,3}?where (?:my|the|her|his|their) (?:will|life "
                    + "insurance|insurance papers|passwords|important papers) (?:is|are)\\b|\\b(?:getting|got|put|putting) (?:my|her|his|their) "
                    + "affairs in order\\b|\\bsaying goodbyes? to (?:people|everyone|everybody)\\b|"
                    + "\\b(?:writing|wrote|written|write) (?:a |some )?(?:goodbye|farewell|suicide) (?:notes?|letters?)|"
                    // "She said you sent her a text tonight ... It said, "Take care of Bella for me ..." That sounds like a goodbye."
                    + "\\b(?:goodbye|farewell) (?:texts?|messages?|posts?|emails?|videos?|voicemails?)\\b|\\bsounds like (?:a |you were saying )?goodbyes?\\b|"
                    + "\\b(?:counted|counting) (?:my |her |his |their |the )?(?:pills|tablets|meds|them)\\b|"
                    // "He bought the hose on Saturday." (carbon monoxide), "bought a rope"
                    + "\\b(?:bought|buys|buying|purchased|got) (?:a |the |some )?(?:garden )?(?:hose|rope|charcoal|tubing)\\b|"
                    + "\\b(?:wrote|writing|made|updated|updating) (?:a |my |her |his |their )will\\b|\\bsaid (?:my )?goodbyes?\\b|"
                    // "Last night I sat in the truck with my service pistol for a while.": a rehearsal with the means
                    + "\\b(?:sat|sitting|sit) (?:[^.]{0,30} )?with (?:my|a|the|her|his|their) (?:\\w+ )?(?:gun|pistol|handgun|rifle|shotgun|"
                    + "firearm|pills|rope)\\b|"
                    // "I've sat in the truck with it on my lap a couple of times." (the rifle named just before)
                    + "\\b(?:sat|sitting|sit) (?:[^.]{0,30} )?with (?:it|one|them) (?:on|in|across) (?:my|her|his|their) (?:lap|hands?|mouth)\\b|\\b(?:held|holding|loaded|loading) (?:my|a|the|her|his|their) (?:\\w+ )?(?:gun|pistol|handgun|"
                    + "rifle|shotgun|firearm) (?:to (?:my|her|his|their) (?:head|chest|mouth)|and (?:thought|sat|stared))")),
            // "Denies preparatory behavior.", or no to "Have you done anything to get ready ...?"
            new Qualifier("no preparatory behaviour reported", SI, ci("\\b(?:denies|denied|no|without) (?:any )?(?:preparatory "
                    + "(?:behaviou?rs?|acts?)|preparations?|rehearsal)\\b"
                    // "I've got my father's revolver in the gun safe. ... I haven't taken it out.": the means not touched
                    + "|\\bI (?:haven't|have not|never|didn't|did not) (?:taken|took|touched|loaded|got|gotten|handled) (?:it|them)"
                    + "(?: out)?\\b")),
            // ("Marcus's father had a gun. He took it when he moved out. There's nothing here.", to "pills or a gun?")
            new Qualifier("no access to firearms or weapons reported", SI_HI, ci("^\\W*(?:no,? )?there(?:'s|’s| is) nothing (?:here|in the house|"
                    + "at home|in the home)\\W*$|\\b(?:owns|own|has|have) no (?:\\w+ )?(?:guns?|firearms?|weapons?)\\b|"
                    + "\\b(?:no|denies|denied|without|doesn't have|does not "
                    + "have|don't have|do not have|(?:don't|don’t|do not|doesn't|doesn’t|does not|never) own(?:ed)?) (?:\\w+ )?(?:access to )?"
                    + "(?:any |a )?(?:guns?|firearms?|weapons?)\\b")),
            new Qualifier(ACCESS_REPORTED, SI_HI, ci(HAS_WEAPON_TEXT)),
            // "If they come in my room, I'll defend myself. I keep a bat by the bed.": armed against a feared attack
            new Qualifier("weapon kept at hand reported", SI_HI, ci("\\b(?:keep|keeps|kept|keeping|sleep with|sleeps with|slept with) "
                    + "(?:a |my |the |his |her )?(?:baseball )?(?:bat|knife|machete|hammer|crowbar|tire iron|blade) (?:by|under|next to|beside) "
                    + "(?:the|my|his|her|their) (?:bed|pillow|door|mattress)\\b")),
            // "Has firearms at home, declined to remove them.": kept where they are, by the client's choice
            new Qualifier("removal of firearms or other means declined", SI_HI, ci("\\b(?:declined|declines|refused|refuses|unwilling|"
                    + "not willing|won't|will not|doesn't want|does not want) to (?:remove|store|lock(?: up)?|give up|hand over|get rid of|secure|"
                    + "move) (?:them|it|the (?:guns?|firearms?|weapons?|rifles?|pistols?|revolver|pills|medications?))\\b")),
            new Qualifier("access to firearms addressed", SI_HI, ci("\\b(?:guns?|shotguns?|handguns?|firearms?|rifles?|pistols?|weapons?|"
                    + "revolvers?|gun safe)\\b")),
            // "has been saving her trazodone and has approx 20 tabs at home": lethal means at hand, not a firearm
            new Qualifier("stockpiled medication reported", SI_SH, ci("\\b(?:saving|saved|stockpil\\w*|hoard\\w*|stash\\w*|"
                    + "collecting|collected|saved up)\\b[^.]{0,40}\\b(?:pills|medications?|meds|tabs|tablets|capsules|" + RiskScreen.MEDICINES
                    + ")\\b|"
                    + "\\b(?:pills|medications?|meds|tabs|tablets|capsules)\\b[^.]{0,30}\\b(?:saved up|stockpiled|hoarded|stashed)\\b")),
            MEANS_RESTRICTION,
            // "denies SI but endorses hopelessness and feeling like a burden": risk factors of their own
            new Qualifier("hopelessness or feeling a burden reported", SI, ci("(?<!\\b(?:no|denies|denied|without) )\\bhopeless(?:ness)?\\b|"
                    // (not the fear of it that keeps a client from asking for help: "fear of 'being a burden'" to a sponsor)
                    + "(?<!(?:fear|afraid|scared|worried|worry|don't want|do not want) (?:of |about |to )?[“\"]?)"
                    + "\\b(?:feel(?:s|ing)?|felt|am|is|being|be) (?:like )?(?:a |such a )burden\\b|\\bburden (?:to|on) (?:everyone|everybody|my|her|his|their)\\b")),
            new Qualifier("no self-harm acts reported", EnumSet.of(Domain.self_harm), ci("\\bno (?:(?-i:SH)|self[- ]?harm(?:ing)?|cutting|acts? of self[- ]?harm)"
                    + "\\b(?: (?:this|last|past|in the past) (?:week|month|\\d+ (?:days|weeks))| since)|"
                    // "urges to self-harm 3/5 on Monday; no self-harm acts."
                    + "\\bno (?:(?-i:SH)|self[- ]?harm(?:ing)?|cutting) (?:acts?|behaviou?rs?|episodes?)\\b")),
            new Qualifier("no current urges reported", EnumSet.of(Domain.self_harm), ci("\\b(?:no|denies|denied|without) (?:current |active |"
                    + "recent )?urges\\b")),
            new Qualifier("urges not acted on", EnumSet.of(Domain.self_harm), ci("(?:not|never|hasn't|has not|"
                    + "haven't|have not|didn't|did not)(?: \\w+)? acted on|(?:didn't|did not|doesn't|does not|don't|do not|don’t)(?: \\w+)? act on|"
                    // "acknowledged occasional thoughts of self-harm but stated she would not act on them"
                    + "(?:(?:would|will|'d|’d)(?: not| never)|wouldn't|wouldn’t|won't|won’t) act on|"
                    // "I had urges to cut but I used my skills instead."
                    + "\\bused (?:my|her|his|their) (?:\\w+ )?skills instead\\b|(?:^|\\bbut )used (?:my |her |his |their )?(?:\\w+ )?skills\\b|"
                    // "urges to self-harm this week (cutting), resisted by using ice and calling a friend"
                    + "\\b(?:resisted|resisting|resists|withstood|rode (?:it|them) out|surfed (?:it|them|the urges?))\\b")),
            // "Client committed to not cutting tonight." (or yes to "Can you commit to not cutting tonight?")
            new Qualifier("commitment not to act on urges given", EnumSet.of(Domain.self_harm), ci("\\b(?:committed|commits|agreed|agrees) to "
                    + "(?:not (?:self-harm\\w*|cut|cutting|hurt(?:ing)? (?:her|him|them)sel(?:f|ves)|act(?:ing)? on (?:the |her |his |their )?urges)|"
                    + "no self-harm)\\b")),
            // ("Denies hx of self-harm." is no history)
            new Qualifier("history of self-harm", EnumSet.of(Domain.self_harm), ci("(?=" + RiskScreen.HISTORY.get(Domain.self_harm).pattern()
                    + ")(?<!(?:denies|denied|deny|no|without|never|negative for)(?: any| a)? )(?:"
                    + RiskScreen.HISTORY.get(Domain.self_harm).pattern() + ")")),

            // ("Denies any history of abuse." is no history)
            // (not "A lot of people blame themselves after an assault": said of people in general)
            new Qualifier("history of abuse or violence (a past event)", ABUSE, ci("^(?!.*\\b(?:a lot of people|many people|most people|"
                    + "people often|(?:it's|it is|that's|that is|is|are) (?:really |very |so )?common)\\b).*?(?=" + RiskScreen.HISTORY.get(Domain.abuse).pattern()
                    + ")(?<!(?:denies|denied|deny|no|without|never|negative for)(?: any| a)? )(?:"
                    + RiskScreen.HISTORY.get(Domain.abuse).pattern() + ")")),
            // "I grabbed him by the arm and shoved him into his room": the harm is the client's doing, which changes what is owed
            // ("I took off my belt and hit him with it": the act after what led to it)
            new Qualifier("harm by the client to another person reported", ABUSE, ci("(?<!\\b(?:was|were|been|got|by) )\\b(?:hit|punched|kicked|bit|slapped|scratched|shoved|pushed|struck|headbutted) (?:a |the |another )?(?:staff(?: member)?|"
                    + "peer|resident|aide|caregiver|carer|teacher|classmate|housemate)s?\\b|" + "\\bI (?:\\w+ ){0,2}?(?:(?:\\w+ ){1,4}and )?(?:grabbed|shoved|hit|slapped|"
                    + "pushed|spanked|kicked|choked|shook|beat|punched|whipped|smacked|hurt) (?:him|her|them|my (?:son|daughter|child|kid|"
                    + "baby|wife|husband|partner|girlfriend|boyfriend|mom|mother|dad|father))\\b|" + RiskScreen.HANDS_ON_TEXT + "|\\b(?:client|pt|patient) (?:admit(?:s|ted)|"
                    + "disclosed|reports?|reported) (?:to )?(?:grabbing|shoving|hitting|slapping|pushing|spanking|kicking|choking|shaking|"
                    + "punching|hurting) (?:his|her|their) (?:son|daughter|child|children|kids?|baby|partner|wife|husband)\\b|"
                    // "pt has been hitting younger sibling"
                    + "\\b(?:pt|client|patient)\\b (?:has been |had been |is |was |keeps |kept |started |began )?(?:hitting|punching|kicking|biting|"
                    + "choking|shoving|slapping|pushing|beating up) (?:(?:his|her|their|a) )?(?:younger |older |little |baby |twin |new )?(?:sibling|"
                    + "siblings|brothers?|sisters?|classmates?|peers?)\\b")),
            new Qualifier("property damaged in anger during a conflict (intimidation)", ABUSE, ci("\\b(?:punch|kick|smash|slamm|threw|throw|"
                    + "put (?:my|his|her|their) fist through)\\w* (?:a hole (?:in|through) )?(?:the|a|our|my|his|her|their) (?:\\w+ )?"
                    + "(?:wall|door|window|cabinet|windshield|tv|television)s?\\b")),
            STRANGULATION,
            // ("Presentation is consistent with elder abuse: physical abuse (grabbing, bruising), financial exploitation, and neglect
            // (restricted access to food) by her son": the clinician's own words)
            new Qualifier("financial exploitation reported", ABUSE, ci(RiskScreen.FINANCIAL_EXPLOITATION_TEXT
                    + "|(?<!\\b(?:no|denies|denied|without|negative for) (?:signs of |evidence of )?)\\bfinancial(?:ly)? (?:exploit\\w*|abuse)\\b")),
            new Qualifier("neglect reported", ABUSE, ci("(?<!\\b(?:no|denies|denied|without|negative for) (?:signs of |evidence of )?)"
                    + "\\bneglect(?:ed|ful)?\\b(?! (?:(?:her|his|their|my) )?(?:own )?(?:self-care|hygiene|health|garden|house|chores|studies|homework)\\b)|"
                    + "\\blocks? (?:the|her|his|my) (?:pantry|fridge|refrigerator|food)\\b")),
            new Qualifier("bullying or harassment reported", ABUSE, ci(RiskScreen.BULLYING_TEXT)),
            new Qualifier("drugged without consent reported", ABUSE, ci(RiskScreen.DRUGGED_TEXT)),
            // "he says if I'm nice to them it helps pay the rent" (of a 15-year-old and a 24-year-old "boyfriend")
            new Qualifier("sexual exploitation or trafficking reported", ABUSE, ci(RiskScreen.EXPLOITATION_TEXT)),
            // (not "denies sexual abuse")
            // ("Sexually." alone: the kind of the assault told in the sentence before, joined to its mention)
            new Qualifier("sexual violence reported", ABUSE, ci(RiskScreen.SEXUAL_VIOLENCE_TEXT + "|^sexually\\W*$|"
                    // "He touched me. More than once.", a disclosure of childhood sexual abuse
                    + "^\\W*(?:and |then |but )?(?:he|she|they) touched me(?: again)?[.!]?\\W*$|(?-i:\\bCSA\\b)|(?=rap|sexual|molest|unwanted|touch)(?<!\\b(?:denies|denied|no|without|"
                    + "never|negative for)(?: any| a)? )(?:\\braped?\\b|sexual(?:ly)? (?:assault\\w*|abus\\w*)|\\bmolest\\w*|unwanted sexual\\w*|"
                    + "touch\\w* (?:me|her|him|them) (?:inappropriately|sexually))")),
            // "It said if I didn't send two hundred dollars they'd send the pictures to everyone ...", "It's called sextortion"
            new Qualifier("sextortion reported (a threat to share sexual images)", ABUSE, ci("\\bsextort\\w*|\\bsexual extortion\\b|"
                    // "image-based coercion (threat to share a nude image of a minor)", "afraid he will share them if she breaks up with him"
                    + "\\bthreat\\w* to (?:share|post|send|leak|show) (?:a |the |her |his |my |their )?(?:nude|sexual|intimate|explicit) "
                    + "(?:images?|photos?|pictures?|pics|videos?)\\b|\\bimage-based (?:coercion|abuse|sexual abuse|extortion)\\b|"
                    + "\\bnude (?:photos|pictures|images|pics)\\b[^.]{0,80}\\b(?:share|show|post|leak)\\w* (?:them|it)\\b[^.]{0,30}\\bif\\b|"
                    + "\\bif (?:I|she|he|they) (?:don't|do not|won't|will not|didn't|didn’t|don’t|won’t|refuse\\w*) (?:send|give|pay|do)\\b"
                    + "[^.]{0,60}?\\b(?:post|share|send|leak|show)\\w* (?:the |my |her |his |those |these |all )?(?:pictures|photos|pics|nudes|"
                    + "videos?|images)\\b")),
            THREATS,
            DANGER_ASSESSMENT_HIGH,
            ABUSER_FIREARM,
            ABUSER_FIREARM_ELSEWHERE,
            STALKING,
            FEELS_SAFE_NOW,
            EMERGENCY_CALLED,
            MANDATED_REPORT_DUE,
            MANDATED_REPORT_MADE,
            MANDATED_REPORT_CONSULT,
            FEELS_UNSAFE,
            EXPOSURE,
            new Qualifier("accidental overdose reported", SI, ci("\\b(?:accidental(?:ly)?|unintentional(?:ly)?|opioid|fentanyl|heroin) "
                    + "overdos\\w*|\\boverdos\\w*[^.;]{0,80}\\b(?:accident\\w*|unintention\\w*|fentanyl|heroin|opioids?|opiates?|narcan|"
                    + "naloxone)\\b")),
            FIREARMS_LOCKED,
            new Qualifier("C-SSRS completed", SI, ci("C-SSRS|Columbia(?: Suicide Severity)?")),
            // a safety contract, or the clinician's note that the client would not or could not make one
            new Qualifier("unable or unwilling to contract for safety", SI, ci("\\b" + NO_CONTRACT + " (?:to )?contract for "
                    + "(?:his |her |their |own )?safety\\b")),
            new Qualifier("contracted for safety", SI, ci("(?<!\\b(?:" + NO_CONTRACT + "|not|able) (?:to )?)"
                    + RiskScreen.SAFETY_CONTRACT_TEXT)),
            SAFETY_PLAN,
            CRISIS_RESOURCES,
            EMERGENCY_SENT,
            TRANSPORTED,
            // "My granddaughter is getting married in June ... I couldn't do that to her.": someone the client would not hurt so
            // ("I couldn't do that to Tom and Sophie.": by name)
            new Qualifier("protective factors named", SI, ci("\\b(?:couldn't|couldn’t|could not|could never|wouldn't|wouldn’t|would not|"
                    + "would never|can't|can’t|cannot|won't|won’t) do (?:that|this|it) to (?:her|him|them|(?-i:[A-Z][a-z]+)(?: and (?-i:[A-Z][a-z]+))?)\\b")),
            new Qualifier("protective factors named", SI_HI, ci("reasons? for living|protective factors?|"
                    + "against (?:my|her|his|their) (?:religion|faith|beliefs)|(?:religion|faith) (?:forbids|prohibits)|"
                    + "(?:do (?:that|this|it) to|leave|abandon) (?:my|her|his|their|the) (?:kids|children|boys|girls|grandkids|"
                    + "grandchildren|family|son|daughter|wife|husband|"
                    + "mom|mother|parents)\\b|"
                    + "(?:my|her|his|their) (?:kids|children|son|daughter|family) (?:needs?|depends? on) (?:me|her|him|them)|"
                    // "No. Not that. I've got my kids. I'm not going anywhere.": who keeps the client here, said with the denial
                    + "\\bI(?:'ve| have|’ve) got (?:my|two|three|little|young) (?:kids|children|boys|girls|grandkids|babies|family)\\b|"
                    + "\\bI(?:'m|’m| am) not going anywhere\\b|"
                    // "My grandson is starting T-ball in the spring. I want to see that.": a future to see
                    + "\\b(?:my|her|his|their) (?:grandson|granddaughter|grandkids|grandchildren|son|daughter|kids|children|baby) (?:is|are) "
                    + "(?:starting|graduating|getting married|having a baby|due|turning|coming home)\\b|"
                    + "\\bI (?:want|need) to (?:see|be (?:there|around) for|watch) (?:that|it|him|her|them|(?:my|her|his|their) \\w+)\\b|"
                    // "I'm Catholic, and it'd kill my daughter.": a faith, and what it would do to the family
                    + "\\bI(?:'m|’m| am) (?:a )?(?:catholic|muslim|christian|jewish|religious|a person of faith)\\b|"
                    + "\\b(?:it'd|it’d|it would|that would|that'd) (?:kill|destroy|devastate|break) (?:my|her|his|their) (?:kids|children|son|"
                    + "daughter|wife|husband|mom|mother|dad|father|family|parents|grandkids)\\b|"
                    // "And I promised my niece I'd be at her recital."
                    + "\\bI promised (?:my|her|his) \\w+ (?:that )?(?:I'd|I’d|I would|I will|I'll|to) (?:be (?:at|there)|come|go|see|watch)\\b|"
                    // "it's a sin, and Carmen needs me"
                    + "\\b(?:it's|it is|that's|that is) a sin\\b|\\b(?-i:[A-Z][a-z]+) needs (?:me|her|him|them)\\b|"
                    + "(?:i have|because of|for|think of|thinking of) (?:my|her|his|their) (?:kids|children|son|daughter|family|"
                    + "husband|wife|partner|dog|cat|pets?)\\b|"
                    // "Is there anything that has kept you from acting on it?" "My dog. Nobody would take care of him."
                    + "nobody (?:would|could|else would) (?:take care of|look after|feed|raise) (?:him|her|them|my)|"
                    + "(?:she|he|they)(?:'d| would) be (?:wrecked|devastated|destroyed|crushed|heartbroken)|"
                    // "I'm scared, but I want to be here for Lily."
                    + "(?:want|need|have|got) to be (?:here|around|alive) for\\b|"
                    // "My daughter keeps me going."
                    + "\\b(?:keeps|kept|keep) (?:me|her|him|them) going\\b|\\breasons? to (?:live|keep going|stay alive)\\b")));

    private static final String LEVEL = "(?:low|moderate|high|elevated|imminent|minimal)(?:(?:-| to )(?:low|moderate|high))?";
    /** "elevated but not imminent risk", "not imminent risk": a level said with what it is not is kept whole. */
    private static final Pattern LEVEL_ALONE = ci("^\\s*(?:low|moderate|high|elevated|imminent|minimal)(?:(?:-| to )(?:low|moderate|high))?\\W*$");
    // (not "Suicide loss survivors are at elevated risk": a group's, said to explain the client's)
    private static final Pattern RISK_LEVEL = ci("(?<!\\b(?:survivors|people|those|veterans|men|women|adolescents|patients|individuals) "
            + "(?:are|remain) (?:at )?)\\b((?:not )?" + LEVEL + "(?:,? (?:but|and|yet) not " + LEVEL + ")?)"
            // ("low acute suicide risk, chronic risk elevated": the acute level, said first)
            + " (?:(?:suicide|acute|chronic|immediate|current) ){0,2}risk\\b|"
            // "Risk to self and infant assessed as low at this time", "suicide risk is moderate"
            + "\\b(?:suicide )?risk(?: to (?:self|others)(?: and (?:others|infant|baby|children|self))?)? (?:was |is )?(?:assessed|rated|judged|"
            + "estimated|considered|deemed)? ?(?:as |to be )?((?:low|moderate|high|elevated|imminent|minimal)(?:(?:-| to )(?:low|moderate|high))?)\\b");

    /** Self-harm done: "cut L forearm x3 Sun night", "I burned my arm", "she scratched her wrists". */
    private static final Pattern SELF_HARM_DONE = ci("(?<!\\bto |n't |n’t |\\bnot |\\bnever )\\b(?:cut|burned|burnt|scratched|carved) (?:my|her|his|their|L|R|"
            + "left|right|both|myself|herself|himself|themselves|into)\\b");
    /** A short answer to the clinician's question about a plan or intent: "No. No plan." */
    private static final Pattern ASKS_URGES = ci("\\burges?\\b");
    /** The urge had, the act not done: "I didn't though.", "but I didn't do it", "I held off". */
    private static final Pattern DID_NOT_ACT = ci("\\bI (?:didn't|did not|didn’t)(?: (?:do it|act on it|cut|do anything))?(?: though)?\\s*[.!]|"
            + "\\bI held off\\b|\\b(?:didn't|did not|didn’t) act on (?:it|them)\\b");
    /**
     * Whether unit {@code i} can say what was done about a risk: anything but the clinician's question, unless the client
     * agreed to it ("Could we also make a safety plan together today ...?" "Okay.").
     */
    private static boolean saysWhatWasDone(List<Unit> units, int i) {
        Unit unit = units.get(i);
        return !(unit.role() == Role.CLINICIAN && unit.isQuestion()) || i + 1 < units.size() && units.get(i + 1).role() == Role.CLIENT
                && (agreed(units, i + 1) || units.get(i + 1).isQuestion() && agreedAfterAsking(units, i + 1));
    }

    /** Whether the client's turn at {@code answer} agrees to what was asked. */
    private static boolean agreed(List<Unit> units, int answer) {
        return AGREES.matcher(ClinicalVoice.clean(units.get(answer).text())).lookingAt()
                // "My brother-in-law has a gun safe. I can drop it off tonight.": agreed, as the step taken
                || ClinicalVoice.committedStep(units.subList(answer, units.size()).stream().takeWhile(u -> u.turn() == units.get(answer).turn())
                        .map(Unit::text).collect(java.util.stream.Collectors.joining(" ")));
    }

    /**
     * "Can you take the pills and put them outside your front door?" "Why?" "Because I want you to have some space ..."
     * "...Okay. Hang on. ... Okay. They're outside.": agreed once the clinician said why.
     */
    private static boolean agreedAfterAsking(List<Unit> units, int question) {
        int turn = units.get(question).turn();
        for (int k = question + 1; k < units.size() && units.get(k).turn() <= turn + 2; k++) {
            if (units.get(k).turn() == turn + 2 && units.get(k).role() == Role.CLIENT) {
                return agreed(units, k);
            }
        }
        return false;
    }

    /** A plain yes to what the clinician proposed. */
    private static final Pattern AGREES = ci("^\\W*(?:yes|yeah|yep|okay|ok|sure|alright|all right|that's fine|that would help|let's do (?:it|that))\\b");
    private static final Pattern NO_PLAN_SAID = ci("\\bnot (?:like |really |exactly )?a plan\\b|\\bno (?:real |actual )?plan\\b|"
            + "\\b(?:don't|do not|haven't|have not|never) (?:got |made |have |had )?(?:a |any )?(?:real |actual )?plan\\b|"
            // "But I haven't planned anything."
            + "\\b(?:haven't|have not|haven’t|never|didn't|did not) (?:really )?planned\\b|\\bnot planning (?:anything|to)\\b");
    private static final Pattern ASKS_PLAN = ci("\\bplans?\\b|how you (?:would|might|could) do (?:it|that)|thought about how|"
            // "Have you ever thought about ending your life, or about a way you would do it?"
            + "\\ba way (?:you|she|he|they) (?:would|might|could) do (?:it|that)\\b|"
            // "Have you had thoughts of how you'd end your life?"
            + "\\bthoughts? (?:of|about) how (?:you(?:'d|’d| would| might)|to)\\b|"
            // "Have you ever thought about a way to end your life?"
            + "anything to prepare|thought (?:about|of) (?:a way|ways|a method|how) to (?:end your life|kill yourself|do it)");
    /** "I have a hunting rifle in the garage", "my husband keeps two handguns": a firearm at hand. */
    private static final Pattern HAS_WEAPON = ci(HAS_WEAPON_TEXT);
    static final Pattern ASKS_WEAPONS = ci("access to (?:any )?(?:guns?|firearms?|weapons?)|"
            // "Do you have anything with you in the car that you could hurt yourself with?"
            + "\\b(?:anything|something)\\b[^?]{0,40}?\\b(?:you could|you might|to) (?:hurt|harm|kill) yourself with\\b|"
            + "(?:guns?|firearms?|weapons?) (?:in|at) (?:the |your )?(?:home|house)|"
            // "Do you have any guns?"
            + "\\b(?:do|does) you (?:have|own|keep) (?:any |a )?(?:guns?|firearms?|weapons?|rifles?|handguns?)\\b|"
            // "Is the pistol still in the house?"
            + "\\b(?:is|are) (?:the|your|that|those|his|her) (?:\\w+ )?(?:guns?|pistols?|handguns?|rifles?|shotguns?|firearms?|weapons?) "
            + "(?:still )?(?:in|at) (?:the |your )?(?:house|home)\\b|"
            // "Does your husband have any guns?": the partner's
            + "\\b(?:does|do) (?:he|she|they|your (?:husband|boyfriend|partner|wife|girlfriend)) (?:have|own|keep) (?:any |a )?(?:guns?|firearms?|weapons?)\\b");
    private static final Pattern ASKS_INTENT = ci("\\bintent|act on|going to do");
    /** "Have you ever taken so much that you passed out, or someone couldn't wake you up?": an overdose by another name. */
    private static final Pattern ASKS_UNRESPONSIVE = ci("\\b(?:taken|used|took|had) so much\\b[^?]{0,40}\\b(?:passed out|blacked out|"
            + "couldn't wake|could not wake|stopped breathing)\\b|\\b(?:couldn't|could not|can't) wake you(?: up)?\\b|\\bneeded (?:narcan|naloxone)\\b");
    /**
     * "Do you have any intention of acting on these thoughts in the next few days?", "Have you thought about how you would do
     * it?": the assessment's questions of intent and method, however far into the session they come.
     */
    private static final Pattern ASSESSES_INTENT_OR_METHOD = ci("\\bintent\\w*\\b|\\bact(?:ing)? on (?:these|those|them|it|that|the)\\b|"
            + "how you (?:would|might|could) do (?:it|that)|thought about how\\b|"
            + "thought (?:about|of) (?:a way|ways|a method|how) to (?:end your life|kill yourself|do it)");
    /** "I don't think so.": a no, hedged; to "Do you think you would act on these thoughts?" it denies intent. */
    private static final Pattern HEDGED_NO = ci("^(?:(?:um+|uh+|well|honestly|no),?\\s+)?(?:I )?(?:don't|do not|don’t) think so\\b");
    /** "Have you done anything to get ready, like taking it out or loading it?" */
    private static final Pattern ASKS_PREPARATION = ci("\\b(?:done|do|did) anything to (?:get ready|prepare)\\b|\\b(?:made|make|making) (?:any )?"
            + "(?:preparations|arrangements)\\b|\\brehears\\w*");
    /** "Did you do anything toward it, like go out to the overpass?" (answered with what was done: a rehearsal). */
    private static final Pattern ASKS_TOWARD = ci("\\b(?:done|do|did) anything (?:toward|towards) (?:it|that|acting on it)\\b");
    private static final Pattern EVER = ci("\\bever\\b");
    /** "Sunday I drove past it three times.", "I went out there.": the place of the method visited. */
    private static final Pattern DROVE_PAST = ci("\\b(?:drove|driven|went|walked|been) (?:past|by|out|up|to) (?:it|there|the (?:overpass|bridge|"
            + "tracks|edge|roof|garage|river|cliff))\\b");
    private static final Pattern EVER_OR_PAST = ci("\\bever\\b|\\bin the past\\b|\\bbefore\\b|\\bprevious(?:ly)?\\b");
    /** "Have you hurt yourself tonight at all?": whether the urge has been acted on yet. */
    private static final Pattern ASKS_HURT_SO_FAR = ci("\\b(?:have|did) you (?:\\w+ )?(?:hurt|harmed|cut|burned|scratched) yourself "
            + "(?:\\w+ )?(?:tonight|today|yet|this (?:evening|morning|afternoon)|since)\\b");
    /** "Can you commit to not cutting tonight?", "Can you agree to keep yourself safe until Thursday?" */
    private static final Pattern ASKS_COMMITMENT = ci("\\b(?:commit|agree|promise) to (?:not (?:cut|cutting|hurt|hurting|harm|harming|acting)|"
            + "(?:keep|keeping) yourself safe|stay(?:ing)? safe|being safe)\\b");
    private static final Pattern ASKS_ACTED = ci("\\bact(?:ed)? on (?:the |that |those |these |your |it\\b|them\\b)");
    /** A "no" that tells of an earlier time: "The last time was in the spring", "Not since last year", "Not anymore". */
    private static final Pattern EARLIER_TIME = ci("\\b(?:the )?last time (?:was|i (?:had|felt|thought|did))\\b|\\bnot since\\b|"
            + "\\bnot anymore\\b|\\bnot (?:any )?more\\b|\\bused to\\b|\\bnot (?:in|for) (?:a (?:long )?while|\\w+ (?:weeks|months|years))\\b|"
            // "In college, once, after my grandpa died. I talked to the counselor there. Nothing since."
            + "\\b(?:nothing|none) since\\b|^\\W*(?:yes,?\\s+|yeah,?\\s+)?(?:in|during) (?:college|high school|middle school|my twenties)\\b|"
            // "No. I've thought about it after Ramirez died, my buddy, back in 2020. Not seriously. Nothing like that now."
            + "\\bback in (?:\\d{4}|college|high school|the day)\\b|\\bnothing like that (?:now|anymore|any more|since)\\b");
    /** The qualifiers whose patterns {@code unit}'s text matches, found once per unit across the domains of one note. */
    private static List<Qualifier> qualifiersOf(Unit unit, Map<Unit, List<Qualifier>> matched) {
        return matched.computeIfAbsent(unit, u -> QUALIFIERS.stream().filter(q -> q.pattern().matcher(u.text()).find()).toList());
    }

    /** "It's in the safe.", "They're locked up.": an answer about the thing asked of. */
    private static final Pattern IT_IS = ci("^(?:(?:yes|yeah|yep|yup),?\\s+)?(?:it's|it’s|it is|they're|they’re|they are|it|they)\\b");
    private static final Pattern FIREARM = ci("\\b(?:guns?|rifles?|pistols?|handguns?|shotguns?|firearms?|revolver)\\b");
    private static final Pattern LOCKED_AWAY = ci("\\blocked\\b|\\bin (?:a|the) (?:gun )?safe\\b|\\bgun safe\\b|\\btrigger lock|\\bsecured\\b|"
            + "\\bin (?:a|the) (?:lock ?box|lock-box|gun cabinet)\\b");
    /** "Tonight, yeah.": a yes after a word or two that qualify it. */
    private static final Pattern LATE_YES = ci("^(?:[\\w']+,?\\s+){1,2}(?:yes|yeah|yep|yup)\\b");
    private static final Pattern ASKS_SAFE = ci("\\b(?:do|are) you (?:feel(?:ing)? )?safe\\b|\\bfeel safe (?:going )?(?:home|at home|there)\\b");

    private static final Pattern ASKS_ATTEMPT = ci("(?:tried|attempted) to (?:end|take|kill)|(?:suicide )?attempts? (?:before|in the past)|"
            + "ever (?:tried|attempted)|(?:made|had) (?:a|an|any) (?:suicide )?attempt|suicide attempts?\\b");
    /** The sentence after {@code unit} in the same turn, or "" (a clinician's notes are one turn: only the next sentence). */
    /** The two sentences after {@code unit} in the same turn ("... what if I hurt her with the knife. I would never. It makes me sick."). */
    private static String nextInTurn(List<Unit> units, Unit unit) {
        int i = units.indexOf(unit);
        StringBuilder next = new StringBuilder();
        for (int k = i + 1; i >= 0 && k < units.size() && k <= i + 2 && units.get(k).turn() == unit.turn(); k++) {
            next.append(units.get(k).text()).append(' ');
        }
        return next.toString();
    }

    /** "I still have the urge sometimes after a purge, but I don't act on it.": urges named, and not acted on. */
    private static final Pattern URGES_NOT_ACTED_ON = ci("\\burges?\\b[^.]{0,80}\\b(?:don't|don’t|do not|didn't|did not|never|haven't|have not)"
            + "(?: \\w+)? act(?:ed)? on\\b");
    private static final String INTRUSIVE_TEXT = "described as intrusive and unwanted (ego-dystonic)";
    /**
     * "I don't want to, they just pop in.": a sentence that goes on about the thoughts just told (not "She described intrusive
     * worries about the baby ...", "Intrusive thoughts are ego-dystonic ...", with subjects of their own).
     */
    private static final Pattern POINTS_BACK = ci("^\\W*(?:I\\b|these|they|this|it|which|the (?:thoughts?|images?|urges?))\\b");
    private static final Pattern INTRUSIVE = ci("\\bintrusive\\b|ego[- ]?dystonic|\\bunwanted (?:thoughts|images)|\\bhorrif(?:ying|ied|ies|y)\\b|"
            // "I get these images of stabbing Emma. ... It just flashes in my head."
            + "\\bflash(?:es|ed)? (?:in|into|through) (?:my|her|his|their) (?:head|mind)\\b|"
            // "what if I hurt her with the knife. I would never. It makes me sick."
            + "\\b(?:makes|make|made) me (?:sick|feel sick|nauseous)\\b|\\bsickens me\\b|"
            // "I don't want to, they just pop in and it terrifies me"
            + "\\b(?:pop|pops|popped) (?:in|into (?:my|her|his|their) (?:head|mind))\\b|\\bterrif(?:ies|ied|ying)\\b|"
            // "thoughts of hurting his baby when she cries, which frighten him", "It scares me so much."
            // (not "just to scare them": the purpose of a threat)
            + "(?=frighten|scare|disturb|upset)(?<!\\bto )\\b(?:frighten|frightens|frightened|scare|scares|scared|disturb|disturbs|disturbed|upset|upsets) (?:me|him|her|them)\\b|"
            + "\\b(?:which|that|they|it) (?:frighten|frightens|scare|scares|horrify|horrifies|disturb|disturbs)\\b");
    /** "Would you be willing to let your son keep it at his house for a while?", after the rifle was named. */
    private static final Pattern KEEP_IT_AWAY = ci("\\b(?:keep|keeping|hold|holding|hold onto|store|storing|take|taking) (?:it|them) "
            + "(?:at (?:her|his|their|a friend's|a neighbou?r's) (?:house|place|home|apartment)|for (?:a while|now|safekeeping))\\b");
    private static final Pattern MEANS = ci("\\b(?:guns?|rifles?|pistols?|handguns?|shotguns?|firearms?|revolver|pills|meds|medications?)\\b");

    /** The means were named in the ten sentences before {@code i}: "I've got my deer rifle in the closet." */
    private static boolean meansNamedBefore(List<Unit> units, int i) {
        return units.subList(Math.max(0, i - 10), i).stream().anyMatch(u -> MEANS.matcher(u.text()).find());
    }

    /** "My brother could keep it. I'll drop it off at his place tonight.": yes to handing the means over, in other words. */
    private static final Pattern AGREES_TO_HAND_OVER = ci("\\b(?:could|can|will|'ll|’ll) (?:keep|hold|take|have|store|lock up) (?:it|them)\\b|"
            // "My buddy Denny from the unit. ... I could drive it over tomorrow."
            + "\\b(?:drop|drive|run|take|bring) (?:it|them) (?:off|over)\\b|\\b(?:would|will|could|can) do that\\b|\\b(?:give|bring|hand) (?:it|them) (?:to|over)\\b|^(?:okay|ok|sure|fine|alright|all right)\\b|"
            // "I suppose so. I don't need them."
            + "^(?:i suppose(?: so)?|i guess(?: so)?|i think so|that's fine|that’s fine)\\b(?!,? not\\b)");
    private static final Pattern ASKS_PROTECTIVE = ci("what keeps you going|reasons? (?:for|to keep) living|"
            // "What's one reason to get through tonight?"
            + "\\breasons? to (?:get through|stay alive|hold on|keep going|live)\\b|what (?:stops|stopped|has stopped|"
            + "keeps|kept|has kept) you(?: from acting)?|what helps you (?:hold on|get through)|what would you live for");
    /** "Are you having those thoughts now?", "Do you feel that way right now?": the thoughts asked about in the present. */
    private static final Pattern ASKS_NOW = ci("\\b(?:having|have|feeling|feel|experiencing|are)\\b[^?]{0,40}?\\b(?:those|these|any|the) "
            + "(?:thoughts|feelings)\\b[^?]{0,20}?\\b(?:(?:right )?now|at the moment|currently|today|in this moment)\\b"
            + "|\\bfeel(?:ing)? (?:that way|like that)\\b[^?]{0,20}?\\b(?:(?:right )?now|at the moment|today|in this moment)\\b");
    private static final Pattern ASKS_ACTIVE = ci("thoughts? (?:of|about) (?:killing yourself|ending your life|suicide|taking your (?:own )?life)|"
            + "(?:want|wanting) to (?:kill yourself|end your life)");
    private static final Pattern METHOD = ci("\\b(?:pills?|overdos\\w*|oxycodone|opioids?|medications?|meds|guns?|firearms?|rifles?|"
            + "shotguns?|pistols?|handguns?|revolver|rope|hang\\w*|jump\\w*|bridges?|roof|knife|knives|razors?|cut\\w*|car|engine|train|"
            + "drown\\w*|poison\\w*)\\b");
    private static final Pattern ONCE = ci("^(?:once|twice|one time|two times|a few times|(?:when|in|at|back in)\\b)");

    /**
     * What the input says around a domain's mentions (in a conversation the three units before each and the twelve after,
     * where the follow-up questions and their answers are; in a clinician's notes, all of them): for suicidal ideation
     * whether it is passive or active, plan and intent, history of attempts, firearms and means restriction, C-SSRS and
     * the documented level, safety plan, crisis resources and protective factors; for homicidal ideation plan, intent,
     * weapons and protective factors; for self-harm current urges and safety planning; for abuse a mandated report and
     * whether the client feels unsafe. Only what the input says; for a denied domain only what is itself a denial, and
     * history (of an attempt, of self-harm, in the family).
     */
    static List<String> of(Domain domain, Polarity overall, List<Mention> mentions, List<Unit> units) {
        return of(domain, overall, mentions, units, new java.util.IdentityHashMap<>());
    }

    /** "My brother tried to kill himself": an attempt, but not the client's (the same test as the screen's mentions). */
    private static boolean someoneElsesAttempt(Unit unit) {
        Matcher m = ATTEMPT_HISTORY.pattern().matcher(unit.text());
        return m.find() && RiskScreen.someoneElses(Domain.suicidal_ideation, unit, m.start(), m.group(), RiskScreen.othersRisk(unit.text()));
    }

    /** What a voice tells the client to do, in a mention of the risk: "he kept saying I should walk in front of the bus". */
    private static final Pattern COMMANDED = Pattern.compile("\\b(?:voices?|it|he|she|they)\\b(?: \\w+){0,2}? (?:tells?|telling|told|says|said|"
            + "saying|commands?|commanding|orders?|ordering|ordered)\\b(?: me| him| her| them)?(?: that)? (?:I|he|she|they) (?:should|have to|has to|"
            + "needs? to|must|ought to)\\b|\\b(?:voices?|it|he|she|they)\\b(?: \\w+){0,2}? (?:tells?|telling|told|commands?|commanding|orders?|ordering|"
            + "ordered) (?:me|him|her|them) to\\b", Pattern.CASE_INSENSITIVE);
    /** Voices heard, named in the unit or in the six before it. */
    private static boolean voicesBefore(List<Unit> units, Unit unit) {
        int i = units.indexOf(unit);
        for (int j = Math.max(0, i - 6); j <= i; j++) {
            if (PlacementHints.VOICE_HEARD.matcher(units.get(j).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The same, with {@code matched} remembering which qualifiers a unit's text matches, across the domains of one note. */
    static List<String> of(Domain domain, Polarity overall, List<Mention> mentions, List<Unit> units,
                           Map<Unit, List<Qualifier>> matched) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        java.util.TreeSet<Integer> window = new java.util.TreeSet<>();
        if (mentions.stream().flatMap(m -> m.units().stream()).anyMatch(u -> u.role() == Role.NOTES)) {
            for (int j = 0; j < units.size(); j++) {
                window.add(j);
            }
        } else {
            Map<Unit, Integer> index = new java.util.IdentityHashMap<>();
            for (int j = 0; j < units.size(); j++) {
                index.put(units.get(j), j);
            }
            for (Mention m : mentions) {
                for (Unit u : m.units()) {
                    int i = index.getOrDefault(u, -1);
                    for (int j = Math.max(0, i - 3); i >= 0 && j <= Math.min(units.size() - 1, i + 12); j++) {
                        window.add(j);
                    }
                }
            }
            if (overall == Polarity.endorsed && SI_HI.contains(domain)) {
                // the clinician's questions of a risk assessment, wherever they come in a session about the risk: "Do you have
                // anything with you in the car that you could hurt yourself with?", "What's one reason to get through tonight?"
                for (int j = 0; j < units.size(); j++) {
                    Unit u = units.get(j);
                    if (u.role() == Role.CLINICIAN && u.isQuestion() && (ASKS_WEAPONS.matcher(u.text()).find()
                            || ASKS_PROTECTIVE.matcher(u.text()).find() || ASKS_PILLS.matcher(u.text()).find()
                            || ASSESSES_INTENT_OR_METHOD.matcher(u.text()).find())) {
                        for (int k = j; k < units.size() && units.get(k).turn() <= u.turn() + 1; k++) {
                            window.add(k);
                        }
                    }
                    if (u.role() != Role.NOTES && MEANS_RESTRICTION.pattern().matcher(u.text()).find()) {
                        // "Can you take the pills and put them outside your front door?", twenty lines after the thoughts were
                        // told: the means put away is part of the assessment wherever it comes
                        window.add(j);
                    }
                }
            }
        }
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        if (domain == Domain.suicidal_ideation && overall != Polarity.denied) {
            boolean passive = mentions.stream().filter(m -> m.polarity() != Polarity.denied)
                    .anyMatch(m -> m.units().stream().anyMatch(u -> u.role() != Role.CLINICIAN && PASSIVE.matcher(u.text()).find()))
                    // "... the thoughts of not wanting to be around. Have those come back this week?" "Tuesday night, yeah.":
                    // a yes to a question about a passive wish
                    || mentions.stream().filter(m -> m.polarity() == Polarity.endorsed && m.answer() != null)
                    .anyMatch(m -> m.units().stream().anyMatch(u -> u.role() == Role.CLINICIAN && PASSIVE.matcher(u.text()).find()));
            boolean active = mentions.stream().filter(m -> m.polarity() != Polarity.denied)
                    .anyMatch(m -> m.units().stream().anyMatch(u -> u.role() != Role.CLINICIAN && ACTIVE.matcher(u.text()).find()));
            if (active) {
                found.add("active thoughts");
            } else if (passive) {
                found.add("passive (a wish to be dead or not to wake up)");
            }
        }
        if (overall != Polarity.denied && SI_HI.contains(domain) && mentions.stream().filter(m -> m.polarity() == Polarity.endorsed)
                .flatMap(m -> m.units().stream()).anyMatch(u -> u.role() != Role.CLINICIAN && COMMANDED.matcher(u.text()).find()
                        && voicesBefore(units, u))) {
            // "Does he ever tell you to do things?" "Yeah. On Sunday he kept saying I should walk in front of the bus.", the
            // voices named just before: the risk is a command hallucination's, which a psychiatrist must see as such
            found.add(domain == Domain.homicidal_ideation ? "command hallucinations to harm others reported"
                    : "command hallucinations to harm self reported");
        }
        for (int i : window) {
            Unit unit = units.get(i);
            if (domain == Domain.self_harm && overall == Polarity.endorsed && unit.role() == Role.CLINICIAN && unit.isQuestion()
                    && i + 1 < units.size() && units.get(i + 1).role() == Role.CLIENT) {
                String answer = ClinicalVoice.clean(units.get(i + 1).text());
                if (ASKS_HURT_SO_FAR.matcher(unit.text()).find() && RiskScreen.NO_ANSWER.matcher(answer).find()) {
                    found.add("urges not acted on"); // "I'm really close to cutting." ... "Have you hurt yourself tonight at all?" "No."
                }
                if (ASKS_COMMITMENT.matcher(unit.text()).find() && agreed(units, i + 1)) {
                    // "Can you commit to not cutting tonight?" "Yeah. I can commit to tonight."
                    found.add("commitment not to act on urges given");
                }
            }
            if (unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size() && units.get(i + 1).role() == Role.CLIENT
                    && !RiskScreen.NO_ANSWER.matcher(ClinicalVoice.clean(units.get(i + 1).text())).find() && SI_HI.contains(domain)) {
                // "Do you have a plan for how you would do it?" "The car. Or I have a bottle of oxycodone ...": a yes, or a method
                // named, endorses; so does "Once, when I was nineteen." to "Have you ever tried to end your life before?"
                String answer = ClinicalVoice.clean(units.get(i + 1).text());
                boolean yes = RiskScreen.YES_ANSWER.matcher(answer).find();
                if (ASKS_PLAN.matcher(unit.text()).find() && (yes || METHOD.matcher(answer).find())) {
                    // ("Not like a plan. But I've thought about it." ... "I've got my father's revolver in the gun safe.": a method
                    // thought of, the plan denied)
                    boolean noPlan = !yes && window.stream().map(units::get).anyMatch(u -> u.role() == Role.CLIENT
                            && NO_PLAN_SAID.matcher(u.text()).find());
                    // ("Have you ever had thoughts of ending your life, or made any plans?" "Sometimes I think it'd be easier if I just
                    // didn't wake up. But I haven't planned anything.": the yes is to the thoughts, the plan denied in the answer)
                    boolean planDeniedInAnswer = yes && !METHOD.matcher(RiskScreen.turnFrom(units, i + 1)).find()
                            && NO_PLAN_SAID.matcher(RiskScreen.turnFrom(units, i + 1)).find();
                    found.add(planDeniedInAnswer ? "plan denied" : noPlan ? METHOD_CONSIDERED : "plan endorsed");
                }
                if (ASKS_INTENT.matcher(unit.text()).find() && yes) {
                    found.add("intent endorsed");
                }
                if (domain == Domain.suicidal_ideation && (ASKS_PREPARATION.matcher(unit.text()).find() || ASKS_TOWARD.matcher(unit.text()).find())
                        && (yes || DROVE_PAST.matcher(answer).find())) {
                    // "Did you do anything toward it, like go out to the overpass?" "Sunday I drove past it three times. I didn't turn."
                    found.add("preparatory behaviour reported");
                }
                if (domain == Domain.suicidal_ideation && ASKS_ATTEMPT.matcher(unit.text()).find() && (yes || ONCE.matcher(answer).find())) {
                    found.add(ATTEMPT_HISTORY.text());
                }
                if (ASKS_PROTECTIVE.matcher(unit.text()).find()) {
                    found.add("protective factors named"); // "What keeps you going on the hard days?" "My granddaughter."
                }
                if (domain == Domain.suicidal_ideation && ASKS_ACTIVE.matcher(unit.text()).find() && yes
                        && !PASSIVE.matcher(RiskScreen.turnFrom(units, i + 1)).find()) {
                    // ("Sometimes I wish I could go to sleep and not wake up" answers the same question with a passive wish)
                    found.add("active thoughts");
                }
            }
            if (unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT && RiskScreen.NO_ANSWER.matcher(ClinicalVoice.clean(units.get(i + 1).text())).find()) {
                if (SI_HI.contains(domain) && ASKS_PLAN.matcher(unit.text()).find()) {
                    found.add("plan denied");
                }
                if (SI_HI.contains(domain) && ASKS_INTENT.matcher(unit.text()).find()) {
                    found.add("intent denied");
                }
                if (domain == Domain.suicidal_ideation && overall != Polarity.denied && ASKS_NOW.matcher(unit.text()).find()) {
                    // "I had the thought that everybody would be better off, but it passed." ... "Are you having those thoughts
                    // now?" "No, not now.": the thoughts of the week, and none in the session
                    found.add(DENIED_CURRENTLY);
                }
                if (domain == Domain.suicidal_ideation && ASKS_PREPARATION.matcher(unit.text()).find()) {
                    found.add("no preparatory behaviour reported"); // "Have you done anything to get ready ...?" "No. I haven't touched it."
                }
                if (domain == Domain.suicidal_ideation && (ASKS_ACTED.matcher(unit.text()).find() && EVER.matcher(unit.text()).find()
                        || ASKS_ATTEMPT.matcher(unit.text()).find())) {
                    found.add("no history of attempts reported"); // "Have you ever acted on those thoughts?" "No. I've never tried anything."
                }
                if (SI_HI.contains(domain) && ASKS_WEAPONS.matcher(unit.text()).find()) {
                    // "Do you have a plan, or any guns in the house?" "No plan. I have a hunting rifle in the garage.": the "no"
                    // answers the plan
                    found.add(HAS_WEAPON.matcher(RiskScreen.turnFrom(units, i + 1)).find() ? ACCESS_REPORTED
                            : "no access to firearms or weapons reported");
                }
                if (domain == Domain.self_harm && ASKS_ACTED.matcher(unit.text()).find()) {
                    found.add("urges not acted on"); // "Did you act on the urge?" "No. I held ice cubes ..."
                }
                if (domain == Domain.suicidal_ideation && RiskScreen.QUESTIONS.get(domain).matcher(unit.text()).find()
                        && EARLIER_TIME.matcher(RiskScreen.turnFrom(units, i + 1)).find()) {
                    found.add("history of suicidal ideation"); // "No. Not this week. The last time was in the spring."
                }
            }
            if (domain == Domain.suicidal_ideation && unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT && EVER_OR_PAST.matcher(unit.text()).find()
                    && RiskScreen.QUESTIONS.get(domain).matcher(unit.text()).find()
                    && !RiskScreen.NO_ANSWER.matcher(ClinicalVoice.clean(units.get(i + 1).text())).find()
                    && EARLIER_TIME.matcher(RiskScreen.turnFrom(units, i + 1)).find()) {
                // "Have you ever had thoughts of suicide in the past?" "In college, once, after my grandpa died. ... Nothing since."
                found.add("history of suicidal ideation");
            }
            if (domain == Domain.self_harm && unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT && ASKS_URGES.matcher(unit.text()).find()
                    && DID_NOT_ACT.matcher(RiskScreen.turnFrom(units, i + 1)).find()) {
                found.add("urges not acted on"); // "Have you had urges to cut?" "Yeah, Tuesday. I didn't though."
            }
            if (SI_HI.contains(domain) && unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT && ASKS_INTENT.matcher(unit.text()).find()
                    && HEDGED_NO.matcher(ClinicalVoice.clean(units.get(i + 1).text())).find()) {
                found.add("intent denied"); // "Do you think you would act on these thoughts?" "I don't think so."
            }
            if (SI_HI.contains(domain) && unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT && ASKS_WEAPONS.matcher(unit.text()).find()) {
                // "Do you have any guns at home?" "I have a shotgun for hunting. It's locked in a safe in the basement, and my
                // wife has the key.": the answer's sentences together
                String answer = RiskScreen.turnFrom(units, i + 1);
                // "Is the pistol still in the house?" "It's in the safe. I've got the only combination.": the firearm the
                // question names, which the answer calls "it"
                boolean named = FIREARM.matcher(answer).find() || FIREARM.matcher(unit.text()).find()
                        && (IT_IS.matcher(answer).lookingAt() || RiskScreen.YES_ANSWER.matcher(ClinicalVoice.clean(answer)).lookingAt());
                if (named && LOCKED_AWAY.matcher(answer).find()) {
                    found.add(FIREARMS_LOCKED.text());
                }
                if (named && !RiskScreen.NO_ANSWER.matcher(answer).find()
                        && !IN_ANOTHER_HOUSEHOLD.matcher(answer).find()) {
                    found.add(ACCESS_REPORTED); // "Do you have any firearms in the house?" "My service pistol. It's in the closet, ..."
                }
            }
            if (domain == Domain.suicidal_ideation && unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT && ASKS_PILLS.matcher(unit.text()).find()
                    && PILLS_KEPT_FROM.matcher(RiskScreen.turnFrom(units, i + 1)).find()) {
                // "Do you still have the pills from your old prescription at home?" "No, I gave them to my roommate after last
                // time. She keeps them."
                found.add(MEANS_RESTRICTION.text());
            }
            if (domain == Domain.abuse && unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT) {
                String answer = ClinicalVoice.clean(units.get(i + 1).text());
                boolean no = RiskScreen.NO_ANSWER.matcher(answer).find();
                boolean yes = !no && (RiskScreen.YES_ANSWER.matcher(answer).find() || ONCE.matcher(answer).find()
                        || LATE_YES.matcher(answer).lookingAt());
                if (yes && STRANGULATION.pattern().matcher(unit.text()).find()) {
                    found.add(STRANGULATION.text()); // "Has he ever choked you, or put his hands on your neck?" "Once. Last spring."
                }
                if (!no && ASKS_WEAPONS.matcher(unit.text()).find() && FIREARM.matcher(answer).find()) {
                    found.add(ABUSER_FIREARM.text()); // "Are there weapons in the house?" "He has a hunting rifle in the garage."
                }
            }
            if (unit.role() == Role.CLINICIAN && unit.isQuestion() || ExtractiveNoteEngine.leadsIntoQuestion(units, i)) {
                continue; // a question asserts nothing, nor its lead-in of people in general
            }
            for (Qualifier q : qualifiersOf(unit, matched)) {
                if (q.domains().contains(domain) && !(q == ATTEMPT_HISTORY && someoneElsesAttempt(unit))) {
                    found.add(q.text());
                }
            }
        }
        if (overall != Polarity.denied && ACTIONS.containsKey(domain)) {
            // what was done about it, wherever in the session: "I'd like you to give her the oxycodone and your car keys",
            // "go to the emergency department" at the end of a session whose risk came up at its start; the report a
            // clinician owes for abuse ("I'll need to make a report to child protective services")
            java.util.stream.IntStream.range(0, units.size()).filter(i -> saysWhatWasDone(units, i)).mapToObj(units::get)
                    .flatMap(u -> qualifiersOf(u, matched).stream())
                    .filter(q -> ACTIONS.get(domain).contains(q) && q.domains().contains(domain)).forEach(q -> found.add(q.text()));
        }
        if (domain == Domain.suicidal_ideation && units.stream()
                .anyMatch(u -> u.role() != Role.CLINICIAN && PAST_OVERDOSE.pattern().matcher(u.text()).find())) {
            // "Have you ever been in a psychiatric hospital?" "Once, in 2016 ... I'd taken a handful of my sleeping pills.": the
            // history, wherever in the session it is told
            found.add(PAST_OVERDOSE.text());
        }
        for (int i = 0; domain == Domain.suicidal_ideation && i + 1 < units.size(); i++) {
            String answer = ClinicalVoice.clean(units.get(i + 1).text());
            if (units.get(i).role() == Role.CLINICIAN && units.get(i).isQuestion() && ASKS_UNRESPONSIVE.matcher(units.get(i).text()).find()
                    && units.get(i + 1).role() == Role.CLIENT && !RiskScreen.NO_ANSWER.matcher(answer).find()
                    && (RiskScreen.YES_ANSWER.matcher(answer).find() || ONCE.matcher(answer).find())) {
                // "Have you ever taken so much that you passed out, or someone couldn't wake you up?" "Once. At a party in October."
                found.add("accidental overdose reported");
            }
        }
        if (overall == Polarity.endorsed && domain == Domain.abuse && units.stream()
                .anyMatch(u -> u.role() != Role.CLINICIAN && STALKING.pattern().matcher(u.text()).find())) {
            found.add(STALKING.text());
        }
        if (domain == Domain.homicidal_ideation || domain == Domain.suicidal_ideation) {
            // "Sometimes they tell me to hurt people. But I don't listen to that.": voices that command harm, wherever told, beside
            // the answer to the question about intent
            Pattern commanded = domain == Domain.homicidal_ideation ? COMMANDED_HARM_TO_OTHERS : COMMANDED_HARM_TO_SELF;
            if (units.stream().anyMatch(u -> u.role() != Role.CLINICIAN && commanded.matcher(u.text()).find())) {
                found.add(domain == Domain.homicidal_ideation ? "command hallucinations to harm others reported"
                        : "command hallucinations to harm self reported");
            }
        }
        if (overall != Polarity.denied && domain == Domain.abuse) {
            // "Do you feel safe going home tonight?" "Tonight, yeah. He's working nights this week.", "Not really. He's there
            // every night now.", wherever in the session
            for (int i = 0; i + 1 < units.size(); i++) {
                Unit unit = units.get(i);
                if (unit.role() == Role.CLINICIAN && unit.isQuestion() && units.get(i + 1).role() == Role.CLIENT
                        && ASKS_SAFE.matcher(unit.text()).find()) {
                    String answer = ClinicalVoice.clean(units.get(i + 1).text());
                    if (RiskScreen.NO_ANSWER.matcher(answer).find()) {
                        found.add(FEELS_UNSAFE.text());
                    } else if (RiskScreen.YES_ANSWER.matcher(answer).find() || ONCE.matcher(answer).find()
                            || LATE_YES.matcher(answer).lookingAt()) {
                        found.add(FEELS_SAFE_NOW.text());
                    }
                }
            }
        }
        // (and of homicidal ideation: "Would you be willing to have your brother keep the guns for a few weeks?" "My brother would do
        // that. I'll drop them off Saturday.")
        if (overall != Polarity.denied && (domain == Domain.suicidal_ideation || domain == Domain.homicidal_ideation)) {
            // "Would you be okay with Carmen keeping the pistol at her house?" "Yes.", wherever in the session; "Would you be willing
            // to let your son keep it at his house for a while?" "He's been asking to borrow it ... I could give it to him this weekend."
            for (int i = 0; i + 1 < units.size(); i++) {
                Unit unit = units.get(i);
                if (unit.role() == Role.CLINICIAN && unit.isQuestion() && units.get(i + 1).role() == Role.CLIENT
                        && (MEANS_RESTRICTION.pattern().matcher(unit.text()).find()
                                || KEEP_IT_AWAY.matcher(unit.text()).find() && meansNamedBefore(units, i))
                        && (RiskScreen.YES_ANSWER.matcher(ClinicalVoice.clean(units.get(i + 1).text())).find()
                                || AGREES_TO_HAND_OVER.matcher(RiskScreen.turnFrom(units, i + 1)).find())) {
                    found.add(MEANS_RESTRICTION.text());
                }
            }
        }
        if (domain == Domain.suicidal_ideation) {
            // "My brother tried to kill himself last month": a risk factor of the client's wherever the session names it
            units.stream().filter(u -> u.role() != Role.CLINICIAN && EXPOSURE.pattern().matcher(u.text()).find()).findFirst()
                    .ifPresent(u -> found.add(EXPOSURE.text()));
        }
        if (SI_HI_SH.contains(domain) && mentions.stream().filter(m -> m.polarity() != Polarity.denied)
                .anyMatch(m -> m.units().stream().anyMatch(u -> INTRUSIVE.matcher(u.text()).find() || INTRUSIVE.matcher(nextInTurn(units, u)).find()
                        // (in notes, the next sentence only when it speaks of the same thoughts: not "Intrusive thoughts are ego-dystonic
                        // and consistent with postpartum anxiety", of worries about the baby's breathing, after passive SI)
                        && (u.role() != Role.NOTES || POINTS_BACK.matcher(nextInTurn(units, u)).lookingAt())))
                // "what if I want to drop him?", and asked "No. God, no. ... The thoughts make me sick.": the denial says it too
                || domain == Domain.homicidal_ideation && mentions.stream().anyMatch(m -> m.polarity() != Polarity.denied)
                        && mentions.stream().filter(m -> m.polarity() == Polarity.denied && m.answer() != null)
                                .anyMatch(m -> m.units().stream().anyMatch(u -> INTRUSIVE.matcher(u.text()).find()))) {
            // "intrusive images of hurting her baby, which she finds horrifying": said of the finding itself (or in the sentence
            // right after it: "I keep having these thoughts of stabbing my mother. I don't want to, they just pop in."), not elsewhere
            found.add(INTRUSIVE_TEXT);
        }
        if (found.contains("active thoughts")) {
            found.removeIf(q -> q.startsWith("passive"));
        }
        // a denial and an endorsement of the same thing: the endorsement stands, and the denial is in the quotes
        if (found.contains("plan endorsed") || found.contains(METHOD_CONSIDERED)) {
            found.remove("plan denied");
        }
        if (found.contains(MANDATED_REPORT_MADE.text())) {
            found.remove(MANDATED_REPORT_DUE.text()); // "I have to make a report ... CPS hotline called with the client present"
        }
        if (found.contains("preparatory behaviour reported")) {
            found.remove("no preparatory behaviour reported"); // things given away, though the means were not touched
        }
        if (found.contains("intent endorsed")) {
            found.remove("intent denied");
        }
        if (found.contains("history of a suicide attempt") && found.contains("no history of attempts reported")) {
            found.remove("history of a suicide attempt");
        }
        if (found.contains("history of a suicide attempt")) {
            // "Once, when I was nineteen. I took a bunch of pills and my roommate found me.": the overdose is that history
            found.remove("suicide attempt reported (overdose)");
        }
        if (found.contains(ACCESS_REPORTED) || found.contains(FIREARMS_LOCKED.text())) {
            // a firearm named outweighs a "no" to a question of two parts ("No pills, no gun. The gun is at home in the safe.")
            found.remove("no access to firearms or weapons reported");
        }
        if (found.contains("no access to firearms or weapons reported") || found.contains(ACCESS_REPORTED)) {
            found.remove("access to firearms addressed");
        }
        if (overall == Polarity.endorsed && domain == Domain.suicidal_ideation && found.contains("history of suicidal ideation")
                && mentions.stream().flatMap(m -> m.units().stream()).noneMatch(u -> HISTORY_BEYOND_WEEKS.matcher(u.text()).find())) {
            found.remove("history of suicidal ideation"); // "SI last week.": the present of a weekly session, not its history
        }
        if (overall == Polarity.denied || overall == Polarity.not_assessed) {
            // a denial of the present keeps what else is a denial, and the history a clinician must see with it
            // (an accidental overdose is a risk a clinician must see beside a denial of suicidal ideation)
            // (so is what the session says about lethal means: the firearm moved to a safe, the pills given away; and so are
            // hopelessness and feeling a burden, risk factors beside a denial)
            found.removeIf(q -> !q.startsWith("no ") && !q.contains("history of") && !q.startsWith("exposure") && !q.startsWith("accidental")
                    // (the means kept and the pills stockpiled are the suicidal ideation's: beside a denied HI or self-harm
                    // they were kept from someone at risk of suicide)
                    && !q.contains("firearms") && !(q.startsWith("means restriction") && domain == Domain.suicidal_ideation)
                    && !q.startsWith("hopelessness") && !q.startsWith("command hallucinations") && !q.startsWith("threat to harm others made")
                    // (and what protects, and what prepares, beside a denial: "No SI/HI/SH. Protective factors: children,
                    // faith", "denies SI but has been giving away her things")
                    && !(q.startsWith("protective") && domain == Domain.suicidal_ideation) && !q.startsWith("preparatory")
                    // ("Denies SI ... Safety plan reviewed; crisis line 988 given.": what was done, beside the denial)
                    && !(domain == Domain.suicidal_ideation && (q.equals(SAFETY_PLAN.text()) || q.equals(CRISIS_RESOURCES.text())))
                    && !(q.startsWith("stockpiled") && domain == Domain.suicidal_ideation) && !q.startsWith("method")
                    // ("Denies SI/HI. Contracted for safety.": the contract the clinician charted beside the denial)
                    && !q.contains("contract for safety") && !q.equals("contracted for safety"));
        }
        if (overall == Polarity.denied && domain == Domain.self_harm && window.stream().map(units::get)
                .anyMatch(u -> u.role() == Role.CLIENT && URGES_NOT_ACTED_ON.matcher(u.text()).find())) {
            // "I haven't cut in almost three years. I still have the urge sometimes after a purge, but I don't act on it.": urges
            // of the present, beside a denial of acts
            found.add("urges not acted on");
        }
        // (after what a denial keeps: a means restriction dropped beside a denied HI leaves the firearms addressed)
        if (found.contains("means restriction agreed") || found.contains(FIREARMS_LOCKED.text())) {
            found.remove("access to firearms addressed");
        }
        if (domain == Domain.self_harm && overall == Polarity.endorsed && mentions.stream().filter(m -> m.polarity() == Polarity.endorsed
                && !m.historical()).flatMap(m -> m.units().stream()).anyMatch(u -> SELF_HARM_DONE.matcher(u.text()).find())) {
            // "SH: cut L forearm x3 Sun night ...", then "Used ice + TIPP once Mon when urges returned": the urges of one night
            // resisted, the act of another done
            found.remove("urges not acted on");
        }
        List<String> ordered = new ArrayList<>(found.stream().filter(q -> q.startsWith("passive") || q.startsWith("active")).toList());
        QUALIFIERS.stream().map(Qualifier::text).distinct().filter(found::contains).forEach(ordered::add);
        if (found.contains(INTRUSIVE_TEXT)) {
            ordered.add(INTRUSIVE_TEXT);
        }
        found.stream().filter(q -> q.startsWith("command hallucinations")).forEach(ordered::add);
        // "pt screened low-moderate risk": the level the clinician documented, in their words
        // ("Risk: low.": under its heading, the level alone)
        window.stream().filter(i -> domain == Domain.suicidal_ideation).map(i -> RISK_LEVEL.matcher(
                        "risk".equals(units.get(i).labelHint()) && LEVEL_ALONE.matcher(units.get(i).text()).matches()
                                ? units.get(i).text().replaceAll("\\W+$", "") + " risk" : units.get(i).text())).filter(Matcher::find).findFirst()
                .ifPresent(level -> ordered.add("risk level documented as "
                        + (level.group(1) != null ? level.group(1) : level.group(2)).toLowerCase(Locale.ROOT)));
        return List.copyOf(ordered);
    }
}
