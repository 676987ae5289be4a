package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.user.entity.Pronouns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a unit of input into a sentence in clinical voice: shorthand expanded, the client's first-person
 * speech reported in the third person with the client's pronouns, the clinician named as the provider
 * asked to be. Returns empty for what does not belong in a note (fillers, small talk, the clinician's
 * questions).
 */
public final class ClinicalVoice {

    /** "Before we start, ...": how a word said at a session's opening leads in, left out of the note. */
    static final String BEFORE_WE_START = "before we (?:start|begin|get started)";
    private static final Map<Pattern, String> SHORTHAND = shorthand();
    // (a "like" is a filler with its comma, "Like, I don't know", or before a number, "Like a five"; otherwise it opens a
    // simile, "Like I was underwater")
    private static final Pattern FILLER_START = Pattern.compile(
            "^(?:(?:oh my (?:god|gosh|goodness)|oh (?:man|boy|gosh|god|wow)|ugh+|wow|gosh|jeez)(?:[,.!]+\\s*|\\s+|$)|"
                    + "(?:um+|uh+|erm|hmm+|mm+-?hmm|well|so|yeah|yes|okay|ok|oh|like(?=[,.]|\\s+(?:(?:a|an|about|maybe)\\s+)?(?:\\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)\\b)|like i (?:said|mentioned)|i mean|you know|right|anyway|i guess|honestly|"
                    // "See, that's the kind of thing that makes me crazy.", "Look, I'm trying."
                    + "(?:see|look|listen)(?=,)|"

                    + "thank you(?: so much| again)?,|thanks(?: so much| again)?,)[,.]?\\s+)+",
            Pattern.CASE_INSENSITIVE);
    // ("I've been, uh, feeling anxious": the filler and its commas, "I've been feeling anxious"; "..., you know?" at the end)
    private static final Pattern FILLER_INNER = Pattern.compile(",?\\s+(?:um+|uh+|erm)(?:,(?=\\s)|(?=[,\\s.?!]|$))|,\\s+(?:you know|i mean|like),"
            + "|,\\s+you know\\??$", Pattern.CASE_INSENSITIVE);
    /** "Fine, I guess.", "It was okay I think.": a hedge at the end of a short answer. */
    private static final Pattern HEDGE_TAIL = Pattern.compile(",?\\s+(?:I guess|I think|I suppose)([.!?]*)$");
    private static final Pattern REASON_CLAUSE = Pattern.compile("^because\\s+[^,]{3,80},\\s*\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONJUNCTION_START = Pattern.compile("^(?:and|but|so|also|plus|because|or),?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIAN_NEXT = Pattern.compile(
            "^(?:so\\s+)?next (?:week|session|time)[,]?\\s+(?:we'll|we will|we're going to|we can|i'll|i will)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_SESSION_IS = Pattern.compile("^(?:so,?\\s+|okay,?\\s+|and\\s+)?(?:our |your |the )?next (?:session|appointment|"
            + "visit|meeting) (?:is|will be)\\s+((?:on |at |in |next |this |tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "the \\d|\\d).+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "^(denies|denied|reports|reported|endorses|endorsed|states|stated|presents|presented|appears|appeared|admits|"
                    + "admitted|describes|described|notes|noted|identifies|identified|agrees|agreed|continues|expresses|"
                    + "expressed|acknowledges|acknowledged|exhibits|exhibited|demonstrates|demonstrated|complains|"
                    + "verbalized|verbalizes|shared|shares|was|is|has|had|"
                    // what the client did since the last session: "Missed 2 days of work this week."
                    + "missed|skipped|stopped|started|attended|returned|quit|began|slept|drank|lost|gained|avoided|isolated|"
                    + "relapsed|declined|refused|rated|"
                    // what the client does: "Sleeps 9-10 hrs/night plus naps.", "Lives with wife and two sons."
                    + "sleeps|eats|drinks|lives|works|smokes|vapes|spends|feels|wakes|naps|attends|takes|struggles|worries|avoids|runs|exercises|owns|keeps|"
                    // "Used paced breathing during the second attack": a skill used out there, not an intervention in session
                    + "used(?=[^.;]*\\b(?:during|when|while|at home|at work|at school|on the (?:train|subway|bus)|before bed|instead of)\\b)"
                    // "Used twice over the weekend", "Used heroin on Friday": the client's substance use
                    + "|used(?= (?:twice|once|again|daily|heavily|(?:\\w+ )?times\\b|over the|on the weekend|(?:heroin|fentanyl|meth|"
                    + "cocaine|alcohol|cannabis|marijuana|opioids?|drugs|pills)\\b)))\\b(?!\\s+(?:the\\s+|this\\s+|today's\\s+)?(?:session|meeting|visit|by)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABLE = Pattern.compile("^(?:able|unable) to\\s+\\w+", Pattern.CASE_INSENSITIVE);
    private static final Pattern STILL_DOING = Pattern.compile("^still\\s+[a-z]+ing\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BACKCHANNEL = Set.of("yeah", "yes", "no", "okay", "ok", "right", "mm-hmm", "mhm",
            "uh-huh", "sure", "thanks", "thank you", "i see", "got it", "hi", "hello", "bye", "see you");
    /** "That's catastrophizing, one of the thinking traps we talked about": the clinician naming a pattern of thought. */
    private static final Pattern CLINICIAN_NAMES_DISTORTION = Pattern.compile(
            "^(?:that's|that is|this is|that sounds like|it sounds like)\\s+((?:some |a bit of |a little )?(?:catastrophi[sz]ing|"
                    + "all[- ]or[- ]nothing thinking|black[- ]and[- ]white thinking|mind[- ]reading|fortune[- ]telling|"
                    + "overgenerali[sz]ing|overgenerali[sz]ation|personali[sz]ing|personali[sz]ation|emotional reasoning|"
                    + "should statements|a cognitive distortion|a thinking trap|discounting the positive)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "So we'll", "And we're going to": the clinician opening what the two of them will do. */
    private static final String WE_WILL = "^(?:so,?\\s+|and\\s+)?(?:we'll|we’ll|we will|we're going to|we’re going to";
    /** What clinician and client make together: "make a safety plan", "fill out the worksheet". */
    static final String MADE_TOGETHER = "make|complete|develop|create|write|build|put together|update|fill out";
    /** "We'll also make a safety plan together today.": what clinician and client are to do together, in this session. */
    private static final Pattern WE_WILL_TOGETHER_TODAY = Pattern.compile(
            WE_WILL + ")\\s+(?:also\\s+)?(" + MADE_TOGETHER + "|do)\\s+((?:a|an|the|your|this|that) .+?)(?:\\s+together)?\\s+(?:today|now|right now|in session|"
                    + "before you (?:go|leave))$", Pattern.CASE_INSENSITIVE);
    /** "I noticed you seemed tense when we talked about your dad.": what the clinician observed in the session. */
    private static final Pattern CLINICIAN_NOTICED = Pattern.compile(
            "^(?:so,?\\s+)?(?:i noticed|i notice|i'm noticing|i’m noticing|i can see|i could see)\\s+(?:that\\s+)?"
                    // ("I noticed when you talked about Karen your voice got quieter ...": when, then what was seen)
                    + "((?:(?:when|while|as|whenever) (?=you\\b)[^,.]{3,80}?,?\\s+(?=(?:you|your)\\b[^,.]{0,60}\\b(?:got|went|became|"
                    + "looked|turned|started|changed|dropped|tightened|softened|shifted|welled|filled|seemed)\\b))?(?:you|your)\\b.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "your jaw tighten", "your eyes well up": a body's reaction seen happen, its verb bare after "noticed". */
    private static final Pattern SEEN_HAPPEN = Pattern.compile("^you \\w+ing\\b|^your (?:\\w+ ){1,2}?(?:tighten|tense(?: up)?|clench|drop|shake|soften|"
            + "relax|well up|fill up|light up|change|shift|twitch|tremble|go (?:quiet|still|red|pale)|get (?:quiet|tense|teary|red))\\b",
            Pattern.CASE_INSENSITIVE);

    /** "What I want you to try this week is one social outing.": the task, named after it. */
    private static final Pattern TASK_NAMED_AFTER = Pattern.compile(
            "^(?:so,?\\s+)?what i(?:'d| would)? (?:like|want) you to (try|do|work on|practi[cs]e)(?: ((?:this|next) week|for homework|before "
                    + "(?:next time|our next session)))? is\\s+(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    /** "We'll look at it next Thursday at four.": when the next session is, and what it will go over. */
    private static final Pattern CLINICIAN_REVIEW_NEXT = Pattern.compile(
            WE_WILL + "|we can|let's|let’s)\\s+(look at|go over|review|talk about|"
                    + "discuss|check in on|check on)\\s+(it|that|this|them|those|these|(?:the|your|this|that) [\\w' -]{2,40}?)\\s+(?:together\\s+)?"
                    + "((?:next|on|at (?=\\d|noon)|this coming|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "For this week, phone in the kitchen by eleven, and try drawing ...": the week's tasks, listed without a verb of asking. */
    private static final Pattern TASKS_FOR_THE_WEEK = Pattern.compile("^(?:so,?\\s+|okay,?\\s+)?for (?:this|the|next) week,?\\s+"
            + "(?!(?:i|we|you|let's|let’s|can|could|would|will|how|what)\\b)(.{8,})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK_TASK_VERB = Pattern.compile("\\b(?:try|practi[cs]e|keep|write|track|log|go|call|text|walk|read|use|"
            + "leave|put|set|no|phone|notice|schedule|plan|limit|cut|do)\\b", Pattern.CASE_INSENSITIVE);
    /** "I hear how angry you are, and it makes sense given what they did.": a feeling validated. */
    private static final Pattern VALIDATED_FEELING = Pattern.compile("^(?:and\\s+)?i (?:can )?(?:hear|see|understand|get) (how (?:\\w+ )?"
            + "(?:angry|hurt|scared|sad|frustrated|overwhelmed|exhausted|lonely|upset|anxious|tired|alone|betrayed|humiliated|hopeless|"
            + "ashamed|afraid|worried|stuck) you (?:are|feel|have been|must feel|were|felt))(?:,? and (?:it|that) (?:totally |really )?makes "
            + "(?:total |a lot of |complete |so much )?sense(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_LABEL = Pattern.compile("^(?:\\*\\*|__)?([^*_:]{1,40}?)(?::(?:\\*\\*|__)|(?:\\*\\*|__):)\\s*");
    /** "Coping on your own: a run, the dog, a shower.": an entry of a list the clinician reads or writes out. */
    private static final Pattern LABELLED_LIST = Pattern.compile("^([A-Z][a-z'’]+(?: [a-z'’]+){0,4}):\\s+(\\S.*)$");
    /** "Next session I'd like us to talk about other ways to stay connected to Mark": what the next session is for. */
    private static final Pattern NEXT_SESSION_AGENDA = Pattern.compile("^(?:and\\s+|so\\s+)?(?:next (?:session|time|week)|when we meet (?:again|next)),?\\s+"
            + "(?:i(?:'d|’d| would) like (?:us|for us) to|we(?:'ll|’ll| will| can| could| should)(?: also)?|let's|let’s)\\s+(.{6,})$",
            Pattern.CASE_INSENSITIVE);
    /** "I also want to mention the survivors of suicide loss group ...": a resource named for the client. */
    private static final Pattern RESOURCE_MENTIONED = Pattern.compile("^(?:and\\s+|so\\s+)?i (?:also )?(?:want|wanted|would like|'d like|’d like) to "
            + "(?:also )?(mention|tell you about|let you know about|recommend|suggest) (.{6,})$", Pattern.CASE_INSENSITIVE);
    /** "Before we finish, ...": when in the session the clinician says what follows. */
    private static final Pattern TIME_IN_SESSION = Pattern.compile("(?:before we (?:finish|wrap up|end|stop)(?: today)?|before you (?:go|leave)|"
            + "in the time we have left|for the (?:last|rest of the) (?:\\w+ )?minutes),\\s+(?=(?:i|i'd|i’d|let's|let’s|we|we'll|we’ll)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "It's still worth seeing a doctor ...": a step recommended. */
    private static final Pattern WORTH_DOING = Pattern.compile("^(?:i think\\s+)?(it|that|this)(?:'s|’s| is| would be| might be| could be) (?:still |really |"
            + "definitely |probably |also )?worth ([a-z]+ing)\\b(.{6,})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LET_OTHER_KNOW = Pattern.compile("let (her|him|them) know\\b", Pattern.CASE_INSENSITIVE);
    /** "The passive thoughts ... are something we'll keep checking on.": what the clinician will keep watching. */
    private static final Pattern KEEP_CHECKING = Pattern.compile("^(.{3,80}?) (?:is|are) (?:something|things|one thing) (?:we|i)(?:'ll|’ll| will| are going to|'re going to) "
            + "((?:keep |continue )?(?:checking on|checking in on|monitoring|watching|coming back to|working on|tracking))$", Pattern.CASE_INSENSITIVE);
    /** "One thing that helps a lot of people is handing control of the money to someone they trust": a step suggested. */
    private static final Pattern HELPS_PEOPLE = Pattern.compile("^(?:one thing|something|what) that (?:helps|works for|can help|might help|has helped) "
            + "(?:a lot of |many |some |most )?(?:people|clients|folks|parents|families)? ?(?:is|are) ([a-z]+ing\\b.{6,})$", Pattern.CASE_INSENSITIVE);
    /** "I'd also like a TSH and a basic metabolic panel this week, since your thyroid can affect mood.": tests ordered. */
    // (not "I'd like to order some blood work ..., and refer him": what the clinician will do; nor "I'd like you to get labs")
    private static final Pattern LABS_WANTED = Pattern.compile("^i(?:'d|’d| would) (?:also )?like ((?:a|an|some) [^,]{0,60}?"
            + "\\b(?:TSH|CBC|BMP|CMP|A1c|lipid panel|metabolic panel|panel|labs|bloodwork|blood work|level|levels|EKG|ECG|urine drug screen|"
            + "drug screen|urinalysis)\\b[^,]*)(,.*)?$", Pattern.CASE_INSENSITIVE);
    /** "I can give you the number for ...": a resource offered. */
    private static final Pattern NUMBER_OFFERED = Pattern.compile("^(?:and\\s+)?i (?:can|could|will|'ll|’ll) (?:give|get|send|write down for) you "
            + "(the (?:number|name|contact|information|info|link|website|card|details) (?:for|of|to) [^,]{4,}?)(?:,? and .*)?$",
            Pattern.CASE_INSENSITIVE);
    /** "And the 988 line is there any time, day or night": a crisis line's availability, reminded. */
    private static final Pattern CRISIS_LINE_THERE = Pattern.compile("^(?:and\\s+|remember,?\\s+|also,?\\s+)*"
            // "And if those don't help, the 988 line is there any time"
            + "(?:(if [^,]{3,50}),\\s+)?(?:the\\s+)?((?i:988)(?: line| lifeline)?|"
            + "crisis (?:line|text line|hotline)|(?:suicide |(?-i:[A-Z][A-Za-z-]+) )?hotline|lifeline)\\s+is (?:always )?(?:there|available|open)\\b(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "We'll meet again next Thursday at four": when the next session is. */
    private static final Pattern CLINICIAN_MEET = Pattern.compile(
            "^(?:so\\s+)?(?:we'll|we’ll|we will|we're going to|we are going to)\\s+(?:meet|see each other|follow up|touch base)\\s+(?:again\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** What a clinician says to guide the client through an exercise in the room ("Breathe in for four", "Follow my hand"). */
    private static final String GUIDANCE_VERBS = "breathe|inhale|exhale|imagine|picture|close your eyes|tense|squeeze|release|"
            // "Hold it against your face, across your eyes and cheeks, and hold your breath for thirty seconds." (TIPP's cold water)
            + "hold (?:it|your breath|the (?:ice|water|bottle|cold \\w+)) |"
            + "bring up|follow my|go with|take a (?:deep )?breath|scan your body";
    /** When a task is for: "for this week", "between now and next time" ... */
    private static final String TASK_PERIOD = "for (?:homework|this week|next week|the next week|the coming week|now)|this week|in the meantime|"
            + "between (?:now and )?(?:next week|next session|next time|sessions)|before (?:next time|next week|our next session)|"
            + "until next (?:week|time|session)";

    private static final Pattern CLINICIAN_DIRECTIVE = Pattern.compile(
            "^(?:so\\s+)?(?:for (?:homework|this week|next week)[,]?\\s+|this week[,]?\\s+|"
                    // ("For the nights, I'd like you to try the leaves on a stream exercise ... when you wake up at two")
                    + "for (?:the )?(?:nights?|evenings?|mornings?|days?|weekends?|bad (?:days|nights)|hard (?:days|nights)|time being)[,]?\\s+(?=i\\b)|(?:in the meantime|until then|until next time)[,]?\\s+|"
                    + "(?:before|by) (?:next time|next week|our next session|the next "
                    // ("Before Friday, I'd like you to write a short letter ...")
                    + "session|we meet again|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[,]?\\s+|between now and (?:next week|next time|next session|our next session|then)[,]?\\s+)?"
                    + "(?:i(?:'d|’d| would)(?: also)? like you to|i (?:also )?want you to|"
                    // "Between now and next week, I wonder if you could just notice when ..." (not "I wonder if you could say more")
                    + "i wonder if you (?:could|might)(?=\\s+(?:just\\s+)?(?!(?:tell|say|talk|share|describe|explain|speak|give me)\\b))|"
                    + "can you|could you|would you(?! (?:be|like|say|rate|describe|mind|want|feel|call|consider|agree)\\b)|try to|please)"
                    // ("I want you to be able to trust me", "I want you to know ...": no task)
                    + "(?!(?<=want you to|like you to)\\s+(?:be able to )?(?:trust|know|feel|understand|hear)\\b)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "I'd really encourage you to call your sister this week": a step the clinician urges. */
    private static final Pattern CLINICIAN_ENCOURAGES = Pattern.compile(
            "^(?:(?:and|so|also),?\\s+)?i(?:'d|’d| would)?(?: also| really| strongly| just)* (encourage|urge|advise) you to\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "You might try writing a letter ...", "How about you try saying no ...?", "What if you tried going to bed ...?" */
    private static final Pattern SUGGESTED = Pattern.compile("^(?:(?:and|so|also),?\\s+)?(?:you (?:might|could|may want to|might want to)|"
            // ("How about alcohol or cannabis?", "What if you had checked the facts ...?": questions)
            + "how about you|how about(?= (?:trying|\\w+ing)\\b)|what if you(?= (?:tried|try)\\b)|why don't you|maybe you could|it might be worth|"
            + "maybe(?= try\\b)) "
            // (not an invitation to talk: "Why don't you tell me more about that?")
            + "(?!(?:tell|talk|say|describe|share|walk|explain|go on|start|begin|we)\\b)(\\w+)\\b(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "Remember to bring your sleep diary next week.", "Make sure you take your meds with food.", "Don't forget to ..." */
    private static final Pattern REMINDED = Pattern.compile("^(?:(?:and|so|also),?\\s+)?(?:remember to|make sure (?:you |to )|"
            + "don't forget to|do not forget to|don’t forget to)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** "Text me if anything comes up before Thursday.", "Call me if the side effects get worse." */
    private static final Pattern CONTACT_ME = Pattern.compile("^(?:(?:and|so|also),?\\s+)?(?:please\\s+)?(?:feel free to\\s+)?(text|call|email|e-mail|"
            + "message|page) me\\s+((?:if|when|whenever|before|after|any ?time|anytime)\\b.+)$", Pattern.CASE_INSENSITIVE);
    /** "Let's schedule you for next Tuesday at 3.": the next session. */
    private static final Pattern SCHEDULED_FOR = Pattern.compile("^(?:(?:so|okay|ok),?\\s+)?(?:let's|let’s|i'll|i’ll|i will|we'll|we’ll) "
            + "(?:schedule|book|put) you (?:in )?for (.+)$", Pattern.CASE_INSENSITIVE);
    /** "Between now and next time, see if you can notice ...": the task, without its softening. */
    private static final Pattern SEE_IF_YOU_CAN = Pattern.compile("\\bsee if you can (?=\\w)", Pattern.CASE_INSENSITIVE);

    /** "Keep the sleep diary, and try to cut back": the clinician's imperative of something to do between sessions. */
    private static final Pattern CLINICIAN_IMPERATIVE = Pattern.compile(
            "^(?:just\\s+|please\\s+)?((?:keep|continue|practi[cs]e|write|fill out|fill in|track|log|record|schedule|read|bring|complete|cut back|limit|try|"
                    // "Take two of the 50s starting tomorrow until the new prescription is filled": how to take a medication
                    + "take (?=(?:one|two|three|half|a half|\\d|it|them|the|your)\\b[^.]{0,60}\\b(?:mg|milligrams?|tablets?|pills?|capsules?|dose|50s|"
                    + "100s|25s|10s|20s|morning|night|bedtime|daily|a day|with food|tomorrow|starting)\\b)|"
                    // "Go to two GA meetings this week": a meeting, a group or a class to attend (not "go to that memory")
                    // "Stay in the car with your hands on the wheel, and tell them you're talking to your therapist."
                    + "stay (?=in |inside\\b|where |seated\\b)|"
                    + "attend|go to (?=[^.]{0,40}\\b(?:meetings?|groups?|class(?:es)?|appointments?|gym|AA|NA|GA|SMART Recovery)\\b)|"
                    + "avoid|reach out|call|use|set|notice|rate|" + GUIDANCE_VERBS + "|"
                    // "Page me again if the urge goes back up to four.": a DBT coaching call's way back
                    + "page (?=me|us|the)|"
                    // a safety plan's steps: "vary your route to work, and park in the lit part of the garage"
                    + "vary|park (?=in|near|where|close)|lock (?=your|the|all)|carry|charge (?=your)|pack (?=a|your)|"
                    // "Take screenshots of the messages and the account name, then block the account."
                    + "take (?=screenshots?|a screenshot|photos|pictures|notes)|block (?=the|their|them|his|her|that|this)|"
                    // "Put each thought on a leaf and let it float by" (not "Put it this way", "Put simply")
                    + "put (?!(?:it|that|this) (?:this|that|another) way\\b|simply\\b|differently\\b|another way\\b))\\b.+)$", Pattern.CASE_INSENSITIVE);
    /**
     * "Second, don't pay them anything else and don't reply to them at all.", "Please don't drive if you've been drinking.": what
     * the client is advised not to do (it was left out, or read "Client was asked to don't drive ..."); not a reassurance
     * ("Don't worry about that", "Don't blame yourself").
     */
    private static final Pattern NEGATIVE_IMPERATIVE = Pattern.compile("^(?:(?:first|second|third|also|and|so|now|okay|ok|just|please)"
            + ",?\\s+){0,3}(?:don't|do not|don’t)\\s+(?!worry|be (?:sorry|so|too)\\b|apologi[sz]e|feel (?:bad|guilty|sorry)|blame yourself|"
            + "mind|rush|get me wrong|hesitate to (?!\\w+ (?:them|him|her))|forget (?:that|to be kind)|be afraid|panic\\b)(\\w.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DONT_BLAME = Pattern.compile("^(?:(?:and|so|please|but),?\\s+){0,2}(?:don't|do not|don’t)\\s+"
            + "((?:blame yourself|feel (?:bad|guilty|ashamed)|be (?:so |too )?hard on yourself)\\b.*)$", Pattern.CASE_INSENSITIVE);
    /** "I'm going to stay on this call with you.", "I'll stay on the line until they get there.": staying with the client in a crisis. */
    private static final Pattern STAY_ON_CALL = Pattern.compile("^(?:(?:and|so|okay|ok),?\\s+)?(?:I'm going to|I am going to|I will|I'll|I’ll|"
            + "I'm|I’m|I am) stay(?:ing)? (?:on (?:this call|the call|the line|the phone|video|with you)|on$)(?: with you)?(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "While we talk, my colleague is calling 911 to send help to the garage." */
    private static final Pattern COLLEAGUE_CALLING = Pattern.compile("^(?:(?:while we talk|right now|meanwhile),?\\s+)?(?:my|a|our) "
            + "(colleague|supervisor|coworker|co-worker|team|office manager|front desk)(?: is| has)? (?:calling|called|contacting|contacted) "
            + "(911|999|112|000|emergency services|EMS|the police|mobile crisis|the mobile crisis team)(.*)$", Pattern.CASE_INSENSITIVE);

    /**
     * What a sentence says after the part a rule rewrote, in this voice and joined on: "" for nothing, ", ..." after a comma,
     * " ..." otherwise ("... to send help to the garage", ", where the affair is off limits").
     */
    private String continued(String rest) {
        String said = rest == null ? "" : rest.strip();
        return said.isEmpty() ? "" : said.startsWith(",") ? ", " + secondToThird(said.substring(1).strip()) : " " + secondToThird(said);
    }

    /** "You're not a burden when you call for coaching.": the client reassured, against what the client fears of themself. */
    private static final Pattern NOT_A_BURDEN = Pattern.compile("^(?:(?:and|but|so|listen),?\\s+)?(?:you're|you’re|you are) not "
            + "((?:a burden|bothering me|being (?:dramatic|a burden|too much)|overreacting|weak|crazy|broken|too much|a bad (?:mom|mother|dad|"
            + "father|parent|person|friend))\\b.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESISTING = Pattern.compile("^(?:push|fight|resist|neutrali[sz]e|argue with|reassure yourself|tell yourself|"
            + "try to (?:stop|control|make|get rid of)|check|look away|close your eyes|distract yourself)\\b", Pattern.CASE_INSENSITIVE);
    /** The verb a task named without one takes: "one twenty-minute walk" is taken, "a date night" gone on. */
    private static final Map<String, String> TASK_VERBS = Map.ofEntries(Map.entry("walk", "take"), Map.entry("walks", "take"),
            Map.entry("conversation", "have"), Map.entry("conversations", "have"), Map.entry("date", "go on"),
            Map.entry("date night", "plan"), Map.entry("check-in", "do"), Map.entry("check-ins", "do"), Map.entry("letter", "write"),
            Map.entry("list", "write"), Map.entry("dinner", "have"), Map.entry("meal", "have"), Map.entry("outing", "go on"),
            Map.entry("call", "make"), Map.entry("calls", "make"), Map.entry("log", "keep"), Map.entry("journal entry", "write"),
            Map.entry("appreciation", "share"), Map.entry("appreciations", "share"));
    /**
     * A task for the week named without its verb, after "both of you" or "for this week": "And both of you, one twenty-minute
     * walk together where the affair is off limits." Group 1 the task, 2 its noun, 3 what follows it.
     */
    private static final Pattern TASK_NAMED = Pattern.compile("^(?:and |also |then )?(?:(?:both of you|each of you|you both|you two|"
            + "the two of you|for (?:this|next|the) week),?:?\\s+)(?:(?:and|also) )?((?:one|a|an|two|three|four|five|one more|another|daily|"
            + "nightly|weekly) (?:[\\w-]+ ){0,2}?(walks?|conversations?|date night|date|check-ins?|letter|list|dinner|meal|outing|calls?|log|"
            + "journal entry|appreciations?))((?: together| daily| each day| every day| a day| this week| each evening| every evening|"
            + ",? (?:where|in which|that|with|without|on|at|before|after|about) [^.?!]+)*)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern AND_DONT = Pattern.compile("(,?)\\s+(and|or) (?:don't|do not|don’t)\\s+", Pattern.CASE_INSENSITIVE);
    /** "..., you put him somewhere safe, and you step out onto the back step": the task's second step ("and step out"). */
    private static final Pattern AND_YOU = Pattern.compile("(,?)\\s+(and|or|then) you (?=[a-z]+\\b(?!['’]))");

    /** "Rate your anxiety before we start": a rating the clinician asks for in the session. */
    private static final Pattern IN_SESSION_RATING = Pattern.compile("^rate\\b", Pattern.CASE_INSENSITIVE);
    /** "I'd like to refer you to ...", "I'll send the referral today": what the clinician is going to do. */
    /** The clinician ending the session: "Let's stop here for today.", "I suggest we wrap up there." */
    private static final Pattern CLOSING = Pattern.compile("^(?:(?:ok(?:ay)?|so|well|alright|all right),?\\s+)?(?:let's|let’s|let us|"
            + "i (?:suggest|think) we|we(?:'ll| will| can| should)|we(?:'re|’re| are) going to)\\s+(?:stop|end|wrap(?: it)? up|leave it|finish)"
            + "(?: it)?(?: here| there| for (?:today|now|this week|the day))*[.!]?$", Pattern.CASE_INSENSITIVE);
    /** "We're near the end of our time, so ...": the session's time running out. */
    private static final Pattern TIME_UP = Pattern.compile("^(?:(?:so|okay|ok|well),?\\s+)?(?:we're|we’re|we are) (?:near|nearly at|almost at|"
            + "close to|coming up (?:on|to)|at|out of|running out of)\\s+(?:the end of\\s+)?(?:our |the )?(?:time|session)(?: for today)?"
            + "(?:,?\\s+(?:so\\s+)?(.*))?$", Pattern.CASE_INSENSITIVE);
    /** "we'll stop here and use the container ...": the stopping is no content, what is done is. */
    private static final Pattern STOP_AND = Pattern.compile("^(?:we'll|we’ll|we will|let's|let’s) (?:stop|end|pause|finish) (?:here|there)"
            + "(?: for (?:today|now))? and (?:we'll |we’ll |we will )?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_CLEARED = Pattern.compile("\\b(?:memory|target|it|this|that|disturbance)\\s+(?:isn't|is not|hasn't|has not|"
            + "wasn't|was not)\\s+(?:been\\s+)?(?:fully\\s+|completely\\s+|quite\\s+|all the way\\s+)?(?:cleared|processed|resolved|finished|"
            + "down to (?:zero|0))\\b", Pattern.CASE_INSENSITIVE);
    /** "So to recap, ...": the summary that ends a session. */
    private static final Pattern RECAP = Pattern.compile("^(?:so,?\\s+|okay,?\\s+)?(?:just\\s+)?(?:to recap|to summarize|to sum up|in summary|"
            + "to review|recapping),?\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YOU_ARE_GOING_TO = Pattern.compile("^(?:you're|you’re|you are|you'll|you’ll|you will) (?:going to )?(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** "I'm going to teach you ...", "I'd also like to explain ...", "Let me show you ...": in the session, now. */
    private static final Pattern CLINICIAN_TEACHES = Pattern.compile("^(?:(?:so|now|okay|ok|alright|today|this session|next),?\\s+)?(?:i'd (?:also )?like to|i’d (?:also )?like to|"
            + "i would (?:also )?like to|i'm (?:also )?going to|i’m (?:also )?going to|i am going to|i want to|let me|i'll|i’ll|i will)\\s+"
            + "(?:quickly\\s+|briefly\\s+|first\\s+)?(teach|show|explain|walk you through|introduce|go over|describe|demonstrate)\\b\\s*"
            + "(?!(?:it|that|this)\\s+(?:next|another|later)\\b)(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIAN_WILL = Pattern.compile(
            // ("You know I have to follow the rules about keeping kids safe, and I'll need to make a report to child protective
            // services": what the clinician will do, after its reason)
            "^(?:(?:after today|from now on|for now|going forward|for the next (?:few|couple of) weeks),\\s*)?"
                    + "(?:(?!i'd|i’d|i would|i'm|i’m|i am|i will|i'll|i’ll|i want|i plan|my plan|let's|let’s|we'll|we’ll|we will|we're|we’re)[^,]{10,120},\\s*(?:and|so)\\s+)?(?:i'd like to|i’d like to|i would like to|i'm (?:also )?going to|i’m (?:also )?going to|i am (?:also )?going to|i will|i'll|i’ll|i want to|i plan to|"
                    + "my plan is to|i'd also like to|i recommend that we|i'd recommend that we|i need to|i have to|i'm going to need to|"
                    + "i’m going to need to|(?:we'll|we’ll|we will)(?=\\s+(?:re)?check (?:your|the) (?:blood pressure|bp|weight|labs?|levels?|vitals|"
                    + "thyroid|a1c|pulse|lithium|kidney|liver)\\b)|"
                    // "We'll set up cover with Dr. Osei while I'm away": the clinician's part
                    + "(?:we'll|we’ll|we will)(?=\\s+(?:set up|arrange) (?:cover|coverage|a covering)\\b)|"
                    + "(?:and )?(?:we'll|we’ll|we will)(?=\\s+get [^.]{3,40}\\bset up\\b))\\s+(?:also\\s+|then\\s+|first\\s+|just\\s+)?"
                    + "(?:(?:need|have) to\\s+)?((?:refer|coordinate|send|start|increase|request|arrange|book|"
                    + "give you|provide|share|print|let (?:your|our|the) (?:\\w+ ){1,2}(?=know\\b)|let (?:her|him|them) (?=know\\b)|see you (?=(?:again |back )?(?:twice|once|every|weekly|next|on|in|each|more|two|three)\\b)|inform|notify|tell your\\b|"
                    + "decrease|schedule|consult|contact|call|continue|order|write|add|adjust|reach out|check in|follow up|talk to|"
                    // "I need to talk with your mom today about getting it locked up", "I'm going to ask her to come in"
                    // ("I'm also going to ask Dr. Patel, your primary care doctor, to see you about the sleep": someone named)
                    + "talk with|meet with|ask (?=(?:your|her|him|them|dr\\.?|doctor)\\b|(?-i:[A-Z][a-z]+)\\b)|"
                    // "We'll check your blood pressure again next visit."
                    + "(?:re)?check (?=(?:your|the) (?:blood pressure|bp|weight|labs?|levels?|vitals|thyroid|a1c|pulse|lithium|kidney|liver)\\b)|"
                    // "I'd like to connect you with the adult day program at Riverside"
                    // ("I'd also like to connect the family with the PFLAG chapter that meets at the library")
                    + "connect you|connect (?:the|your) family|link you|put you in touch|speak with|get you|set up|put in|fax|email|complete|review|make(?!\\s+sure\\b)|"
                    // "I want to look at getting you some help in the house."
                    + "look (?:at|into) (?=(?:getting|finding|arranging|setting up)\\b)|"
                    // "I'd like to do a short memory screening next time"
                    + "do (?=(?:a|an|the|some)\\s+[^.]{0,40}\\b(?:screening|screen|assessment|evaluation|tests?|questionnaire|measure|blood ?work|"
                    + "bloods)\\b)|"
                    // "I'll stop the doxazosin", "I'll ring your daughter today", "we'll get the community alarm set up"
                    + "stop (?=(?:the|your) (?!(?:session|recording|exercise|timer|video|call|meeting|tape|clock|conversation|practice|work|"
                    + "bus|car)\\b)[a-z-]{4,}\\b)|ring (?=(?:your|her|him|them|the)\\b)|"
                    + "get (?=[^.]{3,40}\\bset up\\b)|"
                    // "I'd like to get the ASRS questionnaire filled out and have your mom fill out a childhood symptom form"
                    + "get (?=(?:a |an |the |some |your )?[^.]{0,30}\\b(?:questionnaires?|forms?|rating scales?|screenings?|records|ASRS|"
                    + "Vanderbilt|collateral)\\b)|"
                    // "I'd also like to get a fasting lipid panel and A1c before the next visit"
                    + "(?:get|check|draw|repeat) (?=(?:a |an |the |some |your )?[^.]{0,40}\\b(?:labs?|panel|blood ?work|levels?|A1c|EKG|ECG|"
                    + "lipids?|CBC|TSH|urine|drug screen|UDS)\\b))\\b.+)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PLEASE_DO_ALONE = Pattern.compile("^(?:(?:yes|yeah|sure|of course|absolutely|definitely|okay|ok),?\\s+)*please do"
            + "(?:,? (?:that|so))?\\W*$", Pattern.CASE_INSENSITIVE);
    /** A group or programme the client could go to: "There's also a survivors of suicide loss group that meets on Thursdays". */
    private static final Pattern THERE_IS_A_GROUP = Pattern.compile("^(?:(?:and|also|so),?\\s+)?(?:there's|there’s|there is) (?:also )?"
            + "((?:a|an) [^.?]{2,60}?\\b(?:group|program|programme|class|workshop|clinic|drop-in|support line|meeting)s?\\b"
            + "(?: (?:that|which|who) (?:meets|runs|is|are|offers|helps)\\b[^?]{0,80}| (?:at|on|in|for|run by|through) [^?]{2,80})?)$",
            Pattern.CASE_INSENSITIVE);
    /** "Friday at ten, then.", "Okay, Tuesday at 4:30.": the day settled on, the session confirmed. */
    private static final Pattern DAY_AGREED = Pattern.compile("^(?:(?:okay|ok|great|good|perfect|alright|all right|so),?\\s+)?((?:next )?"
            + "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day at (?:\\d{1,2}(?::\\d\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|noon)(?: ?(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock|thirty))?)(?:,? then)?$", Pattern.CASE_INSENSITIVE);
    /** "Your job is to stay at the door ...": a part given to the one addressed. */
    private static final Pattern YOUR_JOB = Pattern.compile("^(?:(?:and|so|now),?\\s+)?your (?:job|task|role|part|homework) (?:is|will be) "
            + "(?:to )?(\\w+\\b.{6,})$", Pattern.CASE_INSENSITIVE);
    /** "If you're ready by Thursday, try the corner store ...": the next step, on the client's readiness. */
    private static final Pattern IF_READY_TRY = Pattern.compile("^if you(?:'re|’re| are| feel) (?:ready|up (?:for|to) it)(?: by "
            + "((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next week|the weekend|next session))?,\\s+((?:try|do|go|walk|attempt|add)\\b.{4,})$",
            Pattern.CASE_INSENSITIVE);
    /** "Today's step on the hierarchy is walking to ...": the exposure step of this session. */
    private static final Pattern TODAYS_STEP = Pattern.compile("^(?:so,?\\s+)?(?:today's|today’s|this session's|this week's) (?:step|exposure|item|rung)"
            + "(?: (?:on|of|from) (?:the|your) (?:hierarchy|ladder|list))? is (\\w+ing\\b.{6,})$", Pattern.CASE_INSENSITIVE);
    /** A sentence that is all a quotation: words read out. */
    private static final Pattern GUIDED_WITH_ME = Pattern.compile("^(?:(?:now|next|okay|ok|so|then|and),?\\s+)*((?:paced|box|deep|belly|"
            + "diaphragmatic|square|4-7-8) breathing|grounding|5-4-3-2-1 grounding|a body scan|progressive muscle relaxation)(?: together)?"
            + "(?: with me)?(?: for (?:a|one|two|three|five) (?:minutes?|rounds?|cycles?))?\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_AFTER = Pattern.compile("^(.*[^.])\\.\\s+(" + InputReader.LIST_ITEMS + ")$");
    private static final Pattern MESSAGE_READ = Pattern.compile("^(?:it|the (?:text|message|note|post|email|letter|voicemail)|your "
            + "(?:text|message|note|post|email|letter)) (?:said|says|read|reads),?\\s*[\"\u201C]([^\"\u201C\u201D]{6,})[\"\u201D]\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_ALOUD = Pattern.compile("^[\"\u201C]([^\"\u201C\u201D]+)[\"\u201D]$");
    /** "can be a condition called POTS": a diagnosis raised. */
    static final Pattern CONDITION_CALLED = Pattern.compile("\\b(?:(?:can|could|may|might) be|fits(?: with)?|sounds like|looks like|"
            // "That fits with something called akathisia, which some people get when they start or increase an SSRI."
            + "(?:is|seems) consistent with) (?:a |an )?(?:condition|syndrome|disorder|something|a side effect) called \\w+", Pattern.CASE_INSENSITIVE);
    /** "Dreams often show us feelings we don't let ourselves have": "us" and "ourselves" of people in general. */
    private static final Pattern GENERIC_US = Pattern.compile("^(?!(?:let|let's|let’s)\\b)(?:[A-Z]\\w+s|people|humans|brains|bodies|emotions|"
            + "feelings|memories) (?:often |usually |can |sometimes |tend to )?\\w+ us\\b.*\\bourselves\\b", Pattern.CASE_INSENSITIVE);
    /** "The walk I'll try on Saturday ...": an object put before its subject and verb. */
    private static final Pattern FRONTED_OBJECT = Pattern.compile("^((?:The|That|This) (?!(?:one|thing|way|first|last|problem|point|truth|worst|best|"
            + "time|day|night|reason)\\b)\\w+(?: \\w+)?) (I(?:'ll|’ll| will| can| could))\\s+(try|do|take|start|finish|make|bring|read|"
            + "write|call|send|book|schedule|keep|use)\\b(.*)$");
    /** ", doctor." at a sentence's end: the clinician addressed. */
    private static final Pattern TRAILING_ADDRESS = Pattern.compile(",\\s*(?:doctor|doc|nurse|dr\\.? [A-Z][a-z]+)([.!?]?)$");
    /** "For the dizziness, increase your fluids ...": what the advice is for, before it. */
    private static final Pattern ADVICE_FOR = Pattern.compile("^for (?:the|your) (\\w+(?: \\w+)?),\\s+((?:increase|decrease|drink|take|try|avoid|use|"
            + "keep|get|stop|start|cut|reduce|eat|add|raise|sit|lie|stand|wear)\\b.{6,})$", Pattern.CASE_INSENSITIVE);
    /** "One thing I'd like us to try is you keeping a log this week ...": a task, as a thing for the client to try. */
    private static final Pattern TRY_YOU_DOING = Pattern.compile("^(?:(?:so|and|okay),?\\s+)?(?:one thing|something|what) i(?:'d|’d| would) like "
            + "(?:us|you) to (?:try|do)(?: this week)? is (?:for )?you (\\w+ing\\b.{6,})$", Pattern.CASE_INSENSITIVE);
    /** "When someone your age tells me an adult at home hurt them, I have to let child protective services know." */
    private static final Pattern DUTY_TO_REPORT = Pattern.compile("^(?:when|if) [^,]{10,140}, i (?:have to|need to|must|am required to|'m required to|’m required to) "
            + "(?:let|tell|notify|inform|call|contact|report (?:it )?to) (?:" + RiskQualifiers.REPORTING_AGENCY + "|the police|the hotline|"
            + "social services)\\b.*$", Pattern.CASE_INSENSITIVE);
    /** "One of the things we can do is look at ...", "Something we could try is ...": a step proposed. */
    private static final Pattern WE_CAN_DO = Pattern.compile("^(?:(?:so|and),?\\s+)?(?:one (?:of the )?things? (?:we|you and I) (?:can|could) (?:do|try)|"
            + "something (?:we|you and I) (?:can|could) (?:do|try)|what we (?:can|could) do) is (?:to )?((?:look|work|try|practi[sc]e|write|"
            + "make|build|practise|explore|talk|go|start|add|focus)\\b.+)$", Pattern.CASE_INSENSITIVE);
    /** "There's a name for that, moral injury. It's when ...", "That's called mind reading.": a name given, and what it means. */
    private static final Pattern NAMED_AS = Pattern.compile("^(?:(?:and|so),?\\s+)?(?:(?:there's|there’s|there is|that has|it has|this has) a "
            + "(?:name|word|term) for (?:that|it|this|what you(?:'re|’re| are) describing)(?:,|:|\\s*[-\u2013\u2014])\\s*(?:it's |it’s |it is )?"
            + "(?:called )?|(?:that's|that’s|that is|it's|it’s|this is) (?:what we )?called )"
            + "(?!(?:a|an|the|that|this|it)\\b)([^.;?!]{3,50}?)\\.?(?:\\s+(?:it's|it’s|it is|that's|that’s|that is) when ([^?]{10,}?)|\\s+it means ([^?]{10,}?))?\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** A harm named for what it is: "it's called sexual exploitation", "is against the law". */
    private static final Pattern NAMES_THE_HARM = Pattern.compile("\\b(?:it's|it’s|it is|that's|that’s|that is|this is|is) called (?:sexual "
            + "exploitation|exploitation|grooming|(?:sex |human )?trafficking|(?:sexual |physical |emotional |child )?abuse|coercive control|"
            + "stalking|sextortion|gaslighting|domestic violence|intimate partner violence|sexual assault|rape)\\b|"
            + "\\b(?:is|are|was|were) (?:against the law|illegal|a crime)\\b", Pattern.CASE_INSENSITIVE);
    /** "I think the voices got louder because the medication stopped.": why, as the clinician understands it. */
    private static final Pattern CLINICIAN_SEES_CAUSE = Pattern.compile("^(?:i think|i believe|i suspect|my sense is(?: that)?)\\s+"
            + "((?!(?:you|it|that|this)\\b)[^,]{5,80}? because (?!(?:you|i)\\b)[^,]{5,80})$", Pattern.CASE_INSENSITIVE);
    /** "I'd like to talk about a long-acting injection, so ...": a treatment option raised (not "talk about how your week went"). */
    private static final Pattern CLINICIAN_RAISES = Pattern.compile("^(?:i'd|i’d|i would) (?:also )?like to (?:talk|talk with you|talk to you|"
            + "think with you) about ((?:a|an|the option of|starting|switching to|trying) (?!(?:little|bit|few|couple|moment|minute)\\b).{4,120})$",
            Pattern.CASE_INSENSITIVE);
    /** "The VA also has an MST coordinator, and ...": someone the clinician names before connecting the client with "her". */
    private static final Pattern HAS_SOMEONE = Pattern.compile("^(?:(?:and|also|so),?\\s+)?((?i:the) [\\w.'’ -]{1,30}?|(?-i:[A-Z])[\\w.'’ -]{1,30}?|"
            + "(?i:we|our (?:clinic|office|team|program|practice))) (?:also )?(?:has|have|offers?|runs?) an? ([\\w'’ -]{3,40}?),\\s*(?:and|so)\\b");
    private static final Pattern ONE_NAMED_BEFORE = Pattern.compile("\\b(with|to|in touch with) (?:her|him|them)$");

    /** "The VA" → "the VA" (a name stays as it is). */
    private static String lowerFirstArticle(String owner) {
        return owner.startsWith("The ") ? "the " + owner.substring(4) : owner;
    }

    /** A medication named as such (a dose or a drug), not the word "medication" in "referred for medication evaluation". */
    static final String DRUG_NAMES = "sertraline|fluoxetine|escitalopram|citalopram|paroxetine|bupropion|"
            + "venlafaxine|desvenlafaxine|duloxetine|mirtazapine|trazodone|quetiapine|olanzapine|risperidone|aripiprazole|"
            + "lurasidone|lithium|lamotrigine|valproate|divalproex|hydroxyzine|buspirone|prazosin|gabapentin|naltrexone|"
            + "adderall|methylphenidate|atomoxetine|guanfacine|lorazepam|clonazepam|alprazolam|diazepam|zolpidem|ambien|"
            + "levothyroxine|prozac|zoloft|lexapro|wellbutrin|effexor|cymbalta|seroquel|abilify|xanax|klonopin|ativan|"
            + "lisdexamfetamine|vyvanse|concerta|ritalin|clonidine|propranolol|topiramate|acamprosate|disulfiram|"
            + "buprenorphine|suboxone|methadone|ziprasidone|haloperidol|clozapine|paliperidone|nortriptyline|amitriptyline|"
            + "vortioxetine|trintellix|vilazodone|lamictal|depakote|latuda|remeron|desyrel|vistaril|"
            // a class of medication decided on: "We'll hold off on stimulants until we confirm the diagnosis."
            + "stimulants?|antidepressants?|SSRIs?|SNRIs?|benzodiazepines?|benzos|antipsychotics?|mood stabili[sz]ers?";
    static final Pattern DRUG = Pattern.compile("\\b\\d+(?:\\.\\d+)? ?(?:mg|mcg|µg|ml|milligrams?)\\b|\\b(?:" + DRUG_NAMES + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DRUG_NAME = Pattern.compile("\\b(?:the |your )?(" + DRUG_NAMES + ")\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A prescriber's decision about a medication: "The lamotrigine seems to be helping, so let's keep it at 200 milligrams.",
     * "Since the quetiapine is making you groggy ..., I'd like to lower it to 25 milligrams at bedtime." (its reason first, or
     * after "so"); the sentence names the drug or its dose.
     */
    private static final Pattern MEDICATION_DECISION = Pattern.compile("^(?:(.{3,140}?),\\s*(?:(so|and)\\s+)?)?"
            + "(?:let's|let’s|let us|we'll|we’ll|we will|we're going to|we’re going to|i'd like to|i’d like to|i'd also like to|i’d also like to|"
            // (not "we should", "I think we should": a suggestion, CLINICIAN_SUGGESTS's)
            + "i would like to|i want to|i'm going to|i’m going to|i am going to|i'll|i’ll|i will|we need to)\\s+"
            + "(?:also\\s+|just\\s+|go ahead and\\s+)?(keep|continue|increase|decrease|raise|lower|reduce|start|stop|switch|add|taper|"
            // "I'd like to go up to 100 milligrams at night": a dose raised or lowered, said plainly
            + "discontinue|hold|titrate|restart|resume|change|cut|go up|go down|bump (?:it |that )?up|bring (?:it |that )?down|"
            // "We'll stay at 30 milligrams every morning, since it's working": the dose kept
            + "stay(?= (?:at|on) ))"
            + "\\s+(?:on\\s+(?=(?:the |your )?(?:" + DRUG_NAMES + ")\\b))?(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON_OPENING = Pattern.compile("^(?:since|because|given|as|now that|with)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION_OPENING = Pattern.compile("^(?:if|unless)\\b", Pattern.CASE_INSENSITIVE);
    /** "bring the sertraline back down to 50", "bring it back up": a dose lowered or raised, the drug inside the verb. */
    private static final Pattern BACK_DOWN_OR_UP = Pattern.compile("\\bbring (the |your )?(" + DRUG_NAMES + ") back (down|up)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Since sertraline upset your stomach, I'd like to start ...": the reason a plan is given for, first. */
    private static final Pattern REASON_FIRST = Pattern.compile("^((?:since|because|given that|now that)\\s[^,]{3,80}),\\s*(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /** "Your therapist, Ms. Okafor, referred you to me for a medication evaluation.": who sent the client, and why. */
    private static final Pattern REFERRED_YOU = Pattern.compile("^(?:(?:so|okay|ok|and),?\\s+)?(?:i (?:understand|see|know) (?:that )?)?"
            + "(?!i\\b|we\\b)((?:(?!\\b(?:when|mentioned|said|told|described)\\b).){3,60}?)\\s+(?:has\\s+)?referred you(?:\\s+(?:to (?:me|us|our (?:clinic|practice|program)|this (?:clinic|practice|program))|here|over))?"
            + "(?:\\s+(.+))?$", Pattern.CASE_INSENSITIVE);

    /** "Your captain mentioned the call on Route 9 when he referred you.": the referrer, and what they told. */
    private static final Pattern REFERRED_WHEN = Pattern.compile("^((?:your|the) [\\w' ]{2,40}?) (mentioned|described|told me about|said) (.{3,120}?) "
            + "when (?:he|she|they) referred you(?: (?:to (?:me|us)|here))?$", Pattern.CASE_INSENSITIVE);

    /** How an adult is addressed by surname: "Mrs. Cohen". */
    private static final String TITLE = "(?:Mr|Mrs|Ms|Miss|Mx)\\.?";
    private static final Pattern VOCATIVE = Pattern.compile("((?:" + TITLE + " )?[A-Z][a-z]+),\\s+(?=[a-z]|I\\b)");

    /** "Let's say at least four evenings", "Let's say two drinks, max": a number settled on. */
    private static final Pattern SAY_AGREED = Pattern.compile("(?:at least|at most|about|around|roughly|no more than|up to|"
            + "one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|\\d+)\\b", Pattern.CASE_INSENSITIVE);

    /** "We completed about 12 sets today.": what clinician and client did together in session. */
    private static final Pattern CLINICIAN_WE_DID = Pattern.compile(
            "^(?:today\\s+|(last (?:session|time|week)),?\\s+|so far\\s+|based on (?:your|the) [^,]{3,30},\\s+)?we\\s+(?:also\\s+)?((?:completed|finished|did|ran|practi[cs]ed|reviewed|went over|talked about|"
                    // "Last time we built a hierarchy."
                    + "built|wrote|put together|"
                    // "We spent most of the session on the conflict with your sister."
                    + "spent (?:most|much|some|part|the rest|a lot) of (?:the|this|today's|today’s) session (?:on|talking about|discussing|working on)|"
                    + "discussed|worked on|started|began|processed|identified|made|created|developed|used|tried|looked at|mapped out|"
                    // "Last time we agreed to focus on the move into retirement as the main problem area."
                    + "agreed (?:to|on)|decided (?:to|on)|chose|picked|"
                    // "Based on your diary, we set your time in bed to five and a half hours"
                    + "set (?:your|the) (?:time in bed|bedtime|wake time|window|sleep window|goal|target))\\b.+)$",
            Pattern.CASE_INSENSITIVE);

    /** What a clinician says to guide the client through an exercise in the room. */
    private static final Pattern COACHING = Pattern.compile("^(?:notice\\b(?! (?:when|if|how often|what|whether))|"
            + "(?:" + GUIDANCE_VERBS + ")\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Put your face in this bowl of cold water for thirty seconds": something in the room to do it with, or "right now": a
     * step the clinician guides in the session, not a task for the week.
     */
    private static final Pattern IN_THE_ROOM = Pattern.compile("\\b(this|these) (?:bowl|ice|ice cube|ice pack|cube|ball|stress ball|cup|"
            + "glass|water|paper|worksheet|sheet|card|pen|pencil|chair|pillow|cushion|stone|rock|object|band|rubber band|blanket|"
            + "recording|timer|scale)s?\\b|\\bright now\\b|\\bhere in (?:the |this )?(?:session|room|office)\\b", Pattern.CASE_INSENSITIVE);

    /** "For this week, use the skill ...": when the task is for, before the imperative. */
    private static final Pattern TASK_AFTER_COLON = Pattern.compile("^(?:so,?\\s+|okay,?\\s+)?(" + TASK_PERIOD + "),?\\s+"
            + "(?:let's|let’s|let us|we'll|we’ll|here's|here is)\\b[^:?]{1,60}:\\s*(?:((?:in|at|during|before|after|on|when) [^,]{3,40}),\\s*)?"
            + "((?:ask|say|speak|go|talk|send|make|do|plan|pick|choose|share|write|try|practi[cs]e|keep|track|log|call|text|"
            + "use|read|notice|schedule|take|bring|spend|walk|eat|sleep|set)\\b.+)$", Pattern.CASE_INSENSITIVE);
    /** "For this week: ice first, phone in the kitchen for thirty minutes, and fill in the diary card every night." */
    private static final Pattern TASKS_LISTED = Pattern.compile("^(?:so,?\\s+|okay,?\\s+)?(" + TASK_PERIOD + "|homework)\\s*:\\s*(.{8,})$",
            Pattern.CASE_INSENSITIVE);
    /** A task that opens with what to do: "do step one and two of the essay by Sunday". */
    private static final Pattern TASK_VERB = Pattern.compile("^(?:do|try|practi[cs]e|keep|write|read|finish|complete|fill|track|log|"
            + "call|text|go|take|use|bring|pick|find|make|schedule|plan|walk|spend|notice|record|start|continue|ask|say|talk|"
            + "check|set|put|look|listen|eat|sleep|stay)\\b", Pattern.CASE_INSENSITIVE);
    /** When a task is done, said before it: "Fifteen minutes at seven o'clock, ...", "Every evening, ...". */
    private static final Pattern TIME_OF_TASK = Pattern.compile("^((?:(?:\\w+|\\d+) minutes,? )?(?:at (?:\\w+|\\d+(?::\\d\\d)?)(?: o'clock| ?[ap]\\.?m\\.?)"
            + "|(?:each|every) (?:day|night|evening|morning))),\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN_PREFIX = Pattern.compile("^(?:" + TASK_PERIOD + "),?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIAN_LETS = Pattern.compile(
            "^(?:so\\s+|okay,?\\s+|ok,?\\s+)?(?:today,?\\s+|now,?\\s+|for the rest of (?:the|our|today's) session,?\\s+|before we (?:finish|wrap up|end|stop|go),?\\s+)?(?:let's|let’s|let us(?! know\\b)|i'd (?:also )?like us to|i’d (?:also )?like us to|i would (?:also )?like us to|i (?:also )?want us to|"
                    // "Today I want to build the next steps of your ladder for school.": the session's work
                    + "(?<=today,? |today |now,? )(?:i want to|i'd like to|i’d like to|i would like to)(?=\\s+(?:build|make|create|develop|practice|"
                    + "practise|work on|review|go over|look at|try|start|begin|spend|go back to|come back to|return to)\\b))\\s+(?:also\\s+)?(try|practice|practise|do|work on|go through|talk about|look at|review|start with|"
                    + "come up with|put together|make|create|build|develop|write down|write out|write|meet|[a-z]+)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A time of day or a habit: what is done between sessions, not in the room. */
    private static final Pattern ROUTINE = Pattern.compile("\\b(?:at \\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)|every (?:day|night|evening|"
            + "morning|afternoon)|each (?:day|night|evening|morning|afternoon)|daily|nightly|in the evenings?|before bed|at bedtime)(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    /** A second thing done together, after "and": "... and weigh the evidence" reads "... and weighed the evidence". */
    private static final Pattern AND_VERB = Pattern.compile("\\band (weigh|list|rate|compare|identify|rehearse|challenge|test|record|map|"
            + "practice|plan|notice|check|explore|discuss|review|write|make|come up with|find|pick|break|look at|talk about)\\b(?= (?:the|a|an|"
            + "some|what|how|which|it|them|this|that|these|those|her|his|their|one|two|three|each|any|other|more|possible)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PAST = Map.ofEntries(Map.entry("write", "wrote"), Map.entry("make", "made"),
            Map.entry("come up with", "came up with"), Map.entry("find", "found"), Map.entry("break", "broke"),
            Map.entry("look at", "looked at"), Map.entry("talk about", "talked about"), Map.entry("map", "mapped"),
            Map.entry("plan", "planned"), Map.entry("pick", "picked"));

    static String pastAfterAnd(String what) {
        return AND_VERB.matcher(what).replaceAll(m -> {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            String past = PAST.getOrDefault(verb, verb.endsWith("e") ? verb + "d" : verb.endsWith("y") && !verb.endsWith("ay")
                    && !verb.endsWith("ey") ? verb.substring(0, verb.length() - 1) + "ied" : verb + "ed");
            return "and " + past;
        });
    }

    /** "Therapist and client practiced a worry window.": what this voice writes for "Let's try ...", "Let's practice ...". */
    boolean practicedTogether(String rendered) {
        return rendered.startsWith(clinician + " and client practiced ");
    }

    /**
     * "Therapist and client practiced a worry window." followed by "Fifteen minutes at 6 p.m. where you write down every
     * worry ...": an exercise set for the days ahead, spelled out. Empty unless {@code rendered} is such an exercise and
     * {@code how} names when it is done.
     */
    Optional<String> exerciseForTheDays(String rendered, List<String> how) {
        if (!practicedTogether(rendered) || how.isEmpty()
                || how.stream().noneMatch(h -> ROUTINE.matcher(h).find())) {
            return Optional.empty();
        }
        String spelled = how.stream().map(h -> secondToThird(decapitalized(stripEnd(h)))).collect(java.util.stream.Collectors.joining("; "));
        String exercise = stripEnd(rendered.substring((clinician + " and client practiced ").length()));
        return Optional.of(client + " was asked to try " + exercise + ": " + spelled + ".");
    }

    /** "(Let's make) the phone go on the charger": something made to do something, not something made. */
    private static final Pattern CAUSED = Pattern.compile("^(?:the|her|his|their|a|an)\\s+(?:\\w+\\s+){1,3}?(?:go|stay|be|live|sleep|"
            + "get|happen|wait|start|end)\\b", Pattern.CASE_INSENSITIVE);
    /** "We're going to bring on some of the body sensations on purpose, so ...": what clinician and client are about to do. */
    private static final Pattern CLINICIAN_WE_ARE_GOING_TO = Pattern.compile(
            "^(?:so\\s+|okay,?\\s+|ok,?\\s+)?(?:today,?\\s+|now,?\\s+)?(?:(for (?:the|your) [^,]{3,40}),\\s+)?"
                    // "For the worry at three, we'll do a worry period in the early evening."
                    + "(?:we're|we’re|we are) (?:going to|gonna)\\s+(?:also\\s+)?(.+)$|^(for (?:the|your) [^,]{3,40}),\\s+(?:we'll|we’ll|we will)\\s+(?:also\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "For this week, let's do two more experiments: ...": what the client is to do before the next session. */
    private static final Pattern LETS_BETWEEN_SESSIONS = Pattern.compile(
            "^(?:so,?\\s+|okay,?\\s+|ok,?\\s+)?(" + TASK_PERIOD + "),?\\s+(?:let's|let’s|let us|we'll|we’ll|we will|i'd like us to|i’d like us to)\\s+((?:do|try|keep|practice|practise|"
                    + "add|start|use|plan|schedule|set up)\\b.+)$", Pattern.CASE_INSENSITIVE);
    /** "I think the exposure work is paying off": the clinician's view of progress, said aloud. */
    private static final Pattern CLINICIAN_SEES_PROGRESS = Pattern.compile(
            "^i (?:think|believe|can see|see)(?: that)? ((?:the|your|this|that|these|those|it|all) \\w.*\\b(?:paying off|working|"
                    + "helping|making a (?:real )?difference|progress|improv\\w*|getting (?:better|worse|easier|harder)|dragging|driving|"
                    + "feeding|fuel\\w*|maintaining|keeping (?:it|this|the)|underneath|behind (?:this|it|the)|contributing|a big part)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "right here", "right now", "in session" closing what is proposed: done in the room. */
    private static final Pattern HERE_AND_NOW = Pattern.compile("\\s+(?:right (?:here|now)|here and now|in (?:the )?session|together now)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_SESSION = Pattern.compile("\\b(?:now|right now|together|here|in session|with me)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Whether what the clinician proposes is for the client to do before the next session, not now in the session. */
    private static boolean forTheWeek(String what) {
        return BETWEEN_SESSIONS.matcher(what).find() && !IN_SESSION.matcher(what).find();
    }

    /** "... one small step with driving: sit in the driver's seat of your car, parked in the driveway": done at home. */
    private static final Pattern BETWEEN_SESSIONS = Pattern.compile("\\b(?:this week|at home|each day|every day|once a day|twice a day|"
            + "daily|before (?:next|our next)|before you leave|between sessions|between now and next|in your log|over the weekend|tonight|tomorrow|(?:small|first|next) step|"
            + "(?:in the|each|every) (?:early |late )?(?:evening|morning)|"
            + "driveway|in (?:the|his|her|their) car|(?:on|in) (?:the|your) log)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_YOU = Pattern.compile("^you\\s+(?!know\\b|guys\\b)[a-z]+ed\\b|^you\\s+(?:said|told|thought|felt|"
            + "went|got|had|were|did|made|took|saw|knew|came|left|ate|slept|wrote|drank|spent|lost|found|kept|gave)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "So there are moments where you wish ...": what the client said, summed up (not "So I'd like", "So for this week"). */
    private static final Pattern SUMMING_UP = Pattern.compile("^so,?\\s+(?!(?:i|i'd|i’d|i'm|i’m|we|we'll|we’ll|let's|let’s|let|now|today|"
            + "for|if|when|next|before|after|this|that's all|what|how|why|do|did|can|could|would)\\b)", Pattern.CASE_INSENSITIVE);
    /** "Those sound like values you can act on", "Those are real strengths": what the client said, named for what it is. */
    private static final Pattern VALUES_NAMED = Pattern.compile("^(?:so,?\\s+)?(?:those|these|that|this|all of that|both of those) (?:really |all )?"
            + "(?:sounds?|seems?|are|is) (?:like )?(?:really |very )?((?:important |clear |core |strong |real |deep |your )?(?:values?|strengths?)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "I'm wondering if part of you is afraid to feel better.", "I wonder whether ...": the clinician's interpretation, tentative. */
    private static final Pattern CLINICIAN_WONDERS = Pattern.compile("^(?:(?:and|so|now),?\\s+)?(?:i'm|i’m|i am) (?:just )?wondering (?:if|whether) "
            + "(?!(?:you|we) (?:could|can|would|might)\\b)(.{8,}?)[.!]?$|^(?:(?:and|so|now),?\\s+)?i (?:just )?wonder (?:if|whether) "
            + "(?!(?:you|we) (?:could|can|would|might)\\b)(?=.*\\b(?:part of you|you're|you’re|you are|you were|you feel|you felt|you have|"
            + "you've|it's|it is|that's)\\b)(.{8,}?)[.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEARING = Pattern.compile("^(?:so\\s+)?what i(?:'m|’m| am) hearing\\b", Pattern.CASE_INSENSITIVE);
    /** What a clause opens with: a subject ("you", "it", "she") or "that". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^(?:that|you|your|you're|you’re|you've|you’ve|it|it's|it’s|he|she|they|"
            + "there|this|we|i)\\b|^\\w+ (?:is|are|was|were|has|have|feels?|felt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIAN_REFLECTION = Pattern.compile(
            "^(?:so\\s+)?(?:it sounds like|it seems like|what i(?:'m|’m| am) hearing(?:,\\s*[A-Z][a-z]+,)? is(?: that)?|i hear that|i'm hearing that|it's like)\\s+(.+)$"
                    + "|^(?:so,?\\s+)?((?:(?:you're|you’re|you are|you were|you've been|you’ve been|you have been)\\s+(?!going\\b)\\w+ing|"
                    + "you (?:feel|felt|think|thought|blame|judge)|part of you|"
                    // "You called for help.", "You braced for punishment.": what the client did, said back
                    + "you (?:called for help|reached out|got (?:through|yourself)|survived|braced for|held on)|"
                    // "You've said sorry three times since you came in.", "You said fine twice.": what the clinician saw happen in the room
                    + "you(?:'ve|’ve| have)? (?:said|apologi[sz]ed|used the word|mentioned) (?=.*\\b(?:twice|three times|four times|\\d+ times|"
                    + "several times|again|since you came in|since we started|just now)\\b))\\b.+"
                    // "So it worked in the short term, which is why the urge is so strong.": what a behaviour did for the client
                    + "|(?:it|that|the (?:burning|cutting|drinking|bingeing|purging|checking|avoiding|avoidance|scratching)) "
                    + "(?:worked|helped|did (?:something|what)|gave you|got you|made (?:the|it|you))\\b.+)$", Pattern.CASE_INSENSITIVE);
    /** "Your homework is to notice when ...", "Your assignment for this week is to ...": the task, named. */
    private static final Pattern HOMEWORK_IS = Pattern.compile("^(?:so,?\\s+)?(?:your|the) (?:homework|assignment|practice task|task)"
            + "(?: for (?:this|the|next) week)? (?:is|will be) (?:to (.+)|((?:the|a|an|two|three|one|another) .+))$", Pattern.CASE_INSENSITIVE);
    /** "If the urge gets stronger, please call 988": what the client was told to do, and when. */
    private static final Pattern CLINICIAN_CONDITIONAL = Pattern.compile(
            "^(?:so,?\\s+)?(?:(" + TASK_PERIOD + "),?\\s+)?(?:for (?:the )?(?:nights?|days?|times?|moments?|evenings?|mornings?)\\s+)?"
                    // (not "When you're ready, do the next one.": the pace of an exercise in the room)
                    + "(if|when|whenever)\\s+(?!(?:you're|you’re|you are|you feel) ready\\b)(.+?),\\s*"
                    + "(?:please\\s+|then\\s+|i want you to\\s+|i'd like you to\\s+|you can\\s+|you could\\s+|you should\\s+|you\\s+)?"
                    + "((?:call|text|go|reach out|contact|use|come|tell|get|try|take|write|step out|breathe|ask|say|stay|remind|drive|"
                    + "walk|praise|ignore|send|bring|sit|wait|let|stop|hold|skip|check|return|message|seek|head|keep|page|notice|put|pause|name|label|"
                    + "practi[cs]e|count|open|read|remember|focus|leave|splash|picture|imagine|do|draw|squeeze|find|color|colour|hug)\\b.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "Let me know if the side effects get worse.", "Please let us know when the rash comes back." */
    private static final Pattern LET_ME_KNOW = Pattern.compile("^(?:(?:and|so|also),?\\s+)?(?:please\\s+)?(?:just\\s+)?let (me|us) know "
            + "(if|when|whenever|as soon as|right away if)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** "Since you're tolerating it, we could increase the sertraline to 100 mg": a change the clinician recommends. */
    private static final Pattern CLINICIAN_SUGGESTS = Pattern.compile(
            "^(?:((?:since|because|given|as|now that)\\b.+?),\\s*|.*?,\\s*)?(?:we could|we can|we should|maybe we|i suggest (?:that )?we|i'd suggest (?:that )?we|i’d suggest (?:that )?we|"
                    + "i (?:would )?recommend (?:that )?we|i'd recommend (?:that )?we|i’d recommend (?:that )?we|my recommendation is (?:that )?we|"
                    + "i think we should)\\s+(increase|decrease|raise|lower|reduce|start|stop|switch|add|taper|continue|try|change|"
                    + "discontinue|hold|titrate|restart|resume)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    // (what a behaviour is for, and what it costs the client: a summary of the client's pattern)
    private static final Pattern REFLECTED_CONTRAST = Pattern.compile("^(?:so,?\\s+)?(?!i\\b|i'|we\\b|you\\b|let)([^?]{3,60}?\\b(?:is|are|was|were) "
            + "(?:meant|supposed|trying) to\\b[^?]{3,80}?,? but [^?]*\\byou\\b[^?]*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WE_WILL_REVIEW = Pattern.compile("^(?:so,?\\s+)?(?:we'll|we’ll|we will|we're going to|we’re going to)\\s+"
            + "(check in|follow up|touch base|review|talk|look at how)\\s+((?:on|about|how)\\b.+)$", Pattern.CASE_INSENSITIVE);
    /**
     * "We'll report it to the CyberTipline at the National Center for Missing and Exploited Children": a step both will take
     * after the session (it was left out).
     */
    private static final Pattern WE_WILL_ACT = Pattern.compile("^(?:(?:and|so|then|okay|ok|next|third),?\\s+)?(?:we'll|we’ll|we will)\\s+(?:also\\s+)?"
            + "(report|contact|notify|file|call|look into|find|apply for|sign you up for)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** The relatives a clinician gives a step to: "Your mom can also call the police.", "I'd like your mom to lock up the pills." */
    static final String RELATIVE_NOUNS = "(?:mom|mum|mother|dad|father|parents?|partner|wife|husband|sister|brother|daughter|son|"
            + "grandmother|grandma|grandfather|grandpa|aunt|uncle|caregiver|carer)";
    /** "I can write a letter to the dean ...", "I can also call your pharmacy": an offer of a step by the clinician. */
    private static final Pattern I_CAN_OFFER = Pattern.compile("^(?:(?:and|also|so),?\\s+)?i (?:can|could) (?:also )?(write|send|call|fax|email|"
            + "print|arrange|set up|refer you to|connect you with|fill out|sign|complete) ((?:a|an|the|your|you|him|her|them|some|that)\\b.{6,})$",
            Pattern.CASE_INSENSITIVE);
    /** "I'd like to tell you about a group for ...": a resource, a group or a program told of. */
    private static final Pattern TELL_YOU_ABOUT = Pattern.compile("^(?:(?:and|also|so),?\\s+)?(?:i(?:'d|’d| would)(?: also)? like to|i want to|"
            + "let me|i(?:'ll|’ll| will)) tell you about ((?:a|an|the|our|one) (?:\\w+ ){0,3}?(?:group|program|programme|class|course|service|"
            + "clinic|organi[sz]ation|resource|app|book|website|workshop|line)\\b.*)$", Pattern.CASE_INSENSITIVE);
    /** A crisis line given: "call or text 988", "text HOME to 741741". */
    private static final Pattern CRISIS_LINE_GIVEN = Pattern.compile("\\b988\\b|\\b741741\\b|\\bcrisis (?:line|text line|hotline)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Because I want you to have some space between you and them ...": the reason for a step, given when asked why. */
    private static final Pattern BECAUSE_I_WANT_YOU = Pattern.compile("^because I (?:want|need|'d like|’d like|would like) you to [^,;]+$",
            Pattern.CASE_INSENSITIVE);
    /** "Your sister says she can be there in twenty minutes.", "Your sister called us.": what a relative told the clinician. */
    private static final Pattern RELATIVE_SAYS = Pattern.compile("^your (" + RELATIVE_NOUNS + "|roommate|friend|boyfriend|girlfriend|fianc[ée]e?) "
            + "((?:says|said|told (?:me|us)|called (?:me|us)|(?:just )?called|let (?:me|us) know|mentioned|is worried|was worried)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /** How a message read back, a relative's word relayed and a resource told of are written (placed by {@link PlacementHints}). */
    static final String READ_BACK = " read back the message: ";
    static final String RELAYED = " relayed that the client's ";
    static final String TOLD_ABOUT = " told the client about ";
    private static final Pattern TEACH_LATER = Pattern.compile("^(?:(?:so|now|okay|ok|alright|next),?\\s+)?(?:i'll|i’ll|i will|"
            + "i'm (?:also )?going to|i’m (?:also )?going to|i am (?:also )?going to)\\s", Pattern.CASE_INSENSITIVE);
    /** Someone other than the client, shown or taught: "her", "your mom". */
    private static final Pattern TAUGHT_TO_ANOTHER = Pattern.compile("^(?:her|him|them|your " + RELATIVE_NOUNS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** "Your mom can also call the police.": what a relative may do, as the clinician advised (it was left out). */
    private static final Pattern RELATIVE_CAN = Pattern.compile("^(?:(?:and|also|so),?\\s+)?your " + RELATIVE_NOUNS + " (?:can|could|may|should) "
            + "(?:also )?(?:call|contact|report|reach out to|ring|phone|text|email)\\b.+$", Pattern.CASE_INSENSITIVE);
    /**
     * "If I believe someone is in serious danger, I have a legal duty to act, which can mean warning that person or calling the
     * police.": the limits of confidentiality explained (it was left out).
     */
    private static final Pattern DUTY_TO_ACT = Pattern.compile("\\b(?:I have|I've got|I’ve got|there is|there's|there’s|we have) (?:a )?"
            + "(?:legal |professional |ethical )?(?:duty|obligation|responsibility) to (?:act|warn|protect|report|break (?:confidentiality|"
            + "that confidentiality))\\b|\\blimits (?:of|to) (?:confidentiality|what I can keep)\\b|"
            // "As a counselor I'm a mandated reporter.", "When a child has been hit hard enough to leave bruises, I have to make a
            // report to child protective services."
            + "\\b(?:I'm|I’m|I am|we're|we are|therapists are|counsell?ors are) (?:a )?mandated reporters?\\b|"
            + "^(?:when|if|whenever) [^,]{5,80}, (?:I|we) (?:have|need|am required|are required) to (?:make|file) a report\\b",
            Pattern.CASE_INSENSITIVE);
    /** "A small lockbox is a good idea in a dorm.": a thing the clinician recommends (it was left out). */
    private static final Pattern GOOD_IDEA = Pattern.compile("^(?:(?:and|so|also),?\\s+)?(an?) ((?!lot\\b|bit\\b|little\\b)[\\w'’ -]{3,50}?) "
            + "(?:is|would be|might be) (?:a )?(?:really )?(?:good|great|smart|wise) idea(?: (in|at|for|with) (.{3,60}))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WE_KEEP = Pattern.compile("^we(?:'ll|’ll| will)\\s+(?:also\\s+)?(?:keep|continue)\\s+"
            + "(using|practicing|practising|working on|doing|tracking|logging)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK_IN_NOW = Pattern.compile("^check in(?: (?:about|on|with)\\b|,| as\\b|$)");
    private static final Pattern LATER = Pattern.compile("\\b(?:next|tomorrow|later|in a (?:week|few days)|in \\w+ (?:days|weeks)|"
            + "after|before|between|by (?:phone|text)|monday|tuesday|wednesday|thursday|friday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIAN_RECOMMENDS = Pattern.compile("^(?:i'm going to|i’m going to|i am going to|i'd|i’d|i would|i)\\s+"
            // "I'd also suggest cutting the coffee down gradually to one or two a day"
            + "(?:also\\s+|strongly\\s+)?(?:recommend|suggest|advise)(?:\\s+that)?\\s+((?:we|you)\\b.+|(?:weekly|biweekly|monthly|individual|"
            + "group|family|couples|intensive|outpatient|a|an|starting|continuing|trying|adding|therapy|counseling|medication|"
            + "cutting|reducing|stopping|avoiding|keeping|taking|getting|using|limiting|switching)\\b.+)$", Pattern.CASE_INSENSITIVE);
    /** "I'd like to see you back in four weeks": when the client is seen next. */
    private static final Pattern CLINICIAN_SEE_AGAIN = Pattern.compile(
            "^(?:(?:i(?:'d| would|’d) like to|i want to|i'll|i’ll|i will|we'll|we’ll|let's|let me)?\\s*see you (?:both |all |two |back |again )*|"
                    // "Come back and see me in four weeks."
                    + "(?:(?:please|just|and)\\s+)?come back(?: and see me| to see me| to the clinic)?\\s+)"
                    + "((?:in|next|on|after|weekly|biweekly|fortnightly|monthly|every|twice|once|monday|tuesday|wednesday|thursday|"
                    + "friday|saturday|sunday|tomorrow)\\b.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOW_OFTEN_SEEN = Pattern.compile("(?:weekly|biweekly|fortnightly|monthly|every|twice|once)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Yes, you can continue hydroxyzine 25 mg as needed": what the client may go on doing. */
    private static final Pattern CLINICIAN_PERMITS = Pattern.compile(
            "^(?:yes,?\\s*|yeah,?\\s*|and\\s+)?you (can|may|should) (continue|keep taking|keep using|take|use|stop|resume|go on taking)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "I notice you're making good eye contact today": the observation is what follows. */
    private static final String I_NOTICE = "I (?:notice|noticed|can see|see|observe|observed|can tell)(?: that)?\\s+";
    /**
     * What the clinician observes or measures aloud: "You're well groomed, your speech is normal", "Your PHQ-9 today is 9".
     * Objective content of the session, said to the client.
     */
    private static final Pattern CLINICIAN_OBSERVES = Pattern.compile(
            "^(?:" + I_NOTICE + "you(?:'re|’re| are)\\s+\\w+ing\\b|"
                    // "You're speaking at a normal pace today, you're making good eye contact, and your mood seems euthymic"
                    + "you(?:'re|’re| are)\\s+(?:speaking|talking|making|keeping|maintaining|sitting)\\b|"
                    // "You've been very clear and organised today even though you're exhausted": how the client was in the session
                    + "you(?:'ve|’ve| have) been\\s+(?=[^.]*\\b(?:today|in here|in session|this session|this morning|this afternoon)\\b)|(?:" + I_NOTICE + ")?you(?:'re|’re| are| seem| look| appear)\\s+(?!\\w+ing\\b)|your (?:speech|affect|mood|thought|thinking|eye contact|insight|judge?ment|"
                    + "attention|concentration|memory|hygiene|grooming)|(?:speech|affect|thought process|thought content|eye contact|insight|"
                    + "judge?ment) (?:is|was|seems))\\b.*\\b(?:groomed|dressed|hygiene|alert|oriented|calm|brighter|tearful|restless|"
                    + "fidgety|agitated|speech|affect|eye contact|linear|coherent|goal[- ]directed|tangential|insight|judge?ment|"
                    + "congruent|constricted|flat|euthymic|anxious|guarded|cooperative|smiling|smiled|laughing|fidgeting|crying|tense|"
                    + "relaxed|calmer|hopeful|tired|exhausted|worn out|sad|upset|lighter|happier|energetic|more settled|clear|organi[sz]ed|"
                    + "focused|composed|articulate|open)\\b", Pattern.CASE_INSENSITIVE);
    // (a name, not a gerund: "Checking is meant to calm the worry" is no observation)
    private static final Pattern THIRD_PERSON_OBSERVED = Pattern.compile("^(?:(?:(?:Mr|Mrs|Ms|Miss|Mx)\\.? )?(?!\\w+ing\\b)(?-i:\\p{Lu}\\p{Ll}+)|he|she|they|the client) "
            + "(?:appears|appeared|presents|presented|seems|seemed|looks|looked|is|was) (?:[\\w-]+,? ){0,6}?(?:tired|sad|anxious|"
            + "depressed|flat|blunted|tearful|restless|fidgety|agitated|guarded|withdrawn|dishevell?ed|unkempt|well[- ]groomed|"
            + "casually dressed|alert|oriented|cooperative|euthymic|dysphoric|irritable|pressured|slowed|brighter|calmer|more relaxed|"
            + "more animated|more engaged|less tense)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WE_SPENT_TODAY = Pattern.compile("^(?:(?:so|okay|ok),?\\s+)?we(?:'ve| have)? spent ((?:most|much|some|part|"
            + "a lot|the rest|the first half|the second half) of )?(?:today|the session|this session|our time(?: today)?|today's session) "
            + "((?:working|talking|going|practi[cs]ing|looking|focusing|reviewing|building|making|processing|exploring)\\b.{3,})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADMINISTERED = Pattern.compile("^(?:(?:so|okay|ok|today),?\\s+)?i (?:gave you|had you (?:fill out|do|complete)) "
            + "(?:the |a )?(" + ExtractiveNoteEngine.INSTRUMENT_NAMES + "|ISI)(?: (?:today|again|in the waiting room))?,? and "
            + "your score (?:was|is|came out at|came back at) (.{1,80})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIAN_MEASURES = Pattern.compile(
            // ("On the questionnaire you filled out in the waiting room, your PHQ-9 was seventeen.": where it was, and the score in words)
            "^(?:so,?\\s+)?(?:(?:on|in|from) (?:your|the|today's|today’s|this) [^,]{2,60},\\s+)?(?:your|the) (?:PHQ-?9|PHQ|GAD-?7|GAD|PCL-?5|"
                    + "AUDIT|C-SSRS|Insomnia Severity Index|ISI|Epworth(?: Sleepiness Scale)?|"
                    + "PSQI|EPDS|BDI(?:-II)?|BAI|Y-BOCS|score|scores|blood pressure|BP|weight|pulse|"
                    + "heart rate|A1c|lithium level|level|labs?|vitals|BMI|temperature|oxygen(?: saturation| level| sats)?|sats|saturation)\\b.*\\b(?:is|was|are|were|came back|came out at|came in at|"
                    + "shows?)\\b.*(?:\\d|"
                    + "\\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\w+)?|one|two|three|four|five|six|seven|eight|nine|"
                    + "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b)"
                    // "Before we start, your urine screen from Monday came back positive for methamphetamine.": a drug screen's result
                    + "|^(?:(?:" + BEFORE_WE_START + "|first|first of all|so),?\\s+)?(?:your|the) (?:urine (?:drug )?(?:screen|test)|urine|UDS|UA|"
                    + "drug (?:screen|test)|tox(?:icology)? (?:screen|report)|breathalyzer|breath test|BAC)\\b[^.]{0,40}?\\b(?:came back|was|is|were|showed?)\\b"
                    + "[^.]{0,12}?\\b(?:positive|negative|clean|dirty|non-?negative)\\b"
                    // "On your questionnaire today you scored a fourteen on the PHQ-9, up from nine at intake": a score, in words
                    + "|^(?:(?:on|in|from) (?:your|the|today's|today’s|this) [\\w -]{2,30}?,?\\s+)?(?:today,?\\s+)?you (?:scored|got|came out at|came in at)\\b"
                    + "[^.]{0,40}\\b(?:PHQ-?9|PHQ|GAD-?7|PCL-?5|AUDIT|C-SSRS|ISI|PSQI|EPDS|BDI(?:-II)?|BAI|Y-BOCS|questionnaire|screener|"
                    + "depression scale|anxiety scale)\\b"
                    // "Maya, you're at 46.2 kilos today, up 0.4 from last week.": a weigh-in
                    + "|^(?:[A-Z][a-z]+,\\s+)?you(?:'re|’re| are| were) (?:at |up to |down to )?\\d+(?:\\.\\d+)? ?(?:kilos?|kg|kilograms?|pounds?|lbs?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "I think this is depression, brought on by the bereavement": the clinician's clinical impression, said aloud. */
    /** What an impression names: a disorder or a clinical problem. */
    private static final String DISORDER = "\\b(?:depress\\w*|anxiety|disorder|ptsd|trauma\\w*|grief|griev\\w*|bereavement|adjustment|"
            + "panic|bipolar|adhd|insomnia|burn-?out|diagnos\\w*|ocd|obsessive|psychosis|psychotic|mania|manic|dementia|substance use|"
            + "alcohol use|anorexia|bulimia|binge|eating)\\b";
    private static final Pattern CLINICIAN_IMPRESSION = Pattern.compile(
            // ("From what you describe and the normal tests at A&E, I think these are panic attacks.": what it rests on, first)
            "^((?:from|given|based on|looking at)\\b[^,]{3,80},\\s+)?"
                    + "(?:i think|i believe|i suspect|my (?:impression|sense|feeling) is(?: that)?|i'm (?:fairly |pretty )?(?:sure|confident)(?: that)?)\\s+"
                    + "(?:this|that|it|these|those|what you(?:'re| are) (?:describing|going through|experiencing)|you(?:'re| are| have| might have| may have))\\b"
                    + ".*" + DISORDER, Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIAN_CONCERNED = Pattern.compile(
            "^(?:(?:\\w+|(?:mr|mrs|ms|dr)\\.? \\w+),\\s+)?i(?:'m|’m| am) (?:really |very |quite |a (?:little|bit) |genuinely )?(concerned|worried) (about|that) (.+)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Your sleep is the piece I'm most worried about.", "What I'm most concerned about is your sleep.": what worries the
     * clinician most (it read "Therapist stated that her sleep is the piece the therapist is most worried about").
     */
    private static final Pattern MOST_CONCERNED = Pattern.compile("^(?:(?:and|but|so|right now|honestly),?\\s+)?(?:"
            + "(.{3,80}?) (?:is|are) (?:the (?:piece|part|thing|one|bit|area)|what) (?:that )?i(?:'m|’m| am) (most|really|especially) "
            + "(concerned|worried) about(?: (?:right now|today|at the moment))?"
            + "|what i(?:'m|’m| am) (most|really|especially) (concerned|worried) about(?: (?:right now|today))? is (.{3,80}))$",
            Pattern.CASE_INSENSITIVE);

    /** "From what you've told me, this sounds like a serious eating disorder, most likely anorexia nervosa": the same, without "I think". */
    private static final Pattern CLINICIAN_IMPRESSION_PLAIN = Pattern.compile(
            "^(?:(?:from|based on) (?:what you(?:'ve| have) (?:told|shared with|described to) me|everything you(?:'ve| have) (?:told|shared with) me),?\\s+)?"
                    // ("What I'm hearing is consistent with major depressive disorder.")
                    // ("What Priya is describing is a medical emergency called postpartum psychosis.": said to her husband)
                    + "((?:this|that|it|what you(?:'re| are) (?:describing|going through|experiencing)|what (?:i'm|i am|i’m) hearing(?: today)?|"
                    + "what (?-i:[A-Z][a-z]+|she|he|they) (?:is|are|has been|have been) (?:describing|going through|experiencing)|"
                    + "what you(?:'ve| have) (?:told me|described)(?: today)?)\\s+(?:sounds? (?:a lot |very much |a bit )?like|looks? (?:a lot )?like|"
                    + "(?:is|seems?) (?:most )?(?:likely|consistent with)|fits(?: with)?|meets (?:the )?criteria for|"
                    + "is (?:a |an )?(?:medical emergency |serious condition |condition |illness )?"
                    + "(?:called|known as))\\b.*" + DISORDER + ".*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> GERUNDS = Map.ofEntries(Map.entry("increase", "increasing"),
            Map.entry("decrease", "decreasing"), Map.entry("raise", "raising"), Map.entry("lower", "lowering"),
            Map.entry("reduce", "reducing"), Map.entry("start", "starting"), Map.entry("stop", "stopping"),
            Map.entry("switch", "switching"), Map.entry("add", "adding"), Map.entry("taper", "tapering"),
            Map.entry("continue", "continuing"), Map.entry("try", "trying"), Map.entry("change", "changing"),
            Map.entry("discontinue", "discontinuing"), Map.entry("hold", "holding"), Map.entry("titrate", "titrating"),
            Map.entry("restart", "restarting"), Map.entry("resume", "resuming"));

    private static final Pattern FEEL = Pattern.compile(
            "^i\\s+(?:really\\s+|just\\s+|still\\s+|also\\s+)?(?:feel|am feeling|'m feeling|’m feeling|have been feeling|'ve been feeling|’ve been feeling|felt)\\s+(?!(?:it|that|this|so)\\b)(.+)$",
            Pattern.CASE_INSENSITIVE);

    private static final int MINIMUM_CLIENT_WORDS = 5;
    private static final Pattern SOCIAL = Pattern.compile(
            "^(?:thank|thanks|that's (?:a )?(?:good|great|really)|good (?:job|work)|great|nice|i'm (?:really )?glad|it's good to see|"
                    + "how (?:are|have) you|see you|welcome)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICAL = Pattern.compile(
            "\\b(?:practi[cs]e|homework|plan|skill|exercise|technique|breath\\w*|thought|cognitive|goal|safety|safe|refer\\w*|"
                    + "medication|diagnos\\w*|progress|next (?:week|session)|symptom\\w*|cope|coping|trigger\\w*|pattern|distortion|"
                    + "behaviou?r|feeling|emotion\\w*|anxiety|depress\\w*|panic|trauma|grounding|mindful\\w*|sleep|boundar\\w*|"
                    // "Withdrawal makes sense in the moment, but it feeds the low mood.": the client's pattern explained
                    + "mood|withdraw\\w*|avoid\\w*|avoidance|isolat\\w*|ruminat\\w*|"
                    // "Given how much you're drinking every day, stopping suddenly could be dangerous, with shakes or even seizures."
                    + "substances?|cravings?|relapse\\w*|seizures?|overdos\\w*|sober|sobriety|strengths?|dangerous|"
                    // "A lot of teenagers with ADHD get stuck at the starting point of long assignments."
                    + "ADHD|ADD|autis\\w*|OCD|PTSD|bipolar|grief|grieving|"
                    // "Processing may continue after today. You might notice new memories, dreams or feelings."
                    + "processing|dreams?|nightmares?|"
                    // "Getting off the train teaches your brain that escape is what saved you."
                    + "brain|nervous system|escape|exposures?|"
                    // "Alcohol makes the thoughts at night worse"; "When people give things away and put their papers in order,
                    // sometimes it's because they're thinking about not being around."
                    + "thoughts|alcohol|drinking|suicid\\w*|people(?<=\\bwhen people)|"
                    // "Going to a party and having a drink doesn't make anyone responsible for ...", "Those are really common
                    // reactions after something this frightening.", "We go up slowly because of the rash risk.", "You can be honest
                    // and still hold a limit."
                    + "responsible|fault|blame|reactions?|risk|rash|side effects?|doses?|limits?|"
                    // "You may be sleepier for the first week or two.", "The sensations rise and fall on their own.", "So activity
                    // comes first, and the motivation follows.", "A lot of caregivers feel that guilt."
                    + "sleepier|sleepy|sensations?|motivation|activity|guilt|shame|exhausted|exhaustion|"
                    // "You had 94 days, and one slip doesn't erase what you learned in those 94 days."
                    + "slips?|clean time|days clean|"
                    // "Loud bangs remind your body of the night Daddy hurt Mommy, so it thinks it's happening again." (not "a
                    // warm shower, blackout curtains, and the body scan": a list)
                    + "(?=body\\b)(?<=\\b(?:your|her|his|their|the) )body(?= (?:is|was|reacts?|learn\\w*|thinks?|remembers?|goes|gets|does|"
                    + "knows|responds?|on alert|of\\b|keeps|wants|needs|can|will|has|pushes|tries|tells|starts|kicks|adapts|craves|sends|"
                    + "releases|holds|stores))|"
                    // "Low potassium can affect your heart, which is one more reason to keep working on the purging."
                    + "purg\\w*|bing(?:e|es|ed|ing)|restrict\\w*|regular eating|potassium|electrolytes|heart|"
                    // "Some pulling is automatic and some is focused, where there's an urge and a bit of relief.": a body-focused
                    // repetitive behaviour or a compulsion, explained
                    + "urges?|pulling|picking|habits?|compulsions?|rituals?|automatic|awareness|"
                    // "The TLC Foundation has an online support group for people with body-focused repetitive behaviors."
                    + "support groups?|peer support|"
                    // "You've lost a role that gave you purpose and people. That's a real loss, and it makes sense that it hurts."
                    + "loss|losses|roles?|role transition|purpose|"
                    // "If you won't go, I'll need to send the mobile crisis team to you ...", "Going voluntarily for an evaluation
                    // tonight is very different from what you're picturing", "And the pills stay outside.": a crisis, managed
                    + "crisis|emergency|hospital\\w*|evaluation|voluntar\\w*|involuntar\\w*|ambulance|pills|goodbye|"
                    // "You don't have to forgive anyone to heal."
                    + "forgiv\\w*|heal|healing)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "None of this is your fault.", "Nothing you did caused this.": the clinician's reassurance after a disclosure. */
    private static final Pattern NOT_YOUR_FAULT = Pattern.compile("^(?:\\w+,\\s+)?(?:(?:and |but )?I (?:want you to|need you to) know(?: that)? )?"
            + "(?:(?:none of (?:this|that|it)|this|that|it|what (?:happened|he did|she did|they did))(?: still)? (?:is not|isn't|isn’t|was not|wasn't|"
            + "wasn’t|is never|was never|'s not|’s not) (?:\\w+ )?your fault|none of (?:this|that|it) (?:is|was) (?:\\w+ )?your fault|nothing you did (?:caused|made) (?:this|that|it|him|her|them)|you "
            + "(?:didn't|did not|didn’t) do anything wrong|you did nothing wrong)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELIEVED = Pattern.compile("^(?:and |but )?I believe you$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WE_WONT_YET = Pattern.compile("^(?:and |but )?we (?:won't|will not|won’t|are not going to|aren't going to) "
            + "((?:call|tell|contact|talk to|say anything to) .{3,40}?) until (.{5,})$", Pattern.CASE_INSENSITIVE);
    /** "Just a reminder, ...", "As always, ...": how a word on confidentiality opens, left out of the note. */
    private static final String REMINDER_OPENING = "(?:(?:just )?(?:a |as a )?reminder,? |remember,? |as always,? )";
    private static final Pattern REMINDER = Pattern.compile("^" + REMINDER_OPENING, Pattern.CASE_INSENSITIVE);
    /** What stays between client and clinician, and what does not. */
    // ("Just a reminder, what you tell me stays between us unless I'm worried about your safety": it read "Therapist stated that
    // just a reminder, what she tells the therapist stays between us")
    private static final Pattern CONFIDENTIALITY = Pattern.compile("^(?:and |but |so )?" + REMINDER_OPENING + "?"
            // ("Before we start, anything you tell me stays between us, except if you're at risk ...")
            + "(?:" + BEFORE_WE_START + ",?\\s+)?(?:(?:(?:most of |everything |anything )?what|anything|everything) you (?:tell|say to|"
            + "share with) me (?:here )?(?:stays|is|will stay) (?:between us|confidential|private)|I (?:won't|will not|won’t|am not going to|"
            + "'m not going to|’m not going to) (?:share|tell (?:anyone|her|him|them|your \\w+))(?: (?:the|any) details)?(?: with [^,]{2,30})? "
            + "unless\\b|"
            // "I'll tell you now, what you tell me here I won't share with Omar without your agreement, unless someone is in danger."
            + "(?:I'll tell you now,\\s+)?(?:what|anything|everything) you (?:tell|say to|share with) me (?:here |today |alone )?I (?:won't|will not|won’t) "
            + "(?:share|tell|pass on)\\b[^.]{0,60}\\bunless\\b|"
            // "But if someone is hurting you, or you're in danger, I have to tell people whose job it is to keep kids safe."
            + "if (?:someone|anyone|somebody|you)\\b[^,]{3,60},(?: [^,]{3,40},)? I (?:have to|need to|must|would have to|am required to|"
            + "'m required to|’m required to) (?:tell|report|let|call|inform|contact)\\b)", Pattern.CASE_INSENSITIVE);
    /** "A lot of people find it helps to be around others who get it.": what is so for many, told the client. */
    private static final String PEOPLE_IN_GENERAL_TEXT = "^(?:a lot of|lots of|many|most|plenty of) (?:people|teens|teenagers|"
            + "kids|children|adults|parents|clients|patients|veterans|survivors|students|families|couples|folks|men|women|caregivers|"
            + "new (?:moms|mothers|parents|dads))\\b";
    private static final Pattern PEOPLE_IN_GENERAL = Pattern.compile(PEOPLE_IN_GENERAL_TEXT, Pattern.CASE_INSENSITIVE);
    private static final Pattern WE_WILL_DO = Pattern.compile("^(?:so |and |then )?we(?:'ll|’ll| will) (?:also |then |just )?(put|add|write|"
            + "schedule|practi[cs]e|look at|work on|review|go over|come back to|build|plan|make|start|"
            // "We'll also check in about the medication, since your appointment with Dr. Patel is on Monday."
            + "check in (?:about|on)|talk (?:more )?about|follow up on|revisit|go through) (.{6,})$", Pattern.CASE_INSENSITIVE);
    /** "We'll do another urine screen next Monday (and meet again Thursday at three)": a test to come, and the next session. */
    private static final Pattern SCREEN_NEXT = Pattern.compile("^(?:so |and |then )?we(?:'ll|’ll| will) (?:also )?(?:do|run|repeat|collect|get|check) "
            + "((?:another|a|the|a repeat|a random|your next|a follow-up|your) (?:urine (?:drug )?screen|urine test|UDS|UA|drug screen|drug test|"
            + "tox screen|breathalyzer|breath test|labs?|blood work|lithium level|[\\w-]+ level|EKG|ECG))\\s+"
            + "((?:next|on|this|tomorrow|in|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*?)"
            + "(?:,? and (?:then )?(?:we(?:'ll|’ll| will) )?meet (?:again )?(.+))?$", Pattern.CASE_INSENSITIVE);
    /** "For the housing, ...", "And for the sleep, let's ...": what the rest of the sentence is for, said first. */
    private static final Pattern TOPIC_FIRST = Pattern.compile("^(?:and |so |also |now )?(?:for|as for|about|regarding) ((?:the|your) [\\w' -]{2,30}?),\\s+"
            + "(.{12,})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TALK_ABOUT_BECAUSE = Pattern.compile("^(?:and |so )?I (?:also )?(?:want|wanted|'d like|’d like|would like) "
            + "to (?:talk|ask you) (?:with you )?about ([^,]{3,60}),? because (.{10,})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOST_IMPORTANT_STEP = Pattern.compile("^(?:the |so the |and the )?(?:most important|best|first|safest|single "
            + "most important) thing (?:that )?(?:we|you|we both) (?:can|could) do(?: (?:right )?now| today| tonight| this week)? is (?:to )?(.{10,})$",
            Pattern.CASE_INSENSITIVE);
    /** How a clinician states what is generally so: "alcohol tends to wake people up", "stopping suddenly could be dangerous". */
    private static final Pattern GENERAL_TRUTH = Pattern.compile(PEOPLE_IN_GENERAL_TEXT + "|"
            // "Thin cotton gloves at night work for many people"
            + "\\b(?:for|with|in) (?:many|most|a lot of) people\\b"
            + "|\\b(?:usually|typically|generally|teaches|can|could be|may|might|tends? to|(?:is|are|isn't|aren't|it['’]s|they['’]re) "
            + "(?:very |quite |really |not )?(?:important|common|normal|dangerous))\\b", Pattern.CASE_INSENSITIVE);
    /** What the client said or did, told back ("Last time you said ...", "you managed four nights ..."), or the clinician's view. */
    private static final Pattern TOLD_BACK = Pattern.compile("\\byou (?:said|told|mentioned|managed|did|were|had|went|felt|noticed|"
            + "tried|used)\\b|\\byou can\\b|\\bI (?:think|believe|feel|recommend|want)\\b", Pattern.CASE_INSENSITIVE);
    /** "Tell me a bit more about the low mood.": a question in other words; the client's answer is the content. */
    private static final Pattern INVITES_TO_SAY = Pattern.compile("^(?:(?:so|okay|ok|and|now),?\\s+)?(?:tell me|talk to me|walk me through|"
            + "say more|help me understand|describe)\\b", Pattern.CASE_INSENSITIVE);
    /** "you" as the subject of a common verb: "whenever you notice" becomes "whenever she notices". */
    private static final Pattern SUBJECT_YOU = Pattern.compile(
            // (not the object of "help", "let", "make": "wine to help you sleep" is "to help her sleep")
            "(?<!\\b(?:help|helps|helped|helping|let|lets|make|makes|made|making|having)\\s)\\byou\\s+((?:only|just|really|still|also|always|never|ever|often|even|already|actually|sometimes|usually)\\s+)?(feel|think|want|need|notice|get|know|seem|look|keep|try|go|say|find|start|see|use|practice|practise|"
                    + "remember|catch|hear|wake|sleep|work|drink|take|like|love|hate|worry|struggle|tend|wish|believe|realize|realise|"
                    + "mean|deserve|decide|choose|mention|talk|write|call|come|let|miss|blame|judge|carry|remind|check|stop|leave|"
                    + "give|ask|tell|breathe|walk|read|listen|turn|pick|open|describe|explain|report|experience|escape|stay|run|wait|"
                    + "panic|avoid|ride|drive|sit|"
                    // "the times you lose": "she loses" (it read "the times her lose")
                    + "lose|spend|use|try|go|eat|say|see|"
                    // "something you do with your hands": "she does"
                    + "do|"
                    + "had|did|said|told|went|made|felt|thought|knew|got|saw|took|kept|came|found|left|lost|"
                    // ("you rode out an urge at a five": not "her rode"; not the forms that also say how "you" were left: "ways that
                    // don't keep you stuck", "keep you fed", "left you spent")
                    + "rode|ran|sat|stood|wrote|drove|ate|slept|gave|began|chose|fell|forgot|led|paid|sent|spoke|threw|woke|"
                    + "wore|became|bought|drew|drank|fought|froze|hid|[a-z]+ed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONJUNCTION_YOU = Pattern.compile("\\b(when|whenever|if|because|before|after|while|until|unless|once|"
            // ("where she picks the game and you just follow her lead": "and she just follows her lead", not "and her just follow")
            + "as soon as|, or|, but|and)\\s+you\\s+((?:just|really|also|then|still|always|never|only|simply|usually|ever) )?([a-z]+)\\b(?!['’])",
            Pattern.CASE_INSENSITIVE);
    /** Words after "you" that are no verb to agree ("when you two talk", "if you all ..."). */
    private static final Set<String> NOT_A_VERB_AFTER_YOU = Set.of("two", "all", "both", "guys", "yourself", "alone", "only", "just",
            "really", "still", "also", "always", "never", "ever", "often", "even", "already", "actually", "sometimes", "usually", "first");

    /** The clinician checking a proposal or a task with the client ("How does that sound?", "Could you try ...?"). */
    /** What a clinician asks a client to do between sessions: "Could you keep a bag at your sister's ...?" */
    static final String STEP_VERBS = "try|do|commit|keep|bring|put|save|pack|leave|set|make|ask|call|text|write|use|practi[cs]e";
    static final Pattern PROPOSAL_CHECK = Pattern.compile("\\b(?:how does that sound|does that sound (?:okay|ok|good|alright|doable)|"
            + "(?:is|would) that (?:be )?(?:okay|ok|alright|all right)|does that work|sound good|would you (?:also |still )?be willing|are you (?:also |still )?willing|"
            + "(?:would you be|are you) (?:okay|ok|alright|all right|comfortable) with|"
            + "can you do that|can we agree (?:on|to) (?:that|this)|(?:is that|do we have) a deal|can you promise (?:me )?(?:that|you)|"
            + "could you (?:also )?(?:" + STEP_VERBS + ")|can you (?:also )?(?:try|commit)|would you (?:also )?(?:try|be open)|"
            // "Would you put 988 in your phone now?" (not "... before you leave today?", a task given, which the note says as one)
            + "would you (?:also )?(?:put|save|add|write|call|text)\\b(?![^?]*\\bbefore you (?:leave|go)\\b)|are you open to|"
            + "what do you think about (?:that|trying|starting)|how do you feel about (?:that|trying|starting))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile(
            "^(?:(?:okay|ok|yeah|yes|sure)[.,!]?\\s+)?(?:i can do that|i can try(?: that| it)?|i (?:think|guess) i can (?:do|try) (?:that|it)|i'll give it a (?:try|shot)|that makes sense|that sounds good|sounds good|i will|i'll try|i'll do that|i think so|"
                    + "that's right|that's true|exactly|that's exactly (?:it|right|what (?:it does|happens|i do|i mean))|okay,? (?:i will|sure)|thank you|(?:that )?sounds like a (?:plan|good plan|good idea)|"
                    + "that works(?: for me)?|sounds great|will do|fair enough|"
                    // "Yeah. I'm not gonna lie. It's been more.": a preface, no content of its own
                    + "(?:i'm |i’m |i am )?not (?:gonna|going to) lie|"
                    // "When you put it like that, yeah."
                    + "(?:when|if) you (?:put|say) it like that,? (?:yeah|yes|i guess|true|sure)|"
                    // "That sounds terrible, but okay.": agreeing to what was proposed, with misgivings
                    + "(?:that|it|this) sounds (?:\\w+\\s+){0,2}\\w+,? but (?:okay|ok|sure|fine|alright|all right|i'll (?:try|do it))"
                    + ")[.!]*$", Pattern.CASE_INSENSITIVE);

    /** The clinician's words before a reply set a task and asked nothing. */
    private static boolean taskSet(String question) {
        return !question.contains("?") && InputReader.TASK_GIVEN.matcher(question).find();
    }

    /** "I can do that.", "Sounds good.": agreeing, no more. */
    static boolean isAcknowledgement(String text) {
        return ACKNOWLEDGEMENT.matcher(clean(text)).find();
    }

    private final String client;
    private final String selfNoun;
    private final String clinician;
    private final Pronouns pronouns;
    /** The client's subject and object pronouns, as a word: "he", "him". */
    private final Pattern clientInThirdPerson;
    /** Words this input writes in lower case and never capitalised inside a sentence: common words, not names. */
    private Set<String> commonWords = Set.of();

    /**
     * @param clinician how the note names the provider ("Therapist", "Dr. Byron", ...)
     * @param pronouns  the client's pronouns; NeutralThem when unknown
     */
    public ClinicalVoice(String clinician, Pronouns pronouns) {
        this(clinician, pronouns, "Client", "the client");
    }

    private ClinicalVoice(String clinician, Pronouns pronouns, String client, String selfNoun) {
        this.client = client;
        this.selfNoun = selfNoun;
        this.clinician = clinician;
        this.pronouns = pronouns == null ? Pronouns.NeutralThem : pronouns;
        this.clientInThirdPerson = Pattern.compile("\\b(?:" + this.pronouns.subject() + "|" + this.pronouns.object() + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * Learns from the whole input which capitalised sentence openings are common words ("Midnight is hard" where the
     * input also says "lights out by midnight") and may be lower-cased inside a reported sentence; a name ("Will",
     * "Grace") is capitalised somewhere inside a sentence and stays as written.
     */
    public ClinicalVoice learningWordsOf(String input) {
        Set<String> lower = new java.util.HashSet<>();
        Matcher word = LOWER_WORD.matcher(input);
        while (word.find()) {
            lower.add(word.group());
        }
        Matcher name = CAPITALISED_INSIDE.matcher(input);
        while (name.find()) {
            lower.remove(name.group().toLowerCase(Locale.ROOT));
        }
        commonWords = Set.copyOf(lower);
        return this;
    }

    private static final Pattern LOWER_WORD = Pattern.compile("\\b\\p{Ll}{3,}\\b");
    private static final Pattern CAPITALISED_INSIDE = Pattern.compile("(?<=[\\p{Ll},;] )\\p{Lu}\\p{Ll}{2,}\\b");

    /** {@link #lowerFirst}, and also a first word this input shows to be a common word. */
    private String commonFirst(String text) {
        String first = text.split("[^A-Za-z']", 2)[0];
        // "That'll be hard": the word before its contraction
        String stem = commonWords.contains(first.toLowerCase(Locale.ROOT)) ? first : first.replaceFirst("'.*$", "");
        if (stem.length() > 1 && Character.isUpperCase(stem.charAt(0)) && stem.substring(1).chars().allMatch(Character::isLowerCase)
                && (commonWords.contains(stem.toLowerCase(Locale.ROOT)) || CLINICAL.matcher(stem).matches())) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return lowerFirst(text);
    }

    /** Who {@code speaker} is in the note's words: "the client", or a relative who came along ("the client's mother"). */
    static String whoIs(String speaker) {
        Collateral collateral = collateral(speaker);
        return collateral == null ? "the client" : "the client's " + collateral.relation();
    }

    /** A parent, partner or other relative who speaks in the session: reported as such, never as the client. */
    private record Collateral(String relation, Pronouns pronouns) {
    }

    private static final Map<String, Collateral> COLLATERALS = Map.ofEntries(
            Map.entry("mom", new Collateral("mother", Pronouns.FeminineHer)),
            Map.entry("mum", new Collateral("mother", Pronouns.FeminineHer)),
            Map.entry("mother", new Collateral("mother", Pronouns.FeminineHer)),
            Map.entry("dad", new Collateral("father", Pronouns.MasculineHim)),
            Map.entry("father", new Collateral("father", Pronouns.MasculineHim)),
            Map.entry("parent", new Collateral("parent", Pronouns.NeutralThem)),
            Map.entry("guardian", new Collateral("guardian", Pronouns.NeutralThem)),
            Map.entry("caregiver", new Collateral("caregiver", Pronouns.NeutralThem)),
            Map.entry("grandmother", new Collateral("grandmother", Pronouns.FeminineHer)),
            Map.entry("grandma", new Collateral("grandmother", Pronouns.FeminineHer)),
            Map.entry("grandfather", new Collateral("grandfather", Pronouns.MasculineHim)),
            Map.entry("grandpa", new Collateral("grandfather", Pronouns.MasculineHim)),
            Map.entry("wife", new Collateral("wife", Pronouns.FeminineHer)),
            Map.entry("husband", new Collateral("husband", Pronouns.MasculineHim)),
            Map.entry("spouse", new Collateral("spouse", Pronouns.NeutralThem)),
            Map.entry("foster parent", new Collateral("foster parent", Pronouns.NeutralThem)),
            Map.entry("stepmother", new Collateral("stepmother", Pronouns.FeminineHer)),
            Map.entry("stepfather", new Collateral("stepfather", Pronouns.MasculineHim)),
            // an older client's grown children, siblings, a partner who came along
            Map.entry("daughter", new Collateral("daughter", Pronouns.FeminineHer)),
            Map.entry("son", new Collateral("son", Pronouns.MasculineHim)),
            Map.entry("sister", new Collateral("sister", Pronouns.FeminineHer)),
            Map.entry("brother", new Collateral("brother", Pronouns.MasculineHim)),
            Map.entry("partner", new Collateral("partner", Pronouns.NeutralThem)),
            Map.entry("aunt", new Collateral("aunt", Pronouns.FeminineHer)),
            Map.entry("uncle", new Collateral("uncle", Pronouns.MasculineHim)));

    /** Whether {@code speaker} is a relative who came along ("Mom", "Husband"), not the client. */
    static boolean isCollateral(String speaker) {
        return collateral(speaker) != null;
    }

    private static Collateral collateral(String speaker) {
        return speaker == null ? null : COLLATERALS.get(speaker.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:the |client's |pt's )", ""));
    }

    private final Map<String, ClinicalVoice> collateralVoices = new java.util.HashMap<>();
    private Map<String, ClinicalVoice> participantVoices = Map.of();

    /**
     * This voice, with a voice of its own for each participant of a joint session: each speaks of "I" with their own
     * pronouns ("I freeze" → "he freezes" for one partner, "I followed him" → "she followed him" for the other). The
     * note names them afterwards ({@link #naming}).
     */
    ClinicalVoice with(Participants participants) {
        Map<String, ClinicalVoice> voices = new java.util.HashMap<>();
        participants.pronouns().forEach((speaker, pronouns) -> {
            if (participants.named(speaker)) {
                ClinicalVoice own = new ClinicalVoice(clinician, pronouns, client, selfNoun);
                own.commonWords = commonWords;
                voices.put(speaker, own);
            }
        });
        if (participants.joint()) {
            ClinicalVoice both = new ClinicalVoice(clinician, Pronouns.NeutralThem, client, selfNoun);
            both.commonWords = commonWords;
            voices.put(BOTH_PARTICIPANTS, both);
        }
        participantVoices = Map.copyOf(voices);
        return this;
    }

    /** The key of the voice that speaks to all participants at once ("you" said to a couple: "they"). */
    static final String BOTH_PARTICIPANTS = "";

    /** The voice for a participant of a joint session ({@link #BOTH_PARTICIPANTS} for all of them), or this one. */
    ClinicalVoice participant(String speaker) {
        return speaker == null ? this : participantVoices.getOrDefault(speaker, this);
    }

    /**
     * {@code text}, written in this voice about the client, written about a named participant instead: "Client reports
     * that she ..." → "Maya reports that she ...", "When asked ..., the client answered ..." → "..., Maya answered ...";
     * about several ("Maya and Daniel"), a task given reads "Maya and Daniel were asked to ...". Quotations stay as said.
     */
    static String naming(String text, String name, boolean several) {
        Matcher seen = SEEN_OF.matcher(text);
        if (!several && seen.lookingAt()) {
            // "Therapist noticed his jaw tighten when Maya said ...": whose jaw, by name
            return text.substring(0, seen.start(1)) + name + "'s" + text.substring(seen.end(1));
        }
        Matcher given = GIVEN_ALONE.matcher(text);
        String subject = several && given.lookingAt() ? name + " were" : "";
        return subject + outsideQuotations(subject.isEmpty() ? text : text.substring(given.end()), part -> NOTE_CLIENT.matcher(part)
                .replaceAll(m -> Matcher.quoteReplacement(m.group().equals("Client's") || m.group().equals("client's") ? name + "'s" : name)));
    }

    private static final Pattern SEEN_OF = Pattern.compile("^[\\w.'-]+(?: [\\w.'-]+)? (?:noticed|observed that) (his|her|their) ");
    private static final Pattern GIVEN_ALONE = Pattern.compile("^Client was(?= (?:asked|instructed|advised|encouraged|reminded)\\b)");
    // ("Daniel said to the client: ...": the one spoken to is the client, in an individual session's note)
    private static final Pattern NOTE_CLIENT = Pattern.compile("(?<!said to )(?<!said to the )\\b(?:[Tt]he client|[Cc]lient(?:'s)?)\\b");

    /** The voice for what {@code speaker} says: the client's, or a relative's ("Client's mother reports that ..."). */
    ClinicalVoice voiceOf(String speaker) {
        Collateral collateral = collateral(speaker);
        if (collateral == null) {
            return this;
        }
        return collateralVoices.computeIfAbsent(speaker, s -> {
            ClinicalVoice relative = new ClinicalVoice(clinician, collateral.pronouns(), "Client's " + collateral.relation(),
                    "the " + collateral.relation());
            relative.commonWords = commonWords;
            return relative;
        });
    }

    /**
     * The voice for what the clinician says in the turn after {@code speaker}'s: to a relative who has just spoken, "you" is
     * the relative ("This week, when Sam wants to turn back, I'd like you to stay calm ..." → "Client's mother was
     * instructed ..."), and so is an imperative ("Try to stay calm and keep the conversation off food."); otherwise the
     * client. {@code onlyRelative} is the one relative who speaks in the session (or null): named with a title ("Mrs. Cohen,
     * for this week I'd like you to plate breakfast ..."), the clinician speaks to that relative, whoever spoke last.
     */
    /** Whether {@code text} opens by naming the client ("Jake, this week ...", "And Maya, when you feel scared ..."). */
    boolean addressesClientByName(String text) {
        // ("And Maya, when you feel scared at school, ...": the name after the "and")
        Matcher named = VOCATIVE.matcher(clean(text).replaceFirst("^(?:(?i:and|also|now|okay|ok|so|it is|it's|yes),?\\s+)+(?=[A-Z])", ""));
        return named.lookingAt() && !COMMON_STARTS.contains(named.group(1).toLowerCase(Locale.ROOT)) && voiceOf(named.group(1)) == this;
    }

    ClinicalVoice addressing(String speaker, String text, String onlyRelative) {
        if (onlyRelative != null && TITLED_VOCATIVE.matcher(clean(text)).lookingAt()) {
            return voiceOf(onlyRelative);
        }
        Matcher relativeNamed = VOCATIVE.matcher(clean(text));
        if (relativeNamed.lookingAt() && collateral(relativeNamed.group(1)) != null) {
            return voiceOf(relativeNamed.group(1)); // "Mom, check the calendar with him on Sundays.": said to the mother
        }
        ClinicalVoice to = voiceOf(speaker);
        if (to != this && relativeSpokenOf(text, collateral(speaker).relation())) {
            // "For this week, do the end of the block once a day, with mom at the door, ...": the mother spoken of, so not to her
            return this;
        }
        if (to != this && CRISIS_LINE_GIVEN.matcher(text).find() && !thirdPersonOfClient(text)) {
            // "And if it's too much, you can text HOME to 741741, or call or text 988.", after the mother's "You can always wake me
            // up, honey.": the lines are for the one at risk (it read "Client's mother was instructed to text HOME ...")
            return this;
        }
        if (to != this && to.pronouns != pronouns && (SECOND_PERSON.matcher(text).find() || IMPERATIVE_START.matcher(clean(text)).lookingAt()
                || TOLD_WHAT_TO_DO.matcher(clean(text)).find()) && thirdPersonOfClient(text)) {
            // to the sister who has just spoken, of the client: "If he ever says the voice is telling him to hurt himself ..., call
            // 988 or take him to the emergency room.", "Yes, please keep the risperidone at your place and give it to him each
            // night": what the relative is to do, though it is the client's medicine
            return to;
        }
        if (to == this || !SECOND_PERSON.matcher(text).find() && !IMPERATIVE_START.matcher(clean(text)).lookingAt()
                // "I give him prunes." ... "If you go more than three days without a bowel movement, or your stomach hurts or swells,
                // call us the same day.": the patient's body and medicine, whoever spoke last
                || PATIENTS_OWN.matcher(text).find() || DRUG.matcher(text).find()) {
            return this;
        }
        return addressesClientByName(text) ? this : to; // "Jake, this week I'd like you to ...": the client, by name
    }

    /** Whether {@code text} speaks of the relative of {@code relation} in the third person: "with mom at the door", "ask your dad". */
    private static boolean relativeSpokenOf(String text, String relation) {
        String words = COLLATERALS.entrySet().stream().filter(e -> e.getValue().relation().equals(relation)).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.joining("|"));
        // (not the vocative: "Mom, your job is ...")
        return Pattern.compile("(?<!^)(?<!^(?:and|so|now|okay|ok),? )\\b(?:" + words + ")\\b(?!,)", Pattern.CASE_INSENSITIVE)
                .matcher(clean(text)).find();
    }

    /** An instruction after what leads to it: "If he ever says ..., call 988", "Yes, please keep ...". */
    private static final Pattern TOLD_WHAT_TO_DO = Pattern.compile("^(?:if|when|whenever)\\b[^.]*?,\\s+(?:please\\s+)?(?:call|take|bring|keep|"
            + "give|text|contact|drive|stay|get)\\b|^(?:yes|yeah|okay|ok|sure|good),?\\s+(?:please\\s+)?(?:keep|give|hold|lock|take|bring|call|"
            + "check|make sure|stay)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether {@code text} speaks of the client in the third person, in this voice's pronouns ("take him", "give it to him"). */
    private boolean thirdPersonOfClient(String text) {
        return clientInThirdPerson.matcher(text).find();
    }

    private static final Pattern TASK_BESIDES = Pattern.compile("^(.{4,}?),\\s+((?:including|even|especially|also|day or night|"
            + "any time|anytime)\\b[^,]*?)\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PATIENTS_OWN = Pattern.compile("\\b(?:bowel movements?|stool softeners?|laxatives?|docusate|senna|your (?:stomach|bowels?|bladder|weight|blood "
            + "(?:pressure|sugar|count|levels?|test|draws?)|heart ?rate|pulse|dose|doses|medications?|meds|pills|prescription|labs?|"
            + "side effects)|you (?:take|took|are taking|'re taking|’re taking) (?:it|them|the \\w+|your)\\b|"
            // "I'd also like us to write a safety plan together today, ... and who you can call.", "I'd like you to see Dr. Hughes about
            // the sleep this week.", after the wife has spoken
            + "safety plan|\\bsee (?:dr\\.?|doctor) [\\w'-]+ about (?:the|your) \\w+)(?!.*\\byour (?:son|daughter|child|kid|teen|boy|girl|husband|"
            + "wife|partner|dad|father|mom|mother)\\b)", Pattern.CASE_INSENSITIVE);

    /** Two requests in one sentence, the second to someone named: "..., and Jordan, I'd like you to ...". */
    private static final Pattern TWO_ADDRESSED = Pattern.compile("^(.{12,}?),\\s+and\\s+((?:" + TITLE + " )?[A-Z][a-z]+,\\s+"
            + "(?i:i(?:'d|’d| would) like|i want|can you|could you|please)\\b.+)$");
    /** A task after its period and a comma, said as an imperative: "For this week, ride the train two stops past ...". */
    private static final Pattern PERIOD_THEN_TASK = Pattern.compile("^(?:(?:so|okay|ok|good|great|alright),?\\s+)?(" + TASK_PERIOD + "),\\s+"
            + "((?:ride|drive|walk|go|eat|sleep|stay|sit|visit|spend|plan|pick|talk|tell|ask|text|say|do|make|put|turn|get|leave|wake|"
            + "stand|look|listen|watch|play|bring|take|order|cook|join|invite|skip|stop|start|wear|"
            // "For this week, no smoking before class, ..."
            + "no (?=\\w+ing\\b|screens\\b|alcohol\\b|caffeine\\b|coffee\\b|naps\\b|weed\\b|phones?\\b))\\b.{6,})$", Pattern.CASE_INSENSITIVE);
    /** "Same time next week.": the next session, and what follows it. */
    // ("Same time next week, same room, lamp on.": where and how, kept)
    private static final Pattern SAME_TIME = Pattern.compile("^(?:(?:okay|ok|so|alright),?\\s+)?same time ((?:next week|on \\w+day|next \\w+day|"
            + "in two weeks)(?:,\\s+(?!(?:and|but|you|i|we|it|that|this|so|see)\\b)[^,]{2,30}){0,3})(?:,?\\s+and\\s+(.{8,}))?$", Pattern.CASE_INSENSITIVE);
    /** A second proposal, of something done together: "..., and I'd like us to make a safety plan together today." */
    private static final Pattern AND_TOGETHER = Pattern.compile("^(.{12,}?),\\s+and\\s+((?:i'd like us to|i’d like us to|i would like us to|"
            + "let's|let’s|let us)\\s.+)$", Pattern.CASE_INSENSITIVE);
    /** "For this week, I'd like the phone to charge in the kitchen at ten": a thing to be so, not a task said to "you". */
    private static final Pattern CLINICIAN_WANTS_DONE = Pattern.compile("^(?:(" + TASK_PERIOD + "),?\\s+)?(?:i(?:'d|’d| would)(?: also)? like|i (?:also )?want)\\s+"
            + "((?:the|his|her|their|your)\\s+(?!(?:you|yourself)\\b)[^,]{2,40}?\\s+to\\s+.+"
            // "I'd also like Raj to join us for part of the next session, so he can learn ...": someone named, to come
            + "|(?-i:\\p{Lu}\\p{Ll}+)(?<!\\bI)\\s+to\\s+(?:join|come|attend|sit in|be (?:here|there|part))\\b.+)$", Pattern.CASE_INSENSITIVE);

    /** "her to come and take you ...": a third person asked to do something, beside the client addressed as "you". */
    private static final Pattern OTHER_PERSON_TO = Pattern.compile("^(?:her|him|them)\\s+to\\s+(?=.*\\byou\\b)", Pattern.CASE_INSENSITIVE);

    /** "My impression is ...", "My working diagnosis is ...": the clinician's own reading, said aloud. */
    private static final Pattern MY_IMPRESSION = Pattern.compile("^(?:(?:so|okay|ok|overall),?\\s+)?my ((?:clinical |diagnostic |working )?"
            + "(?:impression|diagnosis|formulation))(?: today| here| at this point)? is(?: that)?\\s+(.{6,})$", Pattern.CASE_INSENSITIVE);
    /** A treatment named without a verb, as a recommendation: "Weekly therapy with me using CBT and motivational interviewing." */
    private static final Pattern TREATMENT_NAMED = Pattern.compile("^(?:weekly|biweekly|fortnightly|monthly|twice-weekly|individual|"
            + "group|family|couples)\\s+(?:individual\\s+|group\\s+|family\\s+)?(?:therapy|sessions|counseling|counselling|psychotherapy|"
            + "CBT|DBT|EMDR)\\b(?![^.]*\\b(?:is|are|was|were|has|have|had|helps?|helped|went|goes)\\b).*$", Pattern.CASE_INSENSITIVE);
    /** EMDR: the target named by the clinician, after a colon. */
    private static final Pattern TARGET_NAMED = Pattern.compile("^(?:(?:good|okay|ok|so|now|alright|all right)[.,]?\\s+)*"
            + "(?:we'll|we’ll|we will|let's|let’s|we're going to|we’re going to|today we'll|today we will)\\s+(?:go back to|return to|"
            + "continue with|work on|start with|pick up)\\s+(?:the|our|your)\\s+target\\b[^:]{0,40}:\\s*(.{8,})$", Pattern.CASE_INSENSITIVE);

    /** "you both", "both of you", "the two of you": said to the client and a relative together. */
    private static final String BOTH = "(?:you (?:both|two)|both of you|the two of you)";
    private static final Pattern BOTH_YOU = Pattern.compile("\\b" + BOTH + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH_TO = Pattern.compile("\\b" + BOTH + " to\\b", Pattern.CASE_INSENSITIVE);
    /** "No driving while you're at an eight or above.", "No screens after ten.": a limit the clinician sets. */
    private static final Pattern NO_DOING = Pattern.compile("^(?:and|also|so|okay|ok|but)?,?\\s*no (?:more )?((?:driving|drinking|using|smoking|vaping|"
            + "gambling|texting|checking|weighing|googling|napping|bingeing|purging|screens|caffeine|coffee|alcohol|naps|energy drinks|"
            + "phones?|social media|weed|cannabis)\\s+(?:while|when|after|before|until|during|for|on|if|in|at)\\b.{3,})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEE_HOW_IT_GOES = Pattern.compile("^(?:let's|let’s|we'll|we’ll) see how (?:it|that|this|the week) goes"
            + "(?: this week)?,?\\s+(?:and|then)\\s+(.{8,})$", Pattern.CASE_INSENSITIVE);
    /** "I'd like you and your wife to agree on a time-out signal": a task for the client with someone at home. */
    private static final Pattern YOU_AND_RELATIVE_TO = Pattern.compile("\\byou and your (wife|husband|partner|spouse|girlfriend|boyfriend|"
            + "mom|mother|dad|father|parents|son|daughter|kids|children|sister|brother|roommate|family)\\b(?= to\\b|,? (?:try|practi[cs]e|"
            + "agree|plan|schedule|spend|take|go|make|sit|talk|pick|choose|set|keep|use|do|write|read|walk|eat|play)\\b)", Pattern.CASE_INSENSITIVE);
    /** "Both of you practise the pause.", "And you two, keep the calendar on the fridge." */
    private static final Pattern BOTH_IMPERATIVE = Pattern.compile("^(?:(?:and|so|also),?\\s+)?" + BOTH + ",?\\s+"
            + "((?:also\\s+)?(?:practi[cs]e|try|keep|use|do|write|take|spend|plan|schedule|check|sit|talk|go|make|notice|agree|stay|put|"
            + "read|play|eat|walk|remember)\\b.+)$", Pattern.CASE_INSENSITIVE);

    /** Whether {@code text} is said to two people at once ("I'd like you both to try a pause"). */
    static boolean toBoth(String text) {
        return BOTH_YOU.matcher(text).find();
    }

    /**
     * Whether {@code text} is said to several people at once: "you both" ({@link #toBoth}), and "each of you", "either of
     * you", "any of you" ("Has either of you had any thoughts of ...?", "when either of you feels flooded").
     */
    static boolean toSeveral(String text) {
        return toBoth(text) || EACH_OF_YOU.matcher(text).find();
    }

    private static final Pattern EACH_OF_YOU = Pattern.compile("\\b(?:each|either|any|one) of you\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A task the clinician gave the client and the one relative in the room together: "Client was asked to try a pause"
     * becomes "Client and his mother were asked to try a pause".
     */
    String givenToBoth(String rendered, String relative) {
        Collateral with = collateral(relative);
        Matcher task = GIVEN_TASK.matcher(rendered);
        if (with == null || !task.lookingAt()) {
            return rendered;
        }
        return client + " and " + pronouns.possessive() + " " + with.relation() + " were " + rendered.substring(task.end());
    }

    /** Who a task was given to, as this voice writes it: "Client was", "Client's mother was", "Client and his mother were". */
    static final String GIVEN_TO = "Client(?:'s [a-z-]+| and (?:his|her|their) [a-z-]+)? (?:was|were)";
    private static final Pattern GIVEN_TASK = Pattern.compile("^Client(?:'s [a-z-]+)? was (?=(?:asked|instructed|advised|encouraged)\\b)");

    /** "Mrs. Cohen, ...": an adult addressed by title and surname. */
    private static final Pattern TITLED_VOCATIVE = Pattern.compile("^" + TITLE + " [A-Z][a-z]+(?:-[A-Z][a-z]+)?,\\s+");
    /** A task or advice said without "you": "Try to stay calm ...", "And please check in on her at night ...". */
    private static final Pattern IMPERATIVE_START = Pattern.compile("^(?:(?:and|also|so)\\s+)?(?:please\\s+)?(?:try|keep|stay|check|"
            + "make sure|remember|sit|give|plate|serve|praise|ignore|bring|drive|remind|set|put|avoid|stop|start|continue|write|track|"
            + "watch|let (?:her|him|them))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * In a list of tasks, one for someone named and said without a verb: "Mom, Sunday check-in with the calendar, ten
     * minutes max." is "Task for client's mother: Sunday check-in ...". Empty unless it opens by naming a relative.
     */
    static Optional<String> namedTask(String text) {
        String plain = clean(text);
        Matcher named = NAMED_FIRST.matcher(plain);
        if (!named.lookingAt() || collateral(named.group(1)) == null) {
            return Optional.empty();
        }
        String task = plain.substring(named.end());
        return Optional.of("Task for client's " + collateral(named.group(1)).relation() + ": " + task);
    }

    private static final Pattern NAMED_FIRST = Pattern.compile("^((?:" + TITLE + " )?[A-Z][a-z]+),\\s+(?=\\S)");

    /** The note's "Client" as a general practice note says it: "Patient reports ...", "the patient's mother". */
    static String asPatient(String text) {
        return outsideQuotations(text, part -> PERSON.matcher(part).replaceAll(m -> m.group().charAt(0) == 'C' ? "Patient" : "patient"));
    }

    private static final Pattern PERSON = Pattern.compile("\\b[Cc]lient(?=\\b)");

    /** "client's mother" for a relative who speaks in the session ("Mom:"), or null for the client. */
    static String relativeNamed(String speaker) {
        Collateral relative = collateral(speaker);
        return relative == null ? null : "client's " + relative.relation();
    }

    /**
     * What the client says to a relative who has just spoken, with "you" in it ("Because you put butter on it without
     * asking."): quoted as said to the relative, not reported with a "you" that would read as the clinician.
     */
    Optional<String> saidToRelative(String speaker, String text) {
        Collateral relative = collateral(speaker);
        String plain = clean(text);
        if (relative == null || !saysYou(plain)) {
            return Optional.empty();
        }
        return Optional.of(client + " said to " + pronouns.possessive() + " " + relative.relation() + ": " + quote(plain));
    }

    /**
     * What the client says to another participant of a joint session, with "you" in it ("I didn't know you were
     * scared."): quoted as said to them ("Client said to Daniel: ...", which the note then names).
     */
    Optional<String> saidTo(String participant, String text) {
        String plain = clean(text);
        if (!saysYou(plain)) {
            return Optional.empty();
        }
        return Optional.of(client + " said to " + participant + ": " + quote(plain));
    }

    /** Whether {@code text} speaks to someone: a "you" other than the fillers "you know" and "you see". */
    static boolean saysYou(String text) {
        return SECOND_PERSON.matcher(YOU_FILLER.matcher(text).replaceAll("")).find();
    }

    private static final Pattern YOU_FILLER = Pattern.compile("\\byou (?:know|see)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern SECOND_PERSON = Pattern.compile("\\byou(?:r|rs|rself|'re|’re|'ll|’ll|'d|’d|'ve|’ve)?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SESSION_KIND_ALONE = Pattern.compile("^(?:(?:initial|first|new (?:client|patient)|annual|routine)\\s+)?"
            + "(?:intake|intake (?:session|assessment|appointment|visit|note)|(?:diagnostic |psychiatric |biopsychosocial )?(?:assessment|evaluation)"
            + "|progress note|follow-up(?: visit| session| appointment)?|f/u(?: visit)?)[.:]?$", Pattern.CASE_INSENSITIVE);

    public Optional<String> render(InputReader.Unit unit) {
        String text = unit.role() == Role.NOTES ? unit.text().replaceAll("\\s+", " ").strip() : clean(unit.text());
        if (text.isEmpty() || isBackchannel(text)) {
            return Optional.empty();
        }
        return switch (unit.role()) {
            // "Initial intake.": what kind of session it is, which the note's own heading says
            case NOTES -> SESSION_KIND_ALONE.matcher(text).matches() ? Optional.empty() : Optional.of(sentence(notes(text)));
            // a short answer to a question about something ("High blood pressure.") is kept; short talk otherwise is not
            // ... and so is a short statement of how the client feels ("I feel hopeless.", "I can't sleep.")
            // "I can try.", answering "For this week, could you try ...?": the client's response to what was proposed
            case CLIENT -> !unit.isQuestion() && unit.question() != null && voiceOf(unit.speaker()) == this
                    && PROPOSAL_CHECK.matcher(unit.question()).find() && ACKNOWLEDGEMENT.matcher(text).find()
                    ? Optional.of(answered(unit.question(), text))
                    : unit.isQuestion() || ACKNOWLEDGEMENT.matcher(text).find() || EMPTY_ANSWER.matcher(text).matches()
                    ? Optional.empty()
                    // "Maybe a six.": a short answer is kept with the question it answers, in both speakers' words
                    // (a reply to a task set, "I'll do it in my room after class", is no answer to a question)
                    : unit.question() != null && !taskSet(unit.question()) && voiceOf(unit.speaker()) == this
                            && (unit.topic() == null || !IN_OWN_WORDS.contains(unit.topic()))
                            && (needsItsQuestion(text) || aboutSomeoneElse(text) || ANAPHORIC_COUNT.matcher(text).lookingAt()
                                || ANSWER_THAT.matcher(CONJUNCTION_START.matcher(text).replaceFirst("")).lookingAt()
                                || missesItsTopic(unit.question(), text) || namesItsMedicineAsIt(unit.question(), text)
                                || namesItsPersonAsHeOrShe(unit.question(), text)
                                || RATING_ASKED.matcher(unit.question()).find() && InputReader.words(text) <= 12)
                            ? Optional.of(answered(unit.question(), text))
                    : InputReader.words(text) < (unit.topic() != null || SHORT_BUT_CLINICAL.matcher(text).find() ? 2 : MINIMUM_CLIENT_WORDS)
                    ? Optional.empty()
                    // "On Sunday he kept saying I should walk in front of the bus. That I'm garbage and I deserve it.": what was said,
                    // said on in a sentence of its own, is quoted (it read "he is garbage and he deserves it")
                    : unit.question() == null && ANSWER_THAT.matcher(CONJUNCTION_START.matcher(text).replaceFirst("")).lookingAt()
                            && !DEMONSTRATIVE_THAT.matcher(text).lookingAt()
                    ? Optional.of(client + " stated: " + quoteSaid(text))
                    // the target, the negative and the positive cognition are documented in the client's own words
                    : unit.topic() != null && IN_OWN_WORDS.contains(unit.topic()) ? Optional.of(client + " stated: " + quoteSaid(text))
                    : Optional.of(sentence(voiceOf(unit.speaker()).clientSpeech(text)));
            // ("Rate your anxiety from zero to a hundred before we start.": asked, and quoted with its answer)
            case CLINICIAN -> InputReader.asksForRating(text) ? Optional.empty() : clinicianSpeech(text)
                    // "So there are moments where you wish it would be over quickly, but no thoughts of doing anything to
                    // yourself.": the client's words summed up ("So" is gone from the cleaned text)
                    .map(said -> SUMMING_UP.matcher(unit.text().strip()).lookingAt() && SECOND_PERSON.matcher(text).find()
                            ? said.replaceFirst("^(" + Pattern.quote(clinician) + ") stated that ", "$1 reflected that ") : said)
                    .map(ClinicalVoice::sentence);
        };
    }

    static final String ANSWERED = "When asked ";

    /** "Hey Maya, how was your week?": the greeting and the name addressed. */
    // ("Good. You're not having those thoughts now?": the acknowledgement of the answer before is not part of the question)
    private static final Pattern GREETING = Pattern.compile("^(?:(?i:good|great|okay|ok|alright|all right|right|thanks|thank you|got it|"
            + "i see|mm-hmm)[.!]\\s+(?=[A-Z]))?(?:(?i:hey|hi|hello|so|okay|ok|alright|well)\\s*,?\\s+)?(?:[A-Z][a-z]+,\\s+)?(?=\\S)");

    /** "A glass of wine most nights to help me sleep.": an answer whose first words are no subject and verb. */
    private static final Pattern SUBJECTLESS_ANSWER = Pattern.compile("^(?:a|an|some|about|maybe|probably|just|only|mostly|usually|"
            + "around|roughly|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?!(?:i|we|he|she|they|it|you)\\b)\\S+\\s+"
            + "(?!(?:i|we|he|she|they|it|you)\\b)\\S+", Pattern.CASE_INSENSITIVE);

    /** "Kind of like I might cry.", answering "How do you feel hearing that?": what it is like, without what "it" is. */
    // (not "Like when I'm giving her a bath, I get this picture of her slipping under the water.": an example, said whole)
    private static final Pattern LIKENED = Pattern.compile("^(?:kind of|sort of|a (?:bit|little)|more) like (?:i|i'm|i’m|i was|i'd|i’d|"
            + "someone|somebody|a|an|the|being)\\b", Pattern.CASE_INSENSITIVE);

    /** An answer that says little without its question: a fragment, a bare yes or no, a few words without a subject. */
    private static boolean needsItsQuestion(String text) {
        String plain = CONJUNCTION_START.matcher(text).replaceFirst("");
        return InputReader.words(plain) < MINIMUM_CLIENT_WORDS || FRAGMENT_ANSWER.matcher(plain).matches()
                || YES_NO_ANSWER.matcher(plain).lookingAt() || SUBJECTLESS_ANSWER.matcher(plain).lookingAt() || medicineAlone(plain)
                || LIKENED.matcher(plain).lookingAt()
                || subordinateAlone(plain);
    }

    /** {@link #SUBORDINATE_ALONE}, after any "And", "But", "So". */
    static boolean subordinateAlone(String text) {
        String plain = CONJUNCTION_START.matcher(text).replaceFirst("");
        // ("When it's just one after another you don't count.": a second subject opens the main clause; not one after "and":
        // "When I'm on the third beer and I start going over the last day at the plant." is one condition of two parts)
        return SUBORDINATE_ALONE.matcher(plain).matches() && CLAUSE_SUBJECT.matcher(plain).results().count() < 2;
    }

    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("\\b(?:I|(?i:you|he|she|we|they))\\b(?!['’]s\\b)|"
            + "\\b(?i:it)(?:['’]s| is| was| \\w+s)\\b|\\b(?i:that|there)['’]s\\b");
    /** A subject that may open a clause of its own: not one joined by "and" or "or" to the clause before. */
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile("(?<!\\b(?i:and|or)\\s{1,3})(?:" + SUBJECT_PRONOUN.pattern() + ")");

    /** "And if I've had more than a couple of beers.", answering "What are some signs ...?": a condition without its clause. */
    // ("If Tom dropped me at the side entrance, where there's a ramp.", answering "What would make that doable?")
    private static final Pattern SUBORDINATE_ALONE = Pattern.compile("^(?:if|when|whenever|because|unless|once|until|since)\\b[^,;:]*"
            + "(?:, (?:where|which|when|who)\\b[^,;:]*)?$", Pattern.CASE_INSENSITIVE);

    /**
     * "Bupropion for a couple of months last year.", answering "Any other medications you've tried?": a medicine named
     * without a subject or a verb (it read "Client reports that Bupropion for a couple of months last year").
     */
    private static boolean medicineAlone(String text) {
        String first = text.split("[,.;:!?]", 2)[0];
        return DRUG.matcher(first).lookingAt() && InputReader.words(first) <= 14 && !SUBJECT_OR_VERB.matcher(first).find();
    }

    /**
     * A self-rating asked for: "On a scale from zero to ten, how satisfied are you ...?", "How much do you believe the stuck
     * point now, from zero to one hundred percent?". One test for the voice (the answer
     * keeps its question), the placement (the client's report) and the ranking (kept before longer reports).
     */
    static final Pattern RATING_ASKED = Pattern.compile("\\b(?:on a scale|scale (?:of|from)|how would you rate|rate your|rating|"
            + "out of (?:ten|10|five|5|a hundred|100)|from (?:zero|0|one|1) to (?:ten|10|a hundred|one hundred|100)|percent)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What a short answer may leave to its question: "How has your sleep been?" "I'm getting maybe five hours." */
    private static final Pattern ASKED_TOPIC = Pattern.compile("\\b(sleep|appetite|energy|mood|eating|concentration|focus|motivation|"
            + "anxiety|pain|weight|drinking|nightmares|headaches|cravings|urges)\\b", Pattern.CASE_INSENSITIVE);

    /** A short answer that does not name what was asked about, which the question then has to say. */
    private static boolean missesItsTopic(String question, String answer) {
        Matcher topic = ASKED_TOPIC.matcher(question);
        if (!topic.find() || InputReader.words(answer) > 8) {
            return false;
        }
        String stem = topic.group(1).toLowerCase(Locale.ROOT).substring(0, Math.min(4, topic.group(1).length()));
        return !answer.toLowerCase(Locale.ROOT).contains(stem) && !(stem.equals("slee") && answer.matches("(?i).*\\bslept\\b.*"));
    }

    /**
     * "Are you still taking the naltrexone Dr. Ortiz prescribed?" "I stopped it about a month ago ...": the medicine is
     * the question's, the answer says "it" (it had read "Client reports that he stopped it about a month ago").
     */
    private static boolean namesItsMedicineAsIt(String question, String answer) {
        return InputReader.words(answer) <= 25 && DRUG.matcher(question).find() && !DRUG.matcher(answer).find()
                && IT_OR_THEM.matcher(answer).find();
    }

    // ("At first it was great.", answering "How did the sertraline work for you?")
    /**
     * "How are things with your husband?" "He's supportive, he's just exhausted too.": the person is the question's, the
     * answer says "he" (it read "She states that he's supportive").
     */
    private static boolean namesItsPersonAsHeOrShe(String question, String answer) {
        return InputReader.words(answer) <= 25 && OPENS_WITH_HE_OR_SHE.matcher(answer).lookingAt() && PERSON_ASKED.matcher(question).find();
    }

    private static final Pattern OPENS_WITH_HE_OR_SHE = Pattern.compile("^\\W*(?:(?:yeah|well|honestly|oh),?\\s+)?(?:he|she)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON_ASKED = Pattern.compile("\\byour " + ClinicalVoice.PERSON_NOUN + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern IT_OR_THEM = Pattern.compile("\\b(?:it|them)\\b", Pattern.CASE_INSENSITIVE);

    /** A word ending like a past tense that is one, not a noun: "weed", "speed", "bed", "need". */
    private static final String PAST_TENSE = "(?!(?:weed|speed|seed|greed|bed|red|tweed|need)\\b)\\w+ed";

    private static final Pattern SUBJECT_OR_VERB = Pattern.compile("\\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|we|he|she|they|"
            // ("Sometimes a couple of whiskeys after that.", "All of it, the boat too.": the object of a preposition)
            + "(?<!\\b(?:of|to|for|with|about|at|from|after|before|like|than) )(?:it|this|that)"
            // (not a time: "Forty-some messages this week.")
            + "(?! (?:week|weekend|morning|afternoon|evening|month|year|time|past|semester|summer|winter|spring|fall)\\b)|it's|"
            + "you|there|me|is|are|was|were|am|be|been|have|has|had|do|does|did|don't|didn't|can|could|will|would|"
            + "should|get|got|go|goes|went|make|made|feel|felt|think|want|need|like|eat|ate|drink|drank|sleep|slept|take|took|"
            + "see|saw|say|said|try|tried|keep|kept|know|knew|come|came|live|(?<!\\b(?:at|to|from|after|before|for|of) )work|use|let|put|"
            // (not the nouns that end like a past tense: "Weed a few times on weekends.")
            + PAST_TENSE + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * An answer that opens with a list or a noun phrase and no subject or verb: "Black coffee in the morning, maybe an
     * apple at lunch, and then dinner ...", "Straight A's, but I'm exhausted": it says nothing without its question.
     */
    static boolean opensWithoutSubjectOrVerb(String text) {
        if (YES_NO_ANSWER.matcher(text).lookingAt() || FILLER_START.matcher(text).lookingAt()) {
            return false; // "No, he has never said anything like that.": the subject comes after the no
        }
        String first = CONJUNCTION_START.matcher(text).replaceFirst("").split("[,.;:!?]", 2)[0];
        if (PREPOSITION_LED.matcher(first).lookingAt() && !ANY_SUBJECT.matcher(text).find()) {
            return true; // "About work, about my mom's health, about money.": what the sentence before was about
        }
        if (COMPARISON_LED.matcher(first).lookingAt()) {
            return true; // "Better than I expected for the first three days.", answering "How did that go?"
        }
        if (GERUND_LED.matcher(first).lookingAt() && !FINITE_VERB.matcher(first).find()) {
            return true; // "Walking in through the side door before the bell, when it's quiet.", answering "What feels like a four?"
        }
        if (CLAUSE_ALONE.matcher(text).lookingAt() && text.indexOf(',') < 0 && InputReader.words(text) <= 12) {
            return true; // "Whether we'll have to sell the house.", "Like calling the pension office.": part of the sentence before
        }
        if (SUBORDINATE_LED.matcher(text).lookingAt() && text.indexOf(',') < 0 && InputReader.words(text) <= 10
                && PERSONAL_SUBJECT.matcher(text).results().count() <= 1) {
            return true; // "When my cousin said let's go.", "Because I was scared.": the answer's clause, its main clause the question's
        }
        if (medicineAlone(first)) {
            return true; // "Bupropion for a couple of months last year."
        }
        if (InputReader.words(first) <= 12 && HOW_OFTEN.matcher(first).find() && !SUBJECT_OR_VERB.matcher(first).find()) {
            return true; // "Weed a few times on weekends with friends.": what, and how often, answering what was asked
        }
        Matcher named = NAMED_THEN_BUT.matcher(text);
        if (named.lookingAt() && !SUBJECT_OR_VERB.matcher(named.group(1)).find() && !named.group(1).contains("'")) {
            return true; // "And my friend group from the South Asian student association, but I've been avoiding them.": who else, to "Who do you have?"
        }
        if (DETERMINER_LED.matcher(text).lookingAt() && NOUNS_LISTED.matcher(text).find() && text.indexOf(',') < 0
                && InputReader.words(text) <= 14 && !SUBJECT_OR_VERB.matcher(text).find() && !text.contains("'") && !text.contains("’")) {
            return true; // "The oxycodone from my back surgery and the sleeping pills.": what "my pills" are, said after them
        }
        return !first.isBlank() && InputReader.words(first) <= 7 && !SUBJECT_OR_VERB.matcher(first).find();
    }

    /** "And my friend group from ..., but ...": a thing or person named without a verb, then a clause about it. */
    private static final Pattern NAMED_THEN_BUT = Pattern.compile("^(?:and |or |plus )?((?:my|the|our) [^,]{3,80}), (?:but|though|although)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "... and the sleeping pills": things named one after another (a verb the list of verbs misses, "sends", has none). */
    private static final Pattern NOUNS_LISTED = Pattern.compile("\\b(?:and|or) (?:the|my|some|a|an|his|her)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETERMINER_LED = Pattern.compile("^(?:the|my|both|just|only) \\w+", Pattern.CASE_INSENSITIVE);

    private static final Pattern HOW_OFTEN = Pattern.compile("\\b(?:(?:a few|a couple(?: of)?|several|\\d+|two|three|four|five) times|"
            + "twice|once|every (?:day|night|morning|evening|week|weekend|other day)|(?:on|most) (?:weekends|days|nights)|"
            + "(?:a|per) (?:day|night|week|month))\\b", Pattern.CASE_INSENSITIVE);

    /** A gerund opening a sentence: "Going to homeroom and sitting in my seat." */
    private static final Pattern GERUND_LED = Pattern.compile("^(?:just\\s+|maybe\\s+|probably\\s+)?[a-z]+ing\\b(?<!\\b(?:thing|nothing|something|"
            + "anything|everything|morning|evening|ceiling|king|ring|spring|string|wing|sibling|wedding|building|meeting|feeling|"
            + "during|bring|sing|sting|swing))", Pattern.CASE_INSENSITIVE);
    /** A verb that makes a gerund the subject of a sentence: "Going to the gym helped a lot." */
    private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:is|was|are|were|has|have|had|helps|helped|makes|made|feels|felt|"
            + "seems|seemed|gets|got|gives|gave|takes|took|keeps|kept|calms|calmed|works|worked|does|did|can|could|will|would|might|"
            + "should|must|" + PAST_TENSE + ")\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A subordinate clause: "When my cousin said let's go." (without a second subject no main clause follows it). Not
     * "before" nor "since": "Before I was getting three a week." is an adverb and a sentence.
     */
    private static final Pattern SUBORDINATE_LED = Pattern.compile("^\\W*(?:because|'cause|cause|when|until|unless|while)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSONAL_SUBJECT = Pattern.compile("\\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|we|he|she|they|you|it)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A clause that leans on the sentence before: "Whether we'll ...", "Like calling ...", "Such as the pension". */
    private static final Pattern CLAUSE_ALONE = Pattern.compile("^\\W*(?:and |or )?(?:whether|like|such as|including)\\s",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COMPARISON_LED = Pattern.compile("^(?:(?:much|a lot|way|a little|a bit|even|kind of|somewhat|"
            + "slightly)\\s+)?(?:better|worse|harder|easier|calmer|busier|quieter|longer|shorter|more|less)\\s+than\\b",
            Pattern.CASE_INSENSITIVE);

    // ("After the IED in 2019.", answering "When did this start?")
    private static final Pattern PREPOSITION_LED = Pattern.compile("^(?:about|with|for|from|over|because of|especially|mostly|mainly|"
            + "(?:after|before|since|during|until) (?:the|a|an|my|that|last)(?= ))\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_SUBJECT = Pattern.compile("\\b(?:I|I'm|I've|I'd|I'll|he|she|they|we|you|it|it's|there|that's)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The client's words of a sentence written by {@link #answered}, or the sentence itself. */
    static String answerOf(String text) {
        int answered = text.startsWith(ANSWERED) ? text.lastIndexOf(ANSWER_OPENS) : -1;
        return answered < 0 ? text : text.substring(answered);
    }

    private static final String ANSWER_OPENS = ", the client answered \u201C";

    /** An answer given through an interpreter, so written ({@link #answerOf} still finds it). */
    static String throughInterpreter(String answered) {
        int opens = answered.lastIndexOf(ANSWER_OPENS);
        return opens < 0 ? answered : answered.substring(0, opens) + ", through the interpreter" + answered.substring(opens);
    }

    /** "Would you be willing to try that before our next session, telling her ...?", "If those thoughts changed, would you call me?" */
    // ("And about the vaping, would you be willing to keep track of ...?": what it is about, named first)
    private static final Pattern WILLING_TO = Pattern.compile("^(?:(?:so|and|okay|ok|then|also),?\\s+)?"
            + "(?:(?:about|as for|with|regarding) ((?:the |your )?[\\w'’-]+(?: [\\w'’-]+){0,3}),\\s*)?(?:(if|when|whenever)\\s+([^?]+?),\\s*)?"
            + "(?:(?:would|are) you (?:also |still )?(?:be )?(?:willing|open) to|(?<=, )would you(?= (?:call|text|reach out|contact|use|go|come|"
            + "tell (?!me\\b)|let|get|ask)\\b))\\s+(?!(?:tell me|talk|say|share|describe|explain|me|us)\\b)([^?]{12,})\\?$",
            Pattern.CASE_INSENSITIVE);
    /** "Could you pack a lunch the night before?": a step asked for (not "Could you tell me more?", "Can you rate it?"). */
    private static final Pattern COULD_YOU = Pattern.compile("^(?:(?:so|and|okay|ok|then|also),?\\s+)?(?:could|can) you (?:also |maybe )?"
            + "(?!(?:tell|talk|say|share|describe|explain|rate|give me|walk me|show me|hear|see|remember|think of|imagine|picture|close|"
            + "notice|bring up|go back|stay|breathe|take a)\\b)([^?]{12,})\\?$", Pattern.CASE_INSENSITIVE);
    /** "take the pills and put them outside your front door", "give the gun to your brother": lethal means put out of reach. */
    private static final Pattern MEANS_PUT_AWAY = Pattern.compile("\\b(?:pills|medications?|meds|tablets|guns?|firearms?|rifles?|pistols?|"
            + "knives|blades?|razors?|rope)\\b[^?]*\\b(?:outside|out of|away|to (?:your|a|the|my) \\w+|locked|lock (?:it|them) up|"
            // "First thing, can you put the blade in the drawer and close it while we talk?"
            + "in (?:the|a) drawer)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Yeah, I can do that.", "I could, yes.": taking a step on, not an "okay" to an instruction in the room. */
    private static final Pattern I_CAN = Pattern.compile("^(?:(?:yes|yeah|yep|sure|okay|ok|definitely)[.,!]?\\s*)?i(?: can| could| will|'ll|’ll)"
            + "(?: do that| do it| try(?: that)?| commit(?: to (?:that|it|this|tonight|today|this week))?)?[.!]?$", Pattern.CASE_INSENSITIVE);
    /** "Can you do that?", "Would you be willing to try that?": agreement asked to the task the sentence before set. */
    private static final Pattern DO_THAT = Pattern.compile("^(?:(?:so|and|okay|ok),?\\s+)?(?:can|could|will|would) you (?:be willing to |be up for )?"
            + "(?:do|try) (?:that|this|it)(?: this week)?\\?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_FIRST = Pattern.compile("^\\W*(?:no|nope|not|i can't|i cannot|i won't)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WILL_TRY = Pattern.compile("\\bi(?:'ll|’ll| will| can| could) try\\b", Pattern.CASE_INSENSITIVE);
    /** An answer that is only a yes: "Yeah. I'll try.", "Yes, I would.", "Okay." */
    private static final Pattern ONLY_A_YES = Pattern.compile("^(?:(?:yes|yeah|yep|yup|sure|okay|ok|alright|all right|definitely|absolutely|"
            + "of course|i will|i would|i'll try|i’ll try|i can try(?: that)?|i can do that|i could do that|i'll do (?:that|it)|"
            + "i’ll do (?:that|it)|i can|that's fine|that’s fine|i'd be willing|i’d be willing|i'm willing|i’m willing|"
            // "Yes. I'll call.", to "... call me or 988. Can you do that?"
            + "i(?:'ll|’ll| will) call(?: you| 988| the line)?)[.,!]?\\s*)+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * What the client agreed to, when the answer to "Would you be willing to ...?" is a plain yes: "Client agreed to try
     * that before the next session, telling her one honest thing ..." (the question and its "Yeah. I'll try." quoted said it
     * at length, and read as the client's report).
     */
    Optional<String> agreedTo(String speaker, String question, String answer) {
        // ("Ms. Delgado, could you help ...?" "Yes, I can do that.": "Client's mother agreed to help ...")
        return voiceOf(speaker).agreedTo(question, answer);
    }

    Optional<String> agreedTo(String question, String answer) {
        // ("Ms. Delgado, could you help by making the kitchen table available ...?": the name addressed is not the step)
        String asked = withoutVocative(lastSentence(question));
        if (DO_THAT.matcher(asked).matches() && taskSetBefore(question) && !NO_FIRST.matcher(answer).lookingAt()
                && java.util.Arrays.stream(answer.strip().split("(?<=[.!])\\s+"))
                        .anyMatch(said -> I_CAN.matcher(said).matches() || ONLY_A_YES.matcher(said).matches())) {
            // "For this week, I'd like you to try cutting the beer back to two on work nights ... Can you do that?" "Two beers. I can
            // try that.": the task is charted from the sentence that set it; the answer agrees to it, in the client's words
            return Optional.of(client + " agreed" + (WILL_TRY.matcher(answer).find() || asked.matches("(?i).*\\btry\\b.*") ? " to try it" : " to do so")
                    + (ONLY_A_YES.matcher(answer.strip()).matches() ? "" : ": " + quote(answer.strip())));
        }
        Matcher could = COULD_YOU.matcher(asked);
        // ("Could you take them over to Dale tonight, on your way home?" "Yeah. I'll do that. He'll ask why, though.": the yes and
        // the step taken on, then a worry of its own)
        String[] sentences = answer.strip().split("(?<=[.!])\\s+", 3);
        boolean yesThenICan = I_CAN.matcher(sentences[0]).matches() || sentences.length > 1 && ONLY_A_YES.matcher(sentences[0]).matches()
                && I_CAN.matcher(sentences[0] + " " + sentences[1]).matches();
        if (could.matches() && (I_CAN.matcher(answer.strip()).matches() || yesThenICan)) {
            // "Could you pack a lunch the night before?" "Yeah, I can do that.": a step the client takes on
            // ("Can you commit to not cutting tonight?" "Yeah. I can commit to tonight.": "Client committed to not cutting tonight")
            String step = secondToThird(could.group(1));
            return Optional.of(step.startsWith("commit to ") ? client + " committed" + step.substring("commit".length())
                    : client + " agreed to " + step);
        }
        Matcher willing = WILLING_TO.matcher(asked);
        boolean committed = willing.matches() && committedStep(answer);
        if (!willing.matches() || !ONLY_A_YES.matcher(answer.strip()).matches() && !committed) {
            return Optional.empty();
        }
        String about = willing.group(1) == null ? "" : ", regarding " + secondToThird(willing.group(1)) + ",";
        String occasion = willing.group(2) == null ? "" : " " + willing.group(2).toLowerCase(Locale.ROOT) + " " + secondToThird(willing.group(3));
        // "I can try." agrees to try ("Client agreed to try to stop the whiskey ...")
        String step = secondToThird(willing.group(4));
        String trying = WILL_TRY.matcher(answer).find() && !step.startsWith("try ") ? "try to " : "";
        // ("Would you be willing to have the pistol stored with your brother, or at the gun shop ...?" "My brother would hold it.":
        // agreed, and how, in the client's words)
        return Optional.of(client + " agreed" + about + " to " + trying + step + occasion + (committed ? ": " + quote(answer.strip()) : ""));
    }

    /**
     * Whether the sentence before the question's last sets the client a task ("For this week, I'd like you to try cutting the
     * beer back ... Sam, can you do that?": the sentences split as {@link #lastSentence} splits them, whatever the vocative).
     */
    private boolean taskSetBefore(String question) {
        String[] sentences = question.strip().split("(?<=[.?!])\\s+");
        return sentences.length > 1 && clinicianSpeech(sentences[sentences.length - 2])
                .filter(task -> task.startsWith(client + " was asked") || task.startsWith(client + " was instructed")).isPresent();
    }

    /** Whether {@code answer} is only a yes: "Yeah.", "I'll try.", "Yes, I would." */
    static boolean onlyAYes(String answer) {
        return !answer.isBlank() && ONLY_A_YES.matcher(answer.strip()).matches();
    }

    /** Whether {@code answer} opens with a yes said as the step taken ("My brother could keep it. He has a safe."). */
    static boolean committedStep(String answer) {
        String[] sentences = answer.strip().split("(?<=[.!])\\s+", 3);
        // ("My brother-in-law has a gun safe. I can drop it off tonight.": where it will be kept, then the step)
        return COMMITTED.matcher(sentences[0]).matches()
                || sentences.length > 1 && SAFE_PLACE.matcher(sentences[0]).matches() && COMMITTED.matcher(sentences[1]).matches();
    }

    private static final Pattern SAFE_PLACE = Pattern.compile("^(?:(?:my|our) [\\w'’-]+(?: [\\w'’-]+)?|s?he|they) (?:has|have|'s got|’s got|got) "
            + "(?:a |an )?(?:gun safe|safe|lockbox|lock box|locked cabinet|gun cabinet)[.!]?$", Pattern.CASE_INSENSITIVE);

    /** A yes said as the step taken: "My brother would hold it.", "I can take it over Saturday." */
    private static final Pattern COMMITTED = Pattern.compile("^(?:(?:yes|yeah|okay|ok|sure)[.,!]?\\s*)?(?:(?:my|our) [\\w'’-]+(?: [\\w'’-]+)? "
            + "(?:would|could|can|will) (?:(?:hold|keep|take|store|look after|lock up|hang on to) (?:it|them|onto it|on to it)|do that)|i (?:can|could|will|'ll|’ll) "
            + "(?:take|bring|drop|give|move|hand) (?:it|them)(?: [\\w'’-]+){0,4}|"
            // "I suppose he could take the pistol.", asked to let the son take it home
            + "(?:i suppose |i guess )?(?:he|she|they) (?:could|can|would|will) (?:hold|keep|take|store|look after|lock up) "
            + "(?:it|them|the [\\w'’-]+))[.!]?$", Pattern.CASE_INSENSITIVE);

    /** "That's a lot of triggers stacked up at once.", "Those are all signs of burnout.": what a list before it is. */
    private static final Pattern LIST_NAMED = Pattern.compile("^(?:that's|that’s|that is|those are|these are|that's all|those are all)\\s+(.{6,}?)[.!]?$",
            Pattern.CASE_INSENSITIVE);
    /** A subject and its verb in a clause: what a list of things has not ("the eviction notice, no sleep, money in your pocket"). */
    private static final Pattern A_CLAUSE = Pattern.compile("\\b(?:sounds?|seems?|looks?|feels?) like\\b|\\b(?:is|are|was|were)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_SUBJECT = Pattern.compile("\\b(?:i|you|he|she|they|we|it|there|this|that)(?:'\\w+|’\\w+)?\\s+(?!\\w+ing\\b)\\w+",
            Pattern.CASE_INSENSITIVE);

    /**
     * The clinician's list of things, then what they are: "So the eviction notice, no sleep, money in your pocket, and walking
     * the old route past Marcus. That's a lot of triggers stacked up at once." → "Therapist identified the eviction notice, no
     * sleep, money in his pocket, and walking the old route past Marcus as a lot of triggers stacked up at once" (the list alone
     * read "Therapist reflected that the eviction notice, ...", without a verb).
     */
    Optional<String> listNamed(String list, String naming) {
        String things = stripEnd(CONJUNCTION_START.matcher(list.strip()).replaceFirst(""));
        Matcher named = LIST_NAMED.matcher(naming.strip());
        // (not "Walt, what you're describing sounds like caregiver burnout, and some depression on top of it. That's common ...":
        // a sentence, not a list)
        if (!named.matches() || things.split(",").length < 3 || HAS_SUBJECT.matcher(things).find() || A_CLAUSE.matcher(things).find()
                || things.contains("?")
                || InputReader.words(things) > 40) {
            return Optional.empty();
        }
        return Optional.of(clinician + " identified " + secondToThird(lowerFirst(things)) + " as " + secondToThird(stripEnd(named.group(1))));
    }

    /** The last sentence of a clinician's turn: "Hi Priya, can you hear me okay? Good. Before we start, are you somewhere private?" */
    static String lastSentence(String text) {
        String[] sentences = text.strip().split("(?<=[.?!])\\s+");
        return sentences[sentences.length - 1];
    }

    static String answered(String question, String answer) {
        String asked = GREETING.matcher(question.replaceAll("\\s+", " ").strip()).replaceFirst("");
        asked = Character.toUpperCase(asked.charAt(0)) + asked.substring(1);
        if (asked.length() > 200) {
            asked = asked.substring(asked.length() - 200).replaceFirst("^\\S*\\s", "\u2026");
        }
        // the answer comes cleaned by render(): fillers and stutters are gone already
        return ANSWERED + "\u201C" + asked + "\u201D" + ANSWER_OPENS + Character.toUpperCase(answer.charAt(0))
                + answer.substring(1) + "\u201D";
    }

    /** The client's words as reported speech, for quoting answers ("No, never."). */
    /** A sentence opening in lower case, with a word ("my cousin Jade"), not a name styled so ("iPhone"). */
    private static final Pattern LOWER_START = Pattern.compile("^[a-z][a-z'’]*(?=[\\s,.!?])");

    public static String quote(String text) {
        String said = clean(text);
        // ("And my cousin Jade, I can text her.": the quotation opens with a capital once its "and" is gone)
        return "\u201C" + said + "\u201D";
    }

    /** What the client said, quoted as a sentence of its own: "And my cousin Jade, I can text her." opens with "My". */
    private static String quoteSaid(String text) {
        String said = clean(text);
        return quote(LOWER_START.matcher(said).lookingAt() ? Character.toUpperCase(said.charAt(0)) + said.substring(1) : said);
    }

    // ---- notes ---------------------------------------------------------------------------------

    String notes(String text) {
        // "**Sleep:** 4-5 hrs/night": a Markdown label's bold is the editor's, not the note's
        text = BOLD_LABEL.matcher(text).replaceFirst("$1: ");
        String expanded = expand(text);
        Matcher meet = CLINICIAN_MEET.matcher(stripEnd(expanded));
        if (meet.matches()) {
            // ("... at 4, and if the conversation goes badly I encouraged her to consider a couples session")
            return "Next session: " + clinicianPronouns(meet.group(1));
        }
        // "We spent most of the session on assertive communication.": what the session was about
        Matcher spent = SPENT_THE_SESSION.matcher(expanded);
        if (spent.lookingAt()) {
            String what = stripEnd(expanded.substring(spent.end()));
            expanded = clinician + " and client worked on " + what + (spent.group(1) == null ? "" : " for most of the session") + ".";
        }
        // "I introduced the DESC script and we role-played how ...": the two of them, inside the sentence too
        expanded = WE_TOGETHER_INSIDE.matcher(expanded).replaceAll(m -> m.group(1) + Matcher.quoteReplacement(clinicianReference()) + " and client ");
        // "We practiced scheduled worry time": clinician and client together
        // ("Today we did an in-session exposure": the day stays)
        expanded = WE_TOGETHER.matcher(expanded).replaceFirst(m -> Matcher.quoteReplacement(m.group(1).isEmpty() ? clinician + " and client "
                : "Today, " + clinicianReference() + " and client "));
        expanded = expanded.replaceAll("(?i)^(?:i|we)\\s+(?=(?:used|provided|introduced|taught|reviewed|explored|discussed|"
                + "practi[cs]ed|processed|assigned|recommended|encouraged|validated|completed|met|will|plan)\\b)", Matcher.quoteReplacement(clinician) + " ");
        // "My impression is that he is responding well to ERP": the clinician's impression, in the clinician's notes
        expanded = expanded.replaceFirst("^(?i)my (impression|clinical impression|assessment|sense|formulation|recommendation) (is|was)\\b",
                Matcher.quoteReplacement(clinician) + "'s $1 $2");
        // "She told me ...": in the clinician's own notes, "me" is the clinician
        expanded = TOLD_ME.matcher(expanded).replaceAll(m -> m.group(1) + " " + Matcher.quoteReplacement(clinicianReference()));
        if (CLINICIAN_FIRST_PERSON.matcher(expanded).lookingAt() || clinicianInside(expanded)) {
            // dictation: "I asked her about sleep", "I'm concerned about ..." is the clinician speaking of themself
            expanded = clinicianInThirdPerson(expanded);
        }
        Matcher still = STILL_DOING.matcher(expanded);
        if (still.lookingAt()) {
            // "Still avoiding crowded stores": the client, in the present
            return client + " is " + decapitalized(expanded);
        }
        if (ABLE.matcher(expanded).lookingAt()) {
            return client + " was " + decapitalized(expanded); // "Able to rate SUDS accurately."
        }
        if (SUBJECTLESS.matcher(expanded).find()) {
            // "Reports drinking ..." → "Client reports drinking ...": the opening word is a verb, never a name
            expanded = client + " " + Character.toLowerCase(expanded.charAt(0)) + expanded.substring(1);
        }
        return expanded;
    }

    private static final Pattern WE_TOGETHER = Pattern.compile("^((?:today,?\\s+)?)we\\s+(?=(?:practi[cs]ed|reviewed|explored|discussed|"
            + "processed|completed|worked|talked|identified|developed|created|made|role-?played|agreed|did|ran|tried|began|started)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPENT_THE_SESSION = Pattern.compile("^we spent (most of |much of |the bulk of )?(?:the |this |today's |today’s )?"
            + "session (?:on|working on|talking about|discussing|focused on) ", Pattern.CASE_INSENSITIVE);
    private static final Pattern WE_TOGETHER_INSIDE = Pattern.compile("(,?\\s+(?:and|then|so)\\s+)we\\s+(?=(?:practi[cs]ed|reviewed|explored|"
            + "discussed|processed|completed|worked|talked|identified|developed|created|made|role-?played|agreed|rehearsed|went over)\\b)");
    private static final Pattern TOLD_ME = Pattern.compile(
            "\\b(told|asked|showed|gave|sent|called|emailed|texted|thanked|reminded|said to|admitted to|disclosed to) me\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");
    private static final Pattern CLINICIAN_FIRST_PERSON = Pattern.compile("I(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?\\s");

    private static final Pattern FIRST_PERSON_INSIDE = Pattern.compile("(?<=\\s)I(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?\\s");
    private static final Pattern REPORTED_SPEECH = Pattern.compile("\\b(?:states?|stated|reports?|reported|says|said|endorse[sd]?|"
            + "verbali[sz]ed|expressed|shared|explained|described|quote|per (?:client|pt))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(?:he|she|they|him|her|them|his|their)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "He completed two of the three worry logs I asked him to do.", "We practiced ... and I introduced the worksheet": the
     * clinician's "I" inside a sentence about the client. Not after a reporting verb ("Pt states I feel hopeless" is the
     * client's words without quotation marks).
     */
    private static boolean clinicianInside(String text) {
        String unquoted = QUOTED.matcher(text).replaceAll("\"\"");
        Matcher inside = FIRST_PERSON_INSIDE.matcher(unquoted);
        return inside.find() && THIRD_PERSON.matcher(unquoted).find()
                && !REPORTED_SPEECH.matcher(unquoted.substring(0, inside.start())).find();
    }

    /** The clinician's first person outside quotation marks, with the clinician named: "I think she ..." → "The therapist thinks she ...". */
    private String clinicianInThirdPerson(String text) {
        return outsideQuotations(text, this::clinicianPronouns);
    }

    /**
     * {@code convert} applied to the text between quotations, each piece keeping the spaces around it; what stands in
     * quotation marks stays word for word.
     */
    private static String outsideQuotations(String text, java.util.function.UnaryOperator<String> convert) {
        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(text);
        int from = 0;
        while (quoted.find()) {
            out.append(keepingSpaces(text.substring(from, quoted.start()), convert)).append(quoted.group());
            from = quoted.end();
        }
        return out.append(keepingSpaces(text.substring(from), convert)).toString();
    }

    private static String keepingSpaces(String piece, java.util.function.UnaryOperator<String> convert) {
        if (piece.isBlank()) {
            return piece;
        }
        String lead = piece.substring(0, piece.length() - piece.stripLeading().length());
        String trail = piece.substring(piece.stripTrailing().length());
        return lead + convert.apply(piece.strip()) + trail;
    }

    /** "I'd only slept four hours", "I'd already asked him": 'd before a past participle is "had", not "would". */
    private static final String HAD_DONE = "(?:\\s+(?:only|just|never|already|always|not|barely|hardly|finally|recently|also))?\\s+"
            + "(?:been|had|slept|gone|done|seen|eaten|taken|gotten|got|made|felt|kept|left|lost|told|said|thought|heard|found|met|"
            + "forgotten|spent|brought|bought|caught|taught|sent|drunk|written|given|driven|fallen|known|become|begun|run|"
            + "(?!(?:need|feed|bleed|speed|proceed|succeed|exceed)\\b)[a-z]+ed)\\b";

    private String clinicianPronouns(String part) {
        String out = clinicianAsThirdPerson(" " + part + " ");
        return out.substring(1, out.length() - 1);
    }

    /**
     * The clinician's "I", "my", "me" as the clinician named, one person: "as I do every session" → "as the therapist
     * does every session". Shared by dictated notes and the clinician's speech in a conversation.
     */
    private String clinicianAsThirdPerson(String text) {
        String self = Matcher.quoteReplacement(clinicianReference());
        String out = replaceAll(text, "\\bI'm\\b|\\bI’m\\b|\\bI am\\b", self + " is");
        out = replaceAll(out, "\\bI've\\b|\\bI’ve\\b|\\bI have\\b", self + " has");
        out = replaceAll(out, "\\bI(?:'|’)d(?=" + HAD_DONE + ")", self + " had");
        out = replaceAll(out, "\\bI'd\\b|\\bI’d\\b", self + " would");
        out = replaceAll(out, "\\bI'll\\b|\\bI’ll\\b", self + " will");
        // "I'm worried about your safety tonight, and I don't think you should be alone." (it read "the therapist don't think")
        out = replaceAll(out, "\\bI don't\\b|\\bI don’t\\b|\\bI do not\\b", self + " does not");
        out = withSubject(out, clinicianReference());
        out = replaceAll(out, "\\bI\\b", self);
        out = replaceAll(out, "(?i)\\bmy\\b", self + "'s");
        return replaceAll(out, "(?i)\\bme\\b", self);
    }

    /** "I (really) think" → "{subject} (really) thinks": the first person's verb, agreeing with a third person singular. */
    private static String withSubject(String text, String subject) {
        Matcher verb = FIRST_PERSON_VERB.matcher(text);
        StringBuilder agreed = new StringBuilder();
        while (verb.find()) {
            String adverb = verb.group(1) == null ? "" : verb.group(1);
            String said = verb.group(2);
            boolean past = PAST_OR_PRESENT.contains(lastPart(said).toLowerCase(Locale.ROOT)) && !HABITUAL.matcher(adverb).find()
                    // "Or I put him down and make my husband carry him.": the verb after it says it is the present
                    && !PRESENT_AFTER.matcher(text).region(verb.end(), text.length()).lookingAt();
            verb.appendReplacement(agreed, Matcher.quoteReplacement(subject + " " + adverb + (past ? said : inflect(said))));
        }
        verb.appendTail(agreed);
        return agreed.toString();
    }

    private static String expand(String text) {
        String out = text;
        for (Map.Entry<Pattern, String> e : SHORTHAND.entrySet()) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return out.replaceAll("\\s{2,}", " ").strip();
    }

    // ---- the client's speech -----------------------------------------------------------------------

    /** "Probably an eight most days.": an answer without a subject of its own, which reported speech would garble. */
    /** "Mostly that I'm stupid, ...": what was said, reported by its gist, which only the question says was said by whom. */
    static boolean gistOfWhatWasSaid(String text) {
        return GIST_OF_SAID.matcher(text).lookingAt();
    }

    private static final String GIST = "(?:mostly|mainly|usually|always|just|only) that";
    private static final Pattern GIST_OF_SAID = Pattern.compile("^" + GIST + "\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Which is stupid, because ...", "Nothing like wanting to not be here.", "Like if I show it, ...": said on from the sentence
     * before; and the gist of what was said ("Mostly that I'm stupid, that people are watching me.", answering "What do they say
     * when they come?": what was said to the client, not what the client holds).
     */
    private static final Pattern SAID_ON_FROM_BEFORE = Pattern.compile("^(?:which|nothing like|like if|like when|" + GIST + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FRAGMENT_ANSWER = Pattern.compile(
            "^(?:probably|maybe|about|around|roughly|almost|mostly|definitely|not|a|an|one|two|three|four|five|six|seven|"
                    + "eight|nine|ten|\\d+)\\b(?!.*\\b(?:i|i'm|i've|i'd|i'll|i’m|i’ve|me|my|we|it|it's|he|she|they|there|this|that|you)\\b).*$",
            Pattern.CASE_INSENSITIVE);

    /** "No, just the shakes and sweating.": an answer that only makes sense with its question is quoted, not reported. */
    private static final Pattern YES_NO_ANSWER = Pattern.compile("^(?:no|nope|nah|not really|never|yes|yep|sure)\\b[,.!]",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> IN_OWN_WORDS = Set.of("emdr_target", "emdr_nc", "emdr_pc");

    /** A short statement worth a line of the note: a feeling, a symptom, a wish about life. */
    // ("He's up all night.", the mother of a young man in a first episode of psychosis: the symptom, told by a relative)
    /** "She didn't make it.": a death told in four words, quoted (reported, "she" could read as the client). */
    private static final String DIDNT_MAKE_IT = "^(?:and |but )?(?:she|he|they|the (?:baby|child|kid|girl|boy|patient|driver)|[A-Z][a-z]+) "
            + "(?:didn't|did not|didn’t|never) make it\\W*$";
    private static final Pattern SHORT_BUT_CLINICAL = Pattern.compile("^(?:I(?:'m|’m| am| feel| felt| can't| can’t| cannot| hate| "
            + "keep| just| really| don't| do not| haven't| have not)|(?:he|she|they)(?:'s|’s|'re|’re| is| are| can't| can’t| doesn't| "
            + "does not| won't| barely| hardly| keeps?| just))\\b.*\\b(?:hopeless|worthless|empty|numb|exhausted|tired|anxious|"
            + "scared|terrified|alone|lonely|depressed|sad|angry|guilty|ashamed|stuck|trapped|overwhelmed|sleep|eat|breathe|focus|"
            + "myself|everything|anymore|safe|panicking|shaking|up all night|awake all night)\\b"
            // "I used last Friday.", "I drank on Saturday.": a lapse told in four words
            + "|^I (?:used|relapsed|slipped|lapsed|got high|shot up|purged|binged)\\b"
            // "She didn't make it.": a death, told as it is said
            + "|" + DIDNT_MAKE_IT
            // "I gave the order.", "It was my fault.": what the client holds himself responsible for, in four words
            + "|^(?:I (?:gave the order|pulled the trigger|was driving|was the one|caused (?:it|that|this)|killed (?:him|her|them|someone))|"
            + "it (?:was|is|'s|’s) (?:all )?my fault)\\b"
            // "I'll get one tomorrow.": a step the client commits to, in four words
            // (not "I'll ask her.", which names nothing)
            + "|^I(?:'ll|’ll| will) (?:get|buy|call|book|make|ask|text|email|schedule|bring|tell|order|download|sign up)\\b\\S*\\s+\\S+\\s+\\S",
            Pattern.CASE_INSENSITIVE);

    /** "Nothing else.", "That's it.": says nothing without its question. */
    private static final Pattern EMPTY_ANSWER = Pattern.compile(
            "^(?:no|nope|nah|not really|nothing(?: else)?|none|that's (?:it|all)|no,? (?:nothing|none)(?: else)?|i don't know|not sure)[.!]*$",
            Pattern.CASE_INSENSITIVE);

    /** "High blood pressure.", "Pretty low.": a short answer with no subject of its own is quoted, not reported. */
    private static final Pattern SPEAKER_AS_SUBJECT = Pattern.compile("\\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|we|"
            // ("Twice this week.": a time, not a subject)
            + "he|she|they|it|it's|there|(?:this|that)(?! (?:week|weekend|morning|afternoon|evening|night|month|year|time)\\b))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "He ran the red light.", said by a client whose pronoun is "he": the client speaks of someone else, and a report
     * ("He states that he ran the red light") would make the client the one who did it. Such a sentence is quoted.
     */
    boolean aboutSomeoneElse(String text) {
        // ("She's going to help with the walk today, like we said.": the mother, the plan's "we" an aside)
        String said = AS_WE_SAID.matcher(text).replaceAll("");
        return selfNoun.equals("the client") && !FIRST_PERSON.matcher(said).find() && SAME_PRONOUN.get(pronouns).matcher(said).find();
    }

    /** ", like we said", "as I mentioned": an aside of the speaker's, in a sentence about something else. */
    private static final Pattern AS_WE_SAID = Pattern.compile(",?\\s*\\b(?:like|as) (?:we|I) (?:said|discussed|agreed|talked about|planned|"
            + "mentioned|told you)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What an interpreter relays of the client in the third person ({@link InputReader} took off "She says"): "it is forbidden
     * in her religion, and her children need her." → "Client reports that it is forbidden in her religion, and her children need
     * her."; "She asks if the same interpreter can come" → "Client asked if ..."; "She is crying a little." → what the
     * interpreter saw. Empty for words in the first person (the client's own, interpreted: written as the client's) and for
     * a bare "thank you" or yes.
     */
    Optional<String> relayed(String text, boolean relayingTurn) {
        String said = clean(text);
        // (relayed: the frame taken off left it in lower case, or, in a turn the interpreter relays ("She says ..."), it speaks
        // of the client: "She asks if ..."; in the client's own words interpreted, "She is still in Afghanistan." is the mother)
        // ("The people there ask about his wife and he does not want to cry ...", in a turn that relays him: his report)
        if (said.isEmpty() || FIRST_PERSON.matcher(said).find() || RELAYED_COURTESY.matcher(said).matches()
                || !Character.isLowerCase(said.charAt(0)) && !(relayingTurn && (SAME_PRONOUN_START.get(pronouns).matcher(said).lookingAt()
                        || CLIENT_PRONOUN_WITHIN.get(pronouns).matcher(said).find()))) {
            return Optional.empty();
        }
        Matcher asked = RELAYED_QUESTION.matcher(said);
        if (asked.lookingAt()) {
            return Optional.of(sentence(client + " asked " + stripEnd(said.substring(asked.end()).strip())));
        }
        Matcher seen = RELAYED_SEEN.matcher(said);
        if (seen.lookingAt()) {
            return Optional.of(sentence("Interpreter noted that " + selfNoun + stripEnd(said.substring(seen.start(1)))));
        }
        return Optional.of(sentence(client + " reports that " + decapitalized(stripEnd(RELAYED_CONJUNCTION.matcher(said).replaceFirst("")))));
    }

    /** A relayed sentence that opens with when or a conjunction: "Now he eats instant noodles", "On Wednesday he goes to the temple". */
    private static final String RELAYED_OPENING = "^(?:(?:but|and|so|also|now|then|still|sometimes|often|usually|at night|in the (?:morning|evening)s?|"
            + "on (?:\\w+days?|weekends)|every (?:\\w+)|before|after that),?\\s+)?";
    private static final Map<Pronouns, Pattern> CLIENT_PRONOUN_WITHIN = Map.of(
            Pronouns.FeminineHer, Pattern.compile("\\b(?:she|herself)\\b", Pattern.CASE_INSENSITIVE),
            Pronouns.MasculineHim, Pattern.compile("\\b(?:he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE),
            Pronouns.NeutralThem, Pattern.compile("\\b(?:they|she|he|themselves|herself|himself)\\b", Pattern.CASE_INSENSITIVE));

    /** "Good morning, thank you for seeing him.", relayed by an interpreter and asked nothing: courtesy, no content. */
    static boolean relayedCourtesy(String text) {
        return RELAYED_COURTESY.matcher(clean(text)).matches();
    }
    private static final Pattern RELAYED_CONJUNCTION = Pattern.compile("^(?:but|and|so),?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Map<Pronouns, Pattern> SAME_PRONOUN_START = Map.of(
            Pronouns.FeminineHer, Pattern.compile(RELAYED_OPENING + "she\\b", Pattern.CASE_INSENSITIVE),
            Pronouns.MasculineHim, Pattern.compile(RELAYED_OPENING + "he\\b", Pattern.CASE_INSENSITIVE),
            Pronouns.NeutralThem, Pattern.compile(RELAYED_OPENING + "(?:they|she|he)\\b", Pattern.CASE_INSENSITIVE));
    /** "Good morning, thank you for seeing him.", "Yes, thank you.": courtesy relayed, no content. */
    private static final Pattern RELAYED_COURTESY = Pattern.compile("(?i)(?:(?:good (?:morning|afternoon|evening)|hello|hi|thank you|thanks|yes|"
            + "yeah|okay|ok|no)\\W*)+(?:(?:thank you|thanks)(?: very much)?(?: for (?:seeing|having|meeting|helping) (?:him|her|them|me)"
            + "(?: today)?| for (?:your|the) time)?\\W*)*");
    private static final Pattern RELAYED_QUESTION = Pattern.compile("^(?:she|he|they) (?:asks|asked|wants to know|would like to know)"
            + "(?= (?:if|whether|about|for|when|how|what|why|who|where)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELAYED_SEEN = Pattern.compile("^(?:she|he|they)( (?:is|was|are|were) (?:crying|tearful|in tears|"
            + "tearing up|smiling|laughing|nodding|shaking|trembling|upset|quiet|silent)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself|we|us|our)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DONT_KNOW_START = Pattern.compile("^(?:I (?:don't|don’t|do not) know|I dunno),\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "Like I'm not a husband anymore.": a feeling said on from the sentence before (not "Like I said", nor "Like, I ..."). */
    private static final Pattern FEELING_GOES_ON = Pattern.compile("^like (?!i (?:said|say|told|mentioned|was saying|just said)\\b)"
            + "(?=(?:i|i'm|i’m|i've|i’ve|i was|i am|nothing|everything|no one|nobody|everyone|everybody|the whole world|my life)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Speech reported with "like": "I was like, why would you even say that?", "he was like, you're overreacting". */
    private static final Pattern QUOTATIVE_LIKE = Pattern.compile("\\b(?:I|he|she|they|we|my \\w+)(?:'m|’m| was| were| is| am| are| goes| went)"
            + " like,\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern ME_AND = Pattern.compile("^me and ((?:my|our|her|his) [\\w-]+(?:['’]s [\\w-]+)?|him|her|them|(?-i:\\p{Lu})\\w+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_ME = Pattern.compile("^((?:my|our) [\\w-]+|\\p{Lu}\\w+) and me\\b(?! (?:to|for|with|about|at|in|on|a|an|the)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A report that opens with what there was none of: "No weed since I quit in March.", "Zero drinks this week." */
    private static final Pattern NONE_OF = Pattern.compile("^(?:no|zero|hardly any|barely any|not much|not many|not a lot of)\\s+"
            + "(?!(?:one|body|way|idea|problem|problems|clue|matter|doubt|offense|worries|thanks|kidding|joke|I|it|that|this|not|no|more|longer)\\b)"
            + "[a-z]+\\b(?!\\s+(?:is|was|are|were|has|have|had|will|would|can|could)\\b)", Pattern.CASE_INSENSITIVE);

    /** "I had one last week at the grocery store.", answering "What about the panic attacks?": one of what was asked about. */
    private static final Pattern ANAPHORIC_COUNT = Pattern.compile("^(?:I(?:'ve| have)?\\s+)(?:only\\s+|just\\s+)?(?:had|got|have had|took|taken|did)\\s+"
            + "(?:one|two|three|four|a few|a couple|several|none|only one|just one)(?=\\s*(?:[.,;!?]|$|last|this|yesterday|today|on|at|in|when|"
            + "while|during|since|so far|all week|every|a (?:week|day|month)))", Pattern.CASE_INSENSITIVE);

    private static final Pattern SPOKEN_HONESTLY = Pattern.compile("^(?:honestly|to be honest|truthfully),?\\s+(?=I\\b|my\\b|it\\b|we\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "The house where everything happened with my stepdad.": a place or a time named, without a verb of its own. */
    private static final Pattern PLACE_WHERE = Pattern.compile("^(?:the|that|this|our|my) (?:[\\w'’-]+ ){0,2}?(?:house|home|place|room|apartment|"
            + "school|street|town|city|day|night|year|summer|time|week) (?:where|when)\\b(?![^.]*[,;]\\s*(?:I|she|he|they|we|it)\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "I could kill for a full night's sleep", "My captain will murder me if I'm late": a figure of speech of killing or dying,
     * quoted as said (reported, "he could kill for ..." reads as a threat in a note).
     */
    private static final Pattern DEADLY_IDIOM = Pattern.compile(DIDNT_MAKE_IT + "|\\b(?:could|would) kill for\\b|\\b(?:dying|dyin') (?:to|for)\\b|"
            + "\\b(?:will|gonna|going to|would|'ll|’ll) (?:murder|kill) me\\b|\\b(?:killing|killed) me\\b|\\b(?:bored|scared|worried|freaked) to death\\b|"
            + "\\bto die for\\b|\\b(?:almost|nearly) died (?:laughing|of embarrassment)\\b|"
            // "I swear I'm going to kill him." (of a roommate's dishes)
            + "\\bI swear (?:I'm|I’m|I am|I'll|I’ll|I will) (?:going to |gonna )?(?:kill|murder|strangle)\\b", Pattern.CASE_INSENSITIVE);
    /** "My husband made me call, honestly.": the same hedge, said last. */
    private static final Pattern SPOKEN_HONESTLY_END = Pattern.compile(",\\s*(?:honestly|to be honest|truthfully)(?=\\W*$)", Pattern.CASE_INSENSITIVE);
    /** "like twelve hours", "for like an hour": an amount said roughly (not "it felt like a week", "like a burden"). */
    private static final Pattern LIKE_ABOUT = Pattern.compile("(?<!\\b(?:feel|feels|felt|feeling|seem|seems|seemed|look|looks|looked|sound|"
            + "sounds|sounded|is|was|be|been|just|more|less|something|anything|nothing|kind of|sort of|things)\\s)\\blike (?=(?:\\d+|one|two|three|four|"
            + "five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|an hour|half an hour|a couple "
            + "(?:of )?(?:hours|days|weeks|times|minutes))\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_HAS_BEEN = Pattern.compile("\\b((?:my|his|her|their|our|the) [a-z]+)['’]s been\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What is reported, not quoted, as written: "Honestly I don't see the point ..." without the hedge of speech, "sleeping
     * like twelve hours a day" about twelve, "My anxiety's been through the roof" has been.
     */
    private static String reported(String text) {
        String out = SPOKEN_HONESTLY_END.matcher(SPOKEN_HONESTLY.matcher(text).replaceFirst("")).replaceFirst("");
        out = LIKE_ABOUT.matcher(out).replaceAll("about ");
        return NOUN_HAS_BEEN.matcher(out).replaceAll("$1 has been");
    }

    String clientSpeech(String text) {
        // "It's the tiredness again, doctor.": the one addressed is no part of what was said
        text = TRAILING_ADDRESS.matcher(text).replaceFirst("$1");
        // "The walk I'll try on Saturday with my sister.": the thing put first, in its place (it read "She adds that the walk she
        // will try on Saturday ...")
        Matcher fronted = FRONTED_OBJECT.matcher(text);
        if (fronted.matches()) {
            text = fronted.group(2) + " " + fronted.group(3) + " " + lowerFirst(fronted.group(1)) + fronted.group(4);
        }
        String asSaid = text;
        if (ELIDED_SUBJECT.matcher(text).lookingAt() || aboutSomeoneElse(text) || QUOTATIVE_LIKE.matcher(text).find()
                || FELT_WITHOUT_SUBJECT.matcher(text).lookingAt() || CONDITION_ALONE.matcher(text).matches()
                || RATING_ALONE.matcher(text).lookingAt() || CLIENT_ASKS_NOT_TO.matcher(text).lookingAt()
                || SAID_ON_FROM_BEFORE.matcher(text).lookingAt() || PLACE_WHERE.matcher(text).lookingAt() || DEADLY_IDIOM.matcher(text).find()) {
            return client + " stated: " + quoteSaid(text);
        }
        text = CONJUNCTION_START.matcher(text).replaceFirst("");
        Matcher feelingGoesOn = FEELING_GOES_ON.matcher(text);
        if (feelingGoesOn.lookingAt()) {
            // "I felt like I was disappearing. Like I'm not a husband anymore, I'm a patient.": the feeling, said on
            text = "I feel like " + text.substring(feelingGoesOn.end());
        }
        if (PAST_WITHOUT_SUBJECT.matcher(text).lookingAt() && !text.endsWith("?")) {
            // "Put a hole in the drywall and my knuckles were bleeding.": the "I" left out in speech
            text = "I " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        // "I don't know, I just feel stuck.": the hedge before a report (a quote keeps it: "I don't know, maybe sometimes.")
        Matcher hedge = DONT_KNOW_START.matcher(text);
        if (hedge.lookingAt() && SPEAKER_AS_SUBJECT.matcher(text.substring(hedge.end())).lookingAt()) {
            text = text.substring(hedge.end());
        }
        // "Me and my sister aren't talking.", "My boyfriend and me broke up.": the client is a subject
        Matcher meAnd = ME_AND.matcher(text);
        if (meAnd.lookingAt()) {
            String other = switch (meAnd.group(1).toLowerCase(Locale.ROOT)) {
                case "him" -> "He";
                case "her" -> "She";
                case "them" -> "They";
                default -> Character.toUpperCase(meAnd.group(1).charAt(0)) + meAnd.group(1).substring(1);
            };
            text = other + " and I" + text.substring(meAnd.end());
        }
        text = AND_ME.matcher(text).replaceFirst("$1 and I");
        if (FRAGMENT_ANSWER.matcher(text).matches() || YES_NO_ANSWER.matcher(text).lookingAt() || opensWithoutSubjectOrVerb(text)
                || InputReader.words(text) <= 4 && !SPEAKER_AS_SUBJECT.matcher(text).find()) {
            return client + " stated: " + quoteSaid(text);
        }
        Matcher feel = FEEL.matcher(text);
        if (feel.matches()) {
            return client + " reports feeling " + thirdPerson(stripEnd(reported(feel.group(1))));
        }
        if (NONE_OF.matcher(text).lookingAt()) {
            // "No weed since I quit in March.": "Client reports no weed since ...", not "reports that no weed since ..."
            return client + " reports " + thirdPerson(lowerFirst(stripEnd(reported(text))));
        }
        // "That it's not just about my liver anymore." answers "What did that tell you?": one "that" is enough
        text = ANSWER_THAT.matcher(text).replaceFirst("");
        // "That actually makes a lot of sense.": "reports that this actually makes ..."
        text = DEMONSTRATIVE_THAT.matcher(text).replaceFirst("This ");
        // "That's usually when I end up not sleeping.": "reports that this is usually when ..."
        text = DEMONSTRATIVE_THATS.matcher(text).replaceFirst("This is");
        if (SAME_PRONOUN.get(pronouns).matcher(text).find() && CLIENT_SELF.matcher(text).find()) {
            // "I keep thinking I should have noticed she was sick sooner", of a woman: her words, not "the client keeps
            // thinking the client should have noticed she was sick sooner", which a second "she" would have made unclear
            return client + " stated: " + quoteSaid(text);
        }
        String report = thirdPerson(commonFirst(stripEnd(toClinician(reported(text)))));
        if (YOU_LEFT.matcher(report).find()) {
            // "That I'm wasting your time.", "I'm very literal, you'll hear about it.": a "you" that is not known to be the
            // clinician's stays in the client's words ("she is wasting your time" named no one the note knows)
            return client + " stated: " + quoteSaid(asSaid);
        }
        return client + " reports that " + report;
    }

    private static final Pattern YOU_LEFT = Pattern.compile("\\b(?:you|your|yours|yourself|you're|you’re|you'll|you’ll|you'd|you’d|"
            + "you've|you’ve)\\b", Pattern.CASE_INSENSITIVE);

    /** Who may stand beside "I" as a subject: "my sister and I", "the kids and I", "he and I". */
    private static final String PERSON_NOUN = "(?:mom|mother|dad|father|sister|sisters|brother|brothers|husband|wife|partner|boyfriend|"
            + "girlfriend|friend|friends|kids|children|son|daughter|roommate|roommates|family|parents|boss|cousin|aunt|uncle|grandma|"
            + "grandmother|grandpa|grandfather|fianc[ée]e?|ex|coworker|co-worker|coworkers|team|he|she|they|him|her|them|everyone|"
            + "stepdad|stepmom|stepfather|stepmother|niece|nephew|neighbor|neighbour|manager|teacher|doctor|therapist|group|sponsor|"
            + "\\w+-in-law)";

    /** A sentence that opens with "that" pointing back, not with "that" introducing a clause ("That she left hurt"). */
    private static final Pattern DEMONSTRATIVE_THAT = Pattern.compile("^(?i:that) (?!(?i:she|he|they|it|i|you|we|the|a|an|her|his|their|"
            + "there|my|your|our|is|was|would|will|'s)\\b)(?=[a-z])");

    private static final Pattern DEMONSTRATIVE_THATS = Pattern.compile("^(?i:that)['’]s\\b");

    private static final Pattern CLIENT_SELF = Pattern.compile("\\b(?:I|me|my|mine|myself)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern TAG_QUESTION = Pattern.compile(",\\s*(?:is that (?:okay|ok|alright|all right)|(?:does )?that sound (?:okay|ok|good|alright)|"
            + "sound good|how does that sound|okay|ok|alright|all right)\\?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULER = Pattern.compile(
            "\\bscale (?:from |of )?(?:zero|0|one|1) to (?:ten|10)\\b.*\\b(important|importance|confident|confidence|ready|readiness)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "And leave by eight before it gets wild.": a continuation whose subject was in the sentence before. */
    /**
     * "(Like) an eight out of ten around five o'clock, right when I'd usually leave work.": a rating told without "it was",
     * quoted as said (it had read "Client reports that an eight out of ten ...").
     */
    private static final Pattern RATING_ALONE = Pattern.compile("^(?:(?:maybe|probably|about|around|like|honestly|a solid),? )*(?:an?|maybe an?) "
            + "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}(?:\\.5)?)(?: or (?:an? )?\\w+)? (?:out of (?:ten|10|five|5)|on (?:the|a|that) scale)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "If I could actually sleep without it.": a condition without what follows from it, answering a question: quoted. */
    // (and an exception to what was said before: "Except the part where I find Ramirez." read "He states that except ...")
    // ("If I didn't have my phone in my room, probably.": the condition, hedged)
    private static final Pattern CONDITION_ALONE = Pattern.compile("^(?:if|unless|only if|except|apart from|other than|besides)\\b[^,;:]*"
            + "(?:,\\s*(?:probably|maybe|i guess|i think|definitely|for sure))?[.!]?$", Pattern.CASE_INSENSITIVE);
    /** The client asking the clinician not to do something: "But don't tell my mom I said that." (quoted: it is said to them). */
    private static final Pattern CLIENT_ASKS_NOT_TO = Pattern.compile("^(?:but |and |so |please |just )*(?:don't|do not|don’t|never|please don't) "
            + "(?:tell|say|let|show|call|mention|repeat|put)\\b", Pattern.CASE_INSENSITIVE);
    /** "Bored out of my mind.", "Exhausted, honestly.": how the client was, told without "I was": quoted as said. */
    private static final Pattern FELT_WITHOUT_SUBJECT = Pattern.compile("^(?-i:Bored|Tired|Scared|Stressed|Exhausted|Worried|Frustrated|"
            + "Overwhelmed|Pissed|Numb|Lonely|Wiped|Drained|Nervous|Terrified|Furious|Embarrassed|Ashamed|Relieved|Annoyed|Sick)\\b(?![-'])");
    /** "Went to bed early most nights.", "Got maybe four hours of sleep.": what the client did, told without the "I". */
    private static final Pattern PAST_WITHOUT_SUBJECT = Pattern.compile("^(?-i:Put|Went|Got|Called|Told|Took|Left|Came|Made|Had|Broke|"
            + "Ended up|Spent|Drove|Walked|Slept|Stayed|Skipped|Missed|Lost|Tried|Started|Stopped|Quit|Texted|Cleaned|Cooked|Finished|"
            + "Bought|Sent|Saw|Met|Ate|Drank|Ran|Kept|Found|Gave|Wrote|Watched|Worked|Asked|Talked|Yelled|Cried|Threw|Punched|"
            + "Smoked|Relapsed|Picked|Moved|Applied|Forgot|Woke|Fell|Hung|Filled|Managed|Decided|Caught|Paid|Showed|Stood|Sat|"
            + "Pushed|Smashed|Kicked|Slammed|Screamed|Went back|Headed)\\s+\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELIDED_SUBJECT = Pattern.compile("^(?:(?:and|but|or|then)\\s+(?:just\\s+|maybe\\s+|also\\s+)?"
            + "(?:kind of|sort of|kinda|sorta|a bit|a little|really|very|pretty|super|totally|leave|go|come|try|call|bring|take|get|tell|ask|stay|keep|make|do|put|say|see|walk|drive|eat|drink|sleep|stop|"
            + "start|text|skip|avoid|lie|sit|cry|work|watch|spend|buy|use|wake|need|want|feel|think|know)\\b"
            // "Just don't tell her about the scratching.": the client asking something of the clinician
            + "|(?:just |please )?(?:don't|do not|please) (?:tell|say|call|let|make|send)\\b"
            // "Used to be a couple on the weekend.": what "it" was, the subject left out
            + "|used to (?:be|have|drink|take|smoke|use|do|get)\\b"
            // "Just the loop we did.": a thing named, what it adds to the sentence before (it read "She notes that just the loop ...")
            + "|(?:just|only|even|especially|maybe just) (?:the|a|an|that|this|my|our) \\w+(?: \\w+)?(?: (?:we|i|you|he|she|they) \\w+)?[.!]?$)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ANSWER_THAT = Pattern.compile(
            "^that\\s+(?=(?:it|it's|i|i'm|i've|he|she|they|we|there|my|the|this|nobody|everyone|people|nothing|no one|everything|"
                    + "things|life|someone|something|somebody|everybody|if|when|because|maybe|even|once|unless|whatever|all)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "When you put it that way": the client speaking to the clinician. */
    private static final Pattern YOU_THE_CLINICIAN = Pattern.compile(
            "\\b(when|what|like|as|how|since|after|because|that|,|"
                    // "the breathing app you showed me"; "I know that's not logical, you told me that guilt ... is common"
                    + "app|apps|exercise|exercises|skill|skills|worksheet|worksheets|book|technique|techniques|trick|video|handout|one|stuff|"
                    + "thing|things|list|plan|website|podcast|meditation) you (said|put it|put that|mentioned|asked|suggested|told me|"
                    + "told (?:her|him|them|us)|explained|described|showed me|pointed out|did there|did with|gave me|taught me|recommended|sent me)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TO_THE_CLINICIAN = Pattern.compile(
            "\\b(telling|told|tell|asked|asking|showing|showed|gave|giving) you\\b|"
            // "I was so scared you'd call CPS": the clinician the client feared would act
            + "(?<=\\b(?:scared|afraid|worried|terrified|thought|feared) )you('d|’d| would| might| were going to| will|'ll|’ll)(?= "
            + "(?:call|report|tell|think|judge|send|hospitali[sz]e|take|lock)\\b)", Pattern.CASE_INSENSITIVE);

    private String toClinician(String text) {
        String out = YOU_THE_CLINICIAN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + " " + clinicianReference() + " " + m.group(2)));
        out = TO_THE_CLINICIAN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) + " " + clinicianReference()
                        : clinicianReference() + (m.group(2).matches("['’]d") ? " would" : m.group(2).matches("['’]ll") ? " will" : m.group(2))));
        // "My OB gave me your name.": the clinician's, not a generic "your"
        return YOUR_THE_CLINICIANS.matcher(out).replaceAll(m -> Matcher.quoteReplacement(clinicianReference() + "'s " + m.group(1)));
    }

    private static final Pattern YOUR_THE_CLINICIANS = Pattern.compile("\\byour (name|number|card|office|email|website|practice|"
            + "waiting list|waitlist|book|handout|worksheet)\\b", Pattern.CASE_INSENSITIVE);

    /** "My wife and I", "Sam and I": a short phrase naming a person, then "and I", opening a clause. */
    private static final Pattern COMPOUND_SUBJECT = Pattern.compile("((?:^|[,;:]|\\bbut|\\bbecause|\\bso)\\s*)((?:(?!I\\b)[\\w'’-]+\\s+){0,2}(?!I\\b)(?:\\p{Lu}[\\w'’-]*|" + PERSON_NOUN
                + "))\\s+and I\\b(?!['’])");
    private static final Pattern NOUN_PHRASE_START = Pattern.compile("(?i)\\b(?:my|our|the|his|her|their|a|an)\\s|\\b[\\w-]+['’]s\\s");

    /**
     * "Then my sister" and I: the client named first in the compound subject, after what opens the clause ("then she and
     * her sister"); the person is the phrase from its determiner or possessive on, else its last word ("last week Maria").
     */
    private static String clientFirst(String phrase, String subject) {
        Matcher start = NOUN_PHRASE_START.matcher(phrase);
        int at = start.find() ? start.start() : Math.max(0, phrase.lastIndexOf(' ') + 1);
        String person = phrase.substring(at);
        if (person.matches("(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                + "august|september|october|november|december|christmas|thanksgiving|easter|today|tonight|yesterday)s?")) {
            return phrase + " and " + subject; // "all Saturday and I skipped my shift": two clauses, no compound subject
        }
        if (person.matches("(?:My|Our|The|His|Her|Their|A|An) .*")) {
            person = Character.toLowerCase(person.charAt(0)) + person.substring(1);
        }
        return phrase.substring(0, at) + subject + " and " + person;
    }

    /** "I (really) feel": the client as the subject of a verb, with the adverbs that may stand between them. */
    // (not after "did", "do", "can" ...: "did I chart that right" is "did she chart"; several adverbs: "I just never close them")
    private static final Pattern FIRST_PERSON_VERB = Pattern.compile("(?<!\\b(?:[Dd]id|[Dd]o|[Cc]an|[Cc]ould|[Ss]hould|[Ww]ould|[Ww]ill|"
            + "[Ss]hall|[Mm]ay|[Mm]ight|[Mm]ust)\\s)\\bI\\s+((?:(?:really|just|still|also|always|never|often|"
            + "sometimes|usually|actually|even|probably|definitely|barely|hardly|finally|only|rarely|mostly|already|honestly|"
            + "totally|kind of|sort of|maybe|almost|nearly|constantly|generally|normally|typically|basically|literally|"
            + "certainly|occasionally|first|last|once|recently|initially|originally|ever)\\s+)*+)([a-z]+(?:-[a-z]+)*+)\\b(?!['’])");

    /** First person to third person with the client's pronouns, including verb agreement. */
    String thirdPerson(String text) {
        // a quotation inside the client's words stays word for word: "The big one was "It was my fault that Ramirez died"."
        return QUOTED.matcher(text).find() ? outsideQuotations(text, this::thirdPersonUnquoted).strip() : thirdPersonUnquoted(text);
    }

    private String thirdPersonUnquoted(String text) {
        if (text.isBlank()) {
            return text;
        }
        // "She kept saying she was tired and I told her ...": where the client's own pronoun already names someone
        // else, the client is "the client", not a second "she"
        boolean ambiguous = SAME_PRONOUN.get(pronouns).matcher(text).find();
        boolean singular = ambiguous || pronouns != Pronouns.NeutralThem;
        String subject = ambiguous ? selfNoun : pronouns.subject();
        String possessive = ambiguous ? selfNoun + "'s" : pronouns.possessive();
        String object = ambiguous ? selfNoun : pronouns.object();
        String out = " " + text + " ";
        // "Sam and I have been": a compound subject keeps its plural verb
        // ("... on Monday and I haven't slept" joins two clauses: only a short phrase opening a clause is a subject)
        // ("I'm an accountant and I keep making mistakes": a phrase with "I" in it is a clause of its own, not a subject)
        // (the phrase ends in a name or a person: "ten, eleven hours and I still feel exhausted" is two clauses)
        // (the client named first, as a note puts it: "My wife and I had a fight" reads "she and her wife had a fight")
        out = COMPOUND_SUBJECT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + clientFirst(m.group(2), subject)
                + "\u0000"));
        out = replaceAll(out, "(?i)\\bI'm\\b|\\bI’m\\b|\\bI am\\b", subject + (singular ? " is" : " are"));
        out = replaceAll(out, "(?i)\\bI haven't\\b|\\bI haven’t\\b|\\bI have not\\b", subject + (singular ? " has not" : " have not"));
        out = replaceAll(out, "(?i)\\bI've\\b|\\bI’ve\\b|\\bI have\\b", subject + (singular ? " has" : " have"));
        out = replaceAll(out, "(?i)\\bI(?:'|’)d(?=" + HAD_DONE + ")", subject + " had");
        out = replaceAll(out, "(?i)\\bI'd\\b|\\bI’d\\b", subject + " would");
        out = replaceAll(out, "(?i)\\bI'll\\b|\\bI’ll\\b", subject + " will");
        out = replaceAll(out, "\\bI was\\b", subject + (singular ? " was" : " were"));
        out = replaceAll(out, "(?i)\\bI don't\\b|\\bI do not\\b|\\bI don’t\\b", subject + (singular ? " does not" : " do not"));
        // "I just don't want the summer to happen again": "he just does not want", not "he just don't want"
        out = replaceAll(out, "(?i)\\bI (just|really|still|also|even|actually|honestly|simply|totally|usually|never) (?:don't|don’t|do not)\\b",
                subject + " $1" + (singular ? " does not" : " do not"));
        out = replaceAll(out, "\\bI do\\b", subject + (singular ? " does" : " do"));
        if (singular) {
            out = withSubject(out, subject);
            // "I wake up at three and walk around the house": the second verb of the same subject agrees too
            // ("I get home and make dinner and watch TV": a third verb after the second, once the second agrees)
            for (int verbs = 0; verbs < 3 && SECOND_VERB.matcher(out).find(); verbs++) {
                out = secondVerbAgreeing(out);
            }
            // "I quit smoking in May and have felt better since": the perfect agrees whatever the first verb's tense
            out = PERFECT_AFTER_AND.matcher(out).replaceAll("$1has");
        }
        out = replaceAll(out, "\\bI\\b", subject).replace("\u0000", "");
        out = replaceAll(out, "(?i)\\bmyself\\b", reflexive());
        out = replaceAll(out, "(?i)\\bmy\\b", possessive);
        out = replaceAll(out, "(?i)\\bmine\\b", ambiguous ? selfNoun + "'s" : possessive.equals("her") ? "hers" : possessive + "s");
        out = replaceAll(out, "(?i)\\bme\\b", object);
        // "before we even left my room", "like we talked about": the client with others (or with the clinician)
        out = replaceAll(out, "(?i)\\bwe(?=(?:'|’)(?:re|ve|d|ll)\\b)|\\bwe\\b", "they");
        out = replaceAll(out, "(?i)\\bourselves\\b", "themselves");
        out = replaceAll(out, "(?i)\\bours\\b", "theirs");
        out = replaceAll(out, "(?i)\\bour\\b", "their");
        out = replaceAll(out, "\\bus\\b", "them"); // (not "US")
        return out.strip();
    }

    /** A third person's verb in the present, and a second verb of a small common set after "and" in the same clause. */
    private static final Pattern SECOND_VERB = Pattern.compile("(\\b(?:he|she) (?:just |still |usually |then |also )?[a-z]+s\\b[^.,;:]{0,40}?) and "
            + "((?:still |just |then |usually |also |always |never )?)"
            + "(walk|sit|watch|cry|sleep|stay|lie|go|read|eat|drink|think|worry|pace|check|call|text|scroll|try|stare|get|come|feel|play|"
            + "work|wait|talk|lay|wander|listen|forget|remember|lose|end|fall|pass|"
            // "I go downstairs and have a couple of beers", "I get home and make dinner"
            + "have|make|take|pour|grab|order|smoke|yell|scream|hide|drive|pick|open|turn|praise|follow|ignore|let|give|"
            // "I go home and cook dinner", "I get up and shower"
            + "cook|clean|wash|pray|shower|"
            // "I sit at the same table and smile", "I smile and go cry in the bathroom"
            + "smile|nod|laugh|freeze|leave|apologi[sz]e|agree|pretend)\\b(?!['’])");
    /** "she goes downstairs and have a couple of beers" → "and has": the verb after "and" agrees with the first. */
    private static String secondVerbAgreeing(String text) {
        return SECOND_VERB.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " and " + m.group(2) + inflect(m.group(3))));
    }

    /** "he quit smoking in May and have felt better": a second verb in the perfect, after "and". */
    private static final Pattern PERFECT_AFTER_AND = Pattern.compile("(\\b(?:he|she) [^.,;:]{0,60}?\\band (?:(?:just|also|since|now) )?)have"
            + "(?= (?:been|had|felt|gotten|got|done|seen|made|kept|become|gone|come|slept|lost|found|\\w+ed)\\b)");
    private static final Map<Pronouns, Pattern> SAME_PRONOUN = Map.of(
            Pronouns.FeminineHer, Pattern.compile("\\b(?:she|her|hers|herself|she's|she'd|she'll)\\b", Pattern.CASE_INSENSITIVE),
            Pronouns.MasculineHim, Pattern.compile("\\b(?:he|him|his|himself|he's|he'd|he'll)\\b", Pattern.CASE_INSENSITIVE),
            // (not "them": "I counted them this morning", "two of them" are mostly things, and "she counted them" reads plainly)
            Pronouns.NeutralThem, Pattern.compile("\\b(?:they|their|theirs|themselves|they're|they'd|they'll)\\b",
                    Pattern.CASE_INSENSITIVE));

    private String reflexive() {
        return switch (pronouns) {
            case MasculineHim -> "himself";
            case FeminineHer -> "herself";
            case NeutralThem -> "themselves";
        };
    }

    /** "for his safety and for yours": the possessive that stands alone. */
    private String possessivePronoun() {
        return switch (pronouns) {
            case MasculineHim -> "his";
            case FeminineHer -> "hers";
            case NeutralThem -> "theirs";
        };
    }

    private static final Set<String> KEEP = Set.of("can", "cannot", "could", "would", "should", "will", "might", "must", "may",
            "shall", "did", "had", "was", "felt", "went", "thought", "said", "got", "made", "knew", "took", "saw", "came",
            "left", "lost", "told", "found", "kept", "slept", "ate", "tried", "used", "started", "stopped", "wanted",
            "needed", "gave", "spoke", "met", "wrote", "began", "brought", "taught", "heard", "sent",
            "ran", "sat", "stood", "understood", "chose", "drove", "fell", "forgot",
            "grew", "held", "led", "meant", "paid", "showed", "spent", "threw", "woke", "won", "wore", "became", "broke",
            "built", "bought", "caught", "drew", "drank", "fought", "flew", "hung", "sought", "stuck", "swore",
            "tore", "withdrew", "ought", "am", "were",
            // ("my manager dumped a new project on me and I just froze": "she just froze", not "frozes")
            "froze", "stole", "rode", "rose", "shook", "swam", "sang", "sank", "dug", "hid", "bit", "fed", "fled", "bled", "bent",
            "lent", "dealt", "leapt", "slid", "spun", "struck", "swung", "wept", "bore", "clung", "crept", "sprang", "forgave",
            "overslept", "overate", "mistook", "blew", "sold", "laid", "snuck", "lay", "dreamt", "burnt", "sped",
            "shut");

    /**
     * Past and present alike: "I quit the swim team in October" is "she quit", but "I still set two cups out" is "she
     * still sets": the present only after an adverb of habit.
     */
    private static final Set<String> PAST_OR_PRESENT = Set.of("quit", "cut", "put", "set", "hit", "hurt", "let", "read", "spread", "cast");
    /** "... and make my husband carry him": a bare verb joined to the first, which is so the present. */
    private static final Pattern PRESENT_AFTER = Pattern.compile("[^.;,!?]{0,40}?\\band (?:then )?(?:make|take|go|get|come|sit|wait|call|"
            + "tell|ask|run|hold|leave|try|walk|lie|stay|cry|check|text|drive|watch|eat|drink|sleep|pick|hide|scroll|start|stop|"
            // "I put my headphones on and play music."
            + "play|listen|cook|write|clean|pray|shower)\\b");
    private static final Pattern HABITUAL = Pattern.compile("\\b(?:still|always|often|sometimes|usually|never|generally|normally|"
            + "typically|constantly|occasionally|rarely|mostly|basically)\\b");

    /** Present tense although they end in "ed": "I need help" is "she needs help", not "she need help". */
    private static final Set<String> PRESENT_IN_EED = Set.of("need", "feed", "bleed", "speed", "proceed", "succeed",
            "exceed", "breed", "heed", "weed", "seed");

    /** "over-plucked", "re-read": a hyphenated verb agrees by its last part ("I said I over-plucked" is "she over-plucked"). */
    private static String lastPart(String verb) {
        return verb.substring(verb.lastIndexOf('-') + 1);
    }

    static String inflect(String verb) {
        int hyphen = verb.lastIndexOf('-');
        if (hyphen >= 0) {
            return verb.substring(0, hyphen + 1) + inflect(verb.substring(hyphen + 1));
        }
        String v = verb.toLowerCase(Locale.ROOT);
        if (KEEP.contains(v) || v.endsWith("ed") && !PRESENT_IN_EED.contains(v)) {
            return verb;
        }
        if (v.equals("have")) {
            return "has";
        }
        if (v.equals("go") || v.equals("do")) {
            return verb + "es";
        }
        if (v.matches(".*[aeiou]z")) {
            return verb + "zes"; // "quiz", "whiz": quizzes
        }
        if (v.matches(".*(s|sh|ch|x|z)")) {
            return verb + "es";
        }
        if (v.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    // ---- the clinician's speech -----------------------------------------------------------------------

    /** A line of the clinician's notes in a transcript: the client in the third person, or a mental-status finding. */
    /** What a physical examination finds, as said aloud: "Blood pressure is 128 over 82", "Thyroid feels normal". */
    // ("On examination, blood pressure is 142 over 88, pulse 84 ...", "Chest has a few scattered wheezes, no crackles.")
    static final String EXAMINED = "(?:on (?:examination|exam),?\\s+(?:your |the )?)?(?:blood pressure|bp|pulse|heart rate|temperature|temp|(?:o2 )?sats|oxygen saturation|spo2|"
            + "resp(?:iratory)? rate|weight|bmi|chest|lungs?|heart sounds|abdomen|tummy|throat|ears|thyroid|reflexes|neuro(?:logical)? exam)\\b"
            + "(?:\\s*:|\\s+(?:is|are|was|were|clear|normal|soft|feels?|sounds?|of|at|today|\\d|has (?=(?:a |an |some |no |mild |scattered |good )"
            + "[^.]{0,40}\\b(?:wheez\\w*|crackles?|tender\\w*|murmurs?|air entry|swelling|redness|rash)\\b)))"
            // "There's a small bruise on the left temple", "Gait is slow and a bit unsteady", "Mild tremor of both hands.", "Mini-Cog 4
            // out of 5.": what the examination found, said aloud (they were left out)
            + "|(?:there's|there is|there’s) (?:a |an |some )?(?:small |large |mild |faint |fresh |old )?(?:bruise|bruising|cut|graze|laceration|"
            + "wound|swelling|rash|lump|abrasion)\\b|(?:mild |fine |coarse |marked |slight )?tremor (?:of|in) (?:both|the|his|her|their|your)\\b|"
            // "Several older linear scars on both thighs.": what the skin shows
            + "(?:several |multiple |a few |numerous |two |three |four |some )?(?:(?:old|older|healed|healing|fresh|recent|superficial|"
            + "linear|faint|white|raised|pink|red) ){1,3}(?:scars?|cuts?|lacerations?|wounds?|abrasions?|burns?)\\b(?= (?:on|to|across|over) )|"
            + "gait (?:is|was|slow|steady|unsteady|normal|broad|shuffling|antalgic)\\b|timed up and go\\b|mini-?cog\\b|(?:MMSE|MoCA)\\b(?=\\s*"
            + "(?:score )?(?:of |is |was )?\\d)|(?:pupils|cranial nerves|power|tone|sensation|coordination|romberg|ankles|calves)\\s+(?:is|are|was|"
            + "were|equal|normal|intact|clear|warm|swollen|\\d)\\b";
    static final Pattern EXAMINED_PATTERN = Pattern.compile("^" + EXAMINED, Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_STYLE = Pattern.compile("^(?:(?:the )?(?:client|pt|patient)\\s+(?:appeared|appears|presented|presents|"
            + "arrived|(?:was|is) (?:observed|noted|alert|oriented|tearful|calm|cooperative|engaged|casually|well|neatly|dishevel\\w*|"
            + "dressed|groomed|unkempt|guarded|agitated|restless|fidgety|hostile|withdrawn))\\b|"
            + "(?:speech|affect|mood|thought process|thought content|insight|judge?ment|eye contact|psychomotor(?: activity)?|orientation|"
            + "attention|concentration|cognition|appearance)"
            + "(?:\\s*:|\\s+(?:normal|regular|rapid|slow|pressured|soft|loud|linear|logical|goal[- ]directed|tangential|circumstantial|"
            + "constricted|restricted|blunted|flat|labile|congruent|incongruent|euthymic|dysthymic|depressed|anxious|irritable|expansive|"
            + "euphoric|elevated|fair|good|poor|limited|intact|impaired|appropriate|within normal limits|wnl|unremarkable|agitation|"
            + "retardation|slowing|described as|(?:is|was) (?:\\w+ ){0,2}?(?:rapid|slow|pressured|soft|loud|normal|linear|goal[- ]directed|"
            + "tangential|expansive|euphoric|constricted|blunted|flat|labile|poor|fair|good|intact|impaired)|with (?:flight|loose|tangential|"
            + "circumstantial|grandiose|paranoid|ideas|no)\\b)\\b|"
            // "Speech is fluent with occasional word-finding pauses.", "Affect is bright but shallow.": any finding, said as notes say it
            + "\\s+(?:is|was) (?:mildly |somewhat |very |quite |markedly |slightly )?(?!(?:important|something|what|the|a|an|key|hard|"
            + "tricky|interesting|why|how|not|going|getting|really|so)\\b)[a-z-]{4,}\\b(?! (?:to|for|about|that|if)\\b))|"
            // "Recall one of three at five minutes.", "Recall 2/3 at 5 min."
            + "(?:delayed )?recall (?:\\d|one|two|three|zero|none|all)\\b|"
            // "No perceptual disturbances.", "No psychotic symptoms.": a finding charted as absent
            + "mood\\s+[\"“]|no (?:perceptual disturbances?|psychotic symptoms|hallucinations|delusions|evidence of psychosis|AH|VH|AVH)\\b|"
            // an examination said aloud: "Blood pressure is 128 over 82, pulse 88 and regular.", "Chest is clear, heart sounds normal."
            + EXAMINED + "|"
            // the clinician dictating a mental status examination into the session: "Alert and oriented to person, place, and time."
            + "alert and oriented\\b|a&o\\b|oriented (?:x ?\\d|to person)|denies (?:ah|vh|avh|hallucinations)\\b|"
            + "(?:not )?(?:appearing|appears?) to (?:be )?respond(?:ing)? to internal stimuli\\b)",
            Pattern.CASE_INSENSITIVE);

    /** {@code text} without the name it opens by addressing ("Jake, ...", "Mrs. Lee, ..."); not "So, ..." or "Well, ...". */
    private static String withoutVocative(String text) {
        Matcher vocative = VOCATIVE.matcher(text);
        return vocative.lookingAt() && !COMMON_STARTS.contains(vocative.group(1).toLowerCase(Locale.ROOT))
                ? text.substring(vocative.end()) : text;
    }

    /** Whether the clinician speaks as notes are written: "Speech is rapid, loud, and pressured.", "Alert and oriented x3." */
    /** Whether a note's sentence opens with its verb ("Agrees to support ...", "Reports ..."), which {@link #notes} gives "Client". */
    static boolean opensWithVerb(String text) {
        return SUBJECTLESS.matcher(expand(text)).find();
    }

    static boolean isNoteStyle(String text) {
        return NOTE_STYLE.matcher(text.strip()).lookingAt();
    }

    /**
     * {@link #SAME_TIME} matched: "Same time next Tuesday?"; "Same time next week, and message me through the portal if the
     * connection drops." with the task said after it.
     */
    private Optional<String> nextSessionSameTime(Matcher sameTime) {
        return Optional.of("Next session: same time " + decapitalized(sameTime.group(1))
                + (sameTime.group(2) == null ? "" : ". " + client + " was asked to " + secondToThird(sameTime.group(2))));
    }

    /** A step the clinician suggests, reminds of, or asks to be contacted about, and a next session booked (questions too). */
    private Optional<String> suggestionOrReminder(String said) {
        Matcher suggested = SUGGESTED.matcher(said);
        if (suggested.matches() && InputReader.words(said) >= 5) {
            // "What if you tried going to bed at the same time every night this week?": "try going ..."; "You might try
            // writing a letter ...": "try writing"
            String verb = suggested.group(1);
            String what = verb.toLowerCase(Locale.ROOT).matches("try|tried|trying") ? "try" + suggested.group(2)
                    : verb.toLowerCase(Locale.ROOT).endsWith("ing") ? "try " + verb + suggested.group(2) : verb + suggested.group(2);
            if (what.toLowerCase(Locale.ROOT).matches("^(?:be|feel|have|think|say|know|want|mean|see|find|notice)\\b(?! (?:if|whether|one|a|an|two|three)\\b).*")
                    && !verb.toLowerCase(Locale.ROOT).endsWith("ing")) {
                return Optional.empty(); // "You might feel tired at first.", "You could say that." : no step
            }
            return Optional.of(client + " was encouraged to " + secondToThird(what));
        }
        Matcher reminded = REMINDED.matcher(said);
        if (reminded.matches()) {
            return Optional.of(client + " was reminded to " + secondToThird(reminded.group(1)));
        }
        Matcher contact = CONTACT_ME.matcher(said);
        if (contact.matches()) {
            return Optional.of(client + " was instructed to " + contact.group(1).toLowerCase(Locale.ROOT) + " " + clinicianReference() + " "
                    + secondToThird(contact.group(2)));
        }
        Matcher scheduled = SCHEDULED_FOR.matcher(said);
        if (scheduled.matches()) {
            return Optional.of("Next session: " + scheduled.group(1));
        }
        return Optional.empty();
    }

    Optional<String> clinicianSpeech(String text) {
        // "No. You're someone with OCD who cares a lot about not hurting people.": the answer to the client's question, then what
        // the clinician says (it read "Therapist stated that no. he is someone ...")
        text = ANSWER_FIRST.matcher(text).replaceFirst("");
        Matcher readAloud = READ_ALOUD.matcher(text.strip());
        if (readAloud.matches() && InputReader.words(readAloud.group(1)) >= 8 && !readAloud.group(1).strip().endsWith("?")) {
            // "Here's the script. "I had a blasphemous thought during the consecration. I didn't confess it. ..."": words read out
            // as written (an exposure script, a letter), quoted as they are (it read "Therapist explained that "I had ...")
            return Optional.of(clinician + " read aloud: \u201C" + readAloud.group(1).strip() + "\u201D");
        }
        Matcher listAfter = LIST_AFTER.matcher(text.strip());
        if (listAfter.matches() && InputReader.listAlone(listAfter.group(2))) {
            // "Those are really common reactions after a call like this. Intrusive images, poor sleep, being on edge, avoiding the
            // place.": the list is what the sentence named (it read "Therapist stated that Intrusive images, poor sleep, ...")
            text = listAfter.group(1) + ": " + Character.toLowerCase(listAfter.group(2).charAt(0)) + listAfter.group(2).substring(1);
        }
        if (BECAUSE_I_WANT_YOU.matcher(stripEnd(text)).matches()) {
            // "Because I want you to have some space between you and them while we figure this out.": why the step was asked, to
            // the client's "Why?" (it read "Client was asked to have some space between her and them")
            return Optional.empty();
        }
        Matcher guidedWithMe = GUIDED_WITH_ME.matcher(text.strip());
        if (guidedWithMe.matches()) {
            // "Now paced breathing with me.": an exercise led in the room, named without its verb
            return Optional.of(clinician + " guided " + guidedWithMe.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher messageRead = MESSAGE_READ.matcher(text.strip());
        if (messageRead.matches()) {
            // "She read it to me. It said, "Take care of Bella for me, I'm sorry for everything."": a message the client sent, read
            // back as written (it was left out)
            return Optional.of(clinician + READ_BACK + "\u201C" + messageRead.group(1).strip() + "\u201D");
        }
        // "... a younger soldier who'd been in your exact position. Not to argue you out of the guilt, but to see it from a
        // different angle.": what it is not for, said after it (read as one sentence by the input reader)
        text = text.replaceFirst("\\.\\s+Not (to|because|so that)\\b", ", not $1");
        // "One of the things we can do is look at what you'd say to a younger soldier ...": a step proposed, as "Let's ..." is
        if (CONDITION_CALLED.matcher(text).find() && !text.strip().endsWith("?")) {
            // "A rise of more than thirty when you stand can be a condition called POTS, which sometimes follows Covid.": a diagnosis
            // the clinician raises (it was left out)
            return Optional.of(clinician + " explained that " + secondToThird(lowerFirst(stripEnd(withoutVocative(text))))
                    .replaceFirst("^that (?=fits|sounds|looks|is|seems)", "this "));
        }
        Matcher adviceFor = ADVICE_FOR.matcher(stripEnd(text));
        if (adviceFor.matches()) {
            // "For the dizziness, increase your fluids to two to three litres a day and a bit more salt, and get up slowly."
            return Optional.of(client + " was advised to " + secondToThird(lowerFirst(adviceFor.group(2))) + " (for the " + adviceFor.group(1)
                    + ")");
        }
        Matcher likeYouTo = TRY_YOU_DOING.matcher(stripEnd(text));
        if (likeYouTo.matches()) {
            // "One thing I'd like us to try is you keeping a log this week: when you play, ...": the task, as a thing to try
            return Optional.of(client + " was asked to try " + secondToThird(likeYouTo.group(1)));
        }
        Matcher dutyToReport = DUTY_TO_REPORT.matcher(stripEnd(text));
        if (dutyToReport.matches()) {
            // "When someone your age tells me an adult at home hurt them, I have to let child protective services know.": the limit
            // of confidentiality, told the client (it was left out, leaving "it's so someone can make sure he is safe" alone)
            return Optional.of(clinician + " explained the duty to report: " + secondToThird(lowerFirst(stripEnd(text))));
        }
        Matcher weCanDo = WE_CAN_DO.matcher(text);
        if (weCanDo.matches()) {
            return clinicianSpeech("Let's " + weCanDo.group(1));
        }
        // "Let's keep an eye on that together, and if it ever turns into thoughts of ending your life, I want you to call me or
        // 988.": what they will do, and what the client is to do if (it read "Client will keep an eye on that together, and if
        // ..., the therapist wants her to call the therapist or 988")
        Matcher letsAndIf = LETS_AND_IF.matcher(text);
        if (letsAndIf.matches()) {
            Optional<String> first = clinicianSpeech(letsAndIf.group(1) + ".");
            Optional<String> then = clinicianSpeech(Character.toUpperCase(letsAndIf.group(2).charAt(0)) + letsAndIf.group(2).substring(1));
            if (first.isPresent() && then.isPresent()) {
                return Optional.of(first.get() + ". " + then.get());
            }
        }
        // "Between now and next time, see if you can notice when the critical voice shows up.": the task
        text = SEE_IF_YOU_CAN.matcher(text).replaceFirst("");
        // "Let's make a safety plan together, is that okay?": a proposal with a tag question is a statement
        text = TAG_QUESTION.matcher(text).replaceFirst(".");
        // "Before we finish, I'd like to teach you a grounding exercise ...": when in the session says nothing of what
        Matcher timeInSession = TIME_IN_SESSION.matcher(text);
        if (timeInSession.lookingAt()) {
            text = Character.toUpperCase(text.charAt(timeInSession.end())) + text.substring(timeInSession.end() + 1);
        }
        // "Both of you practise the pause.": a task for the client and the relative in the room (who, the engine adds)
        Matcher bothDo = BOTH_IMPERATIVE.matcher(stripEnd(text));
        if (bothDo.matches()) {
            return Optional.of(client + " was asked to " + secondToThird(bothDo.group(1)));
        }
        text = BOTH_TO.matcher(text).replaceAll("you to"); // "I'd like you both to try a pause"
        Matcher withRelative = YOU_AND_RELATIVE_TO.matcher(text);
        if (withRelative.find()) {
            // "I'd also like you and your wife to agree on a time-out signal, ...": "Client and his wife were asked to ..."
            String relation = withRelative.group(1).toLowerCase(Locale.ROOT);
            Optional<String> task = clinicianSpeech((text.substring(0, withRelative.start()) + "you" + text.substring(withRelative.end(1)))
                    .replaceAll("(?i)\\b(either|neither|each|both|one) of you\\b", "$1 of them"));
            Matcher given = GIVEN_TASK.matcher(task.orElse(""));
            if (given.lookingAt() && task.get().startsWith(client + " was")) {
                return Optional.of(client + " and " + pronouns.possessive() + " " + relation + " were " + task.get().substring(given.end()));
            }
        }
        // "Mrs. Lee, could you check in with Jordan once in the evening ...?": the name addressed is not the task
        Matcher asked = CLINICIAN_DIRECTIVE.matcher(stripEnd(withoutVocative(text)));
        if (text.endsWith("?") && asked.matches() && BETWEEN_SESSIONS.matcher(text).find()) {
            // "For this week, could you try getting out of your room for one short walk each day?": homework, asked politely
            return Optional.of(client + " was asked to " + secondToThird(asked.group(1)));
        }
        Optional<String> suggested = suggestionOrReminder(stripEnd(withoutVocative(text)));
        if (suggested.isPresent()) {
            return suggested;
        }
        Matcher sameTimeAsked = SAME_TIME.matcher(stripEnd(text));
        if (text.endsWith("?") && sameTimeAsked.matches() && sameTimeAsked.group(2) == null) {
            // "Same time next Tuesday?": the next session, proposed as a question
            return nextSessionSameTime(sameTimeAsked);
        }
        Matcher meansAway = COULD_YOU.matcher(stripEnd(withoutVocative(text.replaceFirst("(?i)^first thing,\\s*", ""))) + "?");
        if (text.endsWith("?") && meansAway.matches() && MEANS_PUT_AWAY.matcher(meansAway.group(1)).find()) {
            // "Can you take the pills and put them outside your front door?": the means put out of reach, asked for in a crisis
            // (it was left out as a question)
            return Optional.of(client + " was asked to " + secondToThird(meansAway.group(1)));
        }
        if (text.endsWith("?")) {
            // "On a scale from zero to ten, how important is it to you to change?": a ruler of motivational interviewing
            Matcher ruler = RULER.matcher(text);
            return ruler.find() ? Optional.of(clinician + " used " + switch (ruler.group(1).toLowerCase(Locale.ROOT).substring(0, 4)) {
                case "impo" -> "an importance ruler";
                case "conf" -> "a confidence ruler";
                default -> "a readiness ruler";
            } + " (motivational interviewing)") : Optional.empty();
        }
        if (NOTE_STYLE.matcher(text).lookingAt()) {
            // "Client appeared tired, unshaven ...", "Speech normal rate, thought process linear.": the clinician's own
            // observations typed into the transcript, written as notes are
            // ("Blood pressure ... 128 over 76 standing, and you felt dizzy when you stood.": the patient, in the third person)
            return Optional.of(notes(SECOND_PERSON.matcher(text).find() ? secondToThird(text) : text));
        }
        // ("Because you mentioned wanting to disappear, I need to let your mom know": the reason stays with what it is for)
        String plain = REASON_CLAUSE.matcher(stripEnd(text)).lookingAt() ? stripEnd(text)
                : CONJUNCTION_START.matcher(stripEnd(text)).replaceFirst("");
        plain = withoutVocative(plain); // "Jake, this week I'd like you to ...": the name addressed is not content
        if (PLEASE_DO_ALONE.matcher(plain).matches()) {
            return Optional.empty(); // "Can I bring my mom next time?" "Yes, please do.": a yes, no task of its own (it read "asked to do")
        }
        Matcher timeUp = TIME_UP.matcher(plain);
        if (timeUp.matches()) {
            // "We're near the end of our time, so we'll stop here for today even though the memory isn't fully cleared.": an
            // incomplete session is charted as such; the time alone is not content
            return timeUp.group(1) != null && NOT_CLEARED.matcher(timeUp.group(1)).find()
                    ? Optional.of("Incomplete processing: the session ended before the memory was fully cleared")
                    // "We're at time, so let's do the container.": what is done to close
                    : timeUp.group(1) != null && !timeUp.group(1).isBlank() ? clinicianSpeech(STOP_AND.matcher(timeUp.group(1))
                            .replaceFirst("let's ") + ".") : Optional.empty();
        }
        if (CLOSING.matcher(plain).find()) {
            return Optional.empty(); // "Let's stop here for today.": the session ends, which the note does not need told
        }
        Matcher both = TWO_ADDRESSED.matcher(plain);
        if (both.matches()) {
            // "For this week, I'd like the phone to charge in the kitchen at ten, and Jordan, I'd like you to try the wind-down
            // routine ...": two tasks, the second to someone named
            Optional<String> first = clinicianSpeech(both.group(1) + ".");
            Optional<String> second = clinicianSpeech(both.group(2) + ".");
            if (first.isPresent() && second.isPresent()) {
                return Optional.of(stripEnd(first.get()) + ". " + second.get());
            }
        }
        Matcher seeHow = SEE_HOW_IT_GOES.matcher(plain);
        if (seeHow.matches()) {
            return clinicianSpeech(seeHow.group(1)); // "Let's see how it goes and we'll look at your sleep log next Tuesday at five."
        }
        Matcher andTogether = AND_TOGETHER.matcher(plain);
        if (andTogether.matches()) {
            // "..., I need to let your mom know, and I'd like us to make a safety plan together today.": what the clinician
            // will do, and what the two do now
            Optional<String> first = clinicianSpeech(andTogether.group(1) + ".");
            Optional<String> second = clinicianSpeech(andTogether.group(2) + ".");
            if (first.isPresent() && second.isPresent()) {
                return Optional.of(stripEnd(first.get()) + ". " + second.get());
            }
        }
        Matcher wanted = CLINICIAN_WANTS_DONE.matcher(plain);
        if (wanted.matches()) {
            // "For this week, I'd like the phone to charge in the kitchen at ten."
            // ("Raj to join us for part of the next session": "Raj to join part of the next session")
            // ("I'd like her to come and take you to the emergency room": "her" is someone else, so "you" is the client by name)
            String wantedDone = OTHER_PERSON_TO.matcher(wanted.group(2)).lookingAt()
                    ? wanted.group(2).replaceAll("(?i)\\byour\\b", "the client's").replaceAll("(?i)\\byou\\b", "the client") : wanted.group(2);
            return Optional.of(clinician + " asked for " + secondToThird(wantedDone.replaceFirst("\\bjoin us for ", "join ")
                            .replaceFirst("\\bjoin us\\b", "join the session"))
                    + (wanted.group(1) == null ? "" : ", " + wanted.group(1).toLowerCase(Locale.ROOT)));
        }
        Matcher mine = MY_IMPRESSION.matcher(plain);
        if (mine.matches()) {
            // "My impression is major depressive disorder, moderate, and alcohol use disorder, moderate."
            return Optional.of(clinician + "'s " + mine.group(1).toLowerCase(Locale.ROOT) + " is " + secondToThird(mine.group(2)));
        }
        Matcher recommended = TREATMENT_NAMED.matcher(plain);
        if (recommended.matches()) {
            // "Here's what I'd recommend. Weekly therapy with me using CBT and motivational interviewing."
            // ("with me": the clinician who recommends it)
            return Optional.of(clinician + " recommended " + secondToThird(decapitalized(plain.replaceFirst("(?i)\\s+with me\\b", ""))));
        }
        Matcher target = TARGET_NAMED.matcher(plain);
        if (target.matches()) {
            // "We'll go back to the target we set up: the night he threw the chair through the window."
            return Optional.of("Target memory: " + secondToThird(target.group(1)));
        }
        Matcher dayAgreed = DAY_AGREED.matcher(plain);
        if (dayAgreed.matches()) {
            return Optional.of("Next session: " + dayAgreed.group(1)); // "I can do Friday." "Friday at ten, then."
        }
        Matcher nextIs = NEXT_SESSION_IS.matcher(plain);
        if (nextIs.matches()) {
            return Optional.of("Next session: " + secondToThird(nextIs.group(1))); // "Next session is Thursday at two."
        }
        Matcher next = CLINICIAN_NEXT.matcher(plain);
        if (next.matches()) {
            return Optional.of("Next session: " + secondToThird(next.group(1)).replaceFirst("^they will ", ""));
        }
        Matcher distortion = CLINICIAN_NAMES_DISTORTION.matcher(plain);
        if (distortion.matches()) {
            return Optional.of(clinician + " identified the thought as " + secondToThird(distortion.group(1)));
        }
        Matcher meet = CLINICIAN_MEET.matcher(plain);
        if (meet.matches()) {
            return Optional.of("Next session: " + secondToThird(meet.group(1)));
        }
        Matcher noticed = CLINICIAN_NOTICED.matcher(plain);
        if (noticed.matches()) {
            // ("I noticed your jaw tighten when ...": seen happen, "Therapist noticed his jaw tighten", not "observed that his jaw tighten")
            // ("I can see you shifting in the chair now, crossing and uncrossing your legs.": seen as it happens, "now" is the session)
            return Optional.of(clinician + (SEEN_HAPPEN.matcher(noticed.group(1)).lookingAt() ? " noticed " : " observed that ")
                    + secondToThird(noticed.group(1).replaceFirst("^(you \\w+ing\\b[^,.]*?) (?:right )?now\\b", "$1")));
        }
        Matcher named = TASK_NAMED_AFTER.matcher(plain);
        if (named.matches()) {
            return Optional.of(client + " was asked to " + named.group(1).toLowerCase(Locale.ROOT) + " " + secondToThird(named.group(3))
                    + (named.group(2) == null ? "" : " " + named.group(2).toLowerCase(Locale.ROOT)));
        }
        Matcher togetherToday = WE_WILL_TOGETHER_TODAY.matcher(plain);
        if (togetherToday.matches()) {
            return Optional.of(clinician + " and client will " + togetherToday.group(1).toLowerCase(Locale.ROOT) + " "
                    + secondToThird(togetherToday.group(2)) + " in this session");
        }
        String statement = stripEnd(plain); // (the rules below read the sentence without its end)
        Matcher agenda = NEXT_SESSION_AGENDA.matcher(statement);
        if (agenda.matches()) {
            // "Next session I'd like us to talk about other ways to stay connected to Mark."
            return Optional.of("Next session: " + secondToThird(agenda.group(1)));
        }
        Matcher worth = WORTH_DOING.matcher(statement);
        if (worth.matches()) {
            // "It's still worth seeing a doctor or the clinic on campus, for STI testing and emergency care, even now."
            // ("That might be worth raising with Dr. Ortiz.": "recommended raising this with Dr. Ortiz")
            return Optional.of(clinician + " recommended " + worth.group(2).toLowerCase(Locale.ROOT)
                    + (worth.group(1).equalsIgnoreCase("it") ? "" : " this") + " " + secondToThird(worth.group(3).strip()));
        }
        Matcher keepChecking = KEEP_CHECKING.matcher(statement);
        if (keepChecking.matches()) {
            // "The passive thoughts about your family being better off are something we'll keep checking on."
            return Optional.of(clinician + " will " + keepChecking.group(2).toLowerCase(Locale.ROOT) + " "
                    + secondToThird(lowerFirst(keepChecking.group(1))));
        }
        Matcher helps = HELPS_PEOPLE.matcher(statement);
        if (helps.matches()) {
            return Optional.of(clinician + " suggested " + secondToThird(helps.group(1)));
        }
        Matcher labs = LABS_WANTED.matcher(statement);
        if (labs.matches()) {
            // "I'd also like a TSH and a basic metabolic panel this week, since your thyroid can affect mood."
            return Optional.of(clinician + " ordered " + secondToThird(labs.group(1))
                    + (labs.group(2) == null ? "" : secondToThird(labs.group(2))));
        }
        Matcher offered = NUMBER_OFFERED.matcher(statement);
        if (offered.matches()) {
            // "I can give you the number for the sexual assault nurse program at the hospital, and they can talk you through ..."
            return Optional.of(clinician + " offered " + secondToThird(offered.group(1)));
        }
        Matcher resource = RESOURCE_MENTIONED.matcher(statement);
        if (resource.matches()) {
            // "I also want to mention the survivors of suicide loss group that meets at the library on Thursdays."
            return Optional.of(clinician + (resource.group(1).toLowerCase(Locale.ROOT).matches("recommend|suggest")
                    ? " recommended " : " provided information about ") + secondToThird(resource.group(2)));
        }
        Matcher crisisLine = CRISIS_LINE_THERE.matcher(statement);
        if (crisisLine.matches()) {
            // "And the 988 line is there any time, day or night, if it gets heavier than you can handle."
            return Optional.of(clinician + " reminded " + selfNoun + " that " + (crisisLine.group(1) == null ? ""
                    : secondToThird(crisisLine.group(1)) + ", ") + "the " + crisisLine.group(2) + " is available"
                    + (crisisLine.group(3).isBlank() ? "" : " " + secondToThird(crisisLine.group(3).strip())));
        }
        Matcher reviewNext = CLINICIAN_REVIEW_NEXT.matcher(plain);
        if (reviewNext.matches()) {
            String object = reviewNext.group(2).toLowerCase(Locale.ROOT);
            String what = object.matches("it|that|this") ? "this" : object.matches("them|those|these") ? "these"
                    : secondToThird(reviewNext.group(2));
            String when = secondToThird(reviewNext.group(3));
            return Optional.of("Next session: " + (when.matches("(?i)next (?:session|time|visit|appointment)") ? ""
                    : when + ", to ") + reviewNext.group(1).toLowerCase(Locale.ROOT) + " " + what);
        }
        Matcher spelled = TASK_AFTER_COLON.matcher(plain);
        if (spelled.matches() && !LETS_BETWEEN_SESSIONS.matcher(plain).matches()) {
            // "For this week, let's build on Monday: in Thursday's meeting, ask one question, even a short one, and write your
            // prediction before and what happened after.": the task is what follows the colon (what "let's do two more
            // experiments: ..." names is kept whole, below)
            return Optional.of(client + " was asked, " + spelled.group(1).toLowerCase(Locale.ROOT) + ","
                    + (spelled.group(2) == null ? "" : " " + secondToThird(lowerFirst(spelled.group(2))) + ",")
                    + " to " + secondToThird(decapitalized(spelled.group(3))));
        }
        Matcher listed = TASKS_LISTED.matcher(plain);
        if (listed.matches() && !spelled.matches()) {
            // the tasks named one after another, after their period and a colon: kept as the clinician listed them
            String period = listed.group(1).toLowerCase(Locale.ROOT);
            // "For this week: Tyler, do step one and two of the essay by Sunday.": one task, to the client by name
            String tasks = withoutVocative(stripEnd(listed.group(2)));
            return Optional.of(client + " was asked, " + (period.equals("homework") ? "as homework" : period) + ", to "
                    + (TASK_VERB.matcher(tasks).lookingAt() ? "" : "do the following: ") + secondToThird(decapitalized(tasks)));
        }
        Matcher assigned = HOMEWORK_IS.matcher(plain);
        if (assigned.matches()) {
            // "Your homework is to notice when the critical voice shows up."
            // ... or names it: "Your homework is the thought record, three times this week."
            return Optional.of(assigned.group(1) != null ? client + " was asked, as homework, to " + secondToThird(assigned.group(1))
                    : "Homework: " + secondToThird(assigned.group(2)));
        }
        Matcher sameTime = SAME_TIME.matcher(plain);
        if (sameTime.matches()) {
            return nextSessionSameTime(sameTime);
        }
        Matcher forbidden = NO_DOING.matcher(plain);
        if (forbidden.matches()) {
            // "And no driving while you're at an eight or above.": a limit set, said as notes say it
            return Optional.of(client + " was advised: no " + secondToThird(forbidden.group(1)));
        }
        Matcher encourages = CLINICIAN_ENCOURAGES.matcher(plain);
        if (encourages.matches()) {
            // "And I'd encourage you to talk to your oncologist about the sleep."
            String verb = encourages.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(client + " was " + verb + (verb.endsWith("e") ? "d" : "ed") + " to " + secondToThird(encourages.group(2)));
        }
        Matcher dont = NEGATIVE_IMPERATIVE.matcher(stripEnd(plain));
        if (dont.matches() && InputReader.words(plain) >= 4) {
            String what = secondToThird(AND_DONT.matcher(dont.group(1)).replaceAll("$1 $2 not to "));
            // "Don't push it away and don't tell yourself he's fine.": guidance during an exposure, not advice for the week
            return Optional.of(RESISTING.matcher(dont.group(1)).lookingAt() && !BETWEEN_SESSIONS.matcher(plain).find()
                    ? clinician + " guided the client not to " + what : client + " was advised not to " + what);
        }
        Matcher stayOn = STAY_ON_CALL.matcher(stripEnd(plain));
        if (stayOn.matches()) {
            // each was left out of a crisis session's interventions
            // ("until Dana gets there": the staying is told as done, and so is the arriving)
            return Optional.of(clinician + " stayed on the call with the client" + continued(stayOn.group(1)
                    .replaceFirst("\\buntil (\\S+(?: \\S+)?) (?:gets|comes|arrives)(?: (?:there|here|over))?\\b", "until $1 arrived")));
        }
        Matcher colleague = COLLEAGUE_CALLING.matcher(stripEnd(plain));
        if (colleague.matches()) {
            return Optional.of(clinician + "'s " + colleague.group(1).toLowerCase(Locale.ROOT) + " called " + colleague.group(2)
                    + continued(colleague.group(3)));
        }
        Matcher notABurden = NOT_A_BURDEN.matcher(stripEnd(plain));
        if (notABurden.matches()) {
            // "You're not a burden when you call for coaching.": it was left out
            return Optional.of(clinician + " reassured the client that " + pronouns.subject() + " " + (pronouns == Pronouns.NeutralThem ? "are" : "is")
                    + " not " + secondToThird(notABurden.group(1)));
        }
        Matcher selfBlame = DONT_BLAME.matcher(stripEnd(plain));
        if (selfBlame.matches()) {
            // "Don't blame yourself for this.": guilt addressed (it read "Therapist stated that Don't blame herself for this")
            return Optional.of(clinician + " reassured the client not to " + secondToThird(selfBlame.group(1)));
        }
        Matcher directive = CLINICIAN_DIRECTIVE.matcher(plain);
        if (directive.matches()) {
            return Optional.of(client + " was asked to " + secondToThird(directive.group(1)));
        }
        // "Fifteen minutes at seven o'clock, write down the worries ...": when, then the task
        Matcher timed = TIME_OF_TASK.matcher(plain);
        String at = timed.lookingAt() ? ", " + timed.group(1).toLowerCase(Locale.ROOT) : "";
        Matcher imperative = CLINICIAN_IMPERATIVE.matcher(WHEN_PREFIX.matcher(at.isEmpty() ? plain : plain.substring(timed.end())).replaceFirst(""));
        if (imperative.matches() && InputReader.words(plain) >= 4) {
            String task = imperative.group(1) + at;
            if (IN_SESSION_RATING.matcher(task).lookingAt() && !BETWEEN_SESSIONS.matcher(plain).find()) {
                // "Rate your anxiety before we start, zero to ten.": a rating asked for now, not a task for the week
                return Optional.of(clinician + " asked the client to " + secondToThird(decapitalized(task)));
            }
            Matcher inTheRoom = IN_THE_ROOM.matcher(task);
            if (inTheRoom.find() && inTheRoom.group(1) != null && !BETWEEN_SESSIONS.matcher(plain).find()) {
                // (in the note, "this bowl" is "the bowl")
                task = task.substring(0, inTheRoom.start(1)) + "the" + task.substring(inTheRoom.end(1));
            }
            if ((COACHING.matcher(task).lookingAt() || inTheRoom.reset().find()) && !BETWEEN_SESSIONS.matcher(plain).find()) {
                // "Notice the urge, and let it be there.": guidance during an exposure or a skill, not a task for the week
                return Optional.of(clinician + " guided the client to " + secondToThird(decapitalized(task)));
            }
            return Optional.of(client + " was asked to " + secondToThird(decapitalized(task)));
        }
        Matcher forTheWeek = PERIOD_THEN_TASK.matcher(plain);
        if (forTheWeek.matches() && forTheWeek.group(2).regionMatches(true, 0, "no ", 0, 3)) {
            // "For this week, no smoking before class, and try the wind-down routine ...": a limit, then the task
            return Optional.of(client + " was asked, " + forTheWeek.group(1).toLowerCase(Locale.ROOT) + ", to avoid "
                    + secondToThird(forTheWeek.group(2).substring(3)));
        }
        if (forTheWeek.matches()) {
            // "For this week, ride the train two stops past your usual exit and stay on even if the panic comes."
            return Optional.of(client + " was asked, " + forTheWeek.group(1).toLowerCase(Locale.ROOT) + ", to "
                    + secondToThird(decapitalized(forTheWeek.group(2))));
        }
        Optional<String> decided = medicationDecision(plain, clinician);
        if (decided.isPresent()) {
            return decided;
        }
        Matcher suggests = CLINICIAN_SUGGESTS.matcher(plain);
        if (suggests.matches()) {
            String why = suggests.group(1) == null ? "" : ", " + secondToThird(lowerFirst(suggests.group(1)));
            return Optional.of(clinician + " recommended " + GERUNDS.get(suggests.group(2).toLowerCase(Locale.ROOT)) + " "
                    + secondToThird(suggests.group(3)) + why);
        }
        Matcher seeAgain = CLINICIAN_SEE_AGAIN.matcher(plain);
        if (seeAgain.matches()) {
            String when = secondToThird(seeAgain.group(1));
            // "I'd like to see you weekly": how often, not when next
            return Optional.of((HOW_OFTEN_SEEN.matcher(when).lookingAt() ? "Sessions: " : "Next session: ") + when);
        }
        Matcher permits = CLINICIAN_PERMITS.matcher(plain);
        if (permits.matches()) {
            return Optional.of(client + (permits.group(1).equalsIgnoreCase("should") ? " was advised to " : " may ")
                    + permits.group(2).toLowerCase(Locale.ROOT) + " " + secondToThird(permits.group(3)));
        }
        if (THIRD_PERSON_OBSERVED.matcher(plain).lookingAt()) {
            // "Jordan appears tired, with a flat affect and little eye contact, but he's been honest and cooperative.": the
            // clinician's observation, said aloud as if into the notes
            String seenAs = plain.matches("(?i)^(?:he|she|they|the client)\\b.*") ? Character.toLowerCase(plain.charAt(0)) + plain.substring(1) : plain;
            return Optional.of(clinician + " observed that " + seenAs.replaceFirst("[.!]+$", ""));
        }
        Matcher spent = WE_SPENT_TODAY.matcher(plain);
        if (spent.matches()) {
            // "We spent most of today working on your safety plan.": what the session was given to (it read "Therapist stated
            // that they spent most of today ...")
            return Optional.of(clinician + " and client spent " + (spent.group(1) == null ? "" : spent.group(1).toLowerCase(Locale.ROOT))
                    + "the session " + secondToThird(stripEnd(spent.group(2))));
        }
        Matcher administered = ADMINISTERED.matcher(plain);
        if (administered.matches()) {
            // "I gave you the PHQ-9 and your score was 16.": the measure and its score (it was left out)
            return Optional.of(clinician + " administered the " + administered.group(1) + "; " + pronouns.possessive() + " score was "
                    + stripEnd(administered.group(2)));
        }
        // a score or vital sign said aloud is noted, a mental status finding observed
        String seen = CLINICIAN_MEASURES.matcher(plain).find() ? " noted that "
                : CLINICIAN_OBSERVES.matcher(plain).find() ? " observed that " : null;
        if (seen != null) {
            return Optional.of(clinician + seen + secondToThird(decapitalized(plain.replaceFirst("^(?i)" + I_NOTICE, "")
                    .replaceFirst("(?i)^(?:" + BEFORE_WE_START + "|first of all|first),?\\s+", "")
                    // ("On the questionnaire you filled out in the waiting room, your PHQ-9 was seventeen": the score)
                    .replaceFirst("(?i)^(?:on|in|from) (?:your|the|today's|today’s|this) [^,]{2,60},\\s+(?=(?:your|the)\\b)", ""))));
        }
        Matcher thinks = CLINICIAN_IMPRESSION.matcher(plain);
        if (thinks.find()) {
            // "Dr. Patel thinks this is depression ...", and what it rests on after it
            String basis = thinks.group(1);
            return Optional.of(basis == null ? secondToThird(plain) : secondToThird(plain.substring(basis.length())) + ", "
                    + secondToThird(lowerFirst(basis.replaceFirst(",\\s*$", ""))));
        }
        Matcher job = YOUR_JOB.matcher(plain);
        if (job.matches()) {
            // "Mom, your job is to stay at the door and not call out to her ...": the part given to the one addressed
            return Optional.of(client + " was asked to " + secondToThird(job.group(1)));
        }
        Matcher ifReady = IF_READY_TRY.matcher(plain);
        if (ifReady.matches()) {
            // "If you're ready by Thursday, try the corner store with mom waiting outside.": the next step, when the client is ready
            return Optional.of(client + " was asked to " + secondToThird(ifReady.group(2)) + (ifReady.group(1) == null ? " when ready"
                    : " by " + ifReady.group(1) + ", if ready"));
        }
        Matcher step = TODAYS_STEP.matcher(plain);
        if (step.matches()) {
            // "Today's step on the hierarchy is walking to the end of the block, with your mom staying at the front door ...": the
            // exposure done in the session
            return Optional.of("In-session exposure (next step of the hierarchy): " + secondToThird(step.group(1)));
        }
        Matcher nameGiven = NAMED_AS.matcher(plain);
        if (nameGiven.matches() && !NAMES_THE_HARM.matcher(plain).find()) {
            // "There's a name for that, moral injury. It's when something you did ... goes against your own moral code.": what the
            // client told, named by the clinician, and what the name means (alone, both were left out)
            String meaning = nameGiven.group(2) != null ? "when " + nameGiven.group(2) : nameGiven.group(3);
            return Optional.of(clinician + " named this " + stripEnd(nameGiven.group(1))
                    + (meaning == null ? "" : ": " + secondToThird(stripEnd(meaning))));
        }
        if (NAMES_THE_HARM.matcher(plain).find() && !plain.endsWith("?")) {
            // "What you're describing is something adults are doing to you, and it's called sexual exploitation.", "... an adult
            // having you do sexual things for money is against the law": what was done to the client named as such (left out)
            return Optional.of(clinician + " explained that " + secondToThird(lowerFirst(stripEnd(plain))));
        }
        Matcher group = THERE_IS_A_GROUP.matcher(plain);
        if (group.matches()) {
            // "There's also a survivors of suicide loss group that meets on Thursday evenings at St. Luke's.": a resource named
            return Optional.of(clinician + " recommended " + secondToThird(group.group(1)));
        }
        Matcher cause = CLINICIAN_SEES_CAUSE.matcher(plain);
        if (cause.matches()) {
            // "I think the voices got louder because the medication stopped.": the clinician's understanding of why
            return Optional.of(clinician + " thinks " + secondToThird(cause.group(1)));
        }
        Matcher discuss = CLINICIAN_RAISES.matcher(plain);
        if (discuss.matches()) {
            // "I'd like to talk about a long-acting injection, so you don't have to remember a pill every night."
            return Optional.of(clinician + " discussed " + secondToThird(discuss.group(1)));
        }
        Matcher impression = CLINICIAN_IMPRESSION_PLAIN.matcher(plain);
        if (impression.matches()) {
            return Optional.of(clinician + " thinks " + secondToThird(lowerFirst(impression.group(1)
                    .replaceFirst("(?i)^what (?:i'm|i am|i’m) hearing(?: today)?", "what the client described"))));
        }
        Matcher review = WE_WILL_REVIEW.matcher(plain);
        if (review.matches()) {
            // "We'll check in on all three in two weeks."
            return Optional.of(clinician + " and client will " + review.group(1).toLowerCase(Locale.ROOT) + " " + secondToThird(review.group(2)));
        }
        if (DUTY_TO_ACT.matcher(plain).find() && !plain.endsWith("?")) {
            return Optional.of(clinician + " explained the limits of confidentiality: " + secondToThird(lowerFirst(stripEnd(plain))));
        }
        Matcher goodIdea = GOOD_IDEA.matcher(stripEnd(plain));
        if (goodIdea.matches()) {
            return Optional.of(clinician + " recommended " + goodIdea.group(1).toLowerCase(Locale.ROOT) + " " + goodIdea.group(2)
                    + (goodIdea.group(3) == null ? "" : " " + goodIdea.group(3).toLowerCase(Locale.ROOT) + " " + secondToThird(goodIdea.group(4))));
        }
        if (RELATIVE_CAN.matcher(stripEnd(plain)).matches()) {
            return Optional.of(clinician + " advised that " + secondToThird(lowerFirst(stripEnd(plain)
                    .replaceFirst("(?i)^(?:(?:and|also|so),?\\s+)", ""))));
        }
        Matcher act = WE_WILL_ACT.matcher(stripEnd(plain));
        if (act.matches()) {
            return Optional.of(clinician + " and client will " + act.group(1).toLowerCase(Locale.ROOT) + " " + secondToThird(act.group(2)));
        }
        Matcher keep = WE_KEEP.matcher(plain);
        if (keep.matches()) {
            // "We'll also keep using the grounding exercise when you wake from a nightmare"
            return Optional.of(client + " will continue " + keep.group(1).toLowerCase(Locale.ROOT) + " " + secondToThird(keep.group(2)));
        }
        Matcher recommends = CLINICIAN_RECOMMENDS.matcher(plain);
        if (recommends.matches()) {
            // "I'm going to recommend we meet weekly instead of every two weeks", "I'd recommend weekly therapy using CBT"
            String what = recommends.group(1);
            return Optional.of(clinician + " recommended " + (what.matches("(?i)^(?:we|you)\\b.*") ? "that " : "") + secondToThird(what));
        }
        Matcher recap = RECAP.matcher(plain);
        if (recap.lookingAt()) {
            plain = plain.substring(recap.end());
            Matcher going = YOU_ARE_GOING_TO.matcher(plain);
            if (going.matches()) {
                // "So to recap, you're going to practice box breathing twice a day and keep the panic log, and we'll meet ..."
                return Optional.of(client + " will " + secondToThird(going.group(1)));
            }
            plain = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
        }
        Matcher teaches = CLINICIAN_TEACHES.matcher(plain);
        if (teaches.matches()) {
            // "I'm going to teach you a breathing skill today called box breathing": what the clinician does in the session
            String verb = teaches.group(1).toLowerCase(Locale.ROOT);
            if (TEACH_LATER.matcher(plain).lookingAt() && TAUGHT_TO_ANOTHER.matcher(teaches.group(2)).lookingAt()) {
                // "I'll show her what to do during a seizure" (the mother, who comes next time): to be done, not done
                return Optional.of(clinician + " will " + verb + " " + secondToThird(teaches.group(2)));
            }
            String done = switch (verb) {
                case "teach" -> "taught";
                case "show" -> "showed";
                case "go over" -> "went over";
                case "walk you through" -> "walked the client through";
                default -> verb + (verb.endsWith("e") ? "d" : "ed");
            };
            return Optional.of(clinician + " " + done + " " + secondToThird(teaches.group(2)));
        }
        Matcher referredWhen = REFERRED_WHEN.matcher(stripEnd(plain));
        if (referredWhen.matches()) {
            // "Your captain mentioned the call on Route 9 when he referred you.": who referred, and what they told (it read "Client
            // was referred by his captain mentioned the call on Route 9 when he")
            return Optional.of(client + " was referred by " + secondToThird(lowerFirst(referredWhen.group(1))) + ", who "
                    + referredWhen.group(2).toLowerCase(Locale.ROOT) + " " + secondToThird(referredWhen.group(3)));
        }
        Matcher referred = REFERRED_YOU.matcher(plain);
        if (referred.matches()) {
            // "Your therapist, Ms. Okafor, referred you to me for a medication evaluation."
            return Optional.of(client + " was referred by " + secondToThird(lowerFirst(referred.group(1)))
                    + (referred.group(2) == null ? "" : " " + secondToThird(referred.group(2))));
        }
        Matcher reason = REASON_FIRST.matcher(plain);
        String why = "";
        if (reason.lookingAt() && CLINICIAN_WILL.matcher(plain.substring(reason.end())).matches()) {
            // "Since sertraline upset your stomach, I'd like to start bupropion XL 150 milligrams in the morning."
            why = ", " + secondToThird(lowerFirst(reason.group(1)));
            plain = plain.substring(reason.end());
        }
        Matcher will = CLINICIAN_WILL.matcher(plain);
        if (will.matches()) {
            String done = secondToThird(will.group(1));
            if (CHECK_IN_NOW.matcher(done).lookingAt() && !LATER.matcher(done).find()) {
                // "I want to check in about safety, as we do each week": what the clinician does now, not a plan
                // ("I want to check in, as I do every few weeks.": the preface to a screen says only that it was done)
                String about = done.substring("check in".length());
                if (about.matches("^ (?:on|about|with) (?:something|a few things|a couple (?:of )?things|some things)\\b.*")) {
                    // "I want to check in on something I ask everyone going through something this heavy.": what it is comes next
                    return Optional.empty();
                }
                // ("I want to check in on mood too.": "checked in on her mood")
                about = about.replaceFirst("\\s+(?:too|as well)$", "").replaceFirst("^ (on|about) (mood|sleep|appetite|energy|drinking|"
                        + "safety plan|medication|medications|stress|anxiety)\\b", " $1 " + Matcher.quoteReplacement(pronouns.possessive()) + " $2");
                return Optional.of(clinician + " checked in" + (about.matches("^(?:,| as\\b).*") ? " with the client" : about));
            }
            Matcher letKnowOther = LET_OTHER_KNOW.matcher(will.group(1));
            if (letKnowOther.lookingAt() && letKnowOther.group(1).equalsIgnoreCase(pronouns.object())) {
                // "I need to let her know that you're having these thoughts", of a woman: "let her know that she is having ..."
                // would name the mother and the client alike
                return Optional.empty();
            }
            Matcher hasSomeone = HAS_SOMEONE.matcher(plain);
            if (hasSomeone.lookingAt() && ONE_NAMED_BEFORE.matcher(done).find()) {
                // "The VA also has an MST coordinator, and I'll connect you with her.": with whom (it read "connect her with her")
                String owner = hasSomeone.group(1);
                String whom = owner.matches("(?i)we|our .*") ? "the " + hasSomeone.group(2)
                        : lowerFirstArticle(owner) + "'s " + hasSomeone.group(2);
                done = ONE_NAMED_BEFORE.matcher(done).replaceFirst("$1 " + Matcher.quoteReplacement(whom));
            }
            // "I'm also going to let our school nurse know": "the school nurse"
            return Optional.of(clinician + " will " + done.replaceFirst("^let our ", "let the ") + why);
        }
        Matcher homework = LETS_BETWEEN_SESSIONS.matcher(plain);
        if (homework.matches()) {
            // "For this week, let's do two more experiments: say one thing in standup ...": homework, not practice in session
            return Optional.of(client + " was asked, " + homework.group(1).toLowerCase(Locale.ROOT) + ", to "
                    + secondToThird(homework.group(2)));
        }
        Matcher progress = CLINICIAN_SEES_PROGRESS.matcher(plain);
        if (progress.matches()) {
            // "I think the exposure work is paying off, and the sleep is the thing dragging everything else down"
            return Optional.of(clinician + " assessed that " + secondToThird(progress.group(1)));
        }
        Matcher lets = CLINICIAN_LETS.matcher(plain);
        if (lets.matches()) {
            String verb = lets.group(1).toLowerCase(Locale.ROOT);
            // "Today I'd like us to try something for the panic.": an exercise, not "practiced something"
            // "I'd like to practice the STOP skill with you": the two of them already
            String what = secondToThird(lets.group(2).replaceFirst("\\s+with you(?=:|,|$)", "")).replaceFirst("^something (?=for |to help (?:with )?|with (?:the|her|his|their) )",
                    "an exercise ")
                    // "Let's practice with the project right now.": in the session
                    .replaceFirst("(?<!\\bfor)\\s+(?:right )?now$", " in session")
                    // "Let's practice now.": the same, with nothing named
                    .replaceFirst("(?i)^(?:right )?now$", "in session");
            if (what.matches("(?i)^something(?: (?:today|now|here))?$")) {
                return Optional.empty(); // "Let's try something today.": what it is comes next
            }
            if (verb.matches("pause|stop|stay") && what.matches("(?i)^(?:there|here|on that|with that|for (?:a|one) (?:moment|second|minute|sec))"
                    + "(?: (?:for )?(?:a|one) (?:moment|second|minute|sec))?$")) {
                return Optional.empty(); // "Let's pause there.": the session's own pace, not something done
            }
            if (verb.equals("say") && SAY_AGREED.matcher(what).lookingAt()) {
                // "Let's say at least four evenings.": what they settled on (it read "Therapist proposed to say ...")
                return Optional.of(clinician + " and client agreed on " + what);
            }
            if (verb.equals("say") && what.matches("(?i)^(?:he|she|they|someone|somebody|your|his|her|their)\\b.*")) {
                // "Let's say you get to the party and someone offers you a drink.": a what-if to rehearse
                return Optional.of(clinician + " and client considered a scenario: " + what);
            }
            if (verb.equals("make") && CAUSED.matcher(what).lookingAt()) {
                // "Let's make the phone go on the charger in the kitchen at eleven, as an experiment.": a change proposed
                return Optional.of(clinician + " proposed that " + what);
            }
            if ((verb.matches("go|come") && what.matches("(?i)^back to\\b.+") || verb.equals("return") && what.matches("(?i)^to\\b.+"))
                    // (not "Let's go back to the library at least twice this week": a step for the week)
                    && !forTheWeek(what) && !BETWEEN_SESSIONS.matcher(plain).find() && !ROUTINE.matcher(plain).find()) {
                // "Now I want to go back to the role transition.", "Let's come back to the letter."
                return Optional.of(clinician + " and client returned to " + what.replaceFirst("(?i)^(?:back )?to\\s+", ""));
            }
            if (verb.equals("do") && what.matches("(?i)^(?:a |another )?(?:chain|behaviou?r(?:al)? chain|missing links?) analysis (?:on|of)\\b.*")) {
                // "Let's do a chain analysis on Saturday.": of what happened on Saturday, done in the session
                return Optional.of(clinician + " and client completed " + what.replaceFirst("(?i) analysis on ", " analysis of "));
            }
            if (verb.equals("do") && what.matches("(?i)^(?:some |a (?:bit|little) of )?work on\\b.*")) {
                // "Let's do some work on that today."
                return Optional.of(clinician + " and client worked on " + what.replaceFirst("(?i)^.*?work on\\s+", ""));
            }
            boolean together = verb.matches("practi[cs]e|do|talk about|go through|look at|review|work on|start with|write down|write out|"
                    + "update|revise");
            if (together) {
                // "Let's look at the thought 'this lump is cancer' and weigh the evidence.": both done in the session
                what = pastAfterAnd(what);
            }
            return Optional.of(switch (verb) {
                case "practice", "practise", "do" -> clinician + " and client practiced " + what;
                // "Let's try one small step with driving: sit in the driver's seat ...": a step agreed on, not yet taken
                case "try" -> forTheWeek(what)
                        ? clinician + " and client agreed to try " + what : clinician + " and client practiced " + what;
                case "talk about", "go through" -> clinician + " and client explored " + what;
                case "look at" -> clinician + " and client examined " + what;
                // "Let's review in four weeks with the blood results, sooner if ...": the follow-up (it read "Therapist and client
                // reviewed in four weeks ...")
                case "review" -> what.matches("(?i)^(?:again )?in (?:\\d+|one|two|three|four|five|six|eight|twelve|a few|a couple of) "
                        + "(?:days?|weeks?|months?)\\b.*") ? "Review " + what.replaceFirst("(?i)^again ", "")
                        : clinician + " and client reviewed " + what;
                // "Let's use the calm place exercise before you go."
                case "use" -> forTheWeek(what) ? client + " was asked to use " + what : clinician + " and client used "
                        + what.replaceFirst("\\s+before (?:he|she|they) (?:goes|go|leaves|leave)$", " to close the session");
                case "work on", "start with" -> clinician + " and client worked on " + what;
                // "Let's spend a few minutes on the thought record you did."
                case "spend" -> what.matches("(?i)^(?:a (?:few|couple of) minutes|some time|a (?:little|bit of) time|time|the rest of "
                        + "(?:the|our|today's|today’s) (?:time|session|hour)) on\\b.*")
                        ? clinician + " and client spent " + what : clinician + " proposed to spend " + what;
                case "write down", "write out" -> clinician + " and client wrote down " + what;
                // "Let's plan the week."
                case "plan" -> clinician + " and client planned " + what;
                // "Let's write that down as evidence."
                case "write" -> what.matches("(?i)^(?:that|it|this|those|these|them|each one|both) (?:down|out)\\b.*")
                        ? clinician + " and client wrote " + what : clinician + " and client developed " + what;
                case "come up with", "make", "create", "build", "develop", "put together" ->
                        clinician + " and client developed " + what;
                case "meet" -> "Next session: " + what.replaceFirst("(?i)^again\\s+", "");
                // "Let's update your safety plan so it has Priya, the Trevor Project line, and 988 on it."
                case "update", "revise" -> clinician + " and client updated " + what;
                // "Let's bring your mom in now.": the relative joins (it read "Therapist and client worked in session to bring his
                // mom in")
                case "bring" -> what.matches("(?i)^(?:his|her|their) \\w+(?: \\w+)? (?:back )?in(?: now| for the (?:last|rest) \\w+)?$")
                        ? clinician + " invited " + what.replaceFirst("(?i) (?:back )?in(?: now| for .*)?$", "") + " to join the session"
                        : clinician + " proposed to bring " + what;
                // "Let's add a code word with your sister, something you can text that means call the police.": a step added to
                // the plan they are making (it read "Therapist proposed to add ...", in the subjective)
                case "add" -> clinician + " and client added " + what;
                // "Let's check in about your drinking."
                case "check" -> what.matches("(?i)^in\\b.*") ? clinician + " checked in with the client" + what.substring(2)
                        : clinician + " and client checked " + what;
                // "Let's keep the wake-up time at 7, add the worry window, and try the phone without Slack.": what goes on
                // ("Let's keep an eye on that together.": both of them)
                case "keep", "continue", "stick" -> what.matches("(?i)^\\w+ing\\b.*") || what.matches("(?i).*\\b(?:together|an eye on)\\b.*")
                        ? clinician + " and client will " + verb + " " + what : client + " will " + verb + " " + what;
                // "Let's also go back to the library at least twice this week ...": a task for the week
                default -> forTheWeek(what) ? client + " was asked to " + verb + " " + what
                        // "Let's take the next big assignment and break it into steps right here."
                        // (not "Let's go to the emergency department together now": somewhere to go, not work in the session)
                        : HERE_AND_NOW.matcher(what).find() && verb.matches("go|walk|drive|head") ? clinician + " proposed to " + verb + " "
                                + HERE_AND_NOW.matcher(what).replaceFirst("").strip()
                        : HERE_AND_NOW.matcher(what).find() ? clinician + " and client worked in session to " + verb + " "
                                + HERE_AND_NOW.matcher(what).replaceFirst("")
                        : clinician + " proposed to " + verb + " " + what;
            });
        }
        Matcher about = CLINICIAN_WE_ARE_GOING_TO.matcher(plain);
        if (about.matches()) {
            String purpose = about.group(1) != null ? about.group(1) : about.group(3);
            String what = secondToThird(about.group(2) != null ? about.group(2) : about.group(4))
                    + (purpose == null ? "" : ", " + secondToThird(lowerFirst(purpose)));
            // "We're going to bring on some of the body sensations on purpose, so your brain can learn ...": the exercise
            // and its reason, as the clinician explained them
            return Optional.of(forTheWeek(what)
                    ? client + " was asked to " + what : clinician + " explained that they would " + what);
        }
        Matcher together = CLINICIAN_WE_DID.matcher(plain);
        if (together.matches()) {
            // ("Last session we talked about the call on Route 9.": the last session's work, said as such)
            return Optional.of(clinician + " and client " + secondToThird(together.group(2))
                    + (together.group(1) == null ? "" : together.group(1).equalsIgnoreCase("last week") ? " last week" : " in the last session"));
        }
        Matcher values = VALUES_NAMED.matcher(plain);
        if (values.matches()) {
            // "Those sound like values you can act on even on a chemo week.": the client's values, named by the clinician
            return Optional.of(clinician + " identified these as " + secondToThird(values.group(1)));
        }
        Matcher reflection = CLINICIAN_REFLECTION.matcher(plain);
        if (reflection.matches()) {
            String reflected = reflection.group(1) != null ? reflection.group(1) : reflection.group(2);
            // ("It worked in the short term ...", its "So" taken off before)
            reflected = reflected.matches("^(?:It|That|The) .*") ? lowerFirst(reflected) : reflected;
            if (reflection.group(1) != null && HEARING.matcher(plain).lookingAt() && !CLAUSE_OPENING.matcher(reflected).lookingAt()) {
                // "What I'm hearing, Ray, is less fear and more guilt and shame.": what the client's account amounts to (it read
                // "Therapist reflected that less fear and more ...")
                return Optional.of(clinician + " reflected that what the client describes is " + secondToThird(reflected));
            }
            return Optional.of(clinician + " reflected that " + secondToThird(reflected));
        }
        Matcher wonders = CLINICIAN_WONDERS.matcher(plain);
        if (wonders.matches()) {
            // "I'm wondering if part of you is afraid to feel better.": an interpretation offered
            return Optional.of(clinician + " wondered whether " + secondToThird(wonders.group(1) != null ? wonders.group(1) : wonders.group(2)));
        }
        Matcher contrast = REFLECTED_CONTRAST.matcher(plain);
        if (contrast.matches()) {
            // "So checking is meant to calm the worry, but it ends up keeping you up.": the client's pattern, summed up
            return Optional.of(clinician + " reflected that " + secondToThird(lowerFirst(contrast.group(1))));
        }
        Matcher letKnow = LET_ME_KNOW.matcher(plain);
        if (letKnow.matches()) {
            // "Let me know if the side effects get worse.": what the client is to report, and when
            return Optional.of(client + " was instructed to let " + (letKnow.group(1).equalsIgnoreCase("us") ? "the clinic" : clinicianReference())
                    + " know " + letKnow.group(2).toLowerCase(Locale.ROOT) + " " + secondToThird(stripEnd(letKnow.group(3))));
        }
        Matcher conditional = CLINICIAN_CONDITIONAL.matcher(plain);
        if (conditional.matches()) {
            // "So for this week, when you feel the urge to leave class, use the break pass ...": a task with its occasion
            String period = conditional.group(1) == null ? "" : ", " + conditional.group(1).toLowerCase(Locale.ROOT) + ",";
            // ("If you faint or your heart races": "if she faints", the "you" after "if" a subject)
            String occasion = secondToThird(conditional.group(2).toLowerCase(Locale.ROOT) + " " + conditional.group(3));
            if (conditional.group(4).contains(":") && period.isEmpty()) {
                // "When the thought "I'm just a patient now" shows up, I'd like you to notice it and put a little phrase in
                // front of it: "I'm having the thought that ..."": the occasion first, the words to say last
                return Optional.of(client + " was instructed, " + occasion + ", to " + secondToThird(conditional.group(4)));
            }
            // ("..., and don't drive to the plant on your days off": "and not to drive", not "and don't drive")
            String task = secondToThird(AND_YOU.matcher(AND_DONT.matcher(conditional.group(4)).replaceAll("$1 $2 not to "))
                    .replaceAll("$1 $2 "));
            Matcher besides = TASK_BESIDES.matcher(task);
            if (besides.matches()) {
                // "If those come back, I want you to tell me, including during the break.": the occasion with the task, the
                // rest after it (it read "to tell the therapist, including during the break if those come back")
                return Optional.of(client + " was instructed" + period + " to " + besides.group(1) + " " + stripEnd(occasion) + ", "
                        + besides.group(2));
            }
            return Optional.of(client + " was instructed" + period + " to " + task + " " + occasion);
        }
        Matcher most = MOST_CONCERNED.matcher(stripEnd(plain));
        if (most.matches()) {
            boolean led = most.group(1) != null;
            return Optional.of(clinician + " is " + (led ? most.group(2) : most.group(4)).toLowerCase(Locale.ROOT).replace("really", "most")
                    .replace("especially", "most") + " " + (led ? most.group(3) : most.group(5)).toLowerCase(Locale.ROOT) + " about "
                    + secondToThird(lowerFirst(led ? most.group(1) : most.group(6))));
        }
        Matcher concerned = CLINICIAN_CONCERNED.matcher(plain);
        if (concerned.matches()) {
            // "I'm really concerned about your safety right now": the clinician's assessment of risk, said aloud
            // ("Ms. Alvarez, I'm concerned that this is a manic episode, like the one you had in college.")
            return Optional.of(clinician + " is " + concerned.group(1).toLowerCase(Locale.ROOT) + " " + concerned.group(2).toLowerCase(Locale.ROOT)
                    + " " + secondToThird(concerned.group(3)));
        }
        String said = stripEnd(plain);
        Matcher screen = SCREEN_NEXT.matcher(said);
        if (screen.matches()) {
            // "We'll do another urine screen next Monday and meet again Thursday at three."
            String test = screen.group(1).replaceFirst("(?i)^your ", "the ");
            String meeting = screen.group(3) == null ? "" : ". Next session: " + secondToThird(screen.group(3));
            return Optional.of(Character.toUpperCase(test.charAt(0)) + test.substring(1) + " will be done " + secondToThird(screen.group(2)) + meeting);
        }
        Matcher topic = TOPIC_FIRST.matcher(said);
        if (topic.matches()) {
            // "For the housing, I'm going to refer you to Maria, our case manager.": what is done, and what it is for
            Optional<String> done = clinicianSpeech(Character.toUpperCase(topic.group(2).charAt(0)) + topic.group(2).substring(1) + ".")
                    .map(ClinicalVoice::stripEnd);
            if (done.isPresent() && topic.group(2).matches("(?i)^(?:let's|let’s|let us) try\\b.*")) {
                // "And for the sleep, let's try ...": a change to try for a problem, not an exercise done in the room
                done = done.map(d -> d.replaceFirst("^(" + Pattern.quote(clinician) + " and client) practiced ", "$1 agreed to try "));
            }
            if (done.isPresent() && !done.get().startsWith(clinician + " stated that ")) {
                String forWhat = "for " + secondToThird(topic.group(1));
                int colon = done.get().indexOf(':');
                return Optional.of(colon > 0 ? done.get().substring(0, colon) + " " + forWhat + done.get().substring(colon)
                        : done.get() + ", " + forWhat);
            }
        }
        Matcher weekList = TASKS_FOR_THE_WEEK.matcher(said);
        if (weekList.matches() && WEEK_TASK_VERB.matcher(weekList.group(1)).find()) {
            // "For this week, phone in the kitchen by eleven, and try drawing for fifteen minutes when the anger hits."
            return Optional.of(client + "'s tasks for this week: " + secondToThird(weekList.group(1)));
        }
        Matcher validated = VALIDATED_FEELING.matcher(said);
        if (validated.matches()) {
            // "I hear how angry you are, and it makes sense given what they did."
            return Optional.of(clinician + " validated " + secondToThird(validated.group(1))
                    + (validated.group(2) == null || validated.group(2).isBlank() ? ""
                            : " as understandable " + secondToThird(validated.group(2).strip())));
        }
        Matcher entryListed = LABELLED_LIST.matcher(said);
        if (entryListed.matches() && InputReader.words(entryListed.group(2)) <= 15) {
            // a safety plan written down aloud: "Coping on your own: a run, the dog, a shower.", "People: Chris."
            String entry = secondToThird(said);
            return Optional.of(Character.toUpperCase(entry.charAt(0)) + entry.substring(1));
        }
        if (NOT_YOUR_FAULT.matcher(said).find()) {
            // "None of this is your fault, Maya.", "Nothing you did caused this.", "I want you to know it isn't your fault."
            return Optional.of(clinician + " reassured " + selfNoun + " that it was not " + pronouns.possessive() + " fault");
        }
        if (BELIEVED.matcher(said).matches()) {
            // "I believe you.": said to a disclosure
            return Optional.of(clinician + " told " + selfNoun + " that " + pronouns.subject() + " " + (pronouns == Pronouns.NeutralThem ? "are" : "is")
                    + " believed");
        }
        Matcher notYet = WE_WONT_YET.matcher(said);
        if (notYet.matches()) {
            // "We won't call your mom until the caseworker tells us how to do it safely."
            return Optional.of(clinician + " and client will not " + secondToThird(notYet.group(1)) + " until "
                    + secondToThird(notYet.group(2)).replaceAll("\\bus\\b", "them"));
        }
        if (CONFIDENTIALITY.matcher(said).find()) {
            // "Most of what you tell me stays between us.", "I won't share the details unless it becomes a safety issue."
            return Optional.of(clinician + " reviewed confidentiality: " + secondToThird(lowerFirst(REMINDER.matcher(said).replaceFirst("")
                            .replaceFirst("(?i)^" + BEFORE_WE_START + ",?\\s+", "").replaceFirst("(?i)^I'll tell you now,\\s+", "")))
                    .replaceAll("\\bbetween us\\b", "between them"));
        }
        Matcher weWill = WE_WILL_DO.matcher(said);
        if (weWill.matches()) {
            // "We'll put each step on the family calendar.", "We'll put those on the ladder in that order."
            return Optional.of(clinician + " and client will " + weWill.group(1).toLowerCase(Locale.ROOT) + " " + secondToThird(weWill.group(2)));
        }
        Matcher discussed = TALK_ABOUT_BECAUSE.matcher(said);
        if (discussed.matches()) {
            // "I also want to talk about the drinking, because alcohol makes the thoughts at night worse ...": the topic raised,
            // and why
            return Optional.of(clinician + " discussed " + secondToThird(discussed.group(1)) + ", because "
                    + secondToThird(discussed.group(2)));
        }
        Matcher taskNamed = TASK_NAMED.matcher(stripEnd(plain));
        if (taskNamed.matches()) {
            // "And both of you, one twenty-minute walk together where the affair is off limits.": a task named, without its verb
            return Optional.of(client + " was asked to " + TASK_VERBS.get(taskNamed.group(2).toLowerCase(Locale.ROOT))
                    + " " + taskNamed.group(1).toLowerCase(Locale.ROOT) + continued(taskNamed.group(3)));
        }
        Matcher offersStep = I_CAN_OFFER.matcher(stripEnd(plain));
        if (offersStep.matches()) {
            // "I can write a letter to the dean of students supporting a request for academic accommodations.": what the clinician
            // offers to do (it was left out as the clinician speaking of themself)
            return Optional.of(clinician + " offered to " + offersStep.group(1).toLowerCase(Locale.ROOT) + " " + secondToThird(offersStep.group(2)));
        }
        Matcher toldAbout = TELL_YOU_ABOUT.matcher(stripEnd(plain));
        if (toldAbout.matches()) {
            // "I'd like to tell you about a group for parents who've lost children to violence.": a resource named (it was left out)
            return Optional.of(clinician + TOLD_ABOUT + secondToThird(toldAbout.group(1)));
        }
        Matcher relativeSays = RELATIVE_SAYS.matcher(stripEnd(plain));
        if (relativeSays.matches()) {
            // "Your sister called us.", "Your sister says she can be there in twenty minutes.": the collateral's word, relayed (it
            // was left out as chat)
            return Optional.of(clinician + RELAYED + relativeSays.group(1).toLowerCase(Locale.ROOT) + " "
                    + secondToThird(relativeSays.group(2)));
        }
        Matcher mostImportant = MOST_IMPORTANT_STEP.matcher(said);
        if (mostImportant.matches()) {
            // "The most important thing we can do right now is put some distance between you and the rifle."
            return Optional.of(clinician + " stated that the most important step now is to " + secondToThird(mostImportant.group(1)));
        }
        if (InputReader.words(plain) < 5 || plain.matches("(?i)^(?:i|i'm|i've|i'd|i'll|i am)\\b.*")
                || SOCIAL.matcher(plain).find() || !(CLINICAL.matcher(plain).find() || PEOPLE_IN_GENERAL.matcher(plain).lookingAt())
                || INVITES_TO_SAY.matcher(plain).lookingAt()) {
            // the clinician speaking of themself, thanking, praising or chatting is not note content
            return Optional.empty();
        }
        if (GENERIC_US.matcher(plain).find()) {
            // "Dreams often show us feelings we don't let ourselves have when we're awake.": people in general (it read "show us
            // feelings they don't let ourselves have")
            plain = plain.replaceAll("\\bourselves\\b", "themselves").replaceAll("\\bwe(?:'re|’re)\\b", "they're")
                    .replaceAll("\\bwe\\b", "they").replaceAll("\\bus\\b", "people").replaceAll("\\bour\\b", "their");
        }
        String stated = secondToThird(commonFirst(plain));
        // "... and I want us to make a plan today to keep you safe": not "the therapist wants us to"
        stated = stated.replaceAll("\\b" + Pattern.quote(clinicianReference()) + " (?:wants|would like) us to\\b",
                Matcher.quoteReplacement(clinicianReference()) + " and client would");
        if (pronouns != Pronouns.NeutralThem && LEADING_YOU.matcher(plain).lookingAt()) {
            // "You mentioned last month you were using alcohol ...": "Therapist stated that he mentioned" would read as the
            // clinician; the client is named where the sentence begins
            stated = "the client" + stated.substring(pronouns.subject().length());
        }
        // "That's your brain learning ...": not "stated that that's"
        stated = stated.replaceFirst("^(?:that's|that’s|that is)\\b", "this is");
        // "That helps the medication work", "That replaying is rumination": "this helps", "this replaying is" (not "stated that that")
        stated = DEMONSTRATIVE_THAT.matcher(stated).replaceFirst("this ");
        // "Stopping suddenly could be dangerous, with shakes or even seizures.": what is generally so, told the client
        return Optional.of(clinician + (GENERAL_TRUTH.matcher(plain).find() && !TOLD_BACK.matcher(plain).find() ? " explained that "
                : " stated that ") + stated);
    }

    /** {@link #MEDICATION_DECISION}: "Dr. Okafor will keep the lamotrigine at 200 milligrams, as the lamotrigine seems to be helping." */
    private Optional<String> medicationDecision(String plain, String clinician) {
        // (the drug first: most of what a clinician says names none, and the decision's pattern is the costlier)
        if (!DRUG.matcher(plain).find()) {
            return Optional.empty();
        }
        // "We're going to bring the sertraline back down to 50 starting tomorrow": the drug named inside the verb
        plain = BACK_DOWN_OR_UP.matcher(plain).replaceFirst(m -> (m.group(3).equalsIgnoreCase("down") ? "decrease " : "increase ")
                + Matcher.quoteReplacement(m.group(1) == null ? "the " : m.group(1)) + m.group(2));
        Matcher decision = MEDICATION_DECISION.matcher(plain);
        if (!decision.matches()) {
            return Optional.empty();
        }
        String before = decision.group(1);
        String object = decision.group(4);
        if (before != null && CONDITION_OPENING.matcher(before).lookingAt() && !before.contains("?") && decision.group(2) == null) {
            // "If it isn't clearly easing in a week, we'll taper off the sertraline and try something else.": the next step, and when
            Optional<String> then = medicationDecision(plain.substring(decision.end(1)).replaceFirst("^,\\s*", ""), clinician);
            String when = secondToThird(lowerFirst(before));
            String who = ROLE_NAMES.contains(clinician.toLowerCase(Locale.ROOT)) ? "the " + clinician.toLowerCase(Locale.ROOT) : clinician;
            return then.map(decided -> Character.toUpperCase(when.charAt(0)) + when.substring(1) + ", " + who
                    + decided.substring(clinician.length()));
        }
        if (before != null && (before.contains("?") || InputReader.words(before) > 3 && !REASON_OPENING.matcher(before).lookingAt()
                && decision.group(2) == null)) {
            return Optional.empty(); // a clause that is neither the reason nor a short opening ("Okay, ...", "For now, ...")
        }
        Matcher named = DRUG_NAME.matcher(before == null ? "" : before);
        if (object.matches("(?i)^(?:it|that)\\b.*")) {
            if (!named.find()) {
                return Optional.empty(); // "let's keep it at 200": which drug, the sentence does not say
            }
            // "so let's keep it at 200 milligrams": the drug the reason named
            object = "the " + named.group(1) + object.substring(object.indexOf(' ') < 0 ? object.length() : object.indexOf(' '));
        } else if (!DRUG.matcher(object).find() && !named.find()) {
            return Optional.empty();
        }
        String why = "";
        if (before != null && InputReader.words(before) > 3) {
            why = (REASON_OPENING.matcher(before).lookingAt() ? ", " : ", as ") + secondToThird(lowerFirst(before));
        } else if (before != null && !before.matches("(?i)^(?:okay|ok|so|alright|all right|well|good|great|yes|yeah|then|now)$")) {
            why = ", " + lowerFirst(before); // "For now, let's hold the trazodone."
        }
        String verb = decision.group(3).toLowerCase(Locale.ROOT);
        if (verb.matches("(?:go|bump|bring) .*")) {
            // "go up to 100 milligrams": the drug the reason named, raised to the dose ("go up on the lamotrigine to 100")
            verb = verb.matches("go up|bump .*") ? "increase" : "decrease";
            if (object.matches("(?i)^to\\b.*")) {
                object = (named.reset().find() ? "the " + named.group(1).toLowerCase(Locale.ROOT) : "the dose") + " " + object;
            }
        }
        if (verb.equals("stay")) {
            // "stay at 30 milligrams" keeps the dose, "stay on the sertraline" continues the drug
            verb = object.matches("(?i)^at\\b.*") ? "keep the dose" : "continue";
            object = object.replaceFirst("(?i)^on\\s+", "");
        }
        String text = clinician + " will " + verb + " " + secondToThird(object.replaceFirst("[.!]+$", ""));
        return Optional.of(text + why);
    }

    /** The clinician speaking to the client: "you" is the client, "I"/"we" the clinician (and client). */
    String secondToThird(String text) {
        // "Bring up the picture, the words "I'm not safe", and notice ...": words in quotation marks stay as said, and so
        // do the words of a belief named without them ("the words I'm not safe, and notice ..." is quoted)
        text = NAMED_BELIEF.matcher(text).replaceAll("$1\u201C$2\u201D");
        return QUOTED.matcher(text).find() ? outsideQuotations(text, this::secondToThirdUnquoted) : secondToThirdUnquoted(text);
    }

    private static final Pattern NAMED_BELIEF = Pattern.compile("\\b(the (?:words|belief|negative belief|positive belief|thought|"
            + "cognition),?\\s+)(I(?:'m|’m| am| was| will|'ll| can| have|'ve)?\\b[^,.;?!\"“”]*)");

    private String secondToThirdUnquoted(String text) {
        boolean singular = pronouns != Pronouns.NeutralThem;
        String s = pronouns.subject();
        String out = " " + text + " ";
        // "both of you are frustrated": the client and whoever came along
        out = replaceAll(out, "(?i)\\b(?:both of you|you both|you two|the two of you)\\b", "both of them");
        // "a short letter to the younger you at that checkpoint": the client as he was
        out = replaceAll(out, "(?i)\\bthe (younger|older|teenage|future|\\d+-year-old|[a-z]+-year-old) you\\b", pronouns.possessive() + " $1 self");
        // "before our next visit": the clinician's and the client's, the next one
        out = replaceAll(out, "(?i)\\bour (next|last|first|previous) (session|visit|appointment|meeting)\\b", "the $1 $2");
        // "at the end of our session": this one
        out = replaceAll(out, "(?i)\\bour (session|visit|appointment|meeting|time together|time)\\b", "the $1");
        // "stop the lamotrigine and call us the same day": the practice
        out = replaceAll(out, "(?i)\\b(call|called|calls|calling|contact|contacted|phone|phoned|message|email|e-mail|text|page|reach) us\\b",
                "$1 the clinic");
        out = replaceAll(out, "(?i)\\blet us know\\b", "let the clinic know");
        // "see Dr. Patel in our perinatal psychiatry clinic"
        out = replaceAll(out, "(?i)\\bour(?= (?:[\\w-]+ ){0,2}(?:clinic|practice|office|team|program|programme|group|service|center|centre|"
                + "department|unit|case manager|care coordinator|social worker|psychiatrist|prescriber|nurse|peer (?:specialist|"
                + "support|mentor)|front desk|dietitian|nurse practitioner|counsell?or|counselor|therapist|physiotherapist|pharmacist)\\b)", "the");
        // "then you and I will have time on our own": the client and the clinician
        out = replaceAll(out, "(?i)\\byou and I\\b", s + " and I");
        // "You and Tom are grieving the same son": the client and another, the subject (it read "her and Tom are")
        out = replaceAll(out, "(?i)(?<=^ |[,;:] |\\b(?:that|because|when|if|while|so) )you and ((?-i:[A-Z])[\\w'-]+|your [a-z]+)(?= (?:are|were|have|had|can|"
                + "could|will|would|should|both|seem|need|might|may|each|keep|don't|do|did|went|got|made)\\b)", s + " and $1");
        out = replaceAll(out, "(?i)\\b(?:you and me|me and you)\\b", pronouns.object() + " and me");
        out = replaceAll(out, "(?i)(?<=\\band I\\b[^.;]{0,60})\\bour own\\b", "their own");
        out = replaceAll(out, "(?i)\\byou're\\b|\\byou’re\\b|\\byou are\\b", s + (singular ? " is" : " are"));
        out = replaceAll(out, "(?i)\\byou've\\b|\\byou’ve\\b|\\byou have\\b", s + (singular ? " has" : " have"));
        // "but you haven't had any manic episodes" (it read "she haven't had")
        out = replaceAll(out, "(?i)\\byou haven't\\b|\\byou haven’t\\b|\\byou have not\\b", s + (singular ? " has not" : " have not"));
        out = replaceAll(out, "(?i)\\byou aren't\\b|\\byou aren’t\\b", s + (singular ? " is not" : " are not"));
        out = replaceAll(out, "(?i)\\byou weren't\\b|\\byou weren’t\\b", s + (singular ? " was not" : " were not"));
        out = replaceAll(out, "(?i)\\byou were\\b", s + (singular ? " was" : " were"));
        // "that fear that you'll never get any space", "we agreed you'd try": she'll, she'd (not "her'll")
        out = replaceAll(out, "(?i)\\byou(?:'|’)ll\\b", s + "'ll");
        out = replaceAll(out, "(?i)\\byou(?:'|’)d\\b", s + "'d");
        out = replaceAll(out, "(?i)\\byourself\\b", reflexive());
        out = replaceAll(out, "(?i)\\byours\\b", possessivePronoun());
        out = replaceAll(out, "(?i)\\byour\\b", pronouns.possessive());
        out = replaceAll(out, "(?i)\\byou don't\\b|\\byou don’t\\b|\\byou do not\\b", s + (singular ? " does not" : " do not"));
        // "I'd like to get you connected with a support group": the client is the object ("get she connected")
        out = replaceAll(out, "(?i)\\b(get|gets|got|getting|have|keep|want|need) you(?= (?:connected|enrolled|registered|signed up|set up|started|"
                + "scheduled|booked|referred|seen|checked|evaluated|assessed|tested|involved|linked)\\b)", "$1 " + pronouns.object());
        // "Write down each time you want to check and don't.": the act left out after "and", resisted
        out = replaceAll(out, "(?i)\\band (?:don't|don’t|do not)(?= $)", "and " + (singular ? "does not" : "do not") + " do so");
        // "and have you see our sleep clinic", "let you know": the client made or let do something, the object (it read "have he sees")
        out = replaceAll(out, "(?i)\\b(have|let|make|help) you(?= (?!been\\b|got\\b|gotten\\b|seen\\b|done\\b|gone\\b|taken\\b|given\\b|had\\b)"
                + "[a-z]+\\b(?<!ed))", "$1 " + pronouns.object());
        // "how to respond when you ask for reassurance": after a conjunction, "you" is a subject whatever its verb
        Matcher conjunctionYou = CONJUNCTION_YOU.matcher(out);
        StringBuilder conj = new StringBuilder();
        while (conjunctionYou.find()) {
            String adverb = conjunctionYou.group(2) == null ? "" : conjunctionYou.group(2);
            String verb = conjunctionYou.group(3);
            conjunctionYou.appendReplacement(conj, Matcher.quoteReplacement(conjunctionYou.group(1) + " " + s + " " + adverb
                    + (singular && !NOT_A_VERB_AFTER_YOU.contains(verb.toLowerCase(Locale.ROOT)) ? inflect(verb) : verb)));
        }
        conjunctionYou.appendTail(conj);
        out = conj.toString();
        if (singular && conj.length() > 0 && SECOND_VERB.matcher(out).find()) {
            // "and she just follows her lead and praise what she does": the verb after it agrees too
            out = secondVerbAgreeing(out);
        }
        // "an adult having you do sexual things for money": the one made to do it
        out = replaceAll(out, "(?i)\\b(having|making|letting) you\\b(?= \\w+)", "$1 " + pronouns.object());
        // "if the thoughts that they'd be better off without you get stronger": after a preposition, the object, whatever follows
        // (it read "without he gets stronger")
        out = replaceAll(out, "(?i)\\b(without|with|for|about|from|behind|beside|toward|towards|against|around) you\\b(?! (?:and|or) )",
                "$1 " + pronouns.object());
        // "they go against everything you value" (it read "everything him value")
        Matcher thingYou = THING_YOU_VERB.matcher(out);
        StringBuilder things = new StringBuilder();
        while (thingYou.find()) {
            String verb = thingYou.group(2);
            String agreeing = singular ? verb.equals("care about") ? "cares about" : inflect(verb) : verb;
            thingYou.appendReplacement(things, Matcher.quoteReplacement(thingYou.group(1) + " " + s + " " + agreeing));
        }
        thingYou.appendTail(things);
        out = things.toString();
        Matcher subjectYou = SUBJECT_YOU.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (subjectYou.find()) {
            String adverb = subjectYou.group(1) == null ? "" : subjectYou.group(1);
            String verb = subjectYou.group(2);
            subjectYou.appendReplacement(sb, Matcher.quoteReplacement(s + " " + adverb + (singular ? inflect(verb) : verb)));
        }
        subjectYou.appendTail(sb);
        out = sb.toString();
        out = replaceAll(out, "(?i)\\byou\\b(?=\\s*[,.;]?\\s*$)|\\byou\\b(?!\\s+(?:are|were|have|had|can|could|will|would|should|might|must|may|do|did|don't|didn't|can't|won't|"
                + "wouldn't|couldn't|shouldn't|haven't|hadn't|weren't|aren't|wouldn’t|couldn’t|shouldn’t|"
                + "drank|went|felt|said|got|made|took|saw|knew|thought|came|left|ate|slept|ran|told|gave|found|kept|lost|spent|wrote|"
                + "drove|began|became|bought|brought|caught|fell|heard|met|paid|sat|stood|understood|meant|learnt|did|forgot|chose|"
                + "spoke|woke|held|wore|won|\\w+ed)\\b)", pronouns.object());
        out = replaceAll(out, "(?i)\\byou\\b", s);
        out = clinicianAsThirdPerson(out);
        out = replaceAll(out, "(?i)\\bwe'll\\b|\\bwe’ll\\b|\\bwe will\\b", "they will");
        out = replaceAll(out, "(?i)\\bwe\\b", "they");
        return out.strip();
    }

    private static final Pattern ANSWER_FIRST = Pattern.compile("^(?:no|yes|yeah|right|exactly|absolutely|not at all)[.!]\\s+(?=[A-Z])",
            Pattern.CASE_INSENSITIVE);
    /** "everything you value", "what you want": "you", the subject of a clause that names a thing. */
    private static final Pattern THING_YOU_VERB = Pattern.compile("(?i)\\b(everything|anything|something|nothing|whatever|what|all) you "
            + "(value|want|need|love|like|feel|think|say|believe|know|hate|fear|enjoy|mean|expect|hope|remember|see|hear|care about)\\b");

    private static final Pattern LETS_AND_IF = Pattern.compile("^((?:let's|let’s|we'll|we will) [^,]{6,80}),? and (if [^,]{6,120}, "
            + "I (?:want|need|'d like|’d like|would like) you to .+|"
            // "Let's meet again next Tuesday, and if the thoughts of not waking up get stronger, or you feel you might hurt your dad,
            // call me or the crisis line, 988, right away."
            + "if .{6,160}?, (?:please )?(?:you )?(?:call|text|phone|go to|come to|contact|reach out to|tell|let me know)\\b.+)$", Pattern.CASE_INSENSITIVE);

    /** "the therapist" for a role, the name itself for a person ("Dr. Byron", "Ada"). */
    private String clinicianReference() {
        return ROLE_NAMES.contains(clinician.toLowerCase(Locale.ROOT)) ? "the " + clinician.toLowerCase(Locale.ROOT) : clinician;
    }

    private static final Set<String> ROLE_NAMES = Set.of("therapist", "clinician", "coach", "provider", "physician",
            "practitioner", "author", "writer", "counselor", "psychologist", "peer support specialist", "case manager",
            "supervisor", "dietitian");

    // ---- text helpers -----------------------------------------------------------------------------

    private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link String#replaceAll} with the pattern compiled once, not on every sentence. */
    private static String replaceAll(String text, String regex, String replacement) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).replaceAll(replacement);
    }

    static String clean(String text) {
        String out = text.replaceAll("\\s+", " ").strip();
        // a transcript typed in lower case: "i" is the speaker, and days are names
        out = LOWER_I.matcher(out).replaceAll("I");
        out = WEEKDAY.matcher(out).replaceAll(m -> Character.toUpperCase(m.group().charAt(0)) + m.group().substring(1));
        String unfilled = FILLER_START.matcher(out).replaceFirst("");
        if (!unfilled.equals(out) && !unfilled.isEmpty() && Character.isUpperCase(out.charAt(0))) {
            unfilled = Character.toUpperCase(unfilled.charAt(0)) + unfilled.substring(1); // "Well, my nephew ..." → "My nephew ..."
        }
        out = unfilled;
        out = FILLER_INNER.matcher(out).replaceAll("");
        // "and... my flatmate said": a pause inside the sentence, not its end
        out = out.replaceAll("(\\w)(?:\\.\\.\\.|…)\\s+(?=[a-z])", "$1 ");
        out = HEDGE_TAIL.matcher(out).replaceAll("$1");
        out = out.replaceAll("\\b(\\w+)( \\1\\b)+(?<!\\b(?:end|ended|ends|ending|wound|woke|wake|wakes) up up)", "$1");   // stutters: "I I I think"
        out = out.replaceAll("(?i)\\b(\\w+ \\w+)( \\1\\b)+", "$1"); // "My nose... my nose is long": the words said again
        // ... and with commas: "I, I, I don't know", "it's, it's been hard", "the, the party" (not "about it, it was like a seven",
        // nor "six, six and a half": words that may end a clause or count)
        out = out.replaceAll("(?i)\\b(I|I'm|I’m|I've|I’ve|it's|it’s|the|a|an|we|he|she|they|my|and|but|that's|that’s|he's|she's|they're|"
                + "we're|you|to|of|in|with)((?:,) \\1\\b)+", "$1");
        return out.strip();
    }

    private static final Pattern LOWER_I = Pattern.compile("\\bi\\b(?=['’ ,.?!]|$)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private static boolean isBackchannel(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' -]", "").strip();
        return BACKCHANNEL.contains(t) || t.isEmpty();
    }

    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        // 'Mood "fine,"' (a clause cut before ', affect flat'): the quotation ends the sentence
        t = t.replaceFirst(",([\"”])$", ".$1");
        if (t.matches("(?s).*[.!?…][\"'”’)]?$")) {
            return t;
        }
        return t.matches("(?s).*[\"”’)]$") && t.matches("(?s).*[.!?…][\"”’)]+$") ? t : t + ".";
    }

    private static String stripEnd(String text) {
        return text.replaceAll("[\\s.!?,;:…]+$", "");
    }

    /** Lower-cases the first word when it is a common word, never a name ("Sam and I ..."). */
    /** The first letter in lower case, whatever the word: for sentences known to open with a common word. */
    private static String decapitalized(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        String first = text.split("[^A-Za-z']", 2)[0];
        if ((COMMON_STARTS.contains(first.toLowerCase(Locale.ROOT)) || COMMON_STARTS.contains(first.replaceFirst("'.*$", "").toLowerCase(Locale.ROOT))
                || LOWER_STARTS.contains(first.toLowerCase(Locale.ROOT)))
                && !first.equals("I") && !first.startsWith("I'")
                // "Sitting in it parked, I think I can do.": a clause led by a verb in -ing
                || first.length() >= 6 && first.endsWith("ing") && Character.isUpperCase(first.charAt(0))
                        && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT)) && text.indexOf(' ') == first.length()) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /**
     * Words that open a sentence but no name, lower-cased inside a report: "Same as before: eyes closed, ...", "Thin cotton
     * gloves at night work for many people" (not {@link #COMMON_STARTS}, which also says what is no name addressed: "Good,
     * that's a safety behavior dropped" opens with an acknowledgement, left out).
     */
    private static final Set<String> LOWER_STARTS = Set.of("same", "different", "another", "other", "either", "neither", "any", "many",
            "much", "few", "several", "thin", "small", "little", "big", "short", "half", "often", "never", "always",
            // "Part of me wants to cancel because what if they find something."
            "part", "first", "next");

    private static final Set<String> COMMON_STARTS = Set.of(
            "given", "although", "though", "while", "from", "based", "as", "until", "unless", "pretty", "mostly", "almost",
            "that's", "what's", "here's", "everything's", "everyone's", "nothing's", "it", "it's", "the", "my", "this", "that", "there", "there's", "we", "when", "most", "last", "work",
            "everything", "nothing", "nobody", "everyone", "someone", "things", "sometimes", "lately", "today",
            "yesterday", "tonight", "these", "those", "what", "why", "how", "if", "because", "since", "after", "before",
            "group", "class", "church", "dinner", "lunch", "breakfast", "midnight", "more", "less", "especially", "except",
            "on", "in", "at", "by", "during", "around", "within", "over", "under", "between", "for", "with", "without", "all", "some", "every", "no", "not", "now", "then", "just",
            "really", "maybe", "probably", "also", "even", "only", "still", "honestly", "actually", "a", "an", "our",
            "your", "his", "her", "their", "he", "she", "they", "he's", "she's", "they're", "you", "you're", "me", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty",
            "sixty", "seventy", "eighty", "ninety", "hundred", "going", "being", "having", "getting", "trying", "feeling", "thinking", "school", "home",
            "money", "earlier", "later", "usually", "right", "stop", "once", "twice", "whenever", "each", "both", "none",
            "something", "anything", "everybody", "somebody", "here", "ever", "again", "instead", "he'll", "she'll",
            "whatever", "however", "wherever", "whoever",
            "they'll", "it'll", "we'll", "he'd", "she'd", "they'd", "we're", "we've", "they've", "sleep", "life", "weekends",
            "mornings", "evenings", "nights", "therapy", "family", "people", "eating", "drinking",
            // psychoeducation: "Alcohol can make sleep worse later in the night."
            "alcohol", "caffeine", "nicotine", "cannabis", "exercise", "stress", "anxiety", "depression", "grief", "guilt", "shame",
            "avoidance", "trauma", "medication", "medications", "meds", "screens", "journaling", "breathing", "panic", "worry",
            "anger", "feelings", "thoughts", "emotions", "urges", "cravings");

    private static Map<Pattern, String> shorthand() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        String[][] pairs = {
                {"\\bpt\\.?(?=\\s|$|[,;:])", "client"}, {"\\bPt\\.?(?=\\s|$|[,;:])", "Client"}, {"\\bPT\\b", "Client"},
                {"\\bclt\\b", "client"}, {"\\bClt\\b", "Client"}, {"\\bCLT\\b", "Client"},
                // a veterans' clinic's "Vet states ...", "Vet agreed to ...", "Vet able to ..." (not "took the dog to the vet")
                {"(?<![\\w'’] )\\bVet(?= (?:states?|stated|reports?|reported|agreed|agrees|appeared|appears|presented|presents|denies|denied|"
                        + "endorses?|endorsed|able|was|is|has|identified|completed|rated|declined|acknowledged|expressed|described)\\b)", "Client"}, {"\\bwill f/u with\\b", "will follow up with"},
                {"\\bx\\s?1\\s?(?:wks?|weeks?)\\b", "for 1 week"}, {"\\bx\\s?1\\s?(?:days?|d)\\b", "for 1 day"},
                {"\\bx\\s?1\\s?(?:mos?|months?)\\b", "for 1 month"}, {"\\bx\\s?(\\d+)\\s?(?:wks?|weeks?)\\b", "for $1 weeks"},
                {"\\bx\\s?(\\d+)\\s?(?:days?|d)\\b", "for $1 days"}, {"\\bx\\s?(\\d+)\\s?(?:mos?|months?)\\b", "for $1 months"},
                // "+SH urges x2 this week": twice this week
                {"\\bx\\s?2(?= (?:this|last|per|a|an|in|since|over|that|each|today|yesterday)\\b)", "twice"},
                {"\\bx\\s?([3-9]|\\d{2})(?= (?:this|last|per|a|an|in|since|over|that|each|today|yesterday)\\b)", "$1 times"},
                // "bingeing 2x this week", "runs 3x/week"
                {"\\b1x(?=[ /.;,)]|$)", "once"}, {"\\b2x(?=[ /.;,)]|$)", "twice"}, {"\\b([3-9]|\\d{2})x(?=[ /.;,)]|$)", "$1 times"},
                // "Avoided speaking up in team mtg x2.", "breakup w/ bf 3 mo ago"
                // (not "Oriented x3", "A&O x4": oriented in three spheres; nor "Weekly sessions x 6", six of them)
                {"(?<!\\b(?:[Oo]riented|A&O|AO|A&Ox?|oriented to|sessions?|visits?|appointments?|weekly|daily|monthly) )\\bx\\s?2(?=[.;,)]|$)", "twice"},
                {"(?<!\\b(?:[Oo]riented|A&O|AO|A&Ox?|oriented to|sessions?|visits?|appointments?|weekly|daily|monthly) )\\bx\\s?([3-9]|\\d{2})(?=[.;,)]|$)", "$1 times"},
                {"\\bmtgs\\b", "meetings"}, {"\\bmtg\\b", "meeting"}, {"\\bbf\\b", "boyfriend"}, {"\\bgf\\b", "girlfriend"},
                {"\\b(\\d+) mo\\b", "$1 months"},
                {"\\bwks\\b", "weeks"}, {"\\bwk\\b", "week"}, {"\\bhrs\\b", "hours"}, {"\\bhr\\b", "hour"},
                {"\\bmos\\b", "months"}, {"\\byrs\\b", "years"}, {"\\b(\\d+)\\s?(?:y/o|yo)\\b", "$1-year-old"}, {"\\by/o\\b", "year-old"}, {"\\byo\\b", "year-old"},
                {"\\bw/o\\b", "without"}, {"\\bw/d\\b", "withdrawal"}, {"\\bw/", "with "}, {"\\bb/c\\b", "because"}, {"\\bc/o\\b", "complains of"},
                // "Will f/u in 1 wk": the verb
                {"(?<=\\b(?:[Ww]ill|to|[Pp]lan to) )f/u\\b", "follow up"},
                {"\\bf/u\\b", "follow-up"}, {"\\bF/[uU]\\b", "Follow-up"},
                // the clinician's minus and plus: "-SI/HI", "-SH since", "+SH urges x2"
                {"(?<![\\w/+-])-SI/HI\\b", "no suicidal or homicidal ideation"}, {"(?<![\\w/+-])-SI\\b", "no suicidal ideation"},
                {"(?<![\\w/+-])-HI\\b", "no homicidal ideation"}, {"(?<![\\w/+-])-SH\\b", "no self-harm"},
                {"(?<![\\w/+-])\\+SH\\b", "self-harm"}, {"(?<![\\w/+-])\\+SI\\b", "suicidal ideation"},
                {"\\b([Ll]ast|[Aa]ny|recent|current|hx of|history of|denies|denied|no|endorses|endorsed) SH\\b", "$1 self-harm"},
                {"\\bSH (urges?)\\b", "self-harm $1"}, {"\\bSI/HI/SH\\b", "suicidal or homicidal ideation or self-harm"},
                {"\\bSI/HI\\b", "suicidal and homicidal ideation"},
                {"\\bHI/SI\\b", "homicidal and suicidal ideation"}, {"\\bSI\\b", "suicidal ideation"},
                {"\\bHI\\b", "homicidal ideation"}, {"\\bSIB\\b", "self-injurious behaviour"},
                {"\\bAH/VH\\b", "auditory or visual hallucinations"},
                // "Reports AH "whispering" mostly at night", "Denies CAH.", "Smoking 1 ppd"
                {"\\bCAH\\b", "command auditory hallucinations"}, {"\\bAH\\b", "auditory hallucinations"}, {"\\bVH\\b", "visual hallucinations"},
                {"\\b1 ppd\\b", "1 pack per day"}, {"\\bppd\\b", "packs per day"}, {"\\bhx\\b", "history"}, {"\\bHx\\b", "History"},
                {"\\bdx\\b", "diagnosis"}, {"\\bDx\\b", "Diagnosis"}, {"\\btx\\b", "treatment"}, {"\\bTx\\b", "Treatment"},
                {"\\bsx\\b", "symptoms"}, {"\\bSx\\b", "Symptoms"}, {"\\bHW\\b", "homework"}, {"\\bhw\\b", "homework"},
                {"\\bmeds\\b", "medications"}, {"\\bappt\\b", "appointment"}, {"\\bappts\\b", "appointments"}, {"\\bapprox\\.?\\s", "approximately "},
                {"\\bsxs\\b", "symptoms"}, {"\\bbx\\b", "behaviour"}, {"\\bpsychoed\\b", "psychoeducation"}, {"\\bPsychoed\\b", "Psychoeducation"},
                {"\\bbday\\b", "birthday"}, {"\\bnl\\b", "normal"}, {"\\bWNL\\b|\\bwnl\\b", "within normal limits"},
                // "Mod depressive sx persist"
                {"\\b[Mm]od(?= (?:depressive|depression|anxiety|anxious|symptoms|sx|impairment|severity|risk|distress)\\b)", "moderate"},
                {"\\bA&Ox3\\b|\\bAOx3\\b|\\bA&O x ?3\\b", "alert and oriented to person, place and time"},
                {"\\b[Cc]ont\\.? to\\b", "continues to"}, {"\\bCont\\.?(?= )", "Continue"}, {"\\bcont\\.?(?= )", "continue"}, {"\\bTP\\b", "thought process"}, {"\\bTC\\b", "thought content"},
                {"\\bRTC(?= in\\b)", "Return to clinic"}, {"\\bRTC(?= \\d)", "Return to clinic in"}, {"\\bRTC\\b", "Return to clinic"}, {"\\bEtOH\\b", "alcohol"}, {"\\bETOH\\b", "alcohol"},
                {"\\bmed eval\\b", "medication evaluation"}, {"\\bMed eval\\b", "Medication evaluation"},
                // "no SEs reported", "34 y/o M"
                {"\\bSEs\\b", "side effects"}, {"\\bSE\\b(?= (?:reported|noted|denied|of|from|to)\\b)", "side effect"},
                {"\\b(year-old|y/o|yo) M\\b", "$1 male"}, {"\\b(year-old|y/o|yo) F\\b", "$1 female"},
                {"\\s&\\s", " and "}, {"\\bre:\\s*", "regarding "}, {"\\bpts\\b", "client's"}, {"\\bpt's\\b", "client's"},
                // "anxiety r/t upcoming court date", "coping strategies incl. deep breathing", "no SE", "able to demo 5-4-3-2-1"
                {"\\br/t\\b", "related to"}, {"\\bincl\\.(?= )", "including"},
                {"\\b(?<=no |any |denies |denied |without )SE\\b(?!-)", "side effects"},
                {"\\b(?<=able to |to )demo\\b", "demonstrate"}, {"\\b(\\d+) mins?\\b(?= (?:individual|family|group|couples?|session|visit|appointment|telehealth|intake|follow)\\b)", "$1-minute"},
                {"\\b(\\d+) mins?\\b", "$1 minutes"},
                {"\\bPt's\\b", "Client's"}, {"\\b([Mm])ed (compliance|adherence|changes?|list|management|check|refills?|trial|response)\\b", "$1edication $2"}
        };
        for (String[] p : pairs) {
            m.put(Pattern.compile(p[0]), p[1]);
        }
        return m;
    }
}
